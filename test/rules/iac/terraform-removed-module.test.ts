import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a module file deleted
    {
      code: '',
      path: 'infra/prod/cache.tf',
      base: 'module "cache" {\n  source = "terraform-aws-modules/elasticache/aws"\n}\n',
      line: 1,
      side: 'base',
    },
    // a module renamed without moved
    {
      code: 'module "primary_db" {\n  source = "../modules/db"\n}\n',
      path: 'infra/prod/main.tf',
      base: 'module "db" {\n  source = "../modules/db"\n}\n',
      line: 1,
      side: 'base',
    },
  ],
  valid: [
    // the source version bumped
    {
      code: 'module "db" {\n  source  = "terraform-aws-modules/rds/aws"\n  version = "6.6.0"\n}\n',
      path: 'infra/prod/main.tf',
      base: 'module "db" {\n  source  = "terraform-aws-modules/rds/aws"\n  version = "6.5.0"\n}\n',
    },
    // a module added
    {
      code: 'module "db" {\n  source = "../modules/db"\n}\n\nmodule "cache" {\n  source = "../modules/cache"\n}\n',
      path: 'infra/prod/main.tf',
      base: 'module "db" {\n  source = "../modules/db"\n}\n',
    },
  ],
};

ruleTester('iac/terraform-removed-module', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-removed-module', cases.invalid)).toMatchInlineSnapshot(`
    "infra/prod/cache.tf:1:1 iac/terraform-removed-module
    1 | module "cache" {
      | ^^^^^^^^^^^^^^ module.cache is removed: terraform apply destroys every resource it manages (its source terraform-aws-modules/elasticache/aws is not in this change, so what it holds cannot be checked) (base side)

    infra/prod/main.tf:1:1 iac/terraform-removed-module
    1 | module "db" {
      | ^^^^^^^^^^^ module.db is removed: terraform apply destroys every resource it manages (its source ../modules/db is not in this change, so what it holds cannot be checked) (base side)"
  `);
});
