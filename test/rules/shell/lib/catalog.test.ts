import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { CATALOG, TOOLS } from '../../../../src/rules/shell/lib/command-catalog.js';
import { addedFile, changeSetOf, modifiedFile } from '../../../helpers/change-set.js';

async function findings(path: string, text: string): Promise<string[]> {
  const d = await check(changeSetOf([addedFile(path, text)]), defaultPolicy());
  return d.findings.filter((f) => f.blocking).map((f) => `${f.ruleId}:${f.line}`);
}

describe('the command catalog', () => {
  it('names a known tool in every row and a message for every row', () => {
    for (const row of CATALOG) {
      expect(TOOLS[row.tool], row.path).toBeDefined();
      expect(row.destroys.length).toBeGreaterThan(5);
    }
  });

  it('blocks schema-push tools forced past their data-loss prompt, and not their routine or local twins', async () => {
    const script = [
      '#!/bin/bash',
      'npx drizzle-kit push --force',
      'atlas schema apply --url "$DATABASE_URL" --to file://schema.hcl --auto-approve',
      'npx drizzle-kit push',
      'npx drizzle-kit generate',
      'atlas schema apply --url "$DATABASE_URL" --to file://schema.hcl --dry-run --auto-approve',
      'atlas schema apply -u postgres://app@localhost:5432/app --to file://schema.hcl --auto-approve',
      'atlas migrate apply --url "$DATABASE_URL"',
      '',
    ].join('\n');
    expect(await findings('scripts/x.sh', script)).toEqual(['shell/cli-destroy:2', 'shell/cli-destroy:3']);
  });

  it('judges the inner command of ssh, kubectl exec, docker exec/run, compose exec and heroku run', async () => {
    const script = [
      '#!/bin/bash',
      `ssh deploy@db1 'psql -c "DROP TABLE users"'`,
      'kubectl exec -n data deploy/api -- bin/rails db:schema:load',
      "docker compose exec -T db psql -U app -c 'TRUNCATE orders'",
      'heroku run -a acme "rake db:drop"',
      "docker run --rm -e PGPASSWORD=x postgres:16 psql -h db.internal -c 'DROP DATABASE app'",
      'ssh host ls',
      'kubectl exec pod -- ls',
      '',
    ].join('\n');
    expect(await findings('scripts/x.sh', script)).toEqual([
      'sql/drop-table:2',
      'shell/migration-tool-reset:3',
      'sql/truncate:4',
      'shell/drop-database-command:5',
      'sql/drop-database:6',
    ]);
  });

  it('blocks bulk removes of the object-storage copy tools and the datastore deletes of the cloud CLIs, not their routine twins', async () => {
    const script = [
      '#!/bin/bash',
      'az storage blob delete-batch --account-name acmeprod --source backups',
      'azcopy remove "https://acmeprod.blob.core.windows.net/backups" --recursive',
      'rclone purge s3:acme-backups',
      'rclone delete remote:acme-exports --min-age 1d',
      'mc rm --recursive --force minio/acme-backups',
      'mc rb --force minio/acme-exports',
      'aws keyspaces delete-keyspace --keyspace-name analytics',
      'aws kms schedule-key-deletion --key-id "$KEY_ID" --pending-window-in-days 7',
      'gcloud firestore bulk-delete --collection-ids=users --quiet',
      'aws secretsmanager delete-secret --secret-id app/db --force-delete-without-recovery',
      'az cosmosdb sql database delete --account-name acme -n orders --yes',
      'az storage blob delete --account-name acmeprod -c backups -n one.tar',
      'azcopy copy ./site "https://acmeprod.blob.core.windows.net/$web" --recursive',
      'azcopy remove "https://acmeprod.blob.core.windows.net/backups" --recursive --dry-run',
      'rclone copy ./dist s3:acme-site',
      'rclone purge s3:acme-tmp --dry-run',
      'mc rm minio/acme-backups/one.tar',
      'mc cp --recursive ./dist minio/acme-site',
      'aws secretsmanager delete-secret --secret-id app/old --recovery-window-in-days 30',
      'az storage blob upload-batch --account-name acmeprod -d backups -s ./out',
      '',
    ].join('\n');
    expect(await findings('scripts/x.sh', script)).toEqual([
      'shell/az-delete:2',
      'shell/cli-destroy:3',
      'shell/cli-destroy:4',
      'shell/cli-destroy:5',
      'shell/cli-destroy:6',
      'shell/cli-destroy:7',
      'shell/aws-delete:8',
      'shell/aws-delete:9',
      'shell/gcloud-delete:10',
      'shell/aws-delete:11',
      'shell/az-delete:12',
    ]);
  });

  it('blocks backup deletions, syncs that delete at a remote destination, repository and registry deletions; not their routine twins', async () => {
    const script = [
      '#!/bin/bash',
      'velero backup delete nightly-1 --confirm',
      'velero schedule delete daily --confirm',
      'restic -r s3:s3.amazonaws.com/acme forget --keep-last 1 --prune',
      'borg delete ssh://vault/./pg::2026-01-01',
      'borg prune --keep-daily 1 ssh://vault/./pg',
      'gsutil -m rsync -r -d ./public gs://acme-site',
      'gcloud storage rsync ./public gs://acme-site --recursive --delete-unmatched-destination-objects',
      'azcopy sync ./build "https://acme.blob.core.windows.net/spa" --delete-destination true',
      'mc mirror --remove ./seed minio/attachments',
      'rclone sync /srv/uploads b2:acme-uploads --transfers 8',
      'gh repo delete acme/billing --yes',
      'glab repo delete acme/billing --yes',
      'gcloud artifacts repositories delete images --location=europe-west1',
      'az acr delete --name acmeregistry --yes',
      'pulumi stack rm acme/billing/legacy --force --yes',
      'mongorestore --uri "mongodb+srv://app@catalog.acme.io/catalog" --drop dump/',
      'aws s3 sync ./public s3://acme-site --delete --cache-control max-age=60',
      'velero backup create pre-upgrade',
      'restic forget --keep-daily 7 --dry-run',
      'borg prune -n --keep-daily 7 ssh://vault/./pg',
      'gsutil -m rsync -r -d gs://acme-site ./snapshot',
      'azcopy sync ./build "https://acme.blob.core.windows.net/spa" --delete-destination=false',
      'mc mirror ./seed minio/attachments',
      'rclone sync b2:acme-uploads /tmp/drill',
      'gh repo view acme/billing',
      'mongorestore --uri "mongodb://localhost:27017/catalog" --drop dump/',
      '',
    ].join('\n');
    expect(await findings('scripts/x.sh', script)).toEqual([
      'shell/cli-destroy:2',
      'shell/cli-destroy:3',
      'shell/cli-destroy:4',
      'shell/cli-destroy:5',
      'shell/cli-destroy:6',
      'shell/gcloud-delete:7',
      'shell/gcloud-delete:8',
      'shell/cli-destroy:9',
      'shell/cli-destroy:10',
      'shell/cli-destroy:11',
      'shell/cli-destroy:12',
      'shell/cli-destroy:13',
      'shell/gcloud-delete:14',
      'shell/az-delete:15',
      'shell/cli-destroy:16',
      'shell/cli-destroy:17',
      'shell/aws-delete:18',
    ]);
  });

  it('blocks deletions of secret stores, broker topics and queues, search indices and edge databases; not on localhost', async () => {
    const script = [
      '#!/bin/bash',
      'vault secrets disable secret/',
      'vault kv metadata delete secret/billing/stripe',
      'doppler configs delete legacy --project billing --yes',
      'op vault delete "Engineering"',
      'kafka-topics --bootstrap-server kafka-1.acme.internal:9092 --delete --topic orders',
      'rpk topic delete orders --brokers redpanda.acme.internal:9092',
      'rabbitmqadmin -H mq.acme.internal purge queue name=invoices',
      'rabbitmqctl -n rabbit@mq1 reset',
      'algolia indices clear products',
      'wrangler d1 delete billing-db',
      'aws route53 delete-hosted-zone --id Z0FAKE123',
      'vault kv get secret/billing/stripe',
      'kafka-topics --bootstrap-server localhost:9092 --delete --topic scratch',
      'kafka-topics --bootstrap-server kafka-1.acme.internal:9092 --list',
      'rabbitmqadmin -H localhost purge queue name=test',
      'wrangler d1 execute billing-db --command "SELECT 1"',
      '',
    ].join('\n');
    expect(await findings('scripts/x.sh', script)).toEqual([
      'shell/cli-destroy:2',
      'shell/cli-destroy:3',
      'shell/cli-destroy:4',
      'shell/cli-destroy:5',
      'shell/cli-destroy:6',
      'shell/cli-destroy:7',
      'shell/cli-destroy:8',
      'shell/cli-destroy:9',
      'shell/cli-destroy:10',
      'shell/cli-destroy:11',
      'shell/aws-delete:12',
    ]);
  });

  it('reports protections at their own option lines', async () => {
    const script =
      'aws rds modify-db-instance --db-instance-identifier a \\\n  --no-deletion-protection\naws rds delete-db-instance \\\n  --db-instance-identifier a \\\n  --skip-final-snapshot \\\n  --delete-automated-backups\n';
    expect(await findings('scripts/x.sh', script)).toEqual([
      'shell/cli-protection-off:2',
      'shell/aws-delete:3',
      'shell/cli-protection-off:5',
      'shell/cli-protection-off:6',
    ]);
  });

  it('reads a default (${ACTION:-destroy}) as what runs, and reports where the word is assembled', async () => {
    const script = 'P1=des\nP2=troy\nACTION="${ACTION:-${P1}${P2}}"\nterraform $ACTION\n';
    expect(await findings('scripts/x.sh', script)).toEqual(['shell/terraform-destroy:3', 'shell/terraform-destroy:4']);
  });

  it('does not take a default that looks local', async () => {
    const script = 'HOST="${HOST:-localhost}"\npsql -h "$HOST" -c "DROP TABLE t"\n';
    expect(await findings('scripts/x.sh', script)).toEqual(['sql/drop-table:2']);
  });

  it('reports a changed assignment of an unchanged destructive command at the changed line', async () => {
    const before = '#!/bin/sh\nACTION=plan\nterraform $ACTION\n';
    const after = '#!/bin/sh\nACTION=destroy\nterraform $ACTION\n';
    const d = await check(changeSetOf([modifiedFile('scripts/tf.sh', before, after, [[2, 2]])]), defaultPolicy());
    expect(d.findings.filter((f) => f.blocking).map((f) => `${f.ruleId}:${f.line}`)).toEqual([
      'shell/terraform-destroy:2',
    ]);
  });
});

describe('database clients beyond psql and mysql', () => {
  it('judges the SQL clickhouse-client, mariadb and snowsql are given, and leaves their reads alone', async () => {
    const script = [
      '#!/bin/bash',
      'clickhouse-client --host ch.internal --query "DROP DATABASE events"',
      'mariadb -h db.internal -e "TRUNCATE TABLE orders" shop',
      'snowsql -a acme -q "DROP SCHEMA analytics.staging CASCADE"',
      'clickhouse-client --host ch.internal --query "SELECT count() FROM events.page_views"',
      'mariadb -h db.internal -e "SELECT 1" shop',
      '',
    ].join('\n');
    expect(await findings('scripts/x.sh', script)).toEqual([
      'sql/drop-database:2',
      'sql/truncate:3',
      'sql/drop-schema:4',
    ]);
  });
});
