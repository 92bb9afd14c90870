import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/engine.js';
import type { ChangedFile } from '../../src/core/types.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../helpers/change-set.js';

// Routine work the wider net must let through with a reason, each beside the twin that still blocks.

async function decide(files: ChangedFile[]) {
  return check(changeSetOf(files), defaultPolicy());
}

const RESET = 'npx prisma migrate reset --force\n';

describe('what a whole script sets before a command says where it runs', () => {
  it('reads an exported localhost DATABASE_URL as local for the rest of the script', async () => {
    const d = await decide([
      addedFile(
        'scripts/dev-reset.sh',
        '#!/usr/bin/env bash\nset -euo pipefail\nexport DATABASE_URL="postgresql://postgres:postgres@localhost:5432/app_dev"\n' +
          RESET,
      ),
    ]);
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.ruleId === 'shell/prisma-migrate-reset')!;
    expect(f.line).toBe(4);
    expect(f.downgradedBecause).toBe('database on localhost (DATABASE_URL): not blocking');
  });

  it('reads RAILS_ENV=development set at the top of the script', async () => {
    const d = await decide([
      addedFile('bin/reset-db', '#!/bin/sh\nRAILS_ENV=development\nexport RAILS_ENV\nbin/rails db:drop db:create\n'),
    ]);
    expect(d.verdict).toBe('allow');
    expect(d.findings.find((x) => x.line === 4)?.downgradedBecause).toBe(
      'development environment (RAILS_ENV=development): not blocking',
    );
  });

  it('does not trust a value set only inside a branch: the caller may have set the variable', async () => {
    const d = await decide([
      addedFile(
        'scripts/reset.sh',
        '#!/bin/sh\nif [ -z "$CI" ]; then\n  export DATABASE_URL=postgres://localhost/app_dev\nfi\n' + RESET,
      ),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'shell/prisma-migrate-reset')?.line).toBe(5);
  });

  it('does not trust a local value a branch may replace before the command', async () => {
    const d = await decide([
      addedFile(
        'scripts/reset.sh',
        '#!/bin/sh\nexport DATABASE_URL=postgres://localhost/app_dev\n' +
          '[ "$1" = prod ] && export DATABASE_URL=postgres://app@db.acme.io/app\n' +
          RESET,
      ),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'shell/prisma-migrate-reset')?.line).toBe(4);
  });

  it('does not trust a remote or run-time value', async () => {
    for (const value of ['postgres://app@db.acme.io/app', '"${DATABASE_URL:-postgres://localhost/app_dev}"']) {
      const d = await decide([addedFile('scripts/reset.sh', `#!/bin/sh\nexport DATABASE_URL=${value}\n${RESET}`)]);
      expect(d.verdict, value).toBe('block');
      expect(d.findings.find((x) => x.ruleId === 'shell/prisma-migrate-reset')?.line, value).toBe(3);
    }
  });

  it('does not carry a variable of one workflow step into the next, which runs in a new shell', async () => {
    const d = await decide([
      addedFile(
        '.github/workflows/reset.yml',
        'on: workflow_dispatch\njobs:\n  r:\n    runs-on: self-hosted\n    steps:\n' +
          '      - run: export DATABASE_URL=postgres://localhost/app_dev\n' +
          '      - run: npx prisma migrate reset --force\n',
      ),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'shell/prisma-migrate-reset')?.line).toBe(7);
  });
});

describe('a command in a file no reader understands is weighed by where it runs, as in a script', () => {
  const tasks = (command: string) =>
    `{\n  "version": "2.0.0",\n  "tasks": [\n    { "label": "reset", "type": "shell", "command": "${command}" }\n  ]\n}\n`;

  it('lets a developer compose stack reset in .vscode/tasks.json through, with the reason', async () => {
    const d = await decide([
      addedFile(
        '.vscode/tasks.json',
        tasks('docker compose -f docker-compose.dev.yml down -v && docker compose up -d'),
      ),
    ]);
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.ruleId === 'universal/unrecognised-command')!;
    expect(f.line).toBe(4);
    expect(f.downgradedBecause).toBe('local compose stack (docker-compose.dev.yml): not blocking');
  });

  it('still blocks the default compose file there', async () => {
    const d = await decide([addedFile('.vscode/tasks.json', tasks('docker compose down -v'))]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'universal/unrecognised-command')?.line).toBe(4);
  });

  it('reads a preview app named from the pull request in a YAML value, and blocks a fixed name', async () => {
    const yaml = (app: string) => `hooks:\n  on_close: flyctl apps destroy ${app} --yes\n`;
    const preview = await decide([addedFile('deploy/hooks.yaml', yaml('shop-pr-$PR_NUMBER'))]);
    expect(preview.verdict).toBe('allow');
    expect(preview.findings.find((x) => x.line === 2)?.downgradedBecause).toBe(
      'preview environment named from $PR_NUMBER: not blocking',
    );
    const fixed = await decide([addedFile('deploy/hooks.yaml', yaml('shop-api'))]);
    expect(fixed.verdict).toBe('block');
    expect(fixed.findings.find((x) => x.ruleId === 'universal/unrecognised-command')?.line).toBe(2);
  });
});

