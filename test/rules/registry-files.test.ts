/**
 * The registry and the files named after its rules, both ways: every rule has its test file and
 * doc page, and every test file or doc page at the top of a family folder belongs to a rule. Shared
 * helpers and cross-rule tests live in a subfolder (test/rules/<family>/lib/), which is not checked.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, engineRuleIds } from '../../src/rules/registry.js';

const root = join(import.meta.dirname, '..', '..');
const ids = new Set<string>([...allRules.map((r) => r.meta.id), ...engineRuleIds]);

/**
 * Family-level test files that test several rules or a family's machinery, present when this
 * check was written: moved to lib/ by the restructure. Empty this list after the move; add nothing.
 */
const familyLevelTests = new Set<string>([]);

/** A family folder's own doc, not a rule's page. */
const familyIndexPages = new Set(['README.md', 'index.md']);

/** `<family>/<file>` for each file directly inside a family folder of `dir` (subfolders are skipped). */
function topLevelFiles(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((family) => family.isDirectory())
    .flatMap((family) =>
      readdirSync(join(dir, family.name), { withFileTypes: true })
        .filter((f) => f.isFile() && f.name.endsWith(suffix))
        .map((f) => `${family.name}/${f.name}`),
    )
    .sort();
}

/** `<family>/<rule>.test.ts` tests that rule; so does `<family>/<rule>.<topic>.test.ts` when one file is not enough. */
function ruleIdOfTest(file: string): string {
  const [family, name = ''] = file.split('/');
  return `${family}/${name.replace(/\.test\.ts$/, '').split('.')[0]}`;
}

describe('files named after rules', () => {
  for (const rule of allRules) {
    const { id } = rule.meta;
    it(`${id} has test/rules/${id}.test.ts and docs/rules/${id}.md`, () => {
      expect(existsSync(join(root, 'test', 'rules', `${id}.test.ts`)), 'test file').toBe(true);
      expect(existsSync(join(root, 'docs', 'rules', `${id}.md`)), 'doc page').toBe(true);
    });
  }

  it('has no test file at the top of a family folder without a rule', () => {
    const orphans = topLevelFiles(join(root, 'test', 'rules'), '.test.ts').filter(
      (file) => !familyLevelTests.has(file) && !ids.has(ruleIdOfTest(file)),
    );
    expect(orphans).toEqual([]);
  });

  it('lists only family-level test files that still exist', () => {
    const missing = [...familyLevelTests].filter((file) => !existsSync(join(root, 'test', 'rules', file)));
    expect(missing).toEqual([]);
  });

  it('has no doc page without a rule', () => {
    const orphans = topLevelFiles(join(root, 'docs', 'rules'), '.md').filter((file) => {
      const [family, name = ''] = file.split('/');
      return !familyIndexPages.has(name) && !ids.has(`${family}/${name.replace(/\.md$/, '')}`);
    });
    expect(orphans).toEqual([]);
  });
});
