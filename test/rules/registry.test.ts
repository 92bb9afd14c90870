import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/engine.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { allRules, engineRuleIds } from '../../src/rules/registry.js';
import { addedFile, changedFile, changeSetOf } from '../helpers/change-set.js';

const root = join(import.meta.dirname, '..', '..');
const DEFAULT_PATH = 'db/migrations/20261121000000_example.sql';

/** Checks an example as a change: an added file, or with `base`, a modification (a removal when code is ''). */
async function findingsOf(code: string, path = DEFAULT_PATH, base?: string) {
  const file = base === undefined ? addedFile(path, code) : changedFile(path, base, code === '' ? undefined : code);
  const decision = await check(changeSetOf([file]), defaultPolicy());
  return decision.findings;
}

describe('the rule registry', () => {
  it('has unique ids', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of allRules) {
    const { id } = rule.meta;
    describe(id, () => {
      it('is named after its file and family', () => {
        expect(id).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(id.startsWith(`${rule.meta.family}/`)).toBe(true);
        expect(existsSync(join(root, 'src', 'rules', `${id}.ts`))).toBe(true);
      });

      it('has a doc page', () => {
        expect(existsSync(join(root, 'docs', 'rules', `${id}.md`))).toBe(true);
      });

      it('has invalid and valid examples and a message for every id', () => {
        expect(rule.meta.examples.invalid.length).toBeGreaterThan(0);
        expect(rule.meta.examples.valid.length).toBeGreaterThan(0);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      });

      for (const example of rule.meta.examples.invalid) {
        it(`reports line ${example.line} of ${JSON.stringify(example.code.slice(0, 60))}`, async () => {
          const findings = await findingsOf(example.code, example.path, example.base);
          const own = findings.filter((f) => f.ruleId === id && f.side === (example.side ?? 'head'));
          expect(own.map((f) => f.line)).toContain(example.line);
        });
      }

      for (const example of rule.meta.examples.valid) {
        const { code, path, base } =
          typeof example === 'string' ? { code: example, path: undefined, base: undefined } : example;
        it(`does not report ${JSON.stringify(code.slice(0, 60))}`, async () => {
          const findings = await findingsOf(code, path, base);
          // A finding let through with its reason (a rebuild, a widening) is a note, not a report.
          expect(findings.filter((f) => f.ruleId === id && f.downgradedBecause === undefined)).toEqual([]);
        });
      }
    });
  }

  it('documents the engine rules too', () => {
    for (const id of engineRuleIds) expect(existsSync(join(root, 'docs', 'rules', `${id}.md`))).toBe(true);
  });
});
