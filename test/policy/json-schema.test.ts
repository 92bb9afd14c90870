import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_POLICY_YAML, STRICT_POLICY_YAML } from '../../src/policy/defaults.js';
import { policyJsonSchema } from '../../src/policy/json-schema.js';

const written = JSON.parse(readFileSync(new URL('../../policies/two-key.schema.json', import.meta.url), 'utf8'));

describe('policy JSON Schema', () => {
  it('is fresh (run `npm run schema` after changing src/core/policy-schema.ts)', () => {
    expect(written).toEqual(policyJsonSchema());
  });

  it('accepts the shipped policies and rejects an unknown key', () => {
    const validate = new Ajv({ strict: false }).compile(written);
    expect(validate(parse(DEFAULT_POLICY_YAML))).toBe(true);
    expect(validate(parse(STRICT_POLICY_YAML))).toBe(true);
    expect(validate({ rule: {} })).toBe(false);
    expect(validate({ rules: { 'sql/drop-table': 'blok' } })).toBe(false);
  });

  it('documents every property', () => {
    const undocumented: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, unknown> }).properties ?? {};
      for (const [key, child] of Object.entries(properties)) {
        if (!(child as { description?: string }).description) undocumented.push(`${path}.${key}`);
        visit(child, `${path}.${key}`);
      }
      const items = (node as { items?: unknown }).items;
      if (items) visit(items, `${path}[]`);
    };
    visit(written, '$');
    expect(undocumented).toEqual([]);
  });
});
