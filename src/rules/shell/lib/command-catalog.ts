import { hasOption, isLocalUrl, option, type ParsedArgs } from './args.js';
import type { DocumentCommand } from './document.js';

/**
 * The command catalog: every command line of a cloud, platform, infrastructure or framework CLI
 * that destroys data or takes a protection off, one row each. To teach two-key a new command, add
 * a row (and, for a new program, its option syntax in TOOLS). The rules that report rows are the
 * `rule` column: `shell/aws-delete`, `shell/gcloud-delete`, `shell/az-delete`, `shell/paas-destroy`,
 * `shell/helm-uninstall`, `shell/cli-destroy` (everything else destructive) and
 * `shell/cli-protection-off` (kind `protection`, reported at the option that takes it off).
 */
export type CatalogRule =
  | 'shell/aws-delete'
  | 'shell/gcloud-delete'
  | 'shell/az-delete'
  | 'shell/paas-destroy'
  | 'shell/helm-uninstall'
  | 'shell/cli-destroy'
  | 'shell/cli-protection-off';

export interface CatalogRow {
  rule: CatalogRule;
  /** A key of TOOLS. */
  tool: string;
  /** The operands that name the subcommand, after the program's options: `rds delete-db-instance`. */
  path: string;
  /** What it destroys (a destructive row) or what protection it takes off (a protection row). */
  destroys: string;
  /** It destroys only with one of these options (`s3 rm --recursive`, `doctrine:schema:drop --force`). */
  withAny?: string[];
  /** Any of these options makes it harmless (`--dry-run`, `--preview-only`). */
  unlessAny?: string[];
  /** It destroys only when its last operand matches: `s3 sync ./site s3://bucket --delete` deletes in the bucket. */
  lastOperand?: RegExp;
  /**
   * The context in which the row is routine and reported as a note: `static-site`, a build output
   * synced onto a website's bucket (static-site.ts).
   */
  routine?: 'static-site';
  /** A protection row is reported at this option, when given (`--skip-final-snapshot`). */
  flag?: string[];
  /** A protection row whose option has this value (`--backup-retention-period 0`). */
  flagValue?: RegExp;
}

export interface ToolSyntax {
  programs: string[];
  /** Run through an interpreter with the program as its first operand: `php artisan`, `php bin/console`. */
  interpreters?: string[];
  /** Options (global and of the subcommands) that take a value, so their values are not read as operands. */
  withValue: string[];
  /** Options whose value names what the command deletes, for production targeting: `--db-instance-identifier`. */
  targets?: string[];
  /** A target on this machine (LocalStack, an emulator, a kind cluster, a test environment): nothing kept is at stake. */
  local?: (args: ParsedArgs, command: DocumentCommand) => boolean;
}

const PAAS_OPTIONS = [
  '--service',
  '-s',
  '--environment',
  '-e',
  '--project',
  '-p',
  '-a',
  '--app',
  '--config',
  '-c',
  '-r',
  '--remote',
  '--org',
  '--project-id',
  '--region',
  '-o',
  '--output',
];

/** A framework environment option naming a test or local environment. */
const testEnvironment = (args: ParsedArgs) =>
  /^(test|testing|local|dev|development|ci)$/i.test(option(args, '--env', '-e', '--environment')?.value ?? '');

