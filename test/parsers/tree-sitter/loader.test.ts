import { describe, expect, it } from 'vitest';
import { check } from '../../../src/engine/engine.js';
import { loadedGrammars, loadGrammar, parserFor } from '../../../src/parsers/tree-sitter/loader.js';
import { defaultPolicy } from '../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../helpers/change-set.js';

// Vitest gives each test file its own module registry, so this file starts with nothing loaded.
describe('the tree-sitter loader', () => {
  it('loads no grammar for a change with no shell in it', async () => {
    const decision = await check(
      changeSetOf([addedFile('db/migrations/V1__drop.sql', 'DROP TABLE bookings;\n'), addedFile('README.md', 'x\n')]),
      defaultPolicy(),
    );
    expect(decision.findings.map((f) => f.ruleId)).toEqual(['sql/drop-table']);
    expect(loadedGrammars()).toEqual([]);
    expect(() => parserFor('bash')).toThrow(/before it was loaded/);
  });

  it('loads the bash grammar once, when a file needs it', async () => {
    await check(changeSetOf([addedFile('scripts/a.sh', 'echo a\n'), addedFile('b.sh', 'echo b\n')]), defaultPolicy());
    expect(loadedGrammars()).toEqual(['bash']);
    const parser = await loadGrammar('bash');
    expect(parser).toBe(parserFor('bash'));
    expect(parser.parse('echo hi')?.rootNode.type).toBe('program');
  });
});
