/**
 * ESLint-style tests for one rule: lists of code that must be reported (at an exact line, with a
 * message id) and code that must stay quiet, each run through the real engine with the whole
 * registry and the default policy, as test/rules/registry.test.ts runs the rules' own examples.
 * `snapshotOf` renders the findings squawk-style (the source line, carets under the span, the
 * message) for an inline snapshot, so a moved span or a reworded message shows in review.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/engine.js';
import { formatMessage } from '../../src/core/rule.js';
import type { LocatedFinding, Side } from '../../src/core/types.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { findRule } from '../../src/rules/registry.js';
import { addedFile, changedFile, changeSetOf } from './change-set.js';

/** The path a case is checked under when it gives none, as for the rules' own examples. */
export const MIGRATION_PATH = 'db/migrations/20261121000000_example.sql';

export interface InvalidCase {
  code: string;
  /** Defaults to a SQL migration. */
  path?: string;
  /** The file's base version: the case is then a modification (a removal when `code` is ''). */
  base?: string;
  /** 1-based line a finding of the rule must start on. */
  line: number;
  /** `base` when `line` is a line of `base` (something the change removes). */
  side?: Side;
  /** A key of the rule's `meta.messages`: the finding's message must be that template... */
  messageId?: string;
  /** ...filled with this data (without it, any value may fill the placeholders). */
  data?: Record<string, string>;
}

/** Code that must not be reported: a string is checked under the migration path. */
export type ValidCase = string | { code: string; path?: string; base?: string };

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** The findings of checking `code` as a change: an added file, or with `base`, a modification. */
export async function findingsOf(code: string, path = MIGRATION_PATH, base?: string): Promise<LocatedFinding[]> {
  const file = base === undefined ? addedFile(path, code) : changedFile(path, base, code === '' ? undefined : code);
  const decision = await check(changeSetOf([file]), defaultPolicy());
  return decision.findings;
}

function ruleOf(id: string) {
  const rule = findRule(id);
  if (!rule) throw new Error(`no rule ${id} in the registry (src/rules/registry.ts)`);
  return rule;
}

const label = (code: string) => JSON.stringify(code.length > 60 ? `${code.slice(0, 59)}…` : code);

/** Whether `message` is the template filled in: with `data` exactly, otherwise with anything. */
function messageMatches(message: string, template: string, data?: Record<string, string>): boolean {
  if (data) return message.startsWith(formatMessage(template, data));
  const pattern = template
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  // The engine may append to a message (a stale suppression's explanation), never change it.
  return new RegExp(`^${pattern}`).test(message);
}

async function assertReported(id: string, c: InvalidCase): Promise<void> {
  const side = c.side ?? 'head';
  const own = (await findingsOf(c.code, c.path, c.base)).filter((f) => f.ruleId === id && f.side === side);
  expect(
    own.map((f) => f.line),
    `${id} on the ${side} side`,
  ).toContain(c.line);
  if (c.messageId === undefined) return;
  const template = ruleOf(id).meta.messages[c.messageId as never] as string | undefined;
  expect(template, `message id ${c.messageId} of ${id}`).toBeDefined();
  const atLine = own.filter((f) => f.line === c.line).map((f) => f.message);
  expect(
    atLine.some((m) => messageMatches(m, template ?? '', c.data)),
    `a message "${c.messageId}" at line ${c.line}; got ${JSON.stringify(atLine)}`,
  ).toBe(true);
}

async function assertQuiet(id: string, v: ValidCase): Promise<void> {
  const { code, path, base } = typeof v === 'string' ? { code: v, path: undefined, base: undefined } : v;
  const findings = await findingsOf(code, path, base);
  // A finding let through with its reason (a rebuild, a preview target) is a note, not a report.
  expect(findings.filter((f) => f.ruleId === id && f.downgradedBecause === undefined)).toEqual([]);
}

/**
 * Registers the rule's tests: its `meta.examples` first, then the cases given here. Invalid cases
 * must yield a finding of the rule at their line (and message id); valid ones none that blocks or warns.
 */
export function ruleTester(id: string, cases: RuleCases): void {
  const rule = ruleOf(id);
  describe(id, () => {
    it('is in the registry with examples', () => {
      expect(rule.meta.examples.invalid.length).toBeGreaterThan(0);
      expect(cases.invalid.length + cases.valid.length).toBeGreaterThan(0);
    });
    for (const example of rule.meta.examples.invalid) {
      it(`meta example: reports line ${example.line} of ${label(example.code)}`, () => assertReported(id, example));
    }
    for (const example of rule.meta.examples.valid) {
      it(`meta example: stays quiet on ${label(typeof example === 'string' ? example : example.code)}`, () =>
        assertQuiet(id, example));
    }
    for (const c of cases.invalid) {
      it(`reports line ${c.line} of ${label(c.code)}`, () => assertReported(id, c));
    }
    for (const v of cases.valid) {
      it(`stays quiet on ${label(typeof v === 'string' ? v : v.code)}`, () => assertQuiet(id, v));
    }
  });
}

/** Squawk-style: where, then the first flagged line with carets under the span and the message. */
export function renderFinding(f: LocatedFinding): string {
  const [first = ''] = f.sourceLines;
  const source = first.replace(/\t/g, ' ').replace(/\r$/, '');
  const to = f.endLine === f.line ? f.endColumn : source.length;
  const width = Math.max(1, Math.min(to, source.length) - f.column + 1);
  const gutter = String(f.line);
  const pad = ' '.repeat(gutter.length);
  const notes = [
    f.side === 'base' ? '(base side)' : '',
    f.endLine > f.line ? `(to line ${f.endLine})` : '',
    f.rollbackOnly ? '(rollback only)' : '',
    f.downgradedBecause
      ? `(does not block: ${f.downgradedBecause})`
      : f.blocking || f.rollbackOnly
        ? ''
        : '(does not block)',
  ].filter((n) => n !== '');
  return [
    `${f.path}:${f.line}:${f.column} ${f.ruleId}`,
    `${gutter} | ${source}`,
    `${pad} | ${' '.repeat(f.column - 1)}${'^'.repeat(width)} ${f.message}${notes.length ? ` ${notes.join(' ')}` : ''}`,
  ].join('\n');
}

/** Every finding of rule `id` in each invalid case, rendered, cases separated by a blank line. */
export async function snapshotOf(id: string, invalid: readonly InvalidCase[]): Promise<string> {
  const blocks: string[] = [];
  for (const c of invalid) {
    const own = (await findingsOf(c.code, c.path, c.base)).filter((f) => f.ruleId === id);
    blocks.push(own.length === 0 ? `(no finding of ${id} in ${label(c.code)})` : own.map(renderFinding).join('\n'));
  }
  return blocks.join('\n\n');
}
