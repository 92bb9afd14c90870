import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/core/types.js';
import { prepareSql } from '../../../src/parsers/sql/preprocess.js';

/**
 * The plain reading prepareSql must agree with: every line matched against every pattern. The
 * real one skips lines that cannot match without copying them; this one is the oracle.
 */
function reference(source: string): { text: string; rollbackRanges: Span[] } {
  const lines = source.split('\n');
  const liquibase = /^--\s*liquibase formatted sql/i.test(lines[0] ?? '');
  const out: string[] = [];
  const rollbackRanges: Span[] = [];
  let inCopyData = false;
  let downStart: number | undefined;
  let offset = 0;
  for (const line of lines) {
    let text = line;
    if (inCopyData) {
      if (/^\\\.\s*$/.test(line)) inCopyData = false;
      text = line.replace(/[^\r]/g, ' ');
    } else if (/^[ \t]*\\/.test(line)) {
      text = line.replace(/[^\r]/g, ' ');
    } else if (/^\s*copy\b[^;]*\bfrom\s+stdin\b[^;]*;\s*$/i.test(line)) {
      inCopyData = true;
    } else if (liquibase && /^(\s*--\s*rollback\b)(.*)$/i.test(line)) {
      const [, marker = '', sql = ''] = /^(\s*--\s*rollback\b)(.*)$/i.exec(line) ?? [];
      text = ' '.repeat(marker.length) + sql;
      rollbackRanges.push({ start: offset, end: offset + line.length });
    } else if (/^\s*--\s*(migrate:down|\+goose\s+down|\+migrate\s+down)\b/i.test(line)) {
      downStart ??= offset;
    } else if (/^\s*--\s*(migrate:up|\+goose\s+up|\+migrate\s+up)\b/i.test(line) && downStart !== undefined) {
      rollbackRanges.push({ start: downStart, end: offset });
      downStart = undefined;
    }
    out.push(text);
    offset += line.length + 1;
  }
  if (downStart !== undefined) rollbackRanges.push({ start: downStart, end: source.length });
  return { text: out.join('\n'), rollbackRanges };
}

function random(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

const INDENTS = ['', ' ', '\t', '  \t', '\v', '\f', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u0085'];
const LINES = [
  '\\i other.sql',
  '\\set ON_ERROR_STOP on',
  '\\connect prod',
  '\\.',
  '\\. ',
  'COPY users (id, name) FROM stdin;',
  'copy users from STDIN ;  ',
  'COPY users FROM stdin WITH CSV;\r',
  'COPY users TO stdout;',
  '1\talice\t\\N',
  'DROP TABLE users;',
  '-- migrate:down',
  '-- migrate:up',
  '--+goose Down',
  '-- +goose Up',
  '-- +migrate down',
  '-- +migrate Up',
  '-- rollback DROP TABLE users;',
  '--rollback drop table x',
  '-- liquibase formatted sql',
  '-- changeset a:1',
  'create table t (id int);',
  'Cx',
  '-',
  '',
  'SELECT 1;',
];

describe('prepareSql', () => {
  it('reads generated files exactly as matching every line against every pattern does', () => {
    let blanked = 0;
    let ranges = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const { next, pick } = random(seed);
      const lines: string[] = [];
      if (next() < 0.2) lines.push('-- liquibase formatted sql');
      const count = 1 + Math.floor(next() * 12);
      for (let i = 0; i < count; i++) lines.push((next() < 0.5 ? pick(INDENTS) : '') + pick(LINES));
      const source = lines.join(pick(['\n', '\r\n']));
      const got = prepareSql(source);
      expect(got, `seed ${seed}: ${JSON.stringify(source)}`).toEqual(reference(source));
      if (got.text !== source) blanked++;
      ranges += got.rollbackRanges.length;
    }
    // Not vacuous: the files really hold meta-commands, copy data and down sections.
    expect(blanked).toBeGreaterThan(1000);
    expect(ranges).toBeGreaterThan(500);
  });
});
