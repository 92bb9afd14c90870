import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmFor } from '../../src/engine/warm.js';
import { families } from '../../src/rules/families.js';

afterEach(() => vi.restoreAllMocks());

describe('warmFor', () => {
  it('starts loading the families the changed paths call for, and no others', () => {
    const loads = families.map((entry) => vi.spyOn(entry, 'load'));
    warmFor(['db/migrations/V7__drop_orders.sql', 'README.md']);
    const loaded = new Set(families.filter((_, i) => loads[i]!.mock.calls.length > 0).map((e) => e.family));
    expect(loaded.has('sql')).toBe(true);
    // A workflow or a Terraform file is not among the paths: their readers wait for a change that has one.
    expect(loaded.has('iac')).toBe(false);
    expect(loaded.has('shell')).toBe(false);
  });

  it('loads nothing for a change of documentation', () => {
    const loads = families.map((entry) => vi.spyOn(entry, 'load'));
    warmFor(['README.md', 'docs/guide.md']);
    expect(loads.filter((spy) => spy.mock.calls.length > 0)).toHaveLength(0);
  });
});