describe('a command code runs is weighed by where the call says it runs', () => {
  const py = (argv: string) =>
    `import subprocess\n\nsubprocess.run(["pytest"], check=True)\nsubprocess.run(${argv}, check=True)\n`;

  it('lets a test compose stack torn down by subprocess through, with the reason', async () => {
    const d = await decide([
      addedFile('scripts/integration.py', py('["docker", "compose", "-f", "docker-compose.test.yml", "down", "-v"]')),
    ]);
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.ruleId === 'shell/docker-volume-remove')!;
    expect(f.line).toBe(4);
    expect(f.downgradedBecause).toBe('local compose stack (docker-compose.test.yml): not blocking');
  });

  it('reads a localhost database given to the call itself', async () => {
    const d = await decide([
      addedFile(
        'scripts/reset.js',
        "const { execSync } = require('node:child_process');\nexecSync('DATABASE_URL=postgres://localhost:5432/app_dev npx prisma migrate reset --force');\n",
      ),
    ]);
    expect(d.verdict).toBe('allow');
    expect(d.findings.find((x) => x.line === 2)?.downgradedBecause).toBe(
      'database on localhost (DATABASE_URL): not blocking',
    );
  });

  it('still blocks the default compose file, and a call that also runs an unplaced destructive command', async () => {
    const plain = await decide([addedFile('scripts/integration.py', py('["docker", "compose", "down", "-v"]'))]);
    expect(plain.verdict).toBe('block');
    expect(plain.findings.find((x) => x.blocking)?.line).toBe(4);
    const mixed = await decide([
      addedFile(
        'scripts/integration.py',
        py('"docker compose -f docker-compose.test.yml down -v && dropdb shop", shell=True'),
      ),
    ]);
    expect(mixed.verdict).toBe('block');
    expect(mixed.findings.filter((x) => x.blocking).map((x) => x.line)).toContain(4);
  });
});

describe("a developer machine's setup script", () => {
  const railsSetup = (extra = '') =>
    [
      '#!/usr/bin/env ruby', // 1
      'require "fileutils"', // 2
      extra, // 3
      'def system!(*args)', // 4
      '  system(*args, exception: true)', // 5
      'end', // 6
      '', // 7
      'FileUtils.chdir File.expand_path("..", __dir__) do', // 8
      '  system! "bin/rails db:prepare"', // 9
      '  system! "bin/rails db:reset" if ARGV.include?("--reset")', // 10
      'end', // 11
      '',
    ].join('\n');

  it("lets Rails' bin/setup template reset the development database, with the reason", async () => {
    const d = await decide([addedFile('bin/setup', railsSetup())]);
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.line === 10)!;
    expect(f.ruleId).toBe('universal/unrecognised-command');
    expect(f.downgradedBecause).toBe('development setup script (bin/setup): not blocking');
  });

  it('reads script/bootstrap the same, unless the command names another environment', async () => {
    const ok = await decide([addedFile('script/bootstrap', '#!/bin/sh\nset -e\ndropdb --if-exists app_development\n')]);
    expect(ok.verdict).toBe('allow');
    expect(ok.findings.find((x) => x.line === 3)?.downgradedBecause).toBe(
      'development setup script (script/bootstrap): not blocking',
    );
    const staging = await decide([addedFile('script/bootstrap', '#!/bin/sh\nRAILS_ENV=staging bin/rails db:drop\n')]);
    expect(staging.verdict).toBe('block');
    expect(staging.findings.find((x) => x.blocking)?.line).toBe(2);
  });

  it('blocks a setup script that names a remote database or production anywhere, and the same code elsewhere', async () => {
    const remote = await decide([
      addedFile('bin/setup', railsSetup('ENV["DATABASE_URL"] = "postgres://app@db.acme.io/app"')),
    ]);
    expect(remote.verdict).toBe('block');
    expect(remote.findings.find((x) => x.blocking)?.line).toBe(10);
    const production = await decide([addedFile('bin/setup', railsSetup('ENV["RAILS_ENV"] ||= "production"'))]);
    expect(production.verdict).toBe('block');
    const elsewhere = await decide([addedFile('bin/reset', railsSetup())]);
    expect(elsewhere.verdict).toBe('block');
    expect(elsewhere.findings.find((x) => x.blocking)?.line).toBe(10);
  });

  it("reads a dev container script's bare host names as its own compose services, and only there", async () => {
    const script = '#!/usr/bin/env bash\nset -e\nbin/rails db:reset\nredis-cli -h redis FLUSHALL\n';
    const d = await decide([addedFile('.devcontainer/post-create.sh', script)]);
    expect(d.verdict).toBe('allow');
    expect(d.findings.find((x) => x.line === 4)?.downgradedBecause).toBe(
      'development setup script (a dev container script): not blocking',
    );
    const dotted = await decide([
      addedFile('.devcontainer/post-create.sh', script.replace('-h redis', '-h cache.acme.internal')),
    ]);
    expect(dotted.verdict).toBe('block');
    expect(dotted.findings.find((x) => x.blocking)?.line).toBe(4);
    const setup = await decide([addedFile('script/setup', script)]);
    expect(setup.verdict).toBe('block');
    expect(setup.findings.find((x) => x.blocking)?.line).toBe(4);
  });
});

