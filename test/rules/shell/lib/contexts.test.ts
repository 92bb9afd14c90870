import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

/** `ruleId:line` of the blocking findings of one added file. */
async function blocking(path: string, text: string): Promise<string[]> {
  const d = await check(changeSetOf([addedFile(path, text)]), defaultPolicy());
  return d.findings.filter((f) => f.blocking && f.kind !== 'production').map((f) => `${f.ruleId}:${f.line}`);
}

describe('commands read where they live', () => {
  it('reads a GitLab job, its hidden template (through extends and a merge key) and a !reference', async () => {
    expect(
      await blocking(
        '.gitlab-ci.yml',
        'stages: [deploy]\n\n.teardown: &teardown\n  image: hashicorp/terraform:1.7\n  script:\n    - cd infra/prod\n    - terraform destroy -auto-approve\n\n.db_reset:\n  script:\n    - psql "$DATABASE_URL" -c \'TRUNCATE orders CASCADE\'\n\ncleanup:\n  extends: .teardown\n  stage: deploy\n\nreset:\n  stage: deploy\n  script:\n    - !reference [.db_reset, script]\n    - echo done\n\nplan:\n  <<: *teardown\n  script:\n    - terraform plan\n',
      ),
    ).toEqual(['shell/terraform-destroy:7', 'sql/truncate:11']);
  });

  it('reads the release_command of fly.toml', async () => {
    expect(
      await blocking(
        'fly.toml',
        'app = "acme-api"\nprimary_region = "iad"\n\n[deploy]\n  release_command = "bin/rails db:schema:load"\n\n[processes]\n  web = "bin/rails server"\n',
      ),
    ).toEqual(['shell/migration-tool-reset:5']);
  });

  it('reads a Kubernetes Job container command and args as argv', async () => {
    expect(
      await blocking(
        'k8s/purge-job.yaml',
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: purge\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      initContainers:\n        - name: wait\n          image: busybox\n          command: ["sh", "-c", "until nc -z db 5432; do sleep 1; done"]\n      containers:\n        - name: purge\n          image: postgres:16\n          command:\n            - psql\n          args:\n            - "-h"\n            - "db.prod.internal"\n            - "-c"\n            - "TRUNCATE TABLE events"\n',
      ),
    ).toEqual(['sql/truncate:22']);
  });

  it('reads Ansible shell tasks and a postgresql_db task with state: absent', async () => {
    expect(
      await blocking(
        'ansible/reset.yml',
        '- hosts: db\n  tasks:\n    - name: reset schema\n      ansible.builtin.shell: psql -d ledger -c "DROP SCHEMA public CASCADE"\n    - name: drop old db\n      community.postgresql.postgresql_db:\n        name: ledger_old\n        state: absent\n    - name: list\n      command: psql -l\n',
      ),
    ).toEqual(['sql/drop-schema:4', 'shell/drop-database-command:8']);
  });

  it('reads Jenkinsfile sh steps in every string form', async () => {
    expect(
      await blocking(
        'Jenkinsfile',
        "pipeline {\n  agent any\n  stages {\n    stage('Reset') {\n      steps {\n        sh 'echo start'\n        sh \"\"\"\n          psql -h ${env.DB_HOST} -c 'DROP TABLE audit_log'\n        \"\"\"\n        sh(script: 'terraform destroy -auto-approve', returnStdout: true)\n      }\n    }\n  }\n}\n",
      ),
    ).toEqual(['sql/drop-table:8', 'shell/terraform-destroy:10']);
  });

  it('reads a Dockerfile CMD, which runs where the image is deployed', async () => {
    expect(
      await blocking(
        'Dockerfile',
        'FROM ruby:3.3\nRUN bundle install\nCMD ["sh", "-c", "bin/rails db:schema:load && bin/rails server"]\n',
      ),
    ).toEqual(['shell/migration-tool-reset:3']);
  });

  it('reads a crontab line', async () => {
    expect(
      await blocking('deploy/crontab', '0 3 * * * /usr/bin/dropdb ledger_prod\n@daily psql -c "SELECT 1"\n'),
    ).toEqual(['shell/drop-database-command:1']);
  });

  it('reads a systemd ExecStartPre', async () => {
    expect(
      await blocking(
        'deploy/app.service',
        '[Service]\nExecStartPre=-/usr/bin/psql -h db.internal -c "TRUNCATE sessions"\nExecStart=/usr/bin/app\n',
      ),
    ).toEqual(['sql/truncate:2']);
  });

  it('reads composer scripts, @php included', async () => {
    expect(
      await blocking(
        'composer.json',
        '{\n  "scripts": {\n    "post-deploy": ["@php artisan migrate:fresh --force", "php artisan db:wipe --force"]\n  }\n}\n',
      ),
    ).toEqual(['shell/cli-destroy:3', 'shell/cli-destroy:3']);
  });

  it('reads CircleCI run steps, string and map forms', async () => {
    expect(
      await blocking(
        '.circleci/config.yml',
        'version: 2.1\njobs:\n  reset:\n    docker:\n      - image: cimg/base:current\n    steps:\n      - checkout\n      - run: echo hi\n      - run:\n          name: wipe\n          command: |\n            pulumi destroy --yes --stack acme/prod\n',
      ),
    ).toEqual(['shell/cli-destroy:12']);
  });

  it("reads a CircleCI job's environment, and a run step's own, as the context of its commands", async () => {
    const config = (url: string, step = '') =>
      `version: 2.1\njobs:\n  test:\n    docker:\n      - image: cimg/node:20.11\n      - image: cimg/postgres:16.2\n    environment:\n      DATABASE_URL: ${url}\n    steps:\n      - checkout\n      - run:\n          command: npx prisma migrate reset --force --skip-seed\n${step}`;
    const d = await check(
      changeSetOf([addedFile('.circleci/config.yml', config('postgres://circleci@localhost:5432/app_test'))]),
      defaultPolicy(),
    );
    expect(d.findings.map((f) => [f.ruleId, f.line, f.blocking, f.downgradedBecause])).toEqual([
      ['shell/prisma-migrate-reset', 12, false, 'database on localhost (DATABASE_URL): not blocking'],
    ]);
    // the same reset against a database elsewhere
    expect(await blocking('.circleci/config.yml', config('postgres://app@db.internal.acme.io:5432/app'))).toEqual([
      'shell/prisma-migrate-reset:12',
    ]);
    // a step that points the command somewhere else overrides the job
    expect(
      await blocking(
        '.circleci/config.yml',
        config(
          'postgres://circleci@localhost:5432/app_test',
          '          environment:\n            DATABASE_URL: postgres://app@db.internal.acme.io:5432/app\n',
        ),
      ),
    ).toEqual(['shell/prisma-migrate-reset:12']);
  });

  it('reads Azure Pipelines script and bash steps', async () => {
    expect(
      await blocking(
        'azure-pipelines.yml',
        'trigger: none\nsteps:\n  - script: echo build\n  - bash: |\n      az group delete --name rg-data --yes\n',
      ),
    ).toEqual(['shell/az-delete:5']);
  });

  it('reads Bitbucket Pipelines step scripts', async () => {
    expect(
      await blocking(
        'bitbucket-pipelines.yml',
        'pipelines:\n  custom:\n    reset:\n      - step:\n          script:\n            - npx sst remove --stage production\n',
      ),
    ).toEqual(['shell/cli-destroy:6']);
  });

  it('reads Buildkite commands', async () => {
    expect(
      await blocking(
        '.buildkite/pipeline.yml',
        'steps:\n  - label: reset\n    commands:\n      - echo go\n      - heroku pg:reset DATABASE_URL --app acme --confirm acme\n',
      ),
    ).toEqual(['shell/paas-destroy:5']);
  });

  it('reads Taskfile cmds', async () => {
    expect(
      await blocking(
        'Taskfile.yml',
        "version: '3'\ntasks:\n  nuke:\n    cmds:\n      - cmd: php artisan migrate:fresh --force\n",
      ),
    ).toEqual(['shell/cli-destroy:5']);
  });

  it('reads render.yaml preDeployCommand', async () => {
    expect(
      await blocking(
        'render.yaml',
        'services:\n  - type: web\n    name: api\n    preDeployCommand: bundle exec rails db:schema:load\n    startCommand: bundle exec puma\n',
      ),
    ).toEqual(['shell/migration-tool-reset:4']);
  });

  it('reads railway.json deploy commands', async () => {
    expect(
      await blocking(
        'railway.json',
        '{\n  "deploy": {\n    "preDeployCommand": "npx prisma migrate reset --force"\n  }\n}\n',
      ),
    ).toEqual(['shell/prisma-migrate-reset:3']);
  });

  it('reads pyproject poe tasks', async () => {
    expect(
      await blocking(
        'pyproject.toml',
        '[project]\nname = "acme"\n\n[tool.poe.tasks]\nreset-db = "python manage.py flush --no-input"\n',
      ),
    ).toEqual(['shell/migration-tool-reset:5']);
  });

  it('reads tox commands with continuation lines', async () => {
    expect(
      await blocking(
        'tox.ini',
        '[testenv:reset]\ncommands =\n    python manage.py migrate\n    dropdb -h db.internal ledger\n',
      ),
    ).toEqual(['shell/drop-database-command:4']);
  });

  it('reads an Argo Workflow script template', async () => {
    expect(
      await blocking(
        'workflows/purge.yaml',
        "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: purge-\nspec:\n  entrypoint: purge\n  templates:\n    - name: purge\n      script:\n        image: postgres:16\n        command: [bash]\n        source: |\n          psql -h db.internal -c 'DELETE FROM events'\n",
      ),
    ).toEqual(['sql/delete-without-where:13']);
  });

  it('reads a GitLab file included from another, by its shape', async () => {
    expect(
      await blocking('ci/templates/db.yml', ".wipe:\n  script:\n    - mysql -h db.internal -e 'DROP DATABASE shop'\n"),
    ).toEqual(['sql/drop-database:3']);
  });

  it('allows a GitLab job that only plans', async () => {
    expect(
      await blocking(
        '.gitlab-ci.yml',
        "plan:\n  script:\n    - terraform plan -out tfplan\n    - psql -h db.internal -c 'SELECT count(*) FROM orders'\n",
      ),
    ).toEqual([]);
  });

  it('allows a Kubernetes Job running a SELECT', async () => {
    expect(
      await blocking(
        'k8s/report.yaml',
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: report\nspec:\n  template:\n    spec:\n      containers:\n        - name: report\n          image: postgres:16\n          command: [psql, -h, db.internal, -c, 'SELECT count(*) FROM orders']\n",
      ),
    ).toEqual([]);
  });

  it('allows fly.toml running migrations', async () => {
    expect(await blocking('fly.toml', '[deploy]\n  release_command = "bin/rails db:migrate"\n')).toEqual([]);
  });

  it('allows an Ansible postgresql_db task that creates', async () => {
    expect(
      await blocking(
        'ansible/db.yml',
        '- hosts: db\n  tasks:\n    - community.postgresql.postgresql_db:\n        name: ledger\n        state: present\n',
      ),
    ).toEqual([]);
  });

  it('allows a Jenkinsfile echoing a destroy', async () => {
    expect(
      await blocking(
        'Jenkinsfile',
        "node {\n  sh 'echo terraform destroy is not run here'\n  // sh 'terraform destroy'\n}\n",
      ),
    ).toEqual([]);
  });

  it('allows a plain YAML config with a script key elsewhere', async () => {
    expect(await blocking('config/app.yml', 'name: acme\nfeatures:\n  search: true\n')).toEqual([]);
  });
});
