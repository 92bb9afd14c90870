import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

const findings = async (path: string, text: string) => {
  const d = await check(changeSetOf([addedFile(path, text)]), defaultPolicy());
  // Production targeting on the same commands is the env family's, tested there.
  const own = d.findings.filter((f) => !f.ruleId.startsWith('env/'));
  return { ids: own.map((f) => `${f.ruleId}:${f.line}`).sort(), decision: d };
};

describe('commands wherever they are written', () => {
  it('reads workflow run steps line by line, with ${{ }} as opaque words', async () => {
    const workflow = [
      'on: push', // 1
      'jobs:', // 2
      '  deploy:', // 3
      '    runs-on: ubuntu-latest', // 4
      '    steps:', // 5
      '      - run: |', // 6
      '          echo "${{ github.sha }}"', // 7
      '          kubectl delete ns ${{ inputs.ns }}', // 8
      '      - run: >-', // 9
      '          terraform destroy', // 10
      '          -auto-approve', // 11
      '      - shell: pwsh', // 12
      '        run: terraform destroy -auto-approve', // 13
      '      - run: "aws s3 rb s3://acme-prod --force"', // 14
    ].join('\n');
    const { ids, decision } = await findings('.github/workflows/deploy.yml', workflow + '\n');
    // A pwsh step is read with the PowerShell reader.
    expect(ids).toEqual([
      'shell/aws-delete:14',
      'shell/kubectl-delete:8',
      'shell/terraform-destroy:10',
      'shell/terraform-destroy:13',
    ]);
    expect(decision.notes.join('\n')).not.toContain('shell "pwsh"');
  });

  it('reads composite actions', async () => {
    const action = 'runs:\n  using: composite\n  steps:\n    - shell: bash\n      run: helm uninstall api\n';
    expect((await findings('action.yml', action)).ids).toEqual(['shell/helm-uninstall:5']);
  });

  it('reads Makefile recipes: variables, $$, prefixes, continuations', async () => {
    const makefile = [
      'PSQL ?= psql -v ON_ERROR_STOP=1', // 1
      'BUCKET := acme-prod-uploads', // 2
      '', // 3
      'drop:', // 4
      '\t@$(PSQL) "$$PROD_DATABASE_URL" -c \'DROP TABLE IF EXISTS flags CASCADE;\'', // 5
      'rb:', // 6
      '\t-aws s3 rb \\', // 7
      '\t  s3://$(BUCKET) --force', // 8
      'ok:', // 9
      '\techo aws s3 rb s3://$(BUCKET)', // 10
    ].join('\n');
    expect((await findings('Makefile', makefile + '\n')).ids).toEqual(['shell/aws-delete:7', 'sql/drop-table:5']);
  });

  it('reads Dockerfile RUN in shell form, exec form and heredocs, and skips image cleanup', async () => {
    const dockerfile = [
      'FROM postgres:16', // 1
      'RUN apt-get update \\', // 2
      '  # a comment inside the instruction', // 3
      '  && rm -rf /var/lib/apt/lists/*', // 4
      'RUN ["sh", "-c", "gcloud sql instances delete prod-db --quiet"]', // 5
      'RUN <<EOF', // 6
      'set -e', // 7
      'flyway clean', // 8
      'EOF', // 9
    ].join('\n');
    expect((await findings('Dockerfile', dockerfile + '\n')).ids).toEqual([
      'shell/gcloud-delete:5',
      'shell/migration-tool-reset:8',
    ]);
  });

  it('reads justfile recipes and Procfile processes', async () => {
    const justfile = 'db := "prod-db"\n\nnuke:\n  @echo bye\n  gcloud sql instances delete {{db}}\n';
    expect((await findings('justfile', justfile)).ids).toEqual(['shell/gcloud-delete:5']);
    const procfile = 'web: bin/start\nrelease: heroku pg:reset DATABASE_URL --confirm acme\n';
    expect((await findings('Procfile', procfile)).ids).toEqual(['shell/paas-destroy:2']);
  });

  it('sees through wrappers, quoting, escapes and continuations', async () => {
    const script = [
      '#!/bin/sh', // 1
      'sudo -u root env -i FOO=1 command nohup time dropdb app', // 2
      '\\dropdb app', // 3
      'PGHOST=db.prod "drop"db app', // 4
      "$'\\x64ropdb' app", // 5
      'dropdb \\', // 6
      '  app', // 7
      'ls | xargs -n1 dropdb', // 8
      'exec dropdb app', // 9
    ].join('\n');
    expect((await findings('scripts/x.sh', script + '\n')).ids).toEqual(
      [2, 3, 4, 5, 6, 8, 9].map((l) => `shell/drop-database-command:${l}`).sort(),
    );
  });

  it('substitutes variables and expands functions and aliases defined in the file', async () => {
    const script = [
      '#!/usr/bin/env bash', // 1
      'DB=prod_app', // 2
      'dropdb "${DB}"', // 3
      'k() { kubectl --context prod "$@"; }', // 4
      "alias kd='k delete'", // 5
      'recycle() {', // 6
      '  k delete namespace "$1"', // 7
      '}', // 8
      'recycle payments', // 9
      'kd pvc data', // 10
    ].join('\n');
    const { ids, decision } = await findings('ops/helpers.sh', script + '\n');
    expect(ids).toContain('shell/drop-database-command:3');
    expect(decision.findings.find((f) => f.line === 3)?.message).toContain('dropdb prod_app');
    // The call, the call inside the function, and the body's command.
    for (const line of [4, 7, 9, 10]) expect(ids).toContain(`shell/kubectl-delete:${line}`);
    expect(decision.findings.find((f) => f.line === 9 && f.ruleId.startsWith('shell/'))?.message).toContain(
      'namespace payments',
    );
  });

  it('recurses into bash -c, eval of literals, heredocs and command substitutions', async () => {
    const script = [
      '#!/bin/sh', // 1
      "bash -c 'echo hi; dropdb app'", // 2
      "eval 'terraform destroy'", // 3
      'bash <<EOF', // 4
      'helm uninstall api', // 5
      'EOF', // 6
      'echo "$(aws dynamodb delete-table --table-name orders)"', // 7
      'psql "$DATABASE_URL" <<SQL', // 8
      'DROP TABLE orders;', // 9
      'SQL', // 10
    ].join('\n');
    expect((await findings('scripts/x.sh', script + '\n')).ids).toEqual([
      'shell/aws-delete:7',
      'shell/drop-database-command:2',
      'shell/helm-uninstall:5',
      'shell/terraform-destroy:3',
      'sql/drop-table:9',
    ]);
  });

  it('fails closed on opaque execution and still reads what it can decode', async () => {
    const script = [
      '#!/bin/sh', // 1
      "echo 'ecrof-- sdaolpu-dorp-emca//:3s br 3s swa' | rev | bash", // 2
      'echo ZHJvcGRiIGFwcA== | base64 -d | sh', // 3
      'curl -fsSL https://example.com/x.sh | bash', // 4
      'eval "$(cat cmd.txt)"', // 5
    ].join('\n');
    const { ids } = await findings('scripts/x.sh', script + '\n');
    expect(ids).toEqual([
      'shell/aws-delete:2',
      'shell/drop-database-command:3',
      'shell/opaque-execution:2',
      'shell/opaque-execution:3',
      'shell/opaque-execution:4',
      'shell/opaque-execution:5',
    ]);
  });

  it('does not report commands against local, CI service or test databases', async () => {
    const script = [
      '#!/bin/sh',
      'psql -h localhost -c "DROP TABLE orders"',
      'psql "postgres://postgres@127.0.0.1:5432/app" -c "DROP TABLE orders"',
      'dropdb app_test',
      'RAILS_ENV=test bin/rails db:drop',
      'mysql -h 127.0.0.1 -e "DROP DATABASE shop"',
    ].join('\n');
    expect((await findings('scripts/x.sh', script + '\n')).ids).toEqual([]);
    const workflow =
      'jobs:\n  t:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres\n    steps:\n      - run: psql -h postgres -c "DROP TABLE t"\n      - run: rm -rf /var/lib/postgresql/data\n';
    expect((await findings('.github/workflows/ci.yml', workflow)).ids).toEqual([]);
  });
});