export const TOOLS: Record<string, ToolSyntax> = {
  aws: {
    programs: ['aws'],
    withValue: [
      '--region',
      '--profile',
      '--output',
      '--endpoint-url',
      '--query',
      '--cli-read-timeout',
      '--cli-connect-timeout',
      '--color',
      '--ca-bundle',
      '--db-instance-identifier',
      '--db-cluster-identifier',
      '--final-db-snapshot-identifier',
      '--backup-retention-period',
      '--volume-id',
      '--instance-ids',
      '--table-name',
      '--stack-name',
      '--backup-vault-name',
      '--recovery-point-arn',
      '--bucket',
      '--file-system-id',
      '--cache-cluster-id',
      '--replication-group-id',
      '--cluster-identifier',
      '--domain-name',
      '--snapshot-id',
      '--exclude',
      '--include',
      '--versioning-configuration',
    ],
    targets: [
      '--db-instance-identifier',
      '--db-cluster-identifier',
      '--table-name',
      '--stack-name',
      '--bucket',
      '--cluster-identifier',
      '--domain-name',
      '--file-system-id',
      '--replication-group-id',
    ],
    local: (args) => isLocalUrl(option(args, '--endpoint-url')?.value ?? 'https://aws'),
  },
  gcloud: {
    programs: ['gcloud'],
    withValue: [
      '--project',
      '--region',
      '--zone',
      '--format',
      '--account',
      '--configuration',
      '--instance',
      '--database',
    ],
    targets: ['--instance', '--database'],
  },
  gsutil: { programs: ['gsutil'], withValue: ['-o', '-h', '-p', '-u'] },
  bq: { programs: ['bq'], withValue: ['--project_id', '--location', '--format'] },
  az: {
    programs: ['az'],
    withValue: [
      '-g',
      '--resource-group',
      '-n',
      '--name',
      '--subscription',
      '--server',
      '-s',
      '--account-name',
      '-o',
      '--output',
      '--query',
    ],
    targets: ['-g', '--resource-group', '-n', '--name', '--server', '-s', '--account-name'],
  },
  railway: { programs: ['railway'], withValue: PAAS_OPTIONS },
  fly: { programs: ['fly', 'flyctl'], withValue: PAAS_OPTIONS, targets: ['-a', '--app'] },
  heroku: { programs: ['heroku'], withValue: PAAS_OPTIONS, targets: ['-a', '--app', '-r', '--remote'] },
  supabase: { programs: ['supabase'], withValue: ['--project-ref', '--workdir'], targets: ['--project-ref'] },
  neonctl: { programs: ['neonctl', 'neon'], withValue: ['--project-id', '--api-key', '--org-id', '-o', '--output'] },
  pscale: { programs: ['pscale'], withValue: ['--org', '--service-token', '--service-token-id', '-f', '--format'] },
  doctl: { programs: ['doctl'], withValue: ['-t', '--access-token', '-o', '--output', '--context'] },
  helm: {
    programs: ['helm'],
    withValue: ['-n', '--namespace', '--kube-context', '--kubeconfig', '--timeout', '--cascade', '--description'],
    local: (args) => /^(kind-|k3d-|minikube$|docker-desktop$)/.test(option(args, '--kube-context')?.value ?? ''),
  },
  pulumi: {
    programs: ['pulumi'],
    withValue: ['-s', '--stack', '-C', '--cwd', '-m', '--message', '--target', '-t', '--exclude', '--config-file'],
    targets: ['-s', '--stack'],
  },
  cdk: {
    programs: ['cdk'],
    withValue: ['-a', '--app', '--profile', '-c', '--context', '--role-arn', '-o', '--output'],
  },
  sst: { programs: ['sst'], withValue: ['--stage', '--region', '--profile', '--config'] },
  serverless: {
    programs: ['serverless', 'sls', 'osls'],
    withValue: ['--stage', '-s', '--region', '-r', '--config', '-c', '--aws-profile', '--app', '--org'],
  },
  artisan: {
    programs: ['artisan'],
    interpreters: ['php'],
    withValue: ['--env', '--database', '--path', '--seeder'],
    local: testEnvironment,
  },
  symfony: {
    programs: ['console'],
    interpreters: ['php'],
    withValue: ['--env', '-e', '--connection', '--em'],
    local: testEnvironment,
  },
  dotnet: {
    programs: ['dotnet'],
    withValue: ['--project', '-p', '--startup-project', '-s', '--context', '-c', '--configuration', '--framework'],
  },
  'drizzle-kit': {
    programs: ['drizzle-kit'],
    withValue: ['--config', '--dialect', '--schema', '--url', '--out', '--tablesFilter', '--schemaFilters'],
    local: (args) => isLocalUrl(option(args, '--url')?.value ?? 'https://db'),
  },
  atlas: {
    programs: ['atlas'],
    withValue: [
      '--url',
      '-u',
      '--to',
      '--file',
      '-f',
      '--env',
      '--dev-url',
      '--schema',
      '-s',
      '--exclude',
      '--config',
      '-c',
      '--var',
      '--format',
      '--plan',
      '--tx-mode',
      '--lock-timeout',
    ],
    local: (args) => isLocalUrl(option(args, '--url', '-u')?.value ?? 'https://db'),
  },
  // Object-storage copy tools: their bulk removes empty a bucket, container or remote as surely as the cloud CLIs'.
  azcopy: {
    programs: ['azcopy'],
    withValue: [
      '--include-pattern',
      '--exclude-pattern',
      '--include-path',
      '--exclude-path',
      '--log-level',
      '--from-to',
    ],
  },
  rclone: {
    programs: ['rclone'],
    withValue: ['--config', '--include', '--exclude', '--filter', '--min-age', '--max-age'],
  },
  mc: { programs: ['mc'], withValue: ['--config-dir', '-C', '--older-than', '--newer-than', '--rewind'] },
  firebase: {
    programs: ['firebase'],
    withValue: ['--project', '-P', '--database', '--instance'],
    targets: ['--project'],
  },
};

