import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a reusable workflow from another repository handed production
    {
      code: 'on: workflow_dispatch\njobs:\n  sync:\n    uses: acme/platform/.github/workflows/db.yml@main\n    with:\n      environment: production\n',
      path: '.github/workflows/ops.yml',
      line: 4,
      messageId: 'production',
    },
    // a GitLab job splicing a script from a remote include, by !reference
    {
      code: 'include:\n  - remote: https://ci.example.com/jobs.yml\npurge:\n  script:\n    - !reference [.purge-tenants, script]\n',
      path: '.gitlab-ci.yml',
      line: 5,
      messageId: 'destructive',
    },
    // a project include whose ref moves from a tag to a branch
    {
      code: 'include:\n  - project: platform/ci\n    ref: main\n    file: /db.yml\n',
      base: 'include:\n  - project: platform/ci\n    ref: v1.2.0\n    file: /db.yml\n',
      path: '.gitlab-ci.yml',
      line: 3,
      messageId: 'branch',
    },
    // a CircleCI orb job in the production context
    {
      code: 'version: 2.1\norbs:\n  es: searchco/es-ops@2.0.1\nworkflows:\n  main:\n    jobs:\n      - es/reindex:\n          context: production\n',
      path: '.circleci/config.yml',
      line: 7,
      messageId: 'production',
    },
    // an Azure template from another repository, a camel-case action
    {
      code: 'steps:\n  - template: steps/sql.yml@templates\n    parameters:\n      action: DropDatabase\n',
      path: 'azure-pipelines.yml',
      line: 2,
      messageId: 'destructive',
    },
    // a Bitbucket pipe given production credentials
    {
      code: 'pipelines:\n  default:\n    - step:\n        script:\n          - pipe: acme/migrate-pipe:1.0.0\n            variables:\n              DATABASE_URL: $PROD_DATABASE_URL\n',
      path: 'bitbucket-pipelines.yml',
      line: 5,
      messageId: 'production',
    },
  ],
  valid: [
    // GitHub's own actions and a build action with no production context
    {
      code: 'jobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          push: false\n',
      path: '.github/workflows/ci.yml',
    },
    // a setup action handed a production role changes nothing by itself
    {
      code: 'jobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: ${{ secrets.PROD_DEPLOY_ROLE }}\n',
      path: '.github/workflows/deploy.yml',
    },
    // an option named after a deletion is not the operation
    {
      code: 'jobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: peter-evans/create-pull-request@v6\n        with:\n          delete-branch: true\n',
      path: '.github/workflows/bump.yml',
    },
    // a GitLab template bumped from one tag to another
    {
      code: 'include:\n  - project: platform/ci\n    ref: v1.3.0\n    file: /lint.yml\nlint:\n  extends: .eslint\n',
      base: 'include:\n  - project: platform/ci\n    ref: v1.2.0\n    file: /lint.yml\nlint:\n  extends: .eslint\n',
      path: '.gitlab-ci.yml',
    },
    // a template defined in the same file is read, not opaque
    {
      code: 'include:\n  - template: Jobs/SAST.gitlab-ci.yml\n.drop:\n  script: echo hi\nreset:\n  extends: .drop\n',
      path: '.gitlab-ci.yml',
    },
    // an inline CircleCI orb is in the file
    {
      code: 'version: 2.1\norbs:\n  db:\n    commands:\n      drop-schema:\n        steps:\n          - run: echo noop\njobs:\n  j:\n    docker: [{image: cimg/base:2024.01}]\n    steps:\n      - db/drop-schema\n',
      path: '.circleci/config.yml',
    },
  ],
};

ruleTester('shell/unread-remote-step', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/unread-remote-step', cases.invalid)).toMatchInlineSnapshot(`
    ".github/workflows/ops.yml:4:11 shell/unread-remote-step
    4 |     uses: acme/platform/.github/workflows/db.yml@main
      |           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the reusable workflow acme/platform/.github/workflows/db.yml@main comes from another repository, not read, and receives production (with.environment: production): what it runs there cannot be seen

    .gitlab-ci.yml:5:18 shell/unread-remote-step
    5 |     - !reference [.purge-tenants, script]
      |                  ^^^^^^^^^^^^^^^^^^^^^^^^ .purge-tenants (job "purge") comes from an include (https://ci.example.com/jobs.yml), not read, and names a destructive operation (purge): what it runs cannot be seen

    .gitlab-ci.yml:3:10 shell/unread-remote-step
    3 |     ref: main
      |          ^^^^ the include of project platform/ci now follows the branch main (was v1.2.0): its jobs come from another project, not read, and change whenever that branch does

    .circleci/config.yml:7:9 shell/unread-remote-step
    7 |       - es/reindex:
      |         ^^^^^^^^^^ the orb job es/reindex (searchco/es-ops@2.0.1) comes from an orb, not read, and receives production (parameters.context: production): what it runs there cannot be seen

    azure-pipelines.yml:2:15 shell/unread-remote-step
    2 |   - template: steps/sql.yml@templates
      |               ^^^^^^^^^^^^^^^^^^^^^^^ the template steps/sql.yml@templates comes from the repository resource "templates", not read, and names a destructive operation (parameters.action: DropDatabase): what it runs cannot be seen

    bitbucket-pipelines.yml:5:19 shell/unread-remote-step
    5 |           - pipe: acme/migrate-pipe:1.0.0
      |                   ^^^^^^^^^^^^^^^^^^^^^^^ the pipe acme/migrate-pipe:1.0.0 comes from a container image, not read, and receives production (variables.DATABASE_URL: $PROD_DATABASE_URL): what it runs there cannot be seen"
  `);
});

it('lets a known action told to preview or plan take production with a note, and blocks it told to apply', async () => {
  const workflow = (uses: string, inputs: string) =>
    `name: infra\non: pull_request\njobs:\n  preview:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${uses}\n        with:\n${inputs}`;
  const judged = async (uses: string, inputs: string) =>
    (await findingsOf(workflow(uses, inputs), '.github/workflows/infra.yml'))
      .filter((f) => f.ruleId === 'shell/unread-remote-step')
      .map((f) => [f.line, f.blocking, f.downgradedBecause ?? null]);
  expect(await judged('pulumi/actions@v5', '          command: preview\n          stack-name: acme/prod\n')).toEqual([
    [7, false, 'pulumi/actions with command: preview computes a preview: it changes nothing'],
  ]);
  expect(
    await judged(
      'aws-actions/aws-cloudformation-github-deploy@v1',
      '          name: billing-prod\n          template: stack.yml\n          no-execute-changeset: "1"\n',
    ),
  ).toEqual([
    [
      7,
      false,
      'aws-actions/aws-cloudformation-github-deploy with no-execute-changeset: 1 creates a change set without executing it: it changes nothing',
    ],
  ]);
  for (const inputs of [
    '          command: up\n          stack-name: acme/prod\n',
    '          command: ${{ inputs.command }}\n          stack-name: acme/prod\n',
    '          command: destroy\n          stack-name: acme/dev\n',
  ]) {
    expect(await judged('pulumi/actions@v5', inputs), inputs).toEqual([[7, true, null]]);
  }
});
