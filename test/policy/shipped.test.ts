import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_POLICY_YAML, STRICT_POLICY_YAML, defaultPolicy, strictPolicy } from '../../src/policy/defaults.js';
import { emptyPolicy } from '../../src/policy/merge.js';

const read = (name: string) => readFileSync(new URL(`../../policies/${name}`, import.meta.url), 'utf8');

function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  const entries = Object.entries(value);
  // An empty mapping (rules, dialects) is a leaf: its keys are the user's.
  if (entries.length === 0) return [prefix];
  return entries.flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('shipped policies', () => {
  it('are the same text in policies/ and in the bundle', () => {
    expect(DEFAULT_POLICY_YAML).toBe(read('default.yml'));
    expect(STRICT_POLICY_YAML).toBe(read('strict.yml'));
  });

  it('the default states every key, so nothing comes from elsewhere', () => {
    expect(keyPaths(parse(DEFAULT_POLICY_YAML)).sort()).toEqual(keyPaths(emptyPolicy()).sort());
  });

  it('strict is the default with more approvals', () => {
    const { approvals, agents, ...rest } = strictPolicy();
    const base = defaultPolicy();
    const { approvals: _approvals, agents: _agents, ...baseRest } = base;
    expect(rest).toEqual(baseRest);
    expect(approvals).toEqual({ ...base.approvals, default: { count: 2, from: [] } });
    expect(agents).toEqual({ ...base.agents, extraApprovals: 1, warnBlocks: true });
  });

  it('hands out copies', () => {
    const a = defaultPolicy();
    a.paths.include.push('x');
    expect(defaultPolicy().paths.include).toEqual(['**']);
  });
});
