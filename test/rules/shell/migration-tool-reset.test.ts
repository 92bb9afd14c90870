import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // liquibase dropAll with options first
    { code: 'liquibase --url="$JDBC_URL" dropAll\n', path: 'scripts/ops.sh', line: 1, messageId: 'reset' },
    // typeorm schema:drop in package.json
    {
      code: '{\n  "scripts": {\n    "ops": "typeorm schema:drop -d dist/data-source.js"\n  }\n}\n',
      path: 'package.json',
      line: 3,
      messageId: 'reset',
    },
  ],
  valid: [
    { code: 'liquibase --url="$JDBC_URL" update\n', path: 'scripts/ops.sh' },
    {
      code: '{\n  "scripts": {\n    "ops": "typeorm migration:run -d dist/data-source.js"\n  }\n}\n',
      path: 'package.json',
    },
  ],
};

ruleTester('shell/migration-tool-reset', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/migration-tool-reset', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/ops.sh:1:1 shell/migration-tool-reset
    1 | liquibase --url="$JDBC_URL" dropAll
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ liquibase dropAll drops every table (or row) of the database it manages

    package.json:3:13 shell/migration-tool-reset
    3 |     "ops": "typeorm schema:drop -d dist/data-source.js"
      |             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ typeorm schema:drop drops every table (or row) of the database it manages"
  `);
});
