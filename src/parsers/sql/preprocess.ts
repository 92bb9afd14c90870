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
  // One pass over the lines without copying them: most files have nothing to blank, and a large
  // one is not split into an array of its lines.
  const edits: { start: number; end: number; text: string }[] = [];
  const rollbackRanges: Span[] = [];
  const firstEnd = source.indexOf('\n');
  const liquibase = LIQUIBASE_HEADER.test(source.slice(0, firstEnd < 0 ? source.length : firstEnd));
  let inCopyData = false;
  let downStart: number | undefined;
  for (let offset = 0; offset <= source.length;) {
    const nl = source.indexOf('\n', offset);
    const end = nl < 0 ? source.length : nl;
    if (!inCopyData && !liquibase && !mayMark(source, offset, end)) {
      if (nl < 0) break;
      offset = nl + 1;
      continue;
    }
    const line = source.slice(offset, end);
    if (inCopyData) {
      if (/^\\\.\s*$/.test(line)) inCopyData = false;
      edits.push({ start: offset, end, text: blank(line) });
    } else if (META_COMMAND.test(line)) {
      edits.push({ start: offset, end, text: blank(line) });
    } else if (COPY_FROM_STDIN.test(line)) {
      inCopyData = true;
    } else if (liquibase && LIQUIBASE_ROLLBACK.test(line)) {
      const [, marker = '', sql = ''] = LIQUIBASE_ROLLBACK.exec(line) ?? [];
      edits.push({ start: offset, end, text: ' '.repeat(marker.length) + sql });
      rollbackRanges.push({ start: offset, end });
    } else if (DOWN_MARKER.test(line)) {
      downStart ??= offset;
    } else if (UP_MARKER.test(line) && downStart !== undefined) {
      rollbackRanges.push({ start: downStart, end: offset });
      downStart = undefined;
    }
    if (nl < 0) break;
    offset = nl + 1;
  }
  if (downStart !== undefined) rollbackRanges.push({ start: downStart, end: source.length });
  if (edits.length === 0) return { text: source, rollbackRanges };
  const parts: string[] = [];
  let copied = 0;
  for (const edit of edits) {
    parts.push(source.slice(copied, edit.start), edit.text);
    copied = edit.end;
  }
  parts.push(source.slice(copied));
  return { text: parts.join(''), rollbackRanges };
}

/**
 * Whether the line [start, end) can be a meta-command, a COPY or a section marker: each begins,
 * after `\s`, with `\`, `c`/`C` or `-`. Read from the character codes, so the lines of a large
 * file that hold none are neither copied nor matched against every pattern.
 */
function mayMark(source: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isRegExpSpace(source.charCodeAt(i))) i++;
  if (i >= end) return false;
  const c = source.charCodeAt(i);
  return c === 0x5c || c === 0x63 || c === 0x43 || c === 0x2d;
}

/** The characters `\s` matches. */
function isRegExpSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function blank(line: string): string {
  return line.replace(/[^\r]/g, ' ');
}

export function inRanges(offset: number, ranges: readonly Span[]): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}
