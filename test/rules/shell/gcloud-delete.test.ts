import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a BigQuery dataset with -r -f
    { code: 'bq rm -r -f -d acme-prod:analytics\n', path: 'scripts/ops.sh', line: 1, messageId: 'destroys' },
    // a bucket through gcloud storage in a Makefile
    {
      code: 'nuke:\n\tgcloud storage rm --recursive gs://acme-prod-uploads\n',
      path: 'Makefile',
      line: 2,
      messageId: 'destroys',
    },
  ],
  valid: [
    { code: 'bq ls acme-prod:analytics\n', path: 'scripts/ops.sh' },
    { code: 'gcloud storage cp report.csv gs://acme-reports/\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/gcloud-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/gcloud-delete', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/ops.sh:1:1 shell/gcloud-delete
    1 | bq rm -r -f -d acme-prod:analytics
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ bq rm acme-prod:analytics deletes the dataset or table and its rows

    Makefile:2:2 shell/gcloud-delete
    2 |  gcloud storage rm --recursive gs://acme-prod-uploads
      |  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gcloud storage rm gs://acme-prod-uploads deletes every object under the path"
  `);
});
