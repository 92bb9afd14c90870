import { hasOption, isLocalHost, isLocalUrl, option, type ParsedArgs } from './args.js';
import { isTestDatabase } from '../../../parsers/shell/test-database.js';
import { envValue, isDisposableTarget, type DocumentCommand } from './document.js';

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
  /** It destroys only when one of these options has a matching value: `azcopy sync --delete-destination=true`. */
  optionValue?: { names: string[]; value: RegExp };
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

/**
 * A migration runner's database URL, from an option or a `$VAR` the command's environment sets
 * (a CI job's variables), on a throwaway target: this machine, a service container of the job, a
 * test database. A URL known only at run time (a secret) is somewhere that outlives the job.
 */
const disposableDatabase =
  (...names: string[]) =>
  (args: ParsedArgs, command: DocumentCommand): boolean => {
    let url = option(args, ...names)?.value;
    const variable = url === undefined ? undefined : /^\$\{?(\w+)\}?$/.exec(url)?.[1];
    if (variable !== undefined) url = envValue(command, variable);
    if (url === undefined || url.includes('$')) return false;
    if (isLocalUrl(url)) return true;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    return isDisposableTarget(command, parsed.hostname) || isTestDatabase(parsed.pathname.replace(/^\//, ''));
  };

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
      // s3 cp/sync options with a value, so the destination stays the last operand.
      '--cache-control',
      '--content-type',
      '--content-encoding',
      '--content-disposition',
      '--acl',
      '--storage-class',
      '--sse',
      '--sse-kms-key-id',
      '--metadata',
      '--metadata-directive',
      '--expires',
      '--source-region',
      '--page-size',
      '--grants',
      '--website-redirect',
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
      '--mode',
      '--template-file',
      '--template-uri',
      '--parameters',
      '--action-on-unmanage',
      '--deny-settings-mode',
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
  // Migration runners: told to run every down migration (or to drop), they empty the database they manage.
  sequelize: {
    programs: ['sequelize', 'sequelize-cli'],
    withValue: ['--env', '--config', '--url', '--migrations-path', '--options-path', '--to'],
    local: (args) => isLocalUrl(option(args, '--url')?.value ?? 'https://db') || testEnvironment(args),
  },
  alembic: { programs: ['alembic'], withValue: ['-c', '--config', '-n', '--name', '-x'] },
  dbmate: {
    programs: ['dbmate'],
    withValue: ['--url', '-u', '--env', '-e', '--migrations-dir', '-d', '--schema-file', '-s'],
    local: disposableDatabase('--url', '-u'),
  },
  sqlx: {
    programs: ['sqlx', 'cargo-sqlx'],
    withValue: ['--database-url', '-D', '--source'],
    local: disposableDatabase('--database-url', '-D'),
  },
  diesel: {
    programs: ['diesel'],
    withValue: ['--database-url', '--migration-dir', '--config-file'],
    local: disposableDatabase('--database-url'),
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
      '--delete-destination',
    ],
  },
  rclone: {
    programs: ['rclone'],
    withValue: [
      '--config',
      '--include',
      '--exclude',
      '--filter',
      '--min-age',
      '--max-age',
      '--transfers',
      '--checkers',
      '--bwlimit',
      '--log-file',
      '--log-level',
      '--backup-dir',
      '--max-delete',
      '--retries',
      '--exclude-from',
      '--include-from',
      '--filter-from',
      '--max-size',
      '--min-size',
      '--stats',
      '--tpslimit',
      '--max-transfer',
      '--suffix',
      '--compare-dest',
      '--copy-dest',
      '--order-by',
    ],
  },
  mc: { programs: ['mc'], withValue: ['--config-dir', '-C', '--older-than', '--newer-than', '--rewind'] },
  // Backup tools: deleting or pruning their archives takes away what a restore would need.
  velero: {
    programs: ['velero'],
    withValue: ['-n', '--namespace', '--kubeconfig', '--kubecontext', '-l', '--selector'],
    local: (args) => /^(kind-|k3d-|minikube$|docker-desktop$)/.test(option(args, '--kubecontext')?.value ?? ''),
  },
  restic: {
    programs: ['restic'],
    withValue: [
      '-r',
      '--repo',
      '--repository-file',
      '-p',
      '--password-file',
      '--password-command',
      '--cache-dir',
      '-o',
      '--option',
      '--keep-last',
      '--keep-hourly',
      '--keep-daily',
      '--keep-weekly',
      '--keep-monthly',
      '--keep-yearly',
      '--keep-within',
      '--keep-tag',
      '--tag',
      '--host',
      '--path',
      '--group-by',
    ],
  },
  borg: {
    programs: ['borg', 'borgbackup'],
    withValue: [
      '--keep-last',
      '--keep-secondly',
      '--keep-minutely',
      '--keep-hourly',
      '--keep-daily',
      '--keep-weekly',
      '--keep-monthly',
      '--keep-yearly',
      '--keep-within',
      '-a',
      '--glob-archives',
      '--match-archives',
      '-P',
      '--prefix',
      '-e',
      '--exclude',
      '--remote-path',
      '--rsh',
    ],
  },
  // Secret stores: a deleted mount, project or vault takes every secret in it, and often the only copy.
  vault: {
    programs: ['vault'],
    withValue: ['-address', '-namespace', '--namespace', '-mount', '-versions', '-format'],
  },
  doppler: {
    programs: ['doppler'],
    withValue: ['-p', '--project', '-c', '--config', '--token', '--scope', '--json'],
  },
  op: { programs: ['op'], withValue: ['--account', '--vault', '--format', '--session', '--config'] },
  // Message brokers: a deleted topic or queue takes the messages not yet consumed.
  'kafka-topics': {
    programs: ['kafka-topics', 'kafka-topics.sh'],
    withValue: ['--bootstrap-server', '--zookeeper', '--topic', '--command-config', '--partitions', '--config'],
    local: (args) => isLocalHost((option(args, '--bootstrap-server', '--zookeeper')?.value ?? 'kafka').split(':')[0]!),
  },
  'kafka-delete-records': {
    programs: ['kafka-delete-records', 'kafka-delete-records.sh'],
    withValue: ['--bootstrap-server', '--offset-json-file', '--command-config'],
    local: (args) => isLocalHost((option(args, '--bootstrap-server')?.value ?? 'kafka').split(':')[0]!),
  },
  rpk: {
    programs: ['rpk'],
    withValue: ['--brokers', '-X', '--config', '--profile'],
    local: (args) => isLocalHost((option(args, '--brokers')?.value ?? 'kafka').split(':')[0]!),
  },
  rabbitmqadmin: {
    programs: ['rabbitmqadmin'],
    withValue: [
      '-H',
      '--host',
      '-P',
      '--port',
      '-V',
      '--vhost',
      '-u',
      '--username',
      '-p',
      '--password',
      '-c',
      '--config',
      '-N',
      '--node',
    ],
    local: (args) => isLocalHost(option(args, '-H', '--host')?.value ?? 'rabbitmq'),
  },
  rabbitmqctl: { programs: ['rabbitmqctl'], withValue: ['-n', '--node', '-p', '--vhost', '-t', '--timeout'] },
  algolia: { programs: ['algolia'], withValue: ['--profile', '-p', '--application-id', '--api-key'] },
  wrangler: {
    programs: ['wrangler'],
    withValue: ['--config', '-c', '--env', '-e', '--namespace-id', '--binding', '--name'],
  },
  // Code hosts: deleting a repository deletes its history, issues and releases.
  gh: { programs: ['gh'], withValue: ['-R', '--repo', '--hostname'] },
  glab: { programs: ['glab'], withValue: ['-R', '--repo'] },
  mongorestore: {
    programs: ['mongorestore'],
    withValue: [
      '--uri',
      '--host',
      '-h',
      '--port',
      '-d',
      '--db',
      '-c',
      '--collection',
      '-u',
      '--username',
      '-p',
      '--password',
      '--authenticationDatabase',
      '--nsInclude',
      '--nsExclude',
      '--nsFrom',
      '--nsTo',
      '--dir',
    ],
    local: (args) => {
      const uri = option(args, '--uri')?.value;
      if (uri !== undefined) return isLocalUrl(uri.replace(/^mongodb(\+srv)?:/, 'http:'));
      const host = option(args, '--host', '-h')?.value;
      return host !== undefined && isLocalHost(host.replace(/:\d+$/, ''));
    },
  },
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
  aws('logs delete-log-stream', 'the log stream and every log event in it'),
  aws('route53 delete-hosted-zone', 'the DNS zone: every name in it stops resolving'),
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
  gcloud('artifacts repositories delete', 'the Artifact Registry repository and every package and image in it'),
  gcloud('storage rsync', 'every object in the bucket that is not in the source', {
    withAny: ['--delete-unmatched-destination-objects'],
    unlessAny: ['--dry-run'],
    lastOperand: /^gs:\/\//,
  }),
  {
    rule: 'shell/gcloud-delete',
    tool: 'gsutil',
    path: 'rsync',
    destroys: 'every object in the bucket that is not in the source',
    withAny: ['-d'],
    unlessAny: ['-n'],
    lastOperand: /^gs:\/\//,
  },
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
  az('acr delete', 'the container registry and every image in it'),
  // ARM/Bicep deployments that delete what the template leaves out: Complete mode, and deployment
  // stacks told to delete unmanaged resources.
  ...['deployment group create', 'group deployment create'].map((path): CatalogRow => ({
    ...az(path, 'every resource of the resource group that the template does not declare (Complete mode)'),
    optionValue: { names: ['--mode'], value: /^complete$/i },
  })),
  ...['stack group create', 'stack sub create', 'stack mg create', 'stack group delete', 'stack sub delete'].map(
    (path): CatalogRow => ({
      ...az(path, 'the resources the deployment stack no longer manages (--action-on-unmanage delete)'),
      optionValue: { names: ['--action-on-unmanage'], value: /^delete(all|resources)$/i },
    }),
  ),
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
  destroy(
    'pulumi',
    'state delete',
    "the resource from the stack's state: the stack forgets it, its next update may recreate it",
  ),
  destroy(
    'pulumi',
    'stack rm',
    'the stack and its state, leaving its resources unmanaged (with --force, even live ones)',
  ),
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
  // Every down migration run, or the database dropped, by the migration runners.
  destroy('dotnet', 'ef database update 0', 'every table the migrations created, by reverting every migration'),
  ...['db:migrate:undo:all', 'db:drop'].map((task) =>
    destroy('sequelize', task, 'every table the migrations created, by running every down migration'),
  ),
  destroy('alembic', 'downgrade base', 'every table the migrations created, by running every downgrade()'),
  destroy('dbmate', 'drop', 'the whole database'),
  destroy('sqlx', 'database drop', 'the whole database'),
  destroy('sqlx', 'database reset', 'the whole database, then migrates it again empty'),
  destroy('diesel', 'database reset', 'the whole database, then migrates it again empty'),
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
  destroy('azcopy', 'sync', 'every blob or file at the destination that is not in the source', {
    optionValue: { names: ['--delete-destination'], value: /^(true|prompt)$/i },
    unlessAny: ['--dry-run'],
  }),
  destroy('mc', 'mirror', 'every object at the destination that is not in the source', {
    withAny: ['--remove'],
    unlessAny: ['--dry-run'],
  }),
  destroy('rclone', 'sync', 'every file on the remote that is not in the source', {
    unlessAny: ['--dry-run', '-n'],
    lastOperand: /^[A-Za-z0-9_.-]+:/,
  }),
  destroy('velero', 'backup delete', 'the cluster backup and its volume snapshots'),
  destroy('velero', 'schedule delete', 'the backup schedule: no backup is taken from now on'),
  destroy('velero', 'backup-location delete', 'the backup location, and with it access to every backup stored there'),
  destroy('restic', 'forget', 'the backup snapshots it selects (with --prune, their data too)', {
    unlessAny: ['--dry-run', '-n'],
  }),
  destroy('borg', 'delete', 'the backup archive or the whole repository', { unlessAny: ['--dry-run', '-n'] }),
  destroy('borg', 'prune', 'every backup archive the retention options do not keep', {
    unlessAny: ['--dry-run', '-n'],
  }),
  destroy('vault', 'secrets disable', 'the secrets engine and every secret stored in it'),
  destroy('vault', 'kv destroy', 'the secret versions, permanently (no undelete)'),
  destroy('vault', 'kv metadata delete', 'every version of the secret and its history, permanently'),
  destroy('doppler', 'projects delete', 'the project with every config and secret in it'),
  destroy('doppler', 'configs delete', 'the config and every secret in it'),
  destroy('doppler', 'environments delete', 'the environment with its configs and secrets'),
  destroy('op', 'vault delete', 'the 1Password vault and every item in it'),
  destroy('kafka-topics', '', 'the topic and every record not yet consumed', { withAny: ['--delete'] }),
  destroy('kafka-delete-records', '', 'the records before the offsets given'),
  destroy('rpk', 'topic delete', 'the topic and every record in it'),
  destroy('rabbitmqadmin', 'delete queue', 'the queue and the messages in it'),
  destroy('rabbitmqadmin', 'purge queue', 'every message in the queue'),
  destroy('rabbitmqctl', 'delete_vhost', 'the virtual host with its queues and messages'),
  destroy('rabbitmqctl', 'reset', "the node's data: its queues, messages, users and cluster membership"),
  destroy('rabbitmqctl', 'force_reset', "the node's data: its queues, messages, users and cluster membership"),
  destroy('algolia', 'indices delete', 'the search index and its records'),
  destroy('algolia', 'indices clear', 'every record of the search index'),
  destroy('wrangler', 'd1 delete', 'the D1 database and its tables'),
  destroy('wrangler', 'kv:namespace delete', 'the KV namespace and every key in it'),
  destroy('wrangler', 'kv namespace delete', 'the KV namespace and every key in it'),
  destroy('wrangler', 'r2 bucket delete', 'the R2 bucket'),
  destroy('gh', 'repo delete', 'the repository with its history, issues, pull requests and releases'),
  destroy('glab', 'repo delete', 'the project with its history, issues, merge requests and releases'),
  destroy('mongorestore', '', 'each collection it restores, dropped before the restore (--drop)', {
    withAny: ['--drop'],
    unlessAny: ['--dryRun'],
  }),
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
  if (row.optionValue && !row.optionValue.value.test(option(args, ...row.optionValue.names)?.value ?? '')) return false;
  return true;
}
