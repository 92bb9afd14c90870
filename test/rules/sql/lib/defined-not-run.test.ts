import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlDialect } from '../../../../src/core/sql-operations.js';
import { loadPostgresParser } from '../../../../src/parsers/sql/pg-parser.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { checkSql } from '../../../../src/rules/sql/lib/checker.js';
import { MentionGate, mentioned } from '../../../../src/rules/sql/lib/defined-not-run.js';

beforeAll(() => loadPostgresParser());

/** A small seeded generator (mulberry32): the same input on every run, and a failing seed reproduces. */
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

const NAMES = ['purge', 'tidy_up', 'f2', 'x'];

/** Ways a statement can name a routine (`{f}`), or come close to it without naming it. */
const FORMS = [
  '{f}',
  '{F}',
  '"{f}"',
  '"{F}"',
  '"{f}"""',
  "'{f}'",
  "'it''s {f}'",
  "E'{f}\\n'",
  "E'pur\\ge'",
  "E'\\x70urge'",
  'U&"p\\0075rge"',
  '$${f}$$',
  '$body${f}$body$',
  '$body$ SELECT {f}() $body$',
  '2{f}',
  '$1{f}',
  '0x{f}',
  '1e5{f}',
  '{f}$x',
  'x${f}',
  'a{f}',
  '{f}b',
  '{f}_2',
  'pu\u200brge',
  'purgé',
  'ＰＵＲＧＥ',
  '[{f}]',
  '`{f}`',
  '@{f}',
  '#{f}',
  '/* {f} */',
  '-- {f}\n',
  "'{f}' || 'x'",
  "cron.schedule('* * * * *', $$SELECT {f}()$$)",
];

const FILLERS = ['SELECT', 'INSERT INTO t VALUES (', ')', ',', '.', ' ', '\n', 'PERFORM', '1', "'a'", 'zz'];

function statement(seed: number): string {
  const { next, pick } = random(seed);
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 6);
  for (let i = 0; i < count; i++) {
    const name = pick(NAMES);
    if (next() < 0.6) parts.push(pick(FORMS).replaceAll('{f}', name).replaceAll('{F}', name.toUpperCase()));
    if (next() < 0.7) parts.push(pick(FILLERS));
    if (next() < 0.3) parts.push(' ');
  }
  return parts.join('');
}

const DIALECTS: SqlDialect[] = ['postgres', 'mysql', 'sqlserver', 'bigquery', 'sqlite'];

describe('MentionGate', () => {
  it('never rules out a span the tokenizer finds a routine name in (generated statements, every dialect)', () => {
    let mentions = 0;
    let ruledOut = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      const text = statement(seed);
      const { pick } = random(seed * 7919);
      const names = new Set(NAMES.filter(() => pick([true, false])).concat(pick(NAMES)));
      const gate = MentionGate.of(names)!;
      const span = { start: 0, end: text.length };
      for (const dialect of DIALECTS) {
        const found = mentioned(text, span, [], dialect, names);
        const may = gate.mayMention(text, span);
        if (found.size) {
          mentions++;
          expect(may, `seed ${seed} (${dialect}): ${JSON.stringify(text)} mentions ${[...found].join(', ')}`).toBe(
            true,
          );
        }
        if (!may) ruledOut++;
      }
    }
    // Not vacuous: names are found, and the gate really rules spans out.
    expect(mentions).toBeGreaterThan(5000);
    expect(ruledOut).toBeGreaterThan(1000);
  });

  it('reads a large statement without the names as mentioning none, and a name at its very end as one', () => {
    const names = new Set(['purge']);
    const gate = MentionGate.of(names)!;
    const rows = Array.from({ length: 2000 }, (_, i) => `(${i}, 'EPSG ${i}', '+proj=longlat +datum=WGS84')`);
    const text = `INSERT INTO spatial_ref_sys VALUES ${rows.join(', ')}`;
    expect(gate.mayMention(text, { start: 0, end: text.length })).toBe(false);
    expect(gate.mayMention(`${text}, (0, 'PURGE')`, { start: 0, end: text.length + 12 })).toBe(true);
    // Only the span counts: a name just past its end is not in it.
    expect(gate.mayMention('SELECT 1; SELECT purge()', { start: 0, end: 8 })).toBe(false);
  });

  it('is not used when a name could be written with an escape or a doubled quote', () => {
    expect(MentionGate.of(new Set(['purge', 'we"ird']))).toBeUndefined();
    expect(MentionGate.of(new Set(['pay$out']))).toBeUndefined();
  });
});

describe('routines defined but not run', () => {
  const downgraded = (text: string): boolean[] =>
    checkSql('db/migrate/V2__x.sql', text, defaultPolicy(), 'postgres').findings.map(
      (f) => f.downgradedBecause !== undefined,
    );
  const define = 'CREATE FUNCTION purge() RETURNS void LANGUAGE sql AS $$ DELETE FROM users $$;\n';

  it('downgrades the body of a routine no statement names', () => {
    expect(downgraded(`${define}INSERT INTO t VALUES ('purge later');\n`)).toEqual([false]);
    expect(downgraded(`${define}INSERT INTO t VALUES (1, 'x');\n`)).toEqual([true]);
  });

  it('reads a string the way the tokenizer unescapes it (\\g is g, \\u is u)', () => {
    expect(downgraded(`${define}SELECT cron.schedule('0 0 * * *', E'SELECT p\\u0075rge()');\n`)).toEqual([true]);
    expect(downgraded(`${define}SELECT cron.schedule('0 0 * * *', E'SELECT pur\\ge()');\n`)).toEqual([false]);
  });
});