describe("preview names written in each CI system's own expressions", () => {
  it("follows GitHub's ${{ env.NAME }} to a workflow variable set from the pull request", async () => {
    const d = await decide([
      addedFile(
        '.github/workflows/down.yml',
        'on:\n  pull_request:\n    types: [closed]\nenv:\n  PR_NUMBER: ${{ github.event.pull_request.number }}\njobs:\n  down:\n    runs-on: ubuntu-latest\n    steps:\n' +
          '      - run: kubectl delete namespace preview-${{ env.PR_NUMBER }}\n' +
          '      - run: kubectl delete namespace preview-${{ env.STACK }}\n',
      ),
    ]);
    expect(d.findings.find((x) => x.line === 10)?.downgradedBecause).toBe(
      'preview environment named from $PR_NUMBER: not blocking',
    );
    expect(d.findings.find((x) => x.line === 11)?.blocking).toBe(true);
  });

  it("reads a Jenkinsfile's ${env.CHANGE_ID} and an Azure Pipelines macro", async () => {
    const jenkins = await decide([
      addedFile(
        'Jenkinsfile',
        'pipeline {\n  agent any\n  stages {\n    stage(\'down\') {\n      steps {\n        sh "helm uninstall preview-${env.CHANGE_ID}"\n      }\n    }\n  }\n}\n',
      ),
    ]);
    expect(jenkins.verdict).toBe('allow');
    expect(jenkins.findings.find((x) => x.line === 6)?.downgradedBecause).toBe(
      'preview environment named from $CHANGE_ID: not blocking',
    );
    const azure = await decide([
      addedFile(
        'azure-pipelines.yml',
        'steps:\n  - script: az group delete --name "rg-pr-$(System.PullRequest.PullRequestNumber)" --yes\n',
      ),
    ]);
    expect(azure.verdict).toBe('allow');
    const fixed = await decide([
      addedFile(
        'azure-pipelines.yml',
        'steps:\n  - script: az group delete --name "rg-$(Build.SourceBranchName)" --yes\n',
      ),
    ]);
    expect(fixed.verdict).toBe('block');
    expect(fixed.findings.find((x) => x.blocking)?.line).toBe(2);
  });
});

describe('a Terraform workspace selected from the pull request', () => {
  const gitlab = (lines: string[]) =>
    [
      'stop_review:',
      '  script:',
      ...lines.map((l) => `    - ${l}`),
      '  environment:',
      '    name: review/$CI_COMMIT_REF_SLUG',
      '    action: stop',
      '',
    ].join('\n');

  it('holds for a later terraform destroy in the same GitLab job, with the reason', async () => {
    const d = await decide([
      addedFile(
        '.gitlab-ci.yml',
        gitlab(['terraform workspace select "review-${CI_MERGE_REQUEST_IID}"', 'terraform destroy -auto-approve']),
      ),
    ]);
    expect(d.verdict).toBe('allow');
    expect(d.findings.find((x) => x.line === 4)?.downgradedBecause).toBe(
      'Terraform workspace selected earlier: preview environment named from $CI_MERGE_REQUEST_IID: not blocking',
    );
  });

  it('and through TF_WORKSPACE', async () => {
    const d = await decide([
      addedFile('scripts/down.sh', '#!/bin/sh\nTF_WORKSPACE="pr-$PR_NUMBER" terraform destroy -auto-approve\n'),
    ]);
    expect(d.verdict).toBe('allow');
  });

  it('ends with another selection, a cd, another directory or TF_WORKSPACE; and blocks a fixed workspace', async () => {
    for (const lines of [
      [
        'terraform workspace select "review-$CI_MERGE_REQUEST_IID"',
        'terraform workspace select prod',
        'terraform destroy -auto-approve',
      ],
      ['terraform workspace select "review-$CI_MERGE_REQUEST_IID"', 'cd ../prod', 'terraform destroy -auto-approve'],
      [
        'terraform -chdir=preview workspace select "review-$CI_MERGE_REQUEST_IID"',
        'terraform -chdir=prod destroy -auto-approve',
      ],
      [
        'terraform workspace select "review-$CI_MERGE_REQUEST_IID"',
        'export TF_WORKSPACE=prod',
        'terraform destroy -auto-approve',
      ],
      ['terraform workspace select review', 'terraform destroy -auto-approve'],
    ]) {
      const d = await decide([addedFile('.gitlab-ci.yml', gitlab(lines))]);
      expect(d.verdict, lines.join('; ')).toBe('block');
      expect(d.findings.find((x) => x.blocking)?.line, lines.join('; ')).toBe(2 + lines.length);
    }
  });

  it('does not carry from one workflow step to the next', async () => {
    const d = await decide([
      addedFile(
        '.github/workflows/down.yml',
        'on: pull_request\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n' +
          '      - run: terraform workspace select pr-${{ github.event.number }}\n' +
          '      - run: terraform destroy -auto-approve\n',
      ),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.blocking)?.line).toBe(7);
  });
});
