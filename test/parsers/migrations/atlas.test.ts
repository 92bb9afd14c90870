import { describe, expect, it } from 'vitest';
import { check } from '../../../src/engine/engine.js';
import { defaultPolicy } from '../../../src/policy/defaults.js';
import { changedFile, changeSetOf } from '../../helpers/change-set.js';

const BASE = `schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = bigint
  }
  column "legacy_token" {
    type = text
    null = true
  }
  primary_key {
    columns = [column.id]
  }
}

table "audit_log" {
  schema = schema.public
  column "id" {
    type = bigint
  }
}
`;

const run = async (base: string, head: string, path = 'db/schema.pg.hcl') =>
  (await check(changeSetOf([changedFile(path, base, head)]), defaultPolicy())).findings.map(
    (f) => `${f.ruleId}@${f.side}:${f.line}${f.blocking ? ' blocking' : ''}`,
  );

describe('Atlas declarative schemas', () => {
  it('reports a removed table and a removed column where the base schema had them', async () => {
    const head = BASE.replace(/\n {2}column "legacy_token" \{\n[^}]*\}/, '').replace(
      /\ntable "audit_log"[\s\S]*$/,
      '\n',
    );
    expect(await run(BASE, head)).toEqual(['orm/drop-column@base:8 blocking', 'orm/drop-table@base:17 blocking']);
  });

  it('allows an added column and an added table', async () => {
    const head =
      BASE.replace('  primary_key {', '  column "nickname" {\n    type = text\n  }\n  primary_key {') +
      '\ntable "carts" {\n  schema = schema.public\n  column "id" {\n    type = bigint\n  }\n}\n';
    expect(await run(BASE, head)).toEqual([]);
  });

  it('leaves Terraform and Terragrunt HCL to their own readers', async () => {
    expect(await run('locals {\n  a = 1\n}\n', 'locals {\n  a = 2\n}\n', 'infra/terragrunt.hcl')).toEqual([]);
  });

  it('fails closed on a schema it cannot parse', async () => {
    const found = await run(BASE, BASE.replace('table "audit_log" {', 'table "audit_log" {{'));
    expect(found.some((f) => f.includes('blocking'))).toBe(true);
  });
});
