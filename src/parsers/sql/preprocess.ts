import type { Span } from '../../core/types.js';

/**
 * SQL text with the parts no SQL parser should see blanked out (same length, so offsets and
 * lines stay true), and the ranges that only run on rollback.
 */
export interface PreparedSql {
  text: string;
  rollbackRanges: Span[];
}

const META_COMMAND = /^[ \t]*\\/;
const COPY_FROM_STDIN = /^\s*copy\b[^;]*\bfrom\s+stdin\b[^;]*;\s*$/i;
const LIQUIBASE_HEADER = /^--\s*liquibase formatted sql/i;
const LIQUIBASE_ROLLBACK = /^(\s*--\s*rollback\b)(.*)$/i;
/** dbmate, goose and sql-migrate section markers. */
const DOWN_MARKER = /^\s*--\s*(migrate:down|\+goose\s+down|\+migrate\s+down)\b/i;
const UP_MARKER = /^\s*--\s*(migrate:up|\+goose\s+up|\+migrate\s+up)\b/i;

/**
 * Blanks psql meta-commands (`\i`, `\set`, `\connect`) and `COPY ... FROM stdin` data, which are
 * not SQL; uncomments Liquibase `--rollback` lines so their SQL is read (as rollback-only); and
 * marks dbmate/goose/sql-migrate down sections as rollback-only.
 */
export function prepareSql(source: string): PreparedSql {
  const lines = source.split('\n');
  const out: string[] = [];
  const rollbackRanges: Span[] = [];
  const liquibase = LIQUIBASE_HEADER.test(lines[0] ?? '');
  let offset = 0;
  let inCopyData = false;
  let downStart: number | undefined;
  for (const line of lines) {
    let kept = line;
    if (inCopyData) {
      if (/^\\\.\s*$/.test(line)) inCopyData = false;
      kept = blank(line);
    } else if (META_COMMAND.test(line)) {
      kept = blank(line);
    } else if (COPY_FROM_STDIN.test(line)) {
      inCopyData = true;
    } else if (liquibase && LIQUIBASE_ROLLBACK.test(line)) {
      const [, marker = '', sql = ''] = LIQUIBASE_ROLLBACK.exec(line) ?? [];
      kept = ' '.repeat(marker.length) + sql;
      rollbackRanges.push({ start: offset, end: offset + line.length });
    } else if (DOWN_MARKER.test(line)) {
      downStart ??= offset;
    } else if (UP_MARKER.test(line) && downStart !== undefined) {
      rollbackRanges.push({ start: downStart, end: offset });
      downStart = undefined;
    }
    out.push(kept);
    offset += line.length + 1;
  }
  if (downStart !== undefined) rollbackRanges.push({ start: downStart, end: source.length });
  return { text: out.join('\n'), rollbackRanges };
}

function blank(line: string): string {
  return line.replace(/[^\r]/g, ' ');
}

export function inRanges(offset: number, ranges: readonly Span[]): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}
