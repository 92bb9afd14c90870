import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { changedFile, changeSetOf } from '../../../helpers/change-set.js';

const variables = (name: string) =>
  `variable "db_identifier" {\n  type    = string\n  default = "${name}"\n}\n\nvariable "protect" {\n  type    = bool\n  default = true\n}\n`;
const main =
  'resource "aws_db_instance" "orders" {\n  identifier          = var.db_identifier\n  engine              = "postgres"\n  instance_class      = "db.r6g.large"\n  deletion_protection = var.protect\n}\n';

const run = async (base: string, head: string, stacks: Record<string, string>) => {
  const neighbours = [
    { path: 'infra/db/main.tf', text: main },
    ...Object.entries(stacks).map(([name, text]) => ({ path: `infra/db/${name}`, text })),
  ];
  const decision = await check(
    changeSetOf([changedFile('infra/db/variables.tf', base, head)], { neighbours }),
    defaultPolicy(),
  );
  return decision.findings
    .filter((f) => f.ruleId.startsWith('iac/'))
    .map((f) => `${f.ruleId}:${f.line}:${f.downgradedBecause ? 'note' : 'block'}`);
};

describe('a variable default no stack uses', () => {
  it('does not block a changed default that every .tfvars of the module overrides', async () => {
    const found = await run(variables('orders'), variables('orders-v2'), {
      'prod.tfvars': 'db_identifier = "orders-prod"\n',
      'staging.tfvars': 'db_identifier = "orders-staging"\n',
    });
    expect(found).toEqual([]);
  });

  it('does not say "may replace" when the one stack sets the old value itself', async () => {
    // Merged, the default and prod.tfvars disagree in the head: unknown. Per stack, nothing moves.
    const found = await run(variables('orders'), variables('orders-v2'), {
      'prod.tfvars': 'db_identifier = "orders"\n',
    });
    expect(found).toEqual([]);
  });

  it('does not block a default terraform.tfvars overrides for every run', async () => {
    const found = await run(variables('orders'), variables('orders-v2'), {
      'terraform.tfvars': 'db_identifier = "orders"\n',
    });
    expect(found).toEqual([]);
  });

  it('blocks when one stack leaves the variable to its default', async () => {
    const found = await run(variables('orders'), variables('orders-v2'), {
      'prod.tfvars': 'db_identifier = "orders-prod"\n',
      'staging.tfvars': 'instance_class = "db.t4g.small"\n',
    });
    expect(found).toEqual(['iac/terraform-replacement-attribute:3:block']);
  });

  it('blocks a changed default in a module without any .tfvars', async () => {
    const found = await run(variables('orders'), variables('orders-v2'), {});
    expect(found).toEqual(['iac/terraform-replacement-attribute:3:block']);
  });

  it('treats a protection default the same way', async () => {
    const off = (text: string) => text.replace('default = true', 'default = false');
    const overridden = await run(variables('orders'), off(variables('orders')), {
      'prod.tfvars': 'db_identifier = "orders-prod"\nprotect = true\n',
      'staging.tfvars': 'db_identifier = "orders-staging"\nprotect = true\n',
    });
    expect(overridden).toEqual([]);
    const reached = await run(variables('orders'), off(variables('orders')), {
      'prod.tfvars': 'db_identifier = "orders-prod"\nprotect = true\n',
      'staging.tfvars': 'db_identifier = "orders-staging"\n',
    });
    expect(reached).toEqual(['iac/terraform-deletion-protection:8:block']);
  });
});
