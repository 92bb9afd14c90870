import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // an Ansible shell task
    {
      code: '- name: reset\n  hosts: db\n  tasks:\n    - name: drop\n      ansible.builtin.shell: dropdb -h db.prod.internal app\n',
      path: 'ansible/reset.yml',
      line: 5,
      messageId: 'dropdb',
    },
    // dropdb with a connection string, through sudo
    {
      code: 'sudo -u postgres dropdb "postgresql://db.prod.internal/app"\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'dropdb',
    },
    // a GitHub-hosted runner is thrown away, the database host it names is not
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dropdb -h db.prod.internal app\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'dropdb',
    },
    // a rake db:drop in package.json
    {
      code: '{\n  "scripts": {\n    "ops": "RAILS_ENV=production bundle exec rake db:drop"\n  }\n}\n',
      path: 'package.json',
      line: 3,
      messageId: 'rails',
    },
  ],
  valid: [
    { code: 'RAILS_ENV=test bin/rails db:drop db:create\n', path: 'scripts/ops.sh' },
    { code: 'createdb -h db.prod.internal app_copy\n', path: 'scripts/ops.sh' },
    // a service container of the job
    {
      code: 'jobs:\n  t:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres:16\n    steps:\n      - run: dropdb -h postgres app\n',
      path: '.github/workflows/ops.yml',
    },
  ],
};

ruleTester('shell/drop-database-command', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/drop-database-command', cases.invalid)).toMatchInlineSnapshot(`
    "ansible/reset.yml:5:30 shell/drop-database-command
    5 |       ansible.builtin.shell: dropdb -h db.prod.internal app
      |                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dropdb app drops the database and every table in it

    scripts/ops.sh:1:1 shell/drop-database-command
    1 | sudo -u postgres dropdb "postgresql://db.prod.internal/app"
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dropdb postgresql://db.prod.internal/app drops the database and every table in it

    .github/workflows/ops.yml:5:14 shell/drop-database-command
    5 |       - run: dropdb -h db.prod.internal app
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dropdb app drops the database and every table in it

    package.json:3:13 shell/drop-database-command
    3 |     "ops": "RAILS_ENV=production bundle exec rake db:drop"
      |             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ rake db:drop drops the production database and every table in it"
  `);
});
