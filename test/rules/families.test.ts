import { describe, expect, it } from 'vitest';
import { families } from '../../src/rules/families.js';
import { checkers } from '../../src/rules/registry.js';

// The engine meets the families through families.ts, which loads a checker only for a change with
// a file of its family; registry.ts lists the checkers themselves. Both lists must be one list.
describe('the families the engine loads on demand', () => {
  it('are the registry checkers, in the same order', () => {
    expect(families.map((f) => f.family)).toEqual(checkers.map((c) => c.family));
  });

  it('decide with the very test their checker uses', () => {
    families.forEach((entry, i) => expect(entry.appliesTo).toBe(checkers[i]!.appliesTo));
  });

  it('load the registry checker itself, once', async () => {
    for (const [i, entry] of families.entries()) {
      const loaded = await entry.load();
      expect(loaded).toBe(checkers[i]);
      expect(await entry.load()).toBe(loaded);
    }
  });
});
