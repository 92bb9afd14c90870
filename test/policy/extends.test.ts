import { describe, expect, it } from 'vitest';
import { defaultPolicy, strictPolicy } from '../../src/policy/defaults.js';
import { PolicyError } from '../../src/policy/errors.js';
import { loadPolicy, normalizeRepoPath } from '../../src/policy/load.js';

const FILE = '.github/two-key.yml';

function repo(files: Record<string, string>) {
  return (path: string) => files[path];
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof PolicyError) return e.message;
    throw e;
  }
  throw new Error('expected a PolicyError');
}

describe('extends', () => {
  it('extends default when extends is omitted', () => {
    const policy = loadPolicy('rules:\n  sql/drop-table: warn\n', FILE);
    expect(policy.rules).toEqual({ 'sql/drop-table': 'warn' });
    expect(policy.paths).toEqual(defaultPolicy().paths);
  });

  it('extends strict', () => {
    const policy = loadPolicy('extends: strict\n', FILE);
    expect(policy).toEqual(strictPolicy());
    expect(policy.approvals.default).toEqual({ count: 2, from: [] });
    expect(policy.agents.extraApprovals).toBe(1);
    expect(policy.agents.warnBlocks).toBe(true);
    expect(policy.paths).toEqual(defaultPolicy().paths);
  });

  it('merges mappings by key and replaces lists', () => {
    const policy = loadPolicy(
      [
        'extends: strict',
        'paths:',
        '  exclude: ["third_party/**"]',
        'approvals:',
        '  default:',
        '    from: ["@acme/dba"]',
        'rules:',
        '  sql/truncate: warn',
      ].join('\n'),
      FILE,
    );
    expect(policy.paths.exclude).toEqual(['third_party/**']);
    expect(policy.paths.include).toEqual(['**']);
    expect(policy.approvals.default).toEqual({ count: 2, from: ['@acme/dba'] });
    expect(policy.rules).toEqual({ 'sql/truncate': 'warn' });
  });

  it('extends a file of the repository, resolved from the repository root', () => {
    const files = {
      'policies/base.yml': 'extends: strict\nrules:\n  sql/drop-table: warn\n  sql/truncate: block\n',
    };
    const policy = loadPolicy('extends: ./policies/base.yml\nrules:\n  sql/truncate: off\n', FILE, repo(files));
    expect(policy.rules).toEqual({ 'sql/drop-table': 'warn', 'sql/truncate': 'off' });
    expect(policy.approvals.default.count).toBe(2);
  });

  it('reports errors in an extended file against that file', () => {
    const files = { 'policies/base.yml': 'rules:\n  sql/drop-table: blok\n' };
    expect(messageOf(() => loadPolicy('extends: policies/base.yml\n', FILE, repo(files)))).toBe(
      'policies/base.yml:2:19: expected one of off, warn, block, got "blok"',
    );
  });

  it('reports a missing file at the extends value', () => {
    expect(messageOf(() => loadPolicy('# base\nextends: policies/none.yml\n', FILE, repo({})))).toBe(
      `${FILE}:2:10: extends "policies/none.yml": no such policy file in the repository`,
    );
    expect(messageOf(() => loadPolicy('extends: strcit\n', FILE))).toBe(
      `${FILE}:1:10: extends "strcit": no such policy file in the repository (did you mean "strict"?)`,
    );
    expect(messageOf(() => loadPolicy('extends: ../outside.yml\n', FILE, repo({})))).toBe(
      `${FILE}:1:10: extends takes "default", "strict" or a path inside the repository, got "../outside.yml"`,
    );
  });

  it('detects a cycle', () => {
    const files = {
      'a.yml': 'extends: b.yml\n',
      'b.yml': 'rules: {}\nextends: .github/two-key.yml\n',
      '.github/two-key.yml': 'extends: a.yml\n',
    };
    expect(messageOf(() => loadPolicy(files['.github/two-key.yml'], FILE, repo(files)))).toBe(
      'b.yml:2:10: extends ".github/two-key.yml" makes a cycle: .github/two-key.yml -> a.yml -> b.yml -> .github/two-key.yml',
    );
  });

  it('detects a file that extends itself', () => {
    const files = { 'p.yml': 'extends: ./p.yml\n' };
    expect(messageOf(() => loadPolicy(files['p.yml'], 'p.yml', repo(files)))).toBe(
      'p.yml:1:10: extends "./p.yml" makes a cycle: p.yml -> p.yml',
    );
  });

  it('normalizes repository paths', () => {
    expect(normalizeRepoPath('./a/./b/../c.yml')).toBe('a/c.yml');
    expect(normalizeRepoPath('/etc/passwd')).toBeUndefined();
    expect(normalizeRepoPath('a/../../b')).toBeUndefined();
  });
});
