import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a deployment in Complete mode deletes what the template leaves out
    {
      code: 'az deployment group create -g rg-prod --template-file main.bicep --mode Complete\n',
      path: 'scripts/deploy.sh',
      line: 1,
      messageId: 'destroys',
    },
    // a storage account, flags in another order
    {
      code: 'az storage account delete --yes -n acmeprodstore -g rg-prod\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'destroys',
    },
    // a SQL server from a workflow
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: az sql server delete --name sql-prod --resource-group rg-prod --yes\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'destroys',
    },
  ],
  valid: [
    {
      code: 'az deployment group create -g rg-prod --template-file main.bicep --mode Incremental\n',
      path: 'scripts/deploy.sh',
    },
    { code: 'az storage account show -n acmeprodstore -g rg-prod\n', path: 'scripts/ops.sh' },
    { code: 'az group create --name rg-preview --location westeurope\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/az-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/az-delete', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/deploy.sh:1:1 shell/az-delete
    1 | az deployment group create -g rg-prod --template-file main.bicep --mode Complete
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ az deployment group create deletes every resource of the resource group that the template does not declare (Complete mode)

    scripts/ops.sh:1:1 shell/az-delete
    1 | az storage account delete --yes -n acmeprodstore -g rg-prod
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ az storage account delete deletes the storage account and every blob, file and table in it

    .github/workflows/ops.yml:5:14 shell/az-delete
    5 |       - run: az sql server delete --name sql-prod --resource-group rg-prod --yes
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ az sql server delete deletes the SQL server and its databases"
  `);
});
