import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ENGINE_RULES,
  policyReference,
  readmeRules,
  README_RULES_END,
  README_RULES_START,
  ruleRows,
  rulesIndex,
} from '../../scripts/docs/generate.js';
import { allRules, engineRuleIds } from '../../src/rules/registry.js';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
// Markdown is outside Prettier's reach (.prettierignore): the files are exactly what is generated.
const markdown = (text: string) => text;

describe('documentation generated from the code is fresh (run `npm run docs`)', () => {
  it('docs/rules/README.md lists every rule of the registry and the engine', () => {
    expect(read('docs/rules/README.md')).toBe(markdown(rulesIndex()));
  });

  it("the README's rule list is the registry's", () => {
    const readme = read('README.md');
    const generated = readme.slice(
      readme.indexOf(README_RULES_START),
      readme.indexOf(README_RULES_END) + README_RULES_END.length,
    );
    expect(markdown(generated)).toBe(markdown(readmeRules()));
  });

  it('docs/policy.md documents every key of the schema', () => {
    expect(read('docs/policy.md')).toBe(markdown(policyReference()));
  });

  it('has a row, a page and no stray page for every rule', () => {
    expect(Object.keys(ENGINE_RULES).sort()).toEqual([...engineRuleIds].sort());
    const ids = ruleRows().map((r) => r.id);
    expect(ids).toHaveLength(allRules.length + engineRuleIds.length);
    for (const id of ids) expect(existsSync(join(root, 'docs', 'rules', `${id}.md`)), id).toBe(true);
  });
});
