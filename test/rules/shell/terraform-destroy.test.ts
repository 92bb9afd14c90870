import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // from a package.json script
    {
      code: '{\n  "scripts": {\n    "ops": "terraform -chdir=infra destroy -auto-approve"\n  }\n}\n',
      path: 'package.json',
      line: 3,
      messageId: 'unattended',
    },
    // terragrunt run-all destroy in a workflow
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: terragrunt run-all destroy --terragrunt-non-interactive\n',
      path: '.github/workflows/ops.yml',
      line: 5,
    },
    // -chdir before the subcommand
    {
      code: 'terraform -chdir=infra/prod destroy -auto-approve\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'unattended',
    },
  ],
  valid: [
    {
      code: 'terraform -chdir=infra/prod plan -out=tfplan\nterraform -chdir=infra/prod apply tfplan\n',
      path: 'scripts/ops.sh',
    },
    // commented out
    { code: '# terraform destroy -auto-approve\nterraform fmt -check\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/terraform-destroy', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/terraform-destroy', cases.invalid)).toMatchInlineSnapshot(`
    "package.json:3:13 shell/terraform-destroy
    3 |     "ops": "terraform -chdir=infra destroy -auto-approve"
      |             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ terraform destroy -auto-approve deletes every resource of the configuration without a confirmation prompt

    .github/workflows/ops.yml:5:14 shell/terraform-destroy
    5 |       - run: terragrunt run-all destroy --terragrunt-non-interactive
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ terragrunt destroy -auto-approve deletes every resource of the configuration without a confirmation prompt

    scripts/ops.sh:1:1 shell/terraform-destroy
    1 | terraform -chdir=infra/prod destroy -auto-approve
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ terraform destroy -auto-approve deletes every resource of the configuration without a confirmation prompt"
  `);
});
