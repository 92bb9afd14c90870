import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a TRUNCATE in an INI value
    { code: '[cleanup]\nquery = TRUNCATE sessions\n', path: 'deploy/cleanup.ini', line: 2, messageId: 'sql' },
    // a Java properties value
    { code: 'cleanup.sql=DROP TABLE audit_log\n', path: 'config/jobs.properties', line: 1, messageId: 'sql' },
  ],
  valid: [
    // a SELECT in an INI value
    { code: '[report]\nquery = SELECT count(*) FROM sessions\n', path: 'deploy/report.ini' },
    // prose about dropping
    { code: 'We will drop the reporting schema next quarter.\n', path: 'ops/plan.txt' },
  ],
};

ruleTester('universal/unrecognised-sql', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('universal/unrecognised-sql', cases.invalid)).toMatchInlineSnapshot(`
    "deploy/cleanup.ini:2:9 universal/unrecognised-sql
    2 | query = TRUNCATE sessions
      |         ^^^^^^^^ TRUNCATE sessions deletes every row; it is written in a configuration value, a context two-key has no reader for, so whatever runs it is unknown and it needs approval

    config/jobs.properties:1:13 universal/unrecognised-sql
    1 | cleanup.sql=DROP TABLE audit_log
      |             ^^^^ DROP TABLE audit_log destroys the table and all its rows; it is written in a configuration value, a context two-key has no reader for, so whatever runs it is unknown and it needs approval"
  `);
});