const aws = (path: string, destroys: string, extra: Partial<CatalogRow> = {}): CatalogRow => ({
  rule: 'shell/aws-delete',
  tool: 'aws',
  path,
  destroys,
  ...extra,
});
const gcloud = (path: string, destroys: string, extra: Partial<CatalogRow> = {}): CatalogRow => ({
  rule: 'shell/gcloud-delete',
  tool: 'gcloud',
  path,
  destroys,
  ...extra,
});
const az = (path: string, destroys: string): CatalogRow => ({ rule: 'shell/az-delete', tool: 'az', path, destroys });
const paas = (tool: string, path: string, destroys: string): CatalogRow => ({
  rule: 'shell/paas-destroy',
  tool,
  path,
  destroys,
});
const destroy = (tool: string, path: string, destroys: string, extra: Partial<CatalogRow> = {}): CatalogRow => ({
  rule: 'shell/cli-destroy',
  tool,
  path,
  destroys,
  ...extra,
});
const protection = (tool: string, path: string, flag: string[], destroys: string, flagValue?: RegExp): CatalogRow => ({
  rule: 'shell/cli-protection-off',
  tool,
  path,
  destroys,
  flag,
  ...(flagValue ? { flagValue } : {}),
});

export const CATALOG: readonly CatalogRow[] = [
  // AWS
  aws('rds delete-db-instance', 'the database instance and, without a final snapshot, its data'),
  aws('rds delete-db-cluster', 'the database cluster and, without a final snapshot, its data'),
  aws('rds delete-db-snapshot', 'a database snapshot'),
  aws('rds delete-db-cluster-snapshot', 'a database cluster snapshot'),
  aws('rds delete-global-cluster', 'the global database cluster'),
  aws('s3 rb', 'the bucket (with --force, every object in it first)'),
  aws('s3 rm', 'every object under the prefix', { withAny: ['--recursive'], unlessAny: ['--dryrun'] }),
  aws('s3api delete-bucket', 'the bucket'),
  aws('s3api delete-objects', 'every object listed, in one call'),
  aws('s3 sync', 'every object in the bucket that is not in the source', {
    withAny: ['--delete'],
    unlessAny: ['--dryrun'],
    lastOperand: /^s3:\/\//,
    routine: 'static-site',
  }),
  aws('ec2 delete-volume', 'the volume and its data'),
  aws('ec2 delete-snapshot', 'the volume snapshot'),
  aws('ec2 terminate-instances', 'the instances and their instance-store and delete-on-termination volumes'),
  aws('dynamodb delete-table', 'the table and every item in it'),
  aws('dynamodb delete-backup', 'the table backup'),
  aws('cloudformation delete-stack', 'every resource of the stack whose deletion policy is not Retain'),
  aws('backup delete-recovery-point', 'the backup recovery point'),
  aws('backup delete-backup-vault', 'the backup vault'),
  aws('efs delete-file-system', 'the file system and its files'),
  aws('elasticache delete-cache-cluster', 'the cache cluster and its data'),
  aws('elasticache delete-replication-group', 'the replication group and its data'),
  aws('redshift delete-cluster', 'the warehouse cluster and its data'),
  aws('docdb delete-db-cluster', 'the document database cluster'),
  aws('neptune delete-db-cluster', 'the graph database cluster'),
  aws('opensearch delete-domain', 'the search domain and its indices'),
  aws('es delete-elasticsearch-domain', 'the search domain and its indices'),
  aws('kinesis delete-stream', 'the stream and its records'),
  aws('sqs delete-queue', 'the queue and its messages'),
  aws('ecr delete-repository', 'the image repository', { withAny: ['--force'] }),
  aws('keyspaces delete-keyspace', 'the Cassandra keyspace and its tables'),
  aws('keyspaces delete-table', 'the Cassandra table and its rows'),
  aws('timestream-write delete-database', 'the time-series database and its tables'),
  aws('timestream-write delete-table', 'the time-series table and its records'),
  aws('memorydb delete-cluster', 'the cluster and its data'),
  aws('elasticache delete-serverless-cache', 'the cache and its data'),
  aws('docdb-elastic delete-cluster', 'the document database cluster'),
  aws('redshift-serverless delete-namespace', 'the warehouse namespace and its data'),
  aws('qldb delete-ledger', 'the ledger and its journal'),
  aws('lightsail delete-relational-database', 'the database and, without a final snapshot, its data'),
  aws('fsx delete-file-system', 'the file system and its files'),
  aws('glue delete-database', 'the catalog database and its table definitions'),
  aws('logs delete-log-group', 'the log group and every log event in it'),
  aws('kms schedule-key-deletion', 'the key, and with it every piece of data encrypted under it'),
  aws('secretsmanager delete-secret', 'the secret with no recovery window', {
    withAny: ['--force-delete-without-recovery'],
  }),
  // Google Cloud
  gcloud('sql instances delete', 'the Cloud SQL instance, its databases and its backups'),
  gcloud('sql databases delete', 'the database and every table in it'),
  gcloud('projects delete', 'the whole project and every resource in it'),
  gcloud('storage rm', 'every object under the path', { withAny: ['-r', '-R', '--recursive'] }),
  gcloud('storage buckets delete', 'the bucket'),
  gcloud('compute disks delete', 'the disks and their data'),
  gcloud('compute instances delete', 'the instances and their auto-delete disks'),
  gcloud('compute snapshots delete', 'the disk snapshots'),
  gcloud('container clusters delete', 'the cluster with its workloads and volumes'),
  gcloud('spanner instances delete', 'the Spanner instance and its databases'),
  gcloud('spanner databases delete', 'the Spanner database'),
  gcloud('firestore databases delete', 'the Firestore database'),
  gcloud('bigtable instances delete', 'the Bigtable instance and its tables'),
  gcloud('redis instances delete', 'the Memorystore instance and its data'),
  gcloud('filestore instances delete', 'the file share and its files'),
  gcloud('alloydb clusters delete', 'the AlloyDB cluster and its data'),
  gcloud('sql backups delete', 'the Cloud SQL backup'),
  gcloud('firestore bulk-delete', 'every document of the collection groups named'),
  gcloud('bigtable instances tables delete', 'the Bigtable table and its rows'),
  gcloud('kms keys versions destroy', 'the key version, and with it every piece of data encrypted under it'),
  gcloud('logging buckets delete', 'the log bucket and its logs'),
  {
    rule: 'shell/gcloud-delete',
    tool: 'gsutil',
    path: 'rm',
    destroys: 'every object under the path',
    withAny: ['-r', '-R', '-a'],
  },
  { rule: 'shell/gcloud-delete', tool: 'gsutil', path: 'rm', destroys: 'every object the wildcard matches' },
  { rule: 'shell/gcloud-delete', tool: 'gsutil', path: 'rb', destroys: 'the bucket' },
  { rule: 'shell/gcloud-delete', tool: 'bq', path: 'rm', destroys: 'the dataset or table and its rows' },
  // Azure
  az('group delete', 'the resource group and every resource in it'),
  az('sql db delete', 'the database and every table in it'),
  az('sql server delete', 'the SQL server and its databases'),
  az('storage account delete', 'the storage account and every blob, file and table in it'),
  az('storage container delete', 'the container and its blobs'),
  az('cosmosdb delete', 'the Cosmos DB account and its data'),
  az('postgres flexible-server delete', 'the PostgreSQL server and its databases'),
  az('postgres server delete', 'the PostgreSQL server and its databases'),
  az('mysql flexible-server delete', 'the MySQL server and its databases'),
  az('mysql server delete', 'the MySQL server and its databases'),
  az('disk delete', 'the managed disk and its data'),
  az('aks delete', 'the cluster with its workloads and volumes'),
  az('redis delete', 'the cache and its data'),
  az('backup vault delete', 'the backup vault'),
  az('storage blob delete-batch', 'every blob of the container that the pattern matches (all of them without one)'),
  az('storage share delete', 'the file share and its files'),
  az('storage fs delete', 'the Data Lake file system and every file in it'),
  az('storage table delete', 'the table and its entities'),
  az('cosmosdb sql database delete', 'the Cosmos DB database and its containers'),
  az('cosmosdb sql container delete', 'the Cosmos DB container and its items'),
  az('cosmosdb mongodb database delete', 'the Cosmos DB database and its collections'),
  az('cosmosdb mongodb collection delete', 'the Cosmos DB collection and its documents'),
  az('cosmosdb cassandra keyspace delete', 'the Cosmos DB keyspace and its tables'),
  az('sql mi delete', 'the SQL managed instance and its databases'),
  az('sql midb delete', 'the database and every table in it'),
  // Platforms
  paas('railway', 'volume delete', 'the volume and its data'),
  paas('railway', 'down', 'the latest deployment of the service'),
  paas('railway', 'environment delete', 'the environment with its services and volumes'),
  paas('railway', 'service delete', 'the service and its volumes'),
  paas('fly', 'volumes destroy', 'the volume and its data'),
  paas('fly', 'volumes delete', 'the volume and its data'),
  paas('fly', 'volume destroy', 'the volume and its data'),
  paas('fly', 'apps destroy', 'the app with its volumes'),
  paas('fly', 'apps delete', 'the app with its volumes'),
  paas('fly', 'postgres destroy', 'the Postgres cluster and its data'),
  paas('heroku', 'pg:reset', 'every table of the Heroku Postgres database'),
  paas('heroku', 'apps:destroy', 'the app with its add-ons and their data'),
  paas('heroku', 'addons:destroy', 'the add-on and its data'),
  paas('supabase', 'projects delete', 'the hosted project and its database'),
  paas('neonctl', 'branches delete', 'the branch and its data'),
  paas('neonctl', 'branch delete', 'the branch and its data'),
  paas('neonctl', 'projects delete', 'the project and every branch'),
  paas('neonctl', 'databases delete', 'the database'),
  paas('pscale', 'database delete', 'the database and every branch'),
  paas('pscale', 'branch delete', 'the branch and its data'),
  paas('doctl', 'databases delete', 'the managed database cluster'),
  paas('doctl', 'compute volume delete', 'the volume and its data'),
  // Helm
  ...['uninstall', 'delete', 'del', 'un'].map((verb): CatalogRow => ({
    rule: 'shell/helm-uninstall',
    tool: 'helm',
    path: verb,
    destroys: 'every resource of the release, persistent volume claims the chart created included',
    unlessAny: ['--dry-run'],
  })),
  // Infrastructure stacks
  destroy('pulumi', 'destroy', 'every resource of the stack, databases and buckets with their data', {
    unlessAny: ['--preview-only'],
  }),
  destroy('pulumi', 'down', 'every resource of the stack, databases and buckets with their data', {
    unlessAny: ['--preview-only'],
  }),
  destroy('cdk', 'destroy', 'every resource of the stacks whose removal policy is not RETAIN'),
  destroy('sst', 'remove', 'every resource of the stage, its databases and buckets included'),
  destroy('serverless', 'remove', 'the CloudFormation stack of the service with its tables and buckets'),
  // Frameworks
  destroy('artisan', 'migrate:fresh', 'every table of the database, then migrates it again empty', {
    unlessAny: ['--pretend'],
  }),
  destroy('artisan', 'migrate:reset', 'every table the migrations created, by running every down migration', {
    unlessAny: ['--pretend'],
  }),
  destroy('artisan', 'migrate:refresh', 'every table the migrations created, then migrates it again empty', {
    unlessAny: ['--pretend'],
  }),
  destroy('artisan', 'db:wipe', 'every table, view and type of the database'),
  destroy('symfony', 'doctrine:schema:drop', 'every table of the mapped schema', {
    withAny: ['--force', '-f'],
    unlessAny: ['--dump-sql'],
  }),
  destroy('symfony', 'doctrine:database:drop', 'the whole database', { withAny: ['--force', '-f'] }),
  destroy('dotnet', 'ef database drop', 'the whole database', { unlessAny: ['--dry-run'] }),
  // Schema-push tools make the database match a schema file; forced, they drop what it leaves out without a prompt.
  destroy('drizzle-kit', 'push', 'every table and column the schema no longer has (--force approves data loss)', {
    withAny: ['--force'],
  }),
  destroy(
    'atlas',
    'schema apply',
    'every table and column the desired schema leaves out, with no plan reviewed (--auto-approve)',
    {
      withAny: ['--auto-approve'],
      unlessAny: ['--dry-run'],
    },
  ),
  destroy('azcopy', 'remove', 'every blob or file under the path', {
    withAny: ['--recursive'],
    unlessAny: ['--dry-run'],
  }),
  destroy('rclone', 'purge', 'the path on the remote and everything in it', { unlessAny: ['--dry-run', '-n'] }),
  destroy('rclone', 'delete', 'every file under the path on the remote', { unlessAny: ['--dry-run', '-n'] }),
  destroy('mc', 'rm', 'every object under the path', {
    withAny: ['--recursive', '-r'],
    unlessAny: ['--dry-run'],
  }),
  destroy('mc', 'rb', 'the bucket and (with --force) every object in it', { withAny: ['--force'] }),
  destroy('firebase', 'firestore:delete', 'the documents, and with --recursive every subcollection under them'),
  destroy('firebase', 'database:remove', 'the Realtime Database data at the path'),
  // Protections taken off (reported at the option)
  protection('aws', 'rds delete-db-instance', ['--skip-final-snapshot'], 'the final snapshot of the instance'),
  protection(
    'aws',
    'rds delete-db-instance',
    ['--delete-automated-backups'],
    'the automated backups of the instance (deleted with it)',
  ),
  protection('aws', 'rds delete-db-cluster', ['--skip-final-snapshot'], 'the final snapshot of the cluster'),
  protection('aws', 'rds modify-db-instance', ['--no-deletion-protection'], 'deletion protection of the instance'),
  protection('aws', 'rds modify-db-cluster', ['--no-deletion-protection'], 'deletion protection of the cluster'),
  protection(
    'aws',
    'rds modify-db-instance',
    ['--backup-retention-period'],
    'the automated backups of the instance (retention 0)',
    /^0$/,
  ),
  protection(
    'aws',
    'rds modify-db-cluster',
    ['--backup-retention-period'],
    'the automated backups of the cluster',
    /^[01]$/,
  ),
  protection('aws', 'dynamodb update-table', ['--no-deletion-protection-enabled'], 'deletion protection of the table'),
  protection(
    'aws',
    's3api put-bucket-versioning',
    ['--versioning-configuration'],
    'versioning of the bucket (old object versions)',
    /Suspended/,
  ),
  protection(
    'aws',
    'ec2 modify-instance-attribute',
    ['--no-disable-api-termination'],
    'termination protection of the instance',
  ),
  protection('gcloud', 'sql instances patch', ['--no-deletion-protection'], 'deletion protection of the instance'),
  protection('gcloud', 'sql instances patch', ['--no-backup'], 'automated backups of the instance'),
  protection(
    'gcloud',
    'container clusters update',
    ['--no-enable-deletion-protection'],
    'deletion protection of the cluster',
  ),
];

/** Options the catalog reads as flags, for `withAny`/`unlessAny`. */
export function rowApplies(row: CatalogRow, args: ParsedArgs): boolean {
  if (row.withAny && !hasOption(args, ...row.withAny)) return false;
  if (row.unlessAny && hasOption(args, ...row.unlessAny)) return false;
  if (row.lastOperand && !row.lastOperand.test(args.positionals.at(-1)?.value ?? '')) return false;
  return true;
}
