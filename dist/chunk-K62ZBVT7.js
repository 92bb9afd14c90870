import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  at,
  commandsRunning,
  databaseCliCall,
  display,
  dynamicArgument,
  envValue,
  hasOption,
  hasSubcommand,
  isDisposableTarget,
  isLocalHost,
  isLocalTarget,
  isLocalUrl,
  lastOf,
  option,
  programOf,
  readArgs,
  runsOnThrowaway
} from "./chunk-PCBBMPLR.js";
import {
  embeddedSqlFindings
} from "./chunk-DDJ2I2V4.js";
import {
  entries,
  get,
  items,
  parseYamlWithPositions,
  scalarString,
  scalarText
} from "./chunk-ZBXMPTUD.js";
import {
  require_dist
} from "./chunk-ZBXWAF4J.js";
import {
  configCommandFileOf,
  holdsCommandsIn,
  isBatchScript,
  isCompositeAction,
  isConfigCommandFile,
  isDockerfile,
  isEarthfile,
  isIncludedCiFile,
  isJustfile,
  isMakefile,
  isPackageJson,
  isPowerShellScript,
  isProcfile,
  isShellSource,
  isSourcedByAnother,
  isWorkflow,
  isWorkloadManifest,
  normalise,
  yamlCommandKind
} from "./chunk-SGP6KUTB.js";
import {
  blankTemplateActions,
  isHelmTemplatePath
} from "./chunk-VTILP2YK.js";
import {
  JsonSyntaxError,
  membersNamed,
  parseJson
} from "./chunk-ASCISIAG.js";
import {
  loadPostgresParser
} from "./chunk-25IFS2WD.js";
import {
  DYNAMIC,
  hiddenInlineCode,
  isDynamic,
  isTestDatabase,
  parseBatch,
  parsePowerShell,
  parseShell
} from "./chunk-UD7HIGTY.js";
import {
  baseName
} from "./chunk-FJFFMLKF.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";
import {
  Minimatch
} from "./chunk-L26QLQXM.js";
import {
  LineIndex
} from "./chunk-O3AVP3WD.js";
import {
  loadGrammar
} from "./chunk-BG6M7MHB.js";
import {
  fromOffsets,
  mapSpan,
  shiftBy
} from "./chunk-GBH2K4QU.js";
import {
  __toESM
} from "./chunk-ZHGBYMEX.js";

// src/rules/shell/lib/command-catalog.ts
var PAAS_OPTIONS = [
  "--service",
  "-s",
  "--environment",
  "-e",
  "--project",
  "-p",
  "-a",
  "--app",
  "--config",
  "-c",
  "-r",
  "--remote",
  "--org",
  "--project-id",
  "--region",
  "-o",
  "--output"
];
var disposableDatabase = (...names) => (args, command) => {
  let url = option(args, ...names)?.value;
  const variable = url === void 0 ? void 0 : /^\$\{?(\w+)\}?$/.exec(url)?.[1];
  if (variable !== void 0) url = envValue(command, variable);
  if (url === void 0 || url.includes("$")) return false;
  if (isLocalUrl(url)) return true;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return isDisposableTarget(command, parsed.hostname) || isTestDatabase(parsed.pathname.replace(/^\//, ""));
};
var testEnvironment = (args) => /^(test|testing|local|dev|development|ci)$/i.test(option(args, "--env", "-e", "--environment")?.value ?? "");
var TOOLS = {
  aws: {
    programs: ["aws"],
    withValue: [
      "--region",
      "--profile",
      "--output",
      "--endpoint-url",
      "--query",
      "--cli-read-timeout",
      "--cli-connect-timeout",
      "--color",
      "--ca-bundle",
      "--db-instance-identifier",
      "--db-cluster-identifier",
      "--final-db-snapshot-identifier",
      "--backup-retention-period",
      "--volume-id",
      "--instance-ids",
      "--table-name",
      "--stack-name",
      "--backup-vault-name",
      "--recovery-point-arn",
      "--bucket",
      "--file-system-id",
      "--cache-cluster-id",
      "--replication-group-id",
      "--cluster-identifier",
      "--domain-name",
      "--snapshot-id",
      "--exclude",
      "--include",
      "--versioning-configuration",
      // s3 cp/sync options with a value, so the destination stays the last operand.
      "--cache-control",
      "--content-type",
      "--content-encoding",
      "--content-disposition",
      "--acl",
      "--storage-class",
      "--sse",
      "--sse-kms-key-id",
      "--metadata",
      "--metadata-directive",
      "--expires",
      "--source-region",
      "--page-size",
      "--grants",
      "--website-redirect"
    ],
    targets: [
      "--db-instance-identifier",
      "--db-cluster-identifier",
      "--table-name",
      "--stack-name",
      "--bucket",
      "--cluster-identifier",
      "--domain-name",
      "--file-system-id",
      "--replication-group-id"
    ],
    local: (args) => isLocalUrl(option(args, "--endpoint-url")?.value ?? "https://aws")
  },
  gcloud: {
    programs: ["gcloud"],
    withValue: [
      "--project",
      "--region",
      "--zone",
      "--format",
      "--account",
      "--configuration",
      "--instance",
      "--database"
    ],
    targets: ["--instance", "--database"]
  },
  gsutil: { programs: ["gsutil"], withValue: ["-o", "-h", "-p", "-u"] },
  bq: { programs: ["bq"], withValue: ["--project_id", "--location", "--format"] },
  az: {
    programs: ["az"],
    withValue: [
      "-g",
      "--resource-group",
      "-n",
      "--name",
      "--subscription",
      "--server",
      "-s",
      "--account-name",
      "-o",
      "--output",
      "--query",
      "--mode",
      "--template-file",
      "--template-uri",
      "--parameters",
      "--action-on-unmanage",
      "--deny-settings-mode"
    ],
    targets: ["-g", "--resource-group", "-n", "--name", "--server", "-s", "--account-name"]
  },
  railway: { programs: ["railway"], withValue: PAAS_OPTIONS },
  fly: { programs: ["fly", "flyctl"], withValue: PAAS_OPTIONS, targets: ["-a", "--app"] },
  heroku: { programs: ["heroku"], withValue: PAAS_OPTIONS, targets: ["-a", "--app", "-r", "--remote"] },
  supabase: { programs: ["supabase"], withValue: ["--project-ref", "--workdir"], targets: ["--project-ref"] },
  neonctl: { programs: ["neonctl", "neon"], withValue: ["--project-id", "--api-key", "--org-id", "-o", "--output"] },
  pscale: { programs: ["pscale"], withValue: ["--org", "--service-token", "--service-token-id", "-f", "--format"] },
  doctl: { programs: ["doctl"], withValue: ["-t", "--access-token", "-o", "--output", "--context"] },
  helm: {
    programs: ["helm"],
    withValue: ["-n", "--namespace", "--kube-context", "--kubeconfig", "--timeout", "--cascade", "--description"],
    local: (args) => /^(kind-|k3d-|minikube$|docker-desktop$)/.test(option(args, "--kube-context")?.value ?? "")
  },
  pulumi: {
    programs: ["pulumi"],
    withValue: ["-s", "--stack", "-C", "--cwd", "-m", "--message", "--target", "-t", "--exclude", "--config-file"],
    targets: ["-s", "--stack"]
  },
  cdk: {
    programs: ["cdk"],
    withValue: ["-a", "--app", "--profile", "-c", "--context", "--role-arn", "-o", "--output"]
  },
  sst: { programs: ["sst"], withValue: ["--stage", "--region", "--profile", "--config"] },
  serverless: {
    programs: ["serverless", "sls", "osls"],
    withValue: ["--stage", "-s", "--region", "-r", "--config", "-c", "--aws-profile", "--app", "--org"]
  },
  artisan: {
    programs: ["artisan"],
    interpreters: ["php"],
    withValue: ["--env", "--database", "--path", "--seeder"],
    local: testEnvironment
  },
  symfony: {
    programs: ["console"],
    interpreters: ["php"],
    withValue: ["--env", "-e", "--connection", "--em"],
    local: testEnvironment
  },
  dotnet: {
    programs: ["dotnet"],
    withValue: ["--project", "-p", "--startup-project", "-s", "--context", "-c", "--configuration", "--framework"]
  },
  "drizzle-kit": {
    programs: ["drizzle-kit"],
    withValue: ["--config", "--dialect", "--schema", "--url", "--out", "--tablesFilter", "--schemaFilters"],
    local: (args) => isLocalUrl(option(args, "--url")?.value ?? "https://db")
  },
  atlas: {
    programs: ["atlas"],
    withValue: [
      "--url",
      "-u",
      "--to",
      "--file",
      "-f",
      "--env",
      "--dev-url",
      "--schema",
      "-s",
      "--exclude",
      "--config",
      "-c",
      "--var",
      "--format",
      "--plan",
      "--tx-mode",
      "--lock-timeout"
    ],
    local: (args) => isLocalUrl(option(args, "--url", "-u")?.value ?? "https://db")
  },
  // Migration runners: told to run every down migration (or to drop), they empty the database they manage.
  sequelize: {
    programs: ["sequelize", "sequelize-cli"],
    withValue: ["--env", "--config", "--url", "--migrations-path", "--options-path", "--to"],
    local: (args) => isLocalUrl(option(args, "--url")?.value ?? "https://db") || testEnvironment(args)
  },
  alembic: { programs: ["alembic"], withValue: ["-c", "--config", "-n", "--name", "-x"] },
  dbmate: {
    programs: ["dbmate"],
    withValue: ["--url", "-u", "--env", "-e", "--migrations-dir", "-d", "--schema-file", "-s"],
    local: disposableDatabase("--url", "-u")
  },
  sqlx: {
    programs: ["sqlx", "cargo-sqlx"],
    withValue: ["--database-url", "-D", "--source"],
    local: disposableDatabase("--database-url", "-D")
  },
  diesel: {
    programs: ["diesel"],
    withValue: ["--database-url", "--migration-dir", "--config-file"],
    local: disposableDatabase("--database-url")
  },
  // Object-storage copy tools: their bulk removes empty a bucket, container or remote as surely as the cloud CLIs'.
  azcopy: {
    programs: ["azcopy"],
    withValue: [
      "--include-pattern",
      "--exclude-pattern",
      "--include-path",
      "--exclude-path",
      "--log-level",
      "--from-to",
      "--delete-destination"
    ]
  },
  rclone: {
    programs: ["rclone"],
    withValue: [
      "--config",
      "--include",
      "--exclude",
      "--filter",
      "--min-age",
      "--max-age",
      "--transfers",
      "--checkers",
      "--bwlimit",
      "--log-file",
      "--log-level",
      "--backup-dir",
      "--max-delete",
      "--retries",
      "--exclude-from",
      "--include-from",
      "--filter-from",
      "--max-size",
      "--min-size",
      "--stats",
      "--tpslimit",
      "--max-transfer",
      "--suffix",
      "--compare-dest",
      "--copy-dest",
      "--order-by"
    ]
  },
  mc: { programs: ["mc"], withValue: ["--config-dir", "-C", "--older-than", "--newer-than", "--rewind"] },
  // Backup tools: deleting or pruning their archives takes away what a restore would need.
  velero: {
    programs: ["velero"],
    withValue: ["-n", "--namespace", "--kubeconfig", "--kubecontext", "-l", "--selector"],
    local: (args) => /^(kind-|k3d-|minikube$|docker-desktop$)/.test(option(args, "--kubecontext")?.value ?? "")
  },
  restic: {
    programs: ["restic"],
    withValue: [
      "-r",
      "--repo",
      "--repository-file",
      "-p",
      "--password-file",
      "--password-command",
      "--cache-dir",
      "-o",
      "--option",
      "--keep-last",
      "--keep-hourly",
      "--keep-daily",
      "--keep-weekly",
      "--keep-monthly",
      "--keep-yearly",
      "--keep-within",
      "--keep-tag",
      "--tag",
      "--host",
      "--path",
      "--group-by"
    ]
  },
  borg: {
    programs: ["borg", "borgbackup"],
    withValue: [
      "--keep-last",
      "--keep-secondly",
      "--keep-minutely",
      "--keep-hourly",
      "--keep-daily",
      "--keep-weekly",
      "--keep-monthly",
      "--keep-yearly",
      "--keep-within",
      "-a",
      "--glob-archives",
      "--match-archives",
      "-P",
      "--prefix",
      "-e",
      "--exclude",
      "--remote-path",
      "--rsh"
    ]
  },
  // Secret stores: a deleted mount, project or vault takes every secret in it, and often the only copy.
  vault: {
    programs: ["vault"],
    withValue: ["-address", "-namespace", "--namespace", "-mount", "-versions", "-format"]
  },
  doppler: {
    programs: ["doppler"],
    withValue: ["-p", "--project", "-c", "--config", "--token", "--scope", "--json"]
  },
  op: { programs: ["op"], withValue: ["--account", "--vault", "--format", "--session", "--config"] },
  // Message brokers: a deleted topic or queue takes the messages not yet consumed.
  "kafka-topics": {
    programs: ["kafka-topics", "kafka-topics.sh"],
    withValue: ["--bootstrap-server", "--zookeeper", "--topic", "--command-config", "--partitions", "--config"],
    local: (args) => isLocalHost((option(args, "--bootstrap-server", "--zookeeper")?.value ?? "kafka").split(":")[0])
  },
  "kafka-delete-records": {
    programs: ["kafka-delete-records", "kafka-delete-records.sh"],
    withValue: ["--bootstrap-server", "--offset-json-file", "--command-config"],
    local: (args) => isLocalHost((option(args, "--bootstrap-server")?.value ?? "kafka").split(":")[0])
  },
  rpk: {
    programs: ["rpk"],
    withValue: ["--brokers", "-X", "--config", "--profile"],
    local: (args) => isLocalHost((option(args, "--brokers")?.value ?? "kafka").split(":")[0])
  },
  rabbitmqadmin: {
    programs: ["rabbitmqadmin"],
    withValue: [
      "-H",
      "--host",
      "-P",
      "--port",
      "-V",
      "--vhost",
      "-u",
      "--username",
      "-p",
      "--password",
      "-c",
      "--config",
      "-N",
      "--node"
    ],
    local: (args) => isLocalHost(option(args, "-H", "--host")?.value ?? "rabbitmq")
  },
  rabbitmqctl: { programs: ["rabbitmqctl"], withValue: ["-n", "--node", "-p", "--vhost", "-t", "--timeout"] },
  algolia: { programs: ["algolia"], withValue: ["--profile", "-p", "--application-id", "--api-key"] },
  wrangler: {
    programs: ["wrangler"],
    withValue: ["--config", "-c", "--env", "-e", "--namespace-id", "--binding", "--name"]
  },
  // Code hosts: deleting a repository deletes its history, issues and releases.
  gh: { programs: ["gh"], withValue: ["-R", "--repo", "--hostname"] },
  glab: { programs: ["glab"], withValue: ["-R", "--repo"] },
  mongorestore: {
    programs: ["mongorestore"],
    withValue: [
      "--uri",
      "--host",
      "-h",
      "--port",
      "-d",
      "--db",
      "-c",
      "--collection",
      "-u",
      "--username",
      "-p",
      "--password",
      "--authenticationDatabase",
      "--nsInclude",
      "--nsExclude",
      "--nsFrom",
      "--nsTo",
      "--dir"
    ],
    local: (args) => {
      const uri = option(args, "--uri")?.value;
      if (uri !== void 0) return isLocalUrl(uri.replace(/^mongodb(\+srv)?:/, "http:"));
      const host = option(args, "--host", "-h")?.value;
      return host !== void 0 && isLocalHost(host.replace(/:\d+$/, ""));
    }
  },
  firebase: {
    programs: ["firebase"],
    withValue: ["--project", "-P", "--database", "--instance"],
    targets: ["--project"]
  }
};
var aws = (path, destroys, extra = {}) => ({
  rule: "shell/aws-delete",
  tool: "aws",
  path,
  destroys,
  ...extra
});
var gcloud = (path, destroys, extra = {}) => ({
  rule: "shell/gcloud-delete",
  tool: "gcloud",
  path,
  destroys,
  ...extra
});
var az = (path, destroys) => ({ rule: "shell/az-delete", tool: "az", path, destroys });
var paas = (tool, path, destroys) => ({
  rule: "shell/paas-destroy",
  tool,
  path,
  destroys
});
var destroy = (tool, path, destroys, extra = {}) => ({
  rule: "shell/cli-destroy",
  tool,
  path,
  destroys,
  ...extra
});
var protection = (tool, path, flag, destroys, flagValue) => ({
  rule: "shell/cli-protection-off",
  tool,
  path,
  destroys,
  flag,
  ...flagValue ? { flagValue } : {}
});
var CATALOG = [
  // AWS
  aws("rds delete-db-instance", "the database instance and, without a final snapshot, its data"),
  aws("rds delete-db-cluster", "the database cluster and, without a final snapshot, its data"),
  aws("rds delete-db-snapshot", "a database snapshot"),
  aws("rds delete-db-cluster-snapshot", "a database cluster snapshot"),
  aws("rds delete-global-cluster", "the global database cluster"),
  aws("s3 rb", "the bucket (with --force, every object in it first)"),
  aws("s3 rm", "every object under the prefix", { withAny: ["--recursive"], unlessAny: ["--dryrun"] }),
  aws("s3api delete-bucket", "the bucket"),
  aws("s3api delete-objects", "every object listed, in one call"),
  aws("s3 sync", "every object in the bucket that is not in the source", {
    withAny: ["--delete"],
    unlessAny: ["--dryrun"],
    lastOperand: /^s3:\/\//,
    routine: "static-site"
  }),
  aws("ec2 delete-volume", "the volume and its data"),
  aws("ec2 delete-snapshot", "the volume snapshot"),
  aws("ec2 terminate-instances", "the instances and their instance-store and delete-on-termination volumes"),
  aws("dynamodb delete-table", "the table and every item in it"),
  aws("dynamodb delete-backup", "the table backup"),
  aws("cloudformation delete-stack", "every resource of the stack whose deletion policy is not Retain"),
  aws("backup delete-recovery-point", "the backup recovery point"),
  aws("backup delete-backup-vault", "the backup vault"),
  aws("efs delete-file-system", "the file system and its files"),
  aws("elasticache delete-cache-cluster", "the cache cluster and its data"),
  aws("elasticache delete-replication-group", "the replication group and its data"),
  aws("redshift delete-cluster", "the warehouse cluster and its data"),
  aws("docdb delete-db-cluster", "the document database cluster"),
  aws("neptune delete-db-cluster", "the graph database cluster"),
  aws("opensearch delete-domain", "the search domain and its indices"),
  aws("es delete-elasticsearch-domain", "the search domain and its indices"),
  aws("kinesis delete-stream", "the stream and its records"),
  aws("sqs delete-queue", "the queue and its messages"),
  aws("ecr delete-repository", "the image repository", { withAny: ["--force"] }),
  aws("keyspaces delete-keyspace", "the Cassandra keyspace and its tables"),
  aws("keyspaces delete-table", "the Cassandra table and its rows"),
  aws("timestream-write delete-database", "the time-series database and its tables"),
  aws("timestream-write delete-table", "the time-series table and its records"),
  aws("memorydb delete-cluster", "the cluster and its data"),
  aws("elasticache delete-serverless-cache", "the cache and its data"),
  aws("docdb-elastic delete-cluster", "the document database cluster"),
  aws("redshift-serverless delete-namespace", "the warehouse namespace and its data"),
  aws("qldb delete-ledger", "the ledger and its journal"),
  aws("lightsail delete-relational-database", "the database and, without a final snapshot, its data"),
  aws("fsx delete-file-system", "the file system and its files"),
  aws("glue delete-database", "the catalog database and its table definitions"),
  aws("logs delete-log-group", "the log group and every log event in it"),
  aws("logs delete-log-stream", "the log stream and every log event in it"),
  aws("route53 delete-hosted-zone", "the DNS zone: every name in it stops resolving"),
  aws("kms schedule-key-deletion", "the key, and with it every piece of data encrypted under it"),
  aws("secretsmanager delete-secret", "the secret with no recovery window", {
    withAny: ["--force-delete-without-recovery"]
  }),
  // Google Cloud
  gcloud("sql instances delete", "the Cloud SQL instance, its databases and its backups"),
  gcloud("sql databases delete", "the database and every table in it"),
  gcloud("projects delete", "the whole project and every resource in it"),
  gcloud("storage rm", "every object under the path", { withAny: ["-r", "-R", "--recursive"] }),
  gcloud("storage buckets delete", "the bucket"),
  gcloud("compute disks delete", "the disks and their data"),
  gcloud("compute instances delete", "the instances and their auto-delete disks"),
  gcloud("compute snapshots delete", "the disk snapshots"),
  gcloud("container clusters delete", "the cluster with its workloads and volumes"),
  gcloud("spanner instances delete", "the Spanner instance and its databases"),
  gcloud("spanner databases delete", "the Spanner database"),
  gcloud("firestore databases delete", "the Firestore database"),
  gcloud("bigtable instances delete", "the Bigtable instance and its tables"),
  gcloud("redis instances delete", "the Memorystore instance and its data"),
  gcloud("filestore instances delete", "the file share and its files"),
  gcloud("alloydb clusters delete", "the AlloyDB cluster and its data"),
  gcloud("sql backups delete", "the Cloud SQL backup"),
  gcloud("firestore bulk-delete", "every document of the collection groups named"),
  gcloud("bigtable instances tables delete", "the Bigtable table and its rows"),
  gcloud("kms keys versions destroy", "the key version, and with it every piece of data encrypted under it"),
  gcloud("logging buckets delete", "the log bucket and its logs"),
  gcloud("artifacts repositories delete", "the Artifact Registry repository and every package and image in it"),
  gcloud("storage rsync", "every object in the bucket that is not in the source", {
    withAny: ["--delete-unmatched-destination-objects"],
    unlessAny: ["--dry-run"],
    lastOperand: /^gs:\/\//
  }),
  {
    rule: "shell/gcloud-delete",
    tool: "gsutil",
    path: "rsync",
    destroys: "every object in the bucket that is not in the source",
    withAny: ["-d"],
    unlessAny: ["-n"],
    lastOperand: /^gs:\/\//
  },
  {
    rule: "shell/gcloud-delete",
    tool: "gsutil",
    path: "rm",
    destroys: "every object under the path",
    withAny: ["-r", "-R", "-a"]
  },
  { rule: "shell/gcloud-delete", tool: "gsutil", path: "rm", destroys: "every object the wildcard matches" },
  { rule: "shell/gcloud-delete", tool: "gsutil", path: "rb", destroys: "the bucket" },
  { rule: "shell/gcloud-delete", tool: "bq", path: "rm", destroys: "the dataset or table and its rows" },
  // Azure
  az("group delete", "the resource group and every resource in it"),
  az("sql db delete", "the database and every table in it"),
  az("sql server delete", "the SQL server and its databases"),
  az("storage account delete", "the storage account and every blob, file and table in it"),
  az("storage container delete", "the container and its blobs"),
  az("cosmosdb delete", "the Cosmos DB account and its data"),
  az("postgres flexible-server delete", "the PostgreSQL server and its databases"),
  az("postgres server delete", "the PostgreSQL server and its databases"),
  az("mysql flexible-server delete", "the MySQL server and its databases"),
  az("mysql server delete", "the MySQL server and its databases"),
  az("disk delete", "the managed disk and its data"),
  az("aks delete", "the cluster with its workloads and volumes"),
  az("redis delete", "the cache and its data"),
  az("backup vault delete", "the backup vault"),
  az("storage blob delete-batch", "every blob of the container that the pattern matches (all of them without one)"),
  az("storage share delete", "the file share and its files"),
  az("storage fs delete", "the Data Lake file system and every file in it"),
  az("storage table delete", "the table and its entities"),
  az("cosmosdb sql database delete", "the Cosmos DB database and its containers"),
  az("cosmosdb sql container delete", "the Cosmos DB container and its items"),
  az("cosmosdb mongodb database delete", "the Cosmos DB database and its collections"),
  az("cosmosdb mongodb collection delete", "the Cosmos DB collection and its documents"),
  az("cosmosdb cassandra keyspace delete", "the Cosmos DB keyspace and its tables"),
  az("sql mi delete", "the SQL managed instance and its databases"),
  az("sql midb delete", "the database and every table in it"),
  az("acr delete", "the container registry and every image in it"),
  // ARM/Bicep deployments that delete what the template leaves out: Complete mode, and deployment
  // stacks told to delete unmanaged resources.
  ...["deployment group create", "group deployment create"].map((path) => ({
    ...az(path, "every resource of the resource group that the template does not declare (Complete mode)"),
    optionValue: { names: ["--mode"], value: /^complete$/i }
  })),
  ...["stack group create", "stack sub create", "stack mg create", "stack group delete", "stack sub delete"].map(
    (path) => ({
      ...az(path, "the resources the deployment stack no longer manages (--action-on-unmanage delete)"),
      optionValue: { names: ["--action-on-unmanage"], value: /^delete(all|resources)$/i }
    })
  ),
  // Platforms
  paas("railway", "volume delete", "the volume and its data"),
  paas("railway", "down", "the latest deployment of the service"),
  paas("railway", "environment delete", "the environment with its services and volumes"),
  paas("railway", "service delete", "the service and its volumes"),
  paas("fly", "volumes destroy", "the volume and its data"),
  paas("fly", "volumes delete", "the volume and its data"),
  paas("fly", "volume destroy", "the volume and its data"),
  paas("fly", "apps destroy", "the app with its volumes"),
  paas("fly", "apps delete", "the app with its volumes"),
  paas("fly", "postgres destroy", "the Postgres cluster and its data"),
  paas("heroku", "pg:reset", "every table of the Heroku Postgres database"),
  paas("heroku", "apps:destroy", "the app with its add-ons and their data"),
  paas("heroku", "addons:destroy", "the add-on and its data"),
  paas("supabase", "projects delete", "the hosted project and its database"),
  paas("neonctl", "branches delete", "the branch and its data"),
  paas("neonctl", "branch delete", "the branch and its data"),
  paas("neonctl", "projects delete", "the project and every branch"),
  paas("neonctl", "databases delete", "the database"),
  paas("pscale", "database delete", "the database and every branch"),
  paas("pscale", "branch delete", "the branch and its data"),
  paas("doctl", "databases delete", "the managed database cluster"),
  paas("doctl", "compute volume delete", "the volume and its data"),
  // Helm
  ...["uninstall", "delete", "del", "un"].map((verb) => ({
    rule: "shell/helm-uninstall",
    tool: "helm",
    path: verb,
    destroys: "every resource of the release, persistent volume claims the chart created included",
    unlessAny: ["--dry-run"]
  })),
  // Infrastructure stacks
  destroy("pulumi", "destroy", "every resource of the stack, databases and buckets with their data", {
    unlessAny: ["--preview-only"]
  }),
  destroy("pulumi", "down", "every resource of the stack, databases and buckets with their data", {
    unlessAny: ["--preview-only"]
  }),
  destroy("cdk", "destroy", "every resource of the stacks whose removal policy is not RETAIN"),
  destroy(
    "pulumi",
    "state delete",
    "the resource from the stack's state: the stack forgets it, its next update may recreate it"
  ),
  destroy(
    "pulumi",
    "stack rm",
    "the stack and its state, leaving its resources unmanaged (with --force, even live ones)"
  ),
  destroy("sst", "remove", "every resource of the stage, its databases and buckets included"),
  destroy("serverless", "remove", "the CloudFormation stack of the service with its tables and buckets"),
  // Frameworks
  destroy("artisan", "migrate:fresh", "every table of the database, then migrates it again empty", {
    unlessAny: ["--pretend"]
  }),
  destroy("artisan", "migrate:reset", "every table the migrations created, by running every down migration", {
    unlessAny: ["--pretend"]
  }),
  destroy("artisan", "migrate:refresh", "every table the migrations created, then migrates it again empty", {
    unlessAny: ["--pretend"]
  }),
  destroy("artisan", "db:wipe", "every table, view and type of the database"),
  destroy("symfony", "doctrine:schema:drop", "every table of the mapped schema", {
    withAny: ["--force", "-f"],
    unlessAny: ["--dump-sql"]
  }),
  destroy("symfony", "doctrine:database:drop", "the whole database", { withAny: ["--force", "-f"] }),
  destroy("dotnet", "ef database drop", "the whole database", { unlessAny: ["--dry-run"] }),
  // Every down migration run, or the database dropped, by the migration runners.
  destroy("dotnet", "ef database update 0", "every table the migrations created, by reverting every migration"),
  ...["db:migrate:undo:all", "db:drop"].map(
    (task) => destroy("sequelize", task, "every table the migrations created, by running every down migration")
  ),
  destroy("alembic", "downgrade base", "every table the migrations created, by running every downgrade()"),
  destroy("dbmate", "drop", "the whole database"),
  destroy("sqlx", "database drop", "the whole database"),
  destroy("sqlx", "database reset", "the whole database, then migrates it again empty"),
  destroy("diesel", "database reset", "the whole database, then migrates it again empty"),
  // Schema-push tools make the database match a schema file; forced, they drop what it leaves out without a prompt.
  destroy("drizzle-kit", "push", "every table and column the schema no longer has (--force approves data loss)", {
    withAny: ["--force"]
  }),
  destroy(
    "atlas",
    "schema apply",
    "every table and column the desired schema leaves out, with no plan reviewed (--auto-approve)",
    {
      withAny: ["--auto-approve"],
      unlessAny: ["--dry-run"]
    }
  ),
  destroy("azcopy", "remove", "every blob or file under the path", {
    withAny: ["--recursive"],
    unlessAny: ["--dry-run"]
  }),
  destroy("rclone", "purge", "the path on the remote and everything in it", { unlessAny: ["--dry-run", "-n"] }),
  destroy("rclone", "delete", "every file under the path on the remote", { unlessAny: ["--dry-run", "-n"] }),
  destroy("mc", "rm", "every object under the path", {
    withAny: ["--recursive", "-r"],
    unlessAny: ["--dry-run"]
  }),
  destroy("mc", "rb", "the bucket and (with --force) every object in it", { withAny: ["--force"] }),
  destroy("azcopy", "sync", "every blob or file at the destination that is not in the source", {
    optionValue: { names: ["--delete-destination"], value: /^(true|prompt)$/i },
    unlessAny: ["--dry-run"]
  }),
  destroy("mc", "mirror", "every object at the destination that is not in the source", {
    withAny: ["--remove"],
    unlessAny: ["--dry-run"]
  }),
  destroy("rclone", "sync", "every file on the remote that is not in the source", {
    unlessAny: ["--dry-run", "-n"],
    lastOperand: /^[A-Za-z0-9_.-]+:/
  }),
  destroy("velero", "backup delete", "the cluster backup and its volume snapshots"),
  destroy("velero", "schedule delete", "the backup schedule: no backup is taken from now on"),
  destroy("velero", "backup-location delete", "the backup location, and with it access to every backup stored there"),
  destroy("restic", "forget", "the backup snapshots it selects (with --prune, their data too)", {
    unlessAny: ["--dry-run", "-n"]
  }),
  destroy("borg", "delete", "the backup archive or the whole repository", { unlessAny: ["--dry-run", "-n"] }),
  destroy("borg", "prune", "every backup archive the retention options do not keep", {
    unlessAny: ["--dry-run", "-n"]
  }),
  destroy("vault", "secrets disable", "the secrets engine and every secret stored in it"),
  destroy("vault", "kv destroy", "the secret versions, permanently (no undelete)"),
  destroy("vault", "kv metadata delete", "every version of the secret and its history, permanently"),
  destroy("doppler", "projects delete", "the project with every config and secret in it"),
  destroy("doppler", "configs delete", "the config and every secret in it"),
  destroy("doppler", "environments delete", "the environment with its configs and secrets"),
  destroy("op", "vault delete", "the 1Password vault and every item in it"),
  destroy("kafka-topics", "", "the topic and every record not yet consumed", { withAny: ["--delete"] }),
  destroy("kafka-delete-records", "", "the records before the offsets given"),
  destroy("rpk", "topic delete", "the topic and every record in it"),
  destroy("rabbitmqadmin", "delete queue", "the queue and the messages in it"),
  destroy("rabbitmqadmin", "purge queue", "every message in the queue"),
  destroy("rabbitmqctl", "delete_vhost", "the virtual host with its queues and messages"),
  destroy("rabbitmqctl", "reset", "the node's data: its queues, messages, users and cluster membership"),
  destroy("rabbitmqctl", "force_reset", "the node's data: its queues, messages, users and cluster membership"),
  destroy("algolia", "indices delete", "the search index and its records"),
  destroy("algolia", "indices clear", "every record of the search index"),
  destroy("wrangler", "d1 delete", "the D1 database and its tables"),
  destroy("wrangler", "kv:namespace delete", "the KV namespace and every key in it"),
  destroy("wrangler", "kv namespace delete", "the KV namespace and every key in it"),
  destroy("wrangler", "r2 bucket delete", "the R2 bucket"),
  destroy("gh", "repo delete", "the repository with its history, issues, pull requests and releases"),
  destroy("glab", "repo delete", "the project with its history, issues, merge requests and releases"),
  destroy("mongorestore", "", "each collection it restores, dropped before the restore (--drop)", {
    withAny: ["--drop"],
    unlessAny: ["--dryRun"]
  }),
  destroy("firebase", "firestore:delete", "the documents, and with --recursive every subcollection under them"),
  destroy("firebase", "database:remove", "the Realtime Database data at the path"),
  // Protections taken off (reported at the option)
  protection("aws", "rds delete-db-instance", ["--skip-final-snapshot"], "the final snapshot of the instance"),
  protection(
    "aws",
    "rds delete-db-instance",
    ["--delete-automated-backups"],
    "the automated backups of the instance (deleted with it)"
  ),
  protection("aws", "rds delete-db-cluster", ["--skip-final-snapshot"], "the final snapshot of the cluster"),
  protection("aws", "rds modify-db-instance", ["--no-deletion-protection"], "deletion protection of the instance"),
  protection("aws", "rds modify-db-cluster", ["--no-deletion-protection"], "deletion protection of the cluster"),
  protection(
    "aws",
    "rds modify-db-instance",
    ["--backup-retention-period"],
    "the automated backups of the instance (retention 0)",
    /^0$/
  ),
  protection(
    "aws",
    "rds modify-db-cluster",
    ["--backup-retention-period"],
    "the automated backups of the cluster",
    /^[01]$/
  ),
  protection("aws", "dynamodb update-table", ["--no-deletion-protection-enabled"], "deletion protection of the table"),
  protection(
    "aws",
    "s3api put-bucket-versioning",
    ["--versioning-configuration"],
    "versioning of the bucket (old object versions)",
    /Suspended/
  ),
  protection(
    "aws",
    "ec2 modify-instance-attribute",
    ["--no-disable-api-termination"],
    "termination protection of the instance"
  ),
  protection("gcloud", "sql instances patch", ["--no-deletion-protection"], "deletion protection of the instance"),
  protection("gcloud", "sql instances patch", ["--no-backup"], "automated backups of the instance"),
  protection(
    "gcloud",
    "container clusters update",
    ["--no-enable-deletion-protection"],
    "deletion protection of the cluster"
  )
];
function rowApplies(row, args) {
  if (row.withAny && !hasOption(args, ...row.withAny)) return false;
  if (row.unlessAny && hasOption(args, ...row.unlessAny)) return false;
  if (row.lastOperand && !row.lastOperand.test(args.positionals.at(-1)?.value ?? "")) return false;
  if (row.optionValue && !row.optionValue.value.test(option(args, ...row.optionValue.names)?.value ?? "")) return false;
  return true;
}

// src/rules/shell/lib/static-site.ts
var BUILD_OUTPUT = /^(dist|build|out|public|_site|site|www|html|storybook-static|_build|\.output)$/i;
var HOST_BUCKET = /^s3:\/\/([a-z0-9-]+\.)+[a-z]{2,24}\/?$/i;
function staticSiteDeployReason(operands, doc) {
  const [source, target] = operands.slice(-2);
  if (source === void 0 || target === void 0 || source.includes(DYNAMIC) || target.includes(DYNAMIC))
    return void 0;
  if (/^[a-z0-9]+:\/\//i.test(source)) return void 0;
  const folder = source.replace(/\/+$/, "").split("/").at(-1) ?? "";
  if (!BUILD_OUTPUT.test(folder)) return void 0;
  const website = HOST_BUCKET.test(target) ? `the bucket is named as the site's host` : doc.commands.some(invalidatesCdn) ? "the same file invalidates its CloudFront distribution" : void 0;
  if (website === void 0) return void 0;
  return `static site deploy: ${source} is a build output of the repository and ${website}; what --delete removes the next build puts back`;
}
function invalidatesCdn(command) {
  if (programOf(command) !== "aws") return false;
  const i = command.argv.indexOf("cloudfront");
  return i > 0 && command.argv[i + 1] === "create-invalidation";
}

// src/rules/shell/lib/catalog.ts
function toolOf(command) {
  const program = programOf(command);
  const found = [];
  for (const [tool, syntax] of Object.entries(TOOLS)) {
    if (syntax.programs.includes(program)) {
      found.push({ tool, syntax, args: readArgs(command.argv, syntax.withValue), skip: 0 });
    } else if (syntax.interpreters?.includes(program)) {
      const args = readArgs(command.argv, syntax.withValue);
      const script = args.positionals[0]?.value;
      if (script !== void 0 && syntax.programs.includes(baseName(script)))
        found.push({ tool, syntax, args, skip: 1 });
    }
  }
  return found;
}
function pathWords(row) {
  return row.path ? row.path.split(" ") : [];
}
function catalogHits(command, rule) {
  const hits = [];
  for (const { tool, syntax, args, skip } of toolOf(command)) {
    if (syntax.local?.(args, command)) continue;
    const operands = args.positionals.slice(skip).map((p) => p.value);
    const matched = /* @__PURE__ */ new Set();
    for (const row of CATALOG) {
      if (row.tool !== tool || rule !== void 0 && row.rule !== rule) continue;
      const path = pathWords(row);
      if (!path.every((word, i) => operands[i] === word)) continue;
      if (!rowApplies(row, args)) continue;
      if (row.flag === void 0 && matched.has(row.rule)) continue;
      matched.add(row.rule);
      const program = skip ? `${programOf(command)} ${baseName(args.positionals[0].value)}` : programOf(command);
      hits.push({ row, command, args, operands, program });
    }
  }
  return hits;
}
function reportCatalog(doc, rule, report) {
  for (const command of doc.commands) {
    for (const { row, operands, program } of catalogHits(command, rule)) {
      if (row.flag) continue;
      const rest = operands.slice(pathWords(row).length);
      const target = display(rest.join(" "));
      const command_ = [program, row.path, target].filter(Boolean).join(" ");
      const routine = row.routine === "static-site" ? staticSiteDeployReason(rest, doc) : void 0;
      report({
        messageId: "destroys",
        data: { command: command_, destroys: row.destroys },
        ...at(command),
        ...routine ? { downgradedBecause: routine } : {}
      });
    }
  }
}
function catalogRule(id, description, examples) {
  return {
    meta: {
      id,
      family: "shell",
      kind: "destructive",
      defaultSeverity: "block",
      description,
      messages: { destroys: "{command} deletes {destroys}" },
      examples
    },
    check(doc, report) {
      reportCatalog(doc, id, report);
    }
  };
}

// src/rules/shell/aws-delete.ts
var awsDelete = catalogRule(
  "shell/aws-delete",
  "An AWS CLI command that deletes stored data: RDS instances and clusters, buckets, volumes, tables, stacks, backups.",
  {
    invalid: [
      { code: "cleanup:\n	aws s3 rb s3://acme-prod-uploads-legacy --force\n", line: 2, path: "Makefile" },
      {
        code: "aws --region eu-west-1 rds delete-db-instance \\\n  --db-instance-identifier prod-db --skip-final-snapshot\n",
        line: 1,
        path: "scripts/x.sh"
      },
      { code: "echo 'ecrof-- sdaolpu-dorp-emca//:3s br 3s swa' | rev | bash\n", line: 1, path: "scripts/x.sh" },
      { code: 'RUN ["sh", "-c", "aws s3 rm s3://acme-prod-backups --recursive"]\n', line: 1, path: "Dockerfile" }
    ],
    valid: [
      { code: "aws s3 rm s3://acme-tmp/report.csv\naws s3 ls\n", path: "scripts/x.sh" },
      { code: "aws --endpoint-url http://localhost:4566 s3 rb s3://test --force\n", path: "scripts/x.sh" }
    ]
  }
);

// src/rules/shell/az-delete.ts
var azDelete = catalogRule(
  "shell/az-delete",
  "An Azure CLI command that deletes stored data: resource groups, SQL databases and servers, storage accounts, disks.",
  {
    invalid: [
      { code: "az group delete --name rg-prod --yes --no-wait\n", line: 1, path: "scripts/x.sh" },
      {
        code: "env -u AZURE_DEFAULTS az sql db delete -g rg -s sql-prod -n app --yes\n",
        line: 1,
        path: "scripts/x.sh"
      }
    ],
    valid: [{ code: "az group list\naz sql db show -g rg -s sql-prod -n app\n", path: "scripts/x.sh" }]
  }
);

// src/rules/shell/cli-destroy.ts
var cliDestroy = catalogRule(
  "shell/cli-destroy",
  "An infrastructure or framework CLI command from the command catalog that destroys a stack or a database: `pulumi destroy`, `cdk destroy`, `sst remove`, `serverless remove`, `artisan migrate:fresh`/`db:wipe`, `doctrine:schema:drop --force`, `dotnet ef database drop`, `firebase firestore:delete`, `drizzle-kit push --force`, `atlas schema apply --auto-approve`.",
  {
    invalid: [
      { code: "cd infra\npulumi destroy --stack acme/prod --yes\n", line: 2, path: "scripts/teardown.sh" },
      {
        code: "jobs:\n  reset:\n    runs-on: [self-hosted]\n    steps:\n      - run: php artisan migrate:fresh --force --seed\n",
        line: 5,
        path: ".github/workflows/reset.yml"
      },
      { code: "release: npx sst remove --stage production\n", line: 1, path: "Procfile" },
      { code: "reset:\n	dotnet ef database drop --force --project src/Api\n", line: 2, path: "Makefile" },
      { code: "php bin/console doctrine:schema:drop --force --full-database\n", line: 1, path: "bin/reset.sh" }
    ],
    valid: [
      { code: "pulumi preview --stack acme/prod\npulumi destroy --preview-only\n", path: "scripts/x.sh" },
      { code: "php artisan migrate:fresh --env=testing\nphp artisan migrate --force\n", path: "scripts/x.sh" },
      { code: "php bin/console doctrine:schema:drop --dump-sql\n", path: "scripts/x.sh" }
    ]
  }
);

// src/rules/shell/cli-protection-off.ts
var cliProtectionOff = {
  meta: {
    id: "shell/cli-protection-off",
    family: "shell",
    kind: "protection",
    defaultSeverity: "block",
    description: "A cloud CLI option that takes a protection off the data it acts on: `--skip-final-snapshot`, `--delete-automated-backups`, `--no-deletion-protection`, backup retention set to 0, bucket versioning suspended.",
    messages: { off: "{option} on {command} gives up {loses}" },
    examples: {
      invalid: [
        {
          code: "aws rds delete-db-instance \\\n  --db-instance-identifier orders \\\n  --skip-final-snapshot\n",
          line: 3,
          path: "scripts/x.sh"
        },
        {
          code: "gcloud sql instances patch billing --no-deletion-protection --quiet\n",
          line: 1,
          path: "scripts/x.sh"
        },
        {
          code: "aws rds modify-db-instance --db-instance-identifier orders \\\n  --backup-retention-period 0 --apply-immediately\n",
          line: 2,
          path: "scripts/x.sh"
        }
      ],
      valid: [
        {
          code: "aws rds delete-db-instance --db-instance-identifier orders --final-db-snapshot-identifier orders-final\n",
          path: "scripts/x.sh"
        },
        {
          code: "aws rds modify-db-instance --db-instance-identifier orders --deletion-protection\n",
          path: "scripts/x.sh"
        }
      ]
    }
  },
  check(doc, report) {
    for (const command of doc.commands) {
      for (const { row, args, program } of catalogHits(command, "shell/cli-protection-off")) {
        const given = args.options.find(
          (o) => row.flag.includes(o.name) && (row.flagValue === void 0 || row.flagValue.test(o.value ?? ""))
        );
        if (!given) continue;
        const span = command.argSpans[given.index] ?? command.span;
        const separate = given.value !== void 0 && command.argv[given.index] === given.name;
        const end = separate ? command.argSpans[given.index + 1] ?? span : span;
        report({
          messageId: "off",
          data: { option: given.name, command: `${program} ${row.path}`, loses: row.destroys },
          span: { start: span.start, end: Math.max(span.end, end.end) },
          unit: command.span
        });
      }
    }
  }
};

// src/rules/shell/database-cli-sql.ts
var databaseCliSql = {
  meta: {
    id: "shell/database-cli-sql",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: '`psql`, `mysql`, `sqlite3` or `sqlcmd` running SQL decided at run time (`-c "$SQL"`) against a database that is not local. SQL spelled out in the command (`-c`, `-e`, a heredoc, a pipe) is read by the SQL rules.',
    messages: { dynamic: "{program} {via} runs SQL decided at run time; two-key cannot see what it will do" },
    examples: {
      invalid: [
        { code: 'psql "$DATABASE_URL" -c "$MIGRATION_SQL"\n', line: 1, path: "scripts/x.sh" },
        { code: 'db:\n	mysql -h db.prod.internal -e "$$QUERY" app\n', line: 2, path: "Makefile" }
      ],
      valid: [
        { code: 'psql -h localhost -c "$SQL" app_dev\n', path: "scripts/x.sh" },
        { code: 'psql "$DATABASE_URL" -c "SELECT count(*) FROM users"\n', path: "scripts/x.sh" }
      ]
    }
  },
  check(doc, report) {
    for (const command of doc.commands) {
      const call = databaseCliCall(command);
      if (!call || call.local) continue;
      for (const via of call.dynamic)
        report({ messageId: "dynamic", data: { program: call.program, via }, ...at(command) });
    }
  }
};

// src/rules/shell/datastore-wipe.ts
var REDIS_WITH_VALUE = [
  "-h",
  "-p",
  "-a",
  "-n",
  "-u",
  "-s",
  "--user",
  "--pass",
  "--tls-cert",
  "--cacert",
  "--key",
  "-r",
  "-i"
];
var MONGO_WITH_VALUE = [
  "--eval",
  "--host",
  "--port",
  "-u",
  "-p",
  "--username",
  "--password",
  "--authenticationDatabase",
  "-f",
  "--file"
];
var CURL_WITH_VALUE = [
  "-X",
  "--request",
  "-d",
  "--data",
  "--data-raw",
  "--data-binary",
  "-H",
  "--header",
  "-u",
  "--user",
  "-o",
  "--output",
  "--json",
  "-w",
  "--cacert",
  "--cert"
];
var CQLSH_WITH_VALUE = [
  "-e",
  "--execute",
  "-u",
  "--username",
  "-p",
  "--password",
  "-k",
  "--keyspace",
  "-f",
  "--file",
  "--cqlshrc"
];
var MONGO_WIPE = /\.(dropDatabase|dropCollection)\s*\(|\.drop\s*\(\s*\)|\.(deleteMany|remove)\s*\(\s*(\{\s*\})?\s*\)/;
var CQL_WIPE = /(^|;)\s*(drop\s+(keyspace|table|columnfamily)|truncate)\b/im;
var SEARCH_URL = /:(9200|9243)\b|elastic|opensearch|\b(es|search)[.-]|\bbonsai/i;
var datastoreWipe = {
  meta: {
    id: "shell/datastore-wipe",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: 'A datastore CLI that empties or drops a non-SQL store: `redis-cli FLUSHALL`/`FLUSHDB`, `mongosh --eval` with `dropDatabase()`/`drop()`/`deleteMany({})`, `curl -X DELETE` of an Elasticsearch/OpenSearch index or `_delete_by_query` with `match_all`, `cqlsh -e "DROP KEYSPACE \u2026"`/`TRUNCATE`, `firebase firestore:delete --all-collections`/`--recursive`.',
    messages: {
      redis: "redis-cli {command} deletes every key of {scope}",
      redisPattern: "redis-cli {command} is fed every key that {listing} lists: a bulk delete of {pattern}",
      mongo: "{program} --eval runs {call}, which drops or empties {what}",
      search: "curl -X DELETE {url} deletes the search index and every document in it",
      searchQuery: "curl {url} with match_all deletes every document of the index",
      cql: "cqlsh runs {statement}, which destroys the keyspace or table data",
      firestore: "firebase firestore:delete {how} deletes every document under it"
    },
    examples: {
      invalid: [
        { code: '#!/bin/sh\nredis-cli -h "$REDIS_HOST" FLUSHALL\n', line: 2, path: "scripts/warm-cache.sh" },
        { code: 'mongosh "$MONGO_URL" --eval "db.dropDatabase()"\n', line: 1, path: "scripts/reseed.sh" },
        {
          code: 'curl -XDELETE "https://search.acme.example.com:9200/orders-*"\n',
          line: 1,
          path: "scripts/reindex.sh"
        },
        { code: 'cqlsh cassandra.internal -e "DROP KEYSPACE analytics;"\n', line: 1, path: "scripts/cql.sh" },
        {
          code: "firebase firestore:delete --all-collections --project acme-prod -f\n",
          line: 1,
          path: "scripts/reset.sh"
        }
      ],
      valid: [
        {
          code: 'redis-cli -h "$REDIS_HOST" DEL "session:$ID"\nredis-cli -h localhost FLUSHALL\n',
          path: "scripts/x.sh"
        },
        { code: 'mongosh "$MONGO_URL" --eval "db.sessions.deleteMany({ expired: true })"\n', path: "scripts/x.sh" },
        { code: 'curl -X DELETE "https://search.acme.example.com:9200/orders/_doc/42"\n', path: "scripts/x.sh" },
        { code: 'cqlsh cassandra.internal -e "SELECT * FROM analytics.events LIMIT 10;"\n', path: "scripts/x.sh" }
      ]
    }
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, "redis-cli", "valkey-cli", "keydb-cli")) redis(command, report);
    for (const command of commandsRunning(doc, "mongosh", "mongo")) mongo(command, report);
    for (const command of commandsRunning(doc, "curl")) search(command, report);
    for (const command of commandsRunning(doc, "cqlsh")) cql(command, report);
    for (const command of commandsRunning(doc, "firebase")) firestore(command, report);
  }
};
function redis(command, report) {
  const args = readArgs(command.argv, REDIS_WITH_VALUE);
  const host = option(args, "-h")?.value;
  const url = option(args, "-u")?.value;
  if (host !== void 0 && isLocalTarget(command, host) || url !== void 0 && isLocalUrl(url)) return;
  const verb = (args.positionals[0]?.value ?? stdinVerb(command))?.toUpperCase();
  if (verb === "DEL" || verb === "UNLINK") {
    const listing = keyListing(command);
    if (listing) report({ messageId: "redisPattern", data: { command: verb, ...listing }, ...at(command) });
    return;
  }
  if (verb !== "FLUSHALL" && verb !== "FLUSHDB") return;
  const scope = verb === "FLUSHALL" ? "every database of the Redis server" : "the Redis database";
  report({ messageId: "redis", data: { command: verb, scope }, ...at(command) });
}
function stdinVerb(command) {
  for (const line of command.stdin?.text.split("\n") ?? []) {
    const word = line.trim().split(/\s+/)[0]?.toUpperCase();
    if (word === "FLUSHALL" || word === "FLUSHDB") return word;
  }
  return void 0;
}
function keyListing(command) {
  for (const argv of command.upstream) {
    const program = argv[0]?.replace(/^.*\//, "");
    if (program !== "redis-cli" && program !== "valkey-cli" && program !== "keydb-cli") continue;
    const args = readArgs(argv, [...REDIS_WITH_VALUE, "--pattern"]);
    const keys = args.positionals.findIndex((p) => p.value.toUpperCase() === "KEYS");
    if (!hasOption(args, "--scan") && keys < 0) continue;
    const pattern = keys >= 0 ? args.positionals[keys + 1]?.value : option(args, "--pattern")?.value;
    const all = pattern === void 0 || pattern === "*";
    return {
      listing: keys >= 0 ? `KEYS ${display(pattern ?? "*")}` : `--scan${pattern ? ` --pattern ${display(pattern)}` : ""}`,
      pattern: all ? "every key of the database" : `every key matching ${display(pattern)}`
    };
  }
  return void 0;
}
function mongo(command, report) {
  const args = readArgs(command.argv, MONGO_WITH_VALUE);
  const script = option(args, "--eval")?.value;
  const call = script ? MONGO_WIPE.exec(script)?.[0] : void 0;
  if (!call) return;
  const uri = args.positionals[0]?.value ?? option(args, "--host")?.value;
  if (uri !== void 0 && (isLocalUrl(uri) || isLocalTarget(command, uri))) return;
  const what = /dropDatabase/.test(call) ? "the whole database" : "the collection";
  report({ messageId: "mongo", data: { program: command.argv[0], call: display(call.trim()), what }, ...at(command) });
}
function search(command, report) {
  const args = readArgs(command.argv, CURL_WITH_VALUE);
  const method = option(args, "-X", "--request")?.value?.toUpperCase();
  const url = args.positionals.map((p) => p.value).find((v) => /^(https?:\/\/|[\w.-]+:\d+)/.test(v) || isDynamic(v));
  if (!url || isLocalUrl(url)) return;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(new RegExp(`^${DYNAMIC}+`), "").split("?")[0] ?? "";
  if (!SEARCH_URL.test(url) && !/^\/(_all|[\w.-]*\*[\w.*-]*)\/?$|\/_delete_by_query/.test(path)) return;
  if (method === "DELETE") {
    const segments = path.split("/").filter(Boolean);
    if (segments.length === 1) report({ messageId: "search", data: { url: display(url) }, ...at(command) });
    return;
  }
  const body = option(args, "-d", "--data", "--data-raw", "--data-binary", "--json")?.value ?? "";
  if (/_delete_by_query/.test(path) && /match_all/.test(body))
    report({ messageId: "searchQuery", data: { url: display(url) }, ...at(command) });
}
function cql(command, report) {
  const args = readArgs(command.argv, CQLSH_WITH_VALUE);
  const statement = option(args, "-e", "--execute")?.value;
  const match = statement ? CQL_WIPE.exec(statement) : null;
  if (!match) return;
  const host = args.positionals[0]?.value;
  if (host !== void 0 && isLocalTarget(command, host)) return;
  report({ messageId: "cql", data: { statement: match[2].toUpperCase().replace(/\s+/g, " ") }, ...at(command) });
}
function firestore(command, report) {
  const args = readArgs(command.argv, ["--project", "-P", "--database"]);
  if (args.positionals[0]?.value !== "firestore:delete") return;
  const how = hasOption(args, "--all-collections") ? "--all-collections" : hasOption(args, "-r", "--recursive") ? `${display(args.positionals[1]?.value ?? "")} --recursive`.trim() : void 0;
  if (how) report({ messageId: "firestore", data: { how }, ...at(command) });
}

// src/rules/shell/lib/data-paths.ts
var DATA_PATH = /(^|\/)(var\/lib\/(postgresql|pgsql|mysql|mariadb|mongodb|redis|docker|elasticsearch|clickhouse|cassandra|influxdb|etcd|minio)|pgdata|pg_data|mysql-data|postgres-data|backups?)(\/|$)|^\/(\*)?$|^~\/?\*?$|^\/(home|srv|data|mnt|opt|var)\/?\*?$|\.(sqlite3?|db)$/i;
var STATE_PATH = /^\/var\/lib\/(?!(apt|dpkg|yum|dnf|rpm|apk|pacman|cloud|dhcp|dhclient|systemd|snapd|ucf|man-db|polkit-1|update-notifier|ureadahead|command-not-found|texmf|locales|pam|sudo|logrotate|private|misc|gems)(\/|$))[^/]+|^\/data(\/|$)|^\/(srv|mnt|opt|var)\/([^/]+\/)*data(\/|$)/i;
var WINDOWS_STATE_PATH = /(^|\/)(ProgramData\/(MySQL|PostgreSQL|MariaDB|MongoDB|Redis|Elastic(search)?|RabbitMQ|CouchDB|Neo4j)|MSSQL\/(DATA|Backup)|SQL ?Data|SQL ?Backups?|PostgreSQL\/[^/]+\/data|MongoDB\/(data|Server\/[^/]+\/data))(\/|$)/i;
function isDataPath(path) {
  return DATA_PATH.test(path) || STATE_PATH.test(path) || WINDOWS_STATE_PATH.test(path);
}
var SYSTEM_TREE = /^\/(etc|usr|boot|bin|sbin|lib|lib64|root|var\/log|var\/lib|usr\/local)\/?\*?$/;
function normalised(path) {
  if (!path.startsWith("/") || !/(^|\/)\.\.?(\/|$)/.test(path)) return path;
  const parts = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return "/" + parts.join("/");
}

// src/rules/shell/disk-wipe.ts
var DEVICE = /^\/dev\/(sd|hd|vd|xvd|nvme|mmcblk|md|dm-|disk\/|mapper\/|loop|[a-z0-9_-]+\/)/;
var FORMATTERS = /^(mkfs(\.\w+)?|mke2fs|mkswap|wipefs|blkdiscard|sgdisk|sfdisk)$/;
function formatsDevice(program, args) {
  if (program === "wipefs") return args.some((a) => a === "--all" || /^-[a-zA-Z]*a/.test(a));
  if (program === "sgdisk") return args.some((a) => a === "--zap-all" || a === "--clear" || /^-[a-zA-Z]*[Zo]/.test(a));
  if (program === "sfdisk") return !args.some((a) => /^-(l|d|s|V)$|^--(list|dump|show-size|verify)$/.test(a));
  return true;
}
var diskWipe = {
  meta: {
    id: "shell/disk-wipe",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: "`dd of=/dev/...`, `mkfs`, `wipefs -a`, `blkdiscard`, `sgdisk --zap-all` on a block device, and `shred` or `truncate -s 0` of a database file or data directory: the bytes are overwritten, not moved.",
    messages: {
      device: "{command} overwrites {device}: every file system and byte on it is lost",
      dataFile: "{command} {path} overwrites the data file in place"
    },
    examples: {
      invalid: [
        { code: "sudo dd if=/dev/zero of=/dev/nvme1n1 bs=1M count=100\n", line: 1, path: "ops/reprovision.sh" },
        {
          code: "mkfs.ext4 -F /dev/xvdf\nmount /dev/xvdf /var/lib/postgresql\n",
          line: 1,
          path: "ops/attach-volume.sh"
        },
        { code: "shred -u /srv/app/db/production.sqlite3\n", line: 1, path: "scripts/decommission.sh" }
      ],
      valid: [
        { code: "dd if=/dev/urandom of=./fixtures/blob.bin bs=1K count=4\n", path: "scripts/fixtures.sh" },
        { code: "wipefs /dev/sdb\nlsblk\n", path: "ops/inspect-disk.sh" },
        { code: "truncate -s 0 ./log/test.log\n", path: "scripts/clean.sh" }
      ]
    }
  },
  check(doc, report) {
    for (const command of doc.commands) {
      if (runsOnThrowaway(command)) continue;
      const program = programOf(command);
      const args = command.argv.slice(1);
      if (program === "dd") {
        const target = args.find((a) => a.startsWith("of="))?.slice(3);
        if (target !== void 0 && DEVICE.test(target)) reportDevice(command, `dd of=${target}`, target);
      } else if (FORMATTERS.test(program) && formatsDevice(program, args)) {
        const device = args.find((a) => DEVICE.test(a));
        if (device !== void 0) reportDevice(command, program, device);
      } else if (program === "shred") {
        const target = args.find((a) => !a.startsWith("-") && (DEVICE.test(a) || DATA_PATH.test(normalised(a))));
        if (target === void 0) continue;
        if (DEVICE.test(target)) reportDevice(command, "shred", target);
        else report({ messageId: "dataFile", data: { command: "shred", path: display(target) }, ...at(command) });
      }
    }
    for (const command of commandsRunning(doc, "truncate")) {
      if (runsOnThrowaway(command)) continue;
      const args = command.argv.slice(1);
      const size = args.find((a, i) => args[i - 1] === "-s" || args[i - 1] === "--size") ?? "";
      const inline = args.find((a) => /^(-s|--size=)0$/.test(a));
      if (size !== "0" && !inline) continue;
      const path = args.find((a, i) => !a.startsWith("-") && args[i - 1] !== "-s" && args[i - 1] !== "--size");
      if (path !== void 0 && DATA_PATH.test(normalised(path)))
        report({ messageId: "dataFile", data: { command: "truncate -s 0", path: display(path) }, ...at(command) });
    }
    function reportDevice(command, what, device) {
      report({ messageId: "device", data: { command: display(what), device: display(device) }, ...at(command) });
    }
  }
};

// src/rules/shell/docker-volume-remove.ts
var WITH_VALUE = [
  "-f",
  "--file",
  "-p",
  "--project-name",
  "--project-directory",
  "--env-file",
  "--profile",
  "-H",
  "--host",
  "--context",
  "--filter",
  "-t",
  "--timeout"
];
var dockerVolumeRemove = {
  meta: {
    id: "shell/docker-volume-remove",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: "`docker volume rm`/`prune`, `docker compose down -v`, `docker system prune --volumes`: named volumes and the data in them are deleted.",
    messages: {
      volume: "docker volume {verb} {what} deletes the volumes and the data in them",
      composeDown: "{program} down -v deletes the named volumes of the project, database data included",
      systemPrune: "docker system prune --volumes deletes every volume no container uses"
    },
    examples: {
      invalid: [
        { code: "ssh db-host docker volume rm pg_data\ndocker volume prune -f\n", line: 2, path: "scripts/x.sh" },
        { code: "reset:\n	docker compose -f compose.prod.yml down -v\n", line: 2, path: "Makefile" }
      ],
      valid: [
        { code: "docker compose down\ndocker volume ls\n", path: "scripts/x.sh" },
        {
          code: "jobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker compose down -v\n",
          path: ".github/workflows/ci.yml"
        }
      ]
    }
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, "docker", "docker-compose", "podman")) {
      if (command.origin.throwaway) continue;
      const args = readArgs(command.argv, WITH_VALUE);
      const operands = args.positionals.map((p) => p.value);
      const compose = command.argv[0].endsWith("docker-compose") ? operands : operands[0] === "compose" ? operands.slice(1) : void 0;
      if (operands[0] === "volume" && ["rm", "remove", "prune"].includes(operands[1] ?? "")) {
        report({
          messageId: "volume",
          data: { verb: operands[1], what: display(operands.slice(2).join(" ") || "unused") },
          ...at(command)
        });
      } else if (compose?.[0] === "down" && hasOption(args, "-v", "--volumes")) {
        report({
          messageId: "composeDown",
          data: { program: command.argv[0].endsWith("docker-compose") ? "docker-compose" : "docker compose" },
          ...at(command)
        });
      } else if (operands[0] === "system" && operands[1] === "prune" && hasOption(args, "--volumes")) {
        report({ messageId: "systemPrune", ...at(command) });
      }
    }
  }
};

// src/rules/shell/drop-database-command.ts
var DROPDB_WITH_VALUE = ["-h", "--host", "-p", "--port", "-U", "--username", "--maintenance-db"];
var MYSQLADMIN_WITH_VALUE = ["-h", "--host", "-u", "--user", "-P", "--port", "-S", "--socket", "--protocol"];
var HELP = ["--help", "-?", "--version", "-V"];
var RAILS_TASK = /^db:(?:drop|reset|migrate:reset)(?::[\w-]+)?$/;
var dropDatabaseCommand = {
  meta: {
    id: "shell/drop-database-command",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A command that drops a whole database: `dropdb`, `mysqladmin drop`, `rails`/`rake` `db:drop` or `db:reset`.",
    messages: {
      dropdb: "dropdb {name} drops the database and every table in it",
      mysqladmin: "mysqladmin drop {name} drops the database and every table in it",
      rails: "{program} {task} drops the {env} database and every table in it",
      railsUnchecked: "{program} {task} drops the {env} database, with DISABLE_DATABASE_ENVIRONMENT_CHECK turning off Rails' refusal to drop production"
    },
    examples: {
      invalid: [
        {
          code: "#!/usr/bin/env bash\nset -euo pipefail\n\ndropdb --if-exists -h db.internal.example.com app\ncreatedb app\n",
          line: 4,
          path: "scripts/reset-db.sh"
        },
        {
          code: '{\n  "scripts": {\n    "db:reset": "bundle exec rake db:reset",\n    "start": "rails s"\n  }\n}\n',
          line: 3,
          path: "package.json"
        },
        { code: "echo resetting\nsudo mysqladmin -f -u root drop shop\n", line: 2, path: "scripts/x.sh" },
        {
          code: "RAILS_ENV=production DISABLE_DATABASE_ENVIRONMENT_CHECK=1 bin/rails db:drop db:create\n",
          line: 1,
          path: "scripts/x.sh"
        }
      ],
      valid: [
        {
          code: 'dropdb --if-exists -h localhost "$DB_NAME"\ncreatedb -h localhost "$DB_NAME"\n',
          path: "scripts/x.sh"
        },
        { code: "bin/rails db:schema:load db:seed\nrails db:migrate\n", path: "scripts/x.sh" },
        { code: '{\n  "scripts": {\n    "drop": "echo dropdb app"\n  }\n}\n', path: "package.json" }
      ]
    }
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, "dropdb", "mysqladmin", "rails", "rake")) {
      const program = programOf(command);
      const at2 = { span: command.span, unit: command.span };
      if (program === "dropdb") {
        const args = readArgs(command.argv, DROPDB_WITH_VALUE);
        if (option(args, ...HELP)) continue;
        const host = option(args, "-h", "--host")?.value ?? envValue(command, "PGHOST");
        if (isDisposableTarget(command, host) || isTestDatabase(args.positionals[0]?.value ?? "")) continue;
        report({ messageId: "dropdb", data: { name: databaseName(args.positionals[0]?.value) }, ...at2 });
      } else if (program === "mysqladmin") {
        const args = readArgs(command.argv, MYSQLADMIN_WITH_VALUE);
        const drop = args.positionals.findIndex((p) => p.value.toLowerCase() === "drop");
        if (drop < 0 || option(args, ...HELP)) continue;
        const host = option(args, "-h", "--host")?.value ?? envValue(command, "MYSQL_HOST");
        if (isDisposableTarget(command, host) || isTestDatabase(args.positionals[drop + 1]?.value ?? "")) continue;
        report({ messageId: "mysqladmin", data: { name: databaseName(args.positionals[drop + 1]?.value) }, ...at2 });
      } else {
        const task = readArgs(command.argv, []).positionals.find((p) => RAILS_TASK.test(p.value));
        if (railsSetting(command, "RAILS_ENV") === "test") continue;
        if (task)
          report({
            messageId: unchecked(command) ? "railsUnchecked" : "rails",
            data: railsData(command, task.value),
            ...at2
          });
      }
    }
  }
};
function databaseName(value) {
  return value === void 0 ? "(the default database)" : display(value);
}
function railsSetting(command, name) {
  const argument = lastOf(command.argv.slice(1), (a) => a.startsWith(`${name}=`));
  return argument !== void 0 ? argument.slice(name.length + 1) : envValue(command, name);
}
function railsData(command, task) {
  const env = railsSetting(command, "RAILS_ENV") ?? railsSetting(command, "RACK_ENV");
  return { program: programOf(command), task, env: env === void 0 ? "application's" : display(env) };
}
function unchecked(command) {
  return Boolean(railsSetting(command, "DISABLE_DATABASE_ENVIRONMENT_CHECK"));
}

// src/rules/shell/force-push.ts
var PROTECTED = /^(main|master|trunk|develop|production|prod|staging|release|stable|release\/.+|releases\/.+|gh-pages)$/;
var PUBLISHING = /^gh-pages$/;
var FORCE = ["--force", "-f", "--force-with-lease", "--force-if-includes", "--mirror"];
var forcePush = {
  meta: {
    id: "shell/force-push",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: "`git push --force` (or a `+refspec`, `--mirror`) to a protected branch: main, master, release branches.",
    messages: { force: "git push {how} to {branch} rewrites its history and can discard commits others pushed" },
    examples: {
      invalid: [
        {
          code: "git checkout main\ngit reset --soft v1.2.0\ngit push --force origin main\n",
          line: 3,
          path: "scripts/release.sh"
        },
        { code: "git push origin +HEAD:refs/heads/master\n", line: 1, path: "scripts/x.sh" }
      ],
      valid: [
        { code: 'git push --force-with-lease origin "$BRANCH"\ngit push origin main\n', path: "scripts/x.sh" },
        { code: "git push -f origin feature/login\n", path: "scripts/x.sh" },
        {
          code: 'cd dist && git init -b gh-pages && git add -A && git commit -m deploy\ngit push -f "$REMOTE" gh-pages\n',
          path: "scripts/deploy-docs.sh"
        }
      ]
    }
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, "git")) {
      const args = readArgs(command.argv, [
        "-C",
        "-c",
        "--git-dir",
        "--work-tree",
        "-o",
        "--push-option",
        "--repo",
        "--receive-pack",
        "--exec"
      ]);
      const operands = args.positionals.map((p) => p.value);
      if (operands[0] !== "push") continue;
      const force = args.options.find((o) => FORCE.includes(o.name) || /^-[a-zA-Z]*f[a-zA-Z]*$/.test(o.name));
      const refspecs = operands.slice(2);
      for (const refspec of refspecs) {
        const plus = refspec.startsWith("+");
        const destination = (refspec.includes(":") ? refspec.split(":").pop() : refspec.replace(/^\+/, "")).replace(
          /^refs\/heads\//,
          ""
        );
        if ((force || plus) && PROTECTED.test(destination)) {
          report({
            messageId: "force",
            data: { how: force?.name ?? "+refspec", branch: display(destination) },
            ...at(command),
            ...PUBLISHING.test(destination) ? { downgradedBecause: "gh-pages is the publishing branch of a generated site, replaced on each deploy" } : {}
          });
          break;
        }
      }
      if (force?.name === "--mirror")
        report({ messageId: "force", data: { how: "--mirror", branch: "every branch" }, ...at(command) });
    }
  }
};

// src/rules/shell/gcloud-delete.ts
var gcloudDelete = catalogRule(
  "shell/gcloud-delete",
  "A Google Cloud CLI command (`gcloud`, `gsutil`, `bq`) that deletes stored data: SQL instances, projects, buckets and objects, disks, datasets.",
  {
    invalid: [
      {
        code: 'jobs:\n  purge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gsutil -m rm -r "gs://acme-prod-db-backups/**"\n',
        line: 5,
        path: ".github/workflows/purge.yml"
      },
      { code: "gcloud sql instances delete prod-db --quiet\n", line: 1, path: "scripts/x.sh" },
      { code: "eval 'gcloud projects delete acme-prod'\n", line: 1, path: "scripts/x.sh" }
    ],
    valid: [{ code: "gcloud sql instances list\ngsutil ls gs://acme-prod-db-backups\n", path: "scripts/x.sh" }]
  }
);

// src/rules/shell/helm-uninstall.ts
var helmUninstall = catalogRule(
  "shell/helm-uninstall",
  "`helm uninstall` (or `delete`): deletes every resource of a release.",
  {
    invalid: [
      { code: "helm uninstall postgres -n data --wait\n", line: 1, path: "scripts/x.sh" },
      { code: "teardown:\n	@helm --kube-context prod delete redis\n", line: 2, path: "Makefile" }
    ],
    valid: [
      {
        code: "helm upgrade --install api ./chart -n prod\nhelm --kube-context kind-ci uninstall api\n",
        path: "scripts/x.sh"
      }
    ]
  }
);

// src/rules/shell/kubectl-delete.ts
var WITH_VALUE2 = [
  "-n",
  "--namespace",
  "--context",
  "--cluster",
  "--kubeconfig",
  "-l",
  "--selector",
  "-f",
  "--filename",
  "-k",
  "--kustomize",
  "--replicas",
  "-o",
  "--output",
  "--field-selector",
  "--grace-period",
  "--timeout",
  "--user",
  "-s",
  "--server",
  "--prune-allowlist"
];
var STATEFUL_KINDS = /* @__PURE__ */ new Set([
  "namespace",
  "namespaces",
  "ns",
  "persistentvolumeclaim",
  "persistentvolumeclaims",
  "pvc",
  "persistentvolume",
  "persistentvolumes",
  "pv",
  "statefulset",
  "statefulsets",
  "sts",
  "cluster",
  "clusters",
  "postgrescluster",
  "postgresql",
  "database",
  "databases",
  // A custom resource definition takes every resource of its kind with it.
  "customresourcedefinition",
  "customresourcedefinitions",
  "crd",
  "crds"
]);
var LOCAL_CONTEXT = /^(kind-|k3d-|minikube$|docker-desktop$|rancher-desktop$|colima)/;
var kubectlDelete = {
  meta: {
    id: "shell/kubectl-delete",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: "`kubectl delete` of namespaces, volumes and claims, stateful sets, `--all` or whole manifests; `drain`, scaling to zero, `apply --prune`.",
    messages: {
      deleteKind: "kubectl delete {what} deletes it with the volumes and data it holds",
      deleteAll: "kubectl delete --all deletes every resource of that kind in the namespace",
      deleteManifests: "kubectl delete -f/-k deletes every resource of the manifests, volumes and namespaces included",
      drain: "kubectl drain evicts every pod from the node, local volumes (emptyDir) included",
      scaleZero: "kubectl scale --replicas=0 stops every pod of {what}",
      prune: "kubectl apply --prune deletes live resources missing from the manifests"
    },
    examples: {
      invalid: [
        {
          code: "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          kubectl delete ns prod --ignore-not-found\n          kubectl create ns prod\n",
          line: 6,
          path: ".github/workflows/deploy.yml"
        },
        {
          code: 'k() { kubectl --context prod "$@"; }\nrecycle() {\n  k delete namespace "$1"\n}\nrecycle payments\n',
          line: 5,
          path: "ops/helpers.sh"
        },
        { code: "kubectl -n data delete pvc/postgres-data\n", line: 1, path: "scripts/x.sh" },
        { code: "sudo \\\n  kubectl delete --all pods -n prod\n", line: 1, path: "scripts/x.sh" }
      ],
      valid: [
        { code: "kubectl -n e2e delete job db-migrate --ignore-not-found\n", path: "scripts/x.sh" },
        { code: "kubectl --context kind-e2e delete ns test\n", path: "scripts/x.sh" },
        { code: "kubectl get pvc -A\n", path: "scripts/x.sh" }
      ]
    }
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, "kubectl", "oc")) {
      const args = readArgs(command.argv, WITH_VALUE2);
      const context = option(args, "--context")?.value;
      if (context !== void 0 && LOCAL_CONTEXT.test(context)) continue;
      const dryRun = option(args, "--dry-run");
      if (dryRun && dryRun.value !== "none") continue;
      const [verb, ...rest] = args.positionals.map((p) => p.value);
      if (verb === "delete") {
        if (option(args, "-f", "--filename", "-k", "--kustomize"))
          report({ messageId: "deleteManifests", ...at(command) });
        else if (hasOption(args, "--all", "--all-namespaces", "-A")) report({ messageId: "deleteAll", ...at(command) });
        else {
          const kinds = (rest[0] ?? "").split(",").map((k) => k.split("/")[0].split(".")[0].toLowerCase());
          if (kinds.some((k) => STATEFUL_KINDS.has(k)))
            report({ messageId: "deleteKind", data: { what: display(rest.slice(0, 2).join(" ")) }, ...at(command) });
        }
      } else if (verb === "drain") {
        report({ messageId: "drain", ...at(command) });
      } else if (verb === "scale" && option(args, "--replicas")?.value === "0") {
        const stateless = statelessScale(rest);
        report({
          messageId: "scaleZero",
          data: { what: display(rest.join(" ")) },
          ...at(command),
          ...stateless ? { downgradedBecause: stateless } : {}
        });
      } else if (verb === "apply" && hasOption(args, "--prune")) {
        report({ messageId: "prune", ...at(command) });
      }
    }
  }
};
var STATELESS_WORKLOADS = /* @__PURE__ */ new Set([
  "deployment",
  "deployments",
  "deploy",
  "replicaset",
  "replicasets",
  "rs",
  "replicationcontroller",
  "rc"
]);
function statelessScale(rest) {
  const first = rest[0];
  if (first === void 0) return void 0;
  const kinds = first.includes("/") ? rest.map((r) => r.split("/")[0].split(".")[0].toLowerCase()) : first.split(",").map((k) => k.split(".")[0].toLowerCase());
  if (!kinds.every((k) => STATELESS_WORKLOADS.has(k))) return void 0;
  return "a Deployment or ReplicaSet scaled to zero keeps its spec and volumes: scaling it back up restores it";
}

// src/rules/shell/migration-tool-reset.ts
var TOOLS2 = [
  { programs: ["flyway"], task: (o) => o.includes("clean") ? "clean" : void 0 },
  { programs: ["liquibase"], task: (o) => o.find((t) => /^drop-?all$/i.test(t)) },
  { programs: ["sequelize", "sequelize-cli"], task: (o) => o.find((t) => t === "db:drop") },
  {
    programs: ["typeorm", "typeorm-ts-node-commonjs", "typeorm-ts-node-esm"],
    task: (o) => o.find((t) => t === "schema:drop")
  },
  { programs: ["django-admin"], task: (o) => o.find((t) => t === "flush" || t === "reset_db") },
  {
    programs: ["python", "python3"],
    task: (o) => /manage\.py$/.test(o[0] ?? "") ? o.slice(1).find((t) => t === "flush" || t === "reset_db") : void 0
  },
  { programs: ["manage.py"], task: (o) => o.find((t) => t === "flush" || t === "reset_db") },
  // Phoenix/Ecto: ecto.reset is ecto.drop then ecto.setup; the test environment's database is throwaway.
  {
    programs: ["mix"],
    task: (o, command) => /^test$/.test(envValue(command, "MIX_ENV") ?? "") ? void 0 : o.find((t) => /^ecto\.(drop|reset)$/.test(t))
  }
];
var RAILS_LOAD = /^db:(?:schema|structure):load$|^db:truncate_all$/;
var CREATES_DATABASE = /^db:(?:create|drop|reset|setup)(?::|$)/;
var migrationToolReset = {
  meta: {
    id: "shell/migration-tool-reset",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A migration tool told to empty its database: `flyway clean`, `liquibase dropAll`, `sequelize db:drop`, `typeorm schema:drop`, `manage.py flush`, `knex migrate:rollback --all`, `mix ecto.drop`/`ecto.reset`, `rails db:schema:load` over an existing database.",
    messages: {
      reset: "{program} {task} drops every table (or row) of the database it manages",
      railsLoad: "{program} {task} recreates every table of the {env} database empty (the schema file uses force: :cascade)",
      knexRollbackAll: "knex migrate:rollback --all runs every down migration, dropping the tables they created"
    },
    examples: {
      invalid: [
        { code: 'flyway -url="$PROD_JDBC_URL" clean migrate\n', line: 1, path: "scripts/x.sh" },
        {
          code: '{\n  "scripts": {\n    "db:wipe": "npx sequelize-cli db:drop"\n  }\n}\n',
          line: 3,
          path: "package.json"
        },
        { code: "python manage.py flush --no-input\n", line: 1, path: "scripts/x.sh" },
        { code: "npx knex migrate:rollback --all\n", line: 1, path: "scripts/x.sh" },
        { code: "MIX_ENV=prod mix ecto.reset\n", line: 1, path: "scripts/x.sh" },
        { code: "RAILS_ENV=production bin/rails db:schema:load\n", line: 1, path: "scripts/x.sh" }
      ],
      valid: [
        {
          code: "dropdb --if-exists -h localhost app_dev\ncreatedb -h localhost app_dev\nbin/rails db:schema:load\n",
          path: "scripts/x.sh"
        },
        { code: "RAILS_ENV=test bin/rails db:schema:load\nflyway migrate\n", path: "scripts/x.sh" },
        { code: "MIX_ENV=test mix ecto.reset\nmix ecto.migrate\n", path: "scripts/x.sh" }
      ]
    }
  },
  check(doc, report) {
    let databaseCreated = false;
    for (const command of doc.commands) {
      const program = programOf(command);
      const operands = readArgs(command.argv, [
        "-url",
        "-user",
        "-password",
        "--env",
        "--settings",
        "--database",
        "--knexfile"
      ]).positionals.map((p) => p.value);
      if (program === "createdb" || program === "mysqladmin" && operands.includes("create")) databaseCreated = true;
      const env = railsEnv(command);
      if (env !== void 0 && /^test$/.test(env)) continue;
      if (program === "rails" || program === "rake") {
        const created = databaseCreated || operands.some((o) => CREATES_DATABASE.test(o));
        const task2 = operands.find((o) => RAILS_LOAD.test(o));
        if (operands.some((o) => /^db:create/.test(o))) databaseCreated = true;
        if (task2 && !created)
          report({
            messageId: "railsLoad",
            data: { program, task: task2, env: env === void 0 ? "application's" : display(env) },
            ...at(command)
          });
        continue;
      }
      if (program === "knex") {
        if (operands.includes("migrate:rollback") && hasOption(readArgs(command.argv, []), "--all"))
          report({ messageId: "knexRollbackAll", ...at(command) });
        continue;
      }
      const tool = TOOLS2.find((t) => t.programs.includes(program));
      const task = tool?.task(operands, command);
      if (task) report({ messageId: "reset", data: { program, task }, ...at(command) });
    }
  }
};
function railsEnv(command) {
  const arg = command.argv.find((a) => a.startsWith("RAILS_ENV="));
  return arg !== void 0 ? arg.slice("RAILS_ENV=".length) : envValue(command, "RAILS_ENV") ?? envValue(command, "RACK_ENV");
}

// src/rules/shell/lib/interpreters.ts
var INTERPRETERS = [
  {
    programs: /^(sh|bash|dash|ash|zsh|ksh|mksh|busybox-sh)$/,
    codeOption: /^-[a-zA-Z]*c[a-zA-Z]*$/,
    valueOption: /^([-+][oO]|--rcfile|--init-file)$/,
    stdinOption: /^-[a-zA-Z]*s[a-zA-Z]*$/,
    scriptOperand: true,
    readsStdin: true
  },
  { programs: /^(source|\.)$/, scriptOperand: true, readsStdin: false },
  { programs: /^eval$/, allCode: true, scriptOperand: false, readsStdin: false },
  // PowerShell's Invoke-Expression: its arguments are code, or with none what the pipe hands it (`iwr … | iex`).
  { programs: /^(iex|invoke-expression)$/, allCode: true, scriptOperand: false, readsStdin: true },
  {
    programs: /^(pwsh|powershell|pwsh\.exe|powershell\.exe)$/,
    codeOption: /^-(c|command|com|comm|comma|comman)$/i,
    valueOption: /^-(ex|executionpolicy|wd|workingdirectory)$/i,
    scriptOperand: true,
    readsStdin: false
  },
  {
    programs: /^(python|python[23](\.\d+)?|pypy3?)$/,
    codeOption: /^-[a-zA-Z]*c$/,
    valueOption: /^-[WX]$/,
    runsOther: /^-m$/,
    scriptOperand: true,
    readsStdin: true
  },
  {
    programs: /^(node|nodejs)$/,
    codeOption: /^(-e|--eval|-p|--print|-pe)$/,
    valueOption: /^(-r|--require|--import|--loader|--experimental-loader|--input-type|-C|--conditions)$/,
    scriptOperand: true,
    readsStdin: true
  },
  { programs: /^bun$/, codeOption: /^(-e|--eval|-p|--print)$/, scriptOperand: false, readsStdin: false },
  {
    programs: /^perl$/,
    codeOption: /^-[a-zA-Z0-9]*[eE]$/,
    valueOption: /^-[IM]$/,
    scriptOperand: true,
    readsStdin: true
  },
  {
    programs: /^ruby$/,
    codeOption: /^-[a-zA-Z0-9]*e$/,
    valueOption: /^-[IrC]$/,
    scriptOperand: true,
    readsStdin: true
  },
  {
    programs: /^php(\d+(\.\d+)?)?$/,
    codeOption: /^(-r|--run)$/,
    valueOption: /^(-d|-c)$/,
    scriptOperand: true,
    readsStdin: true
  }
];
function interpreterOf(command) {
  const program = baseName(command.argv[0] ?? "");
  return INTERPRETERS.find((row) => row.programs.test(program));
}
function codeSourcesOf(command, row) {
  const argv = command.argv;
  if (row.allCode) {
    if (argv.length === 1 && row.readsStdin) return [{ kind: "stdin" }];
    return argv.slice(1).map((_, i) => ({ kind: "code", index: i + 1 }));
  }
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (row.codeOption?.test(word)) return i + 1 < argv.length ? [{ kind: "code", index: i + 1 }] : [];
    if (row.stdinOption?.test(word)) return [{ kind: "stdin" }];
    if (row.runsOther?.test(word)) return [];
    if (row.valueOption?.test(word)) {
      i++;
      continue;
    }
    if (word === "-" || word === "/dev/stdin") return row.readsStdin ? [{ kind: "stdin" }] : [];
    if (word === "--") {
      if (i + 1 < argv.length) return row.scriptOperand ? [{ kind: "script", index: i + 1 }] : [];
      break;
    }
    if (/^[-+]./.test(word)) continue;
    return row.scriptOperand ? [{ kind: "script", index: i }] : [];
  }
  return row.readsStdin ? [{ kind: "stdin" }] : [];
}
function within(inner, outer) {
  return inner.start >= outer.start && inner.end <= outer.end;
}
function downloaderOf(argv) {
  const program = baseName(argv[0] ?? "");
  if (/^(curl|wget|fetch|http|https|xh|iwr|invoke-webrequest|irm|invoke-restmethod)$/i.test(program)) return program;
  if (program === "aws" && argv[1] === "s3" && argv[2] === "cp" && argv.slice(3).includes("-")) return "aws s3 cp";
  if (program === "gsutil" && argv[1] === "cat") return "gsutil cat";
  if (program === "gcloud" && argv[1] === "storage" && argv[2] === "cat") return "gcloud storage cat";
  return void 0;
}
function printsShellSetup(argv) {
  const program = baseName(argv[0] ?? "");
  const sub = argv[1] ?? "";
  if (/^(ssh-agent|dircolors|keychain|gpg-agent)$/.test(program)) return true;
  if (/^(pyenv|rbenv|nodenv|goenv|jenv|phpenv|plenv|zoxide|starship|fnm|rtx|mise)$/.test(program))
    return /^(init|activate|env|virtualenv-init)$/.test(sub);
  if (program === "brew") return sub === "shellenv";
  if (program === "direnv") return sub === "export" || sub === "hook";
  if (program === "opam") return sub === "env" || sub === "config";
  if (program === "conda" || program === "micromamba" || program === "mamba") return /^shell\./.test(sub);
  if (program === "minikube") return sub === "docker-env" || sub === "podman-env";
  if (program === "luarocks") return sub === "path";
  return false;
}

// src/rules/shell/lib/written-files.ts
function runsOfWrittenFiles(doc) {
  const commands = [...doc.commands].sort((a, b) => a.span.start - b.span.start);
  const written = [];
  const runs = [];
  let inside;
  for (const command of commands) {
    for (const name of verifiedNames(doc, command, inside)) {
      for (let i = written.length - 1; i >= 0; i--) if (sameFile(written[i].name, name)) written.splice(i, 1);
      if (inside && sameFile(inside.name, name)) inside = void 0;
    }
    if (programOf2(command) === "cd") {
      const target = (command.argv[1] ?? "").replace(/^\.\//, "").replace(/\/+$/, "");
      inside = written.find((w) => w.folder && sameFile(w.name, target));
    }
    for (const { name, runner } of filesRunBy(doc, command)) {
      const file = [...written].reverse().find((w) => w.command !== command && (sameFile(w.name, name) || under(w, name))) ?? (inside && !name.startsWith("/") ? inside : void 0);
      if (file) runs.push({ file, runner, command });
    }
    written.push(...filesWrittenBy(doc, command));
  }
  return runs;
}
function programOf2(command) {
  return baseName(command.argv[0] ?? "");
}
function under(file, name) {
  return file.folder === true && name.startsWith(`${file.name.replace(/\/+$/, "")}/`);
}
function nameOf(doc, value, span) {
  const raw = isDynamic(value) && span ? doc.text.slice(span.start, span.end).replace(/["']/g, "") : value;
  return raw.replace(/^\.\//, "");
}
function sameFile(a, b) {
  return a === b || a.includes("/") !== b.includes("/") && baseName(a) === baseName(b) && !a.startsWith("/") && !b.startsWith("/");
}
function filesWrittenBy(doc, command) {
  const argv = command.argv;
  const program = baseName(argv[0] ?? "").toLowerCase();
  const files = [];
  const add = (value, span, how, by) => files.push({ name: nameOf(doc, value, span), how, by, command });
  const out = command.stdoutTo;
  const downloader = downloaderOf(argv);
  if (downloader) {
    const option2 = outputOption(argv, program);
    if (option2) add(option2.value, command.argSpans[option2.index], "downloaded", downloader);
    else if (out) add(out.path, out.span, "downloaded", downloader);
    else if (remoteName(argv, program)) add(remoteName(argv, program), void 0, "downloaded", downloader);
    return files;
  }
  const clone = clonedFolder(argv);
  if (clone) {
    add(clone.folder, clone.index >= 0 ? command.argSpans[clone.index] : void 0, "downloaded", clone.by);
    files[files.length - 1].folder = true;
    return files;
  }
  const fetched = copiedDownload(doc, command, program);
  if (fetched) {
    add(fetched.target, fetched.span, "downloaded", fetched.by);
    return files;
  }
  const copied = objectCopy(argv);
  if (copied) {
    add(copied.target, command.argSpans[copied.index], "downloaded", copied.by);
    return files;
  }
  const decoder2 = decoderWriting(argv, program);
  if (decoder2) {
    const option2 = decoder2.output;
    if (option2) add(option2.value, command.argSpans[option2.index], "decoded", decoder2.name);
    else if (out) add(out.path, out.span, "decoded", decoder2.name);
    return files;
  }
  if (program === "tee" && command.upstream.length) {
    const source = command.upstream[0];
    const by = downloaderOf(source) ?? decoderWriting(source, baseName(source[0] ?? "").toLowerCase())?.name;
    if (by) {
      const how = downloaderOf(source) ? "downloaded" : "decoded";
      argv.forEach((a, i) => {
        if (i > 0 && !a.startsWith("-")) add(a, command.argSpans[i], how, by);
      });
    }
  }
  return files;
}
function outputOption(argv, program) {
  const short = program === "curl" ? "o" : program === "wget" ? "O" : void 0;
  const long = program === "curl" ? "--output" : program === "wget" ? "--output-document" : "-outfile";
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    const lower = word.toLowerCase();
    if (lower === long || short && new RegExp(`^-[a-zA-Z]*${short}$`).test(word)) {
      const value = argv[i + 1];
      return value === void 0 || value === "-" ? void 0 : { value, index: i + 1 };
    }
    if (lower.startsWith(`${long}=`) || lower.startsWith(`${long}:`)) {
      const value = word.slice(long.length + 1);
      return value === "-" ? void 0 : { value, index: i };
    }
    if (short && new RegExp(`^-[a-zA-Z]*${short}.`).test(word) && program === "curl") {
      const at2 = word.indexOf(short, 1);
      return { value: word.slice(at2 + 1), index: i };
    }
  }
  return void 0;
}
function remoteName(argv, program) {
  const url = [...argv].reverse().find((a) => /^(https?|ftp):\/\//i.test(a));
  if (!url) return void 0;
  const name = baseName(url.replace(/[?#].*$/, ""));
  if (!name) return void 0;
  if (program === "wget")
    return argv.some((a) => /^-[a-zA-Z]*O$|^--output-document|^-qO-|^-O-$/.test(a)) ? void 0 : name;
  if (program === "curl")
    return argv.some((a) => /^-[a-zA-Z]*O[a-zA-Z]*$|^--remote-name(-all)?$/.test(a)) ? name : void 0;
  return void 0;
}
function clonedFolder(argv) {
  const program = baseName(argv[0] ?? "");
  let operands;
  let by;
  if (program === "git" && argv[1] === "clone") {
    by = "git clone";
    operands = [];
    for (let i = 2; i < argv.length; i++) {
      const a = argv[i];
      if (/^(-b|--branch|--depth|-o|--origin|-c|--config|--reference|--separate-git-dir|-j|--jobs|--filter|-u|--upload-pack|--template|--shallow-since|--shallow-exclude)$/.test(
        a
      )) {
        i++;
        continue;
      }
      if (a.startsWith("-")) continue;
      operands.push({ a, i });
    }
  } else if (program === "gh" && argv[1] === "repo" && argv[2] === "clone") {
    by = "gh repo clone";
    operands = argv.map((a, i) => ({ a, i })).filter(({ a, i }) => i > 2 && !a.startsWith("-"));
  } else return void 0;
  const source = operands[0];
  if (!source) return void 0;
  const target = operands[1];
  if (target) return { folder: target.a.replace(/^\.\//, "").replace(/\/+$/, ""), index: target.i, by };
  const name = baseName(source.a.replace(/[?#].*$/, "").replace(/\/+$/, "")).replace(/\.git$/, "");
  return name ? { folder: name, index: -1, by } : void 0;
}
function copiedDownload(doc, command, program) {
  if (!/^(cp|install|mv|cat|dd)$/.test(program)) return void 0;
  const inside = (i) => doc.commands.find(
    (c) => c !== command && c.span.start >= command.argSpans[i].start && c.span.end <= command.argSpans[i].end && downloaderOf(c.argv)
  );
  let by;
  for (let i = 1; i < command.argv.length && !by; i++) {
    const found = isDynamic(command.argv[i]) ? inside(i) : void 0;
    if (found) by = downloaderOf(found.argv);
  }
  if (!by) return void 0;
  if (program === "cat")
    return command.stdoutTo ? { target: command.stdoutTo.path, span: command.stdoutTo.span, by } : void 0;
  if (program === "dd") {
    const of = command.argv.findIndex((a) => a.startsWith("of="));
    return of > 0 ? { target: command.argv[of].slice(3), span: void 0, by } : void 0;
  }
  const last = command.argv.length - 1;
  return last >= 2 ? { target: command.argv[last], span: command.argSpans[last], by } : void 0;
}
function objectCopy(argv) {
  const program = baseName(argv[0] ?? "");
  const operands = argv.map((a, i) => ({ a, i })).filter(({ a, i }) => i > 0 && !a.startsWith("-"));
  const copy = (path, by, remote2) => {
    if (!path.every((p, k) => operands[k]?.a === p)) return void 0;
    const rest = operands.slice(path.length);
    if (rest.length !== 2 || !remote2.test(rest[0].a) || remote2.test(rest[1].a) || rest[1].a === "-")
      return void 0;
    const target = rest[1].a === "." || rest[1].a.endsWith("/") ? `${rest[1].a.replace(/\/?$/, "/")}${baseName(rest[0].a)}`.replace(/^\.\//, "") : rest[1].a;
    return { target, index: rest[1].i, by };
  };
  if (program === "aws") return copy(["s3", "cp"], "aws s3 cp", /^s3:\/\//);
  if (program === "gsutil") return copy(["cp"], "gsutil cp", /^gs:\/\//);
  if (program === "gcloud") return copy(["storage", "cp"], "gcloud storage cp", /^gs:\/\//);
  if (program === "az" && argv[1] === "storage" && argv[2] === "blob" && argv[3] === "download") {
    const i = argv.findIndex((a) => a === "--file" || a === "-f");
    return i > 0 && argv[i + 1] ? { target: argv[i + 1], index: i + 1, by: "az storage blob download" } : void 0;
  }
  return void 0;
}
function decoderWriting(argv, program) {
  const options = argv.slice(1);
  const valueOf = (...names) => {
    const i = argv.findIndex((a) => names.includes(a));
    return i > 0 && argv[i + 1] !== void 0 ? { value: argv[i + 1], index: i + 1 } : void 0;
  };
  if (program === "base64" && options.some((o) => /^(-d|-D|--decode|-[a-zA-Z]*d[a-zA-Z]*)$/.test(o))) {
    const output = valueOf("-o", "--output");
    return { name: "base64 -d", ...output ? { output } : {} };
  }
  if (program === "xxd" && options.some((o) => o.startsWith("-r")) || program === "uudecode") {
    return { name: program === "xxd" ? "xxd -r" : program };
  }
  if (program === "openssl" && options.some((o) => o === "-d" || o === "base64" || o === "enc")) {
    const output = valueOf("-out");
    return { name: "openssl", ...output ? { output } : {} };
  }
  if (program === "gpg" && options.some((o) => o === "-d" || o === "--decrypt")) {
    const output = valueOf("-o", "--output");
    return { name: "gpg --decrypt", ...output ? { output } : {} };
  }
  return void 0;
}
function filesRunBy(doc, command) {
  const program = command.argv[0] ?? "";
  const row = interpreterOf(command);
  if (row) {
    return codeSourcesOf(command, row).flatMap((source) => {
      if (source.kind === "script")
        return [
          { name: nameOf(doc, command.argv[source.index], command.argSpans[source.index]), runner: baseName(program) }
        ];
      const from = source.kind === "stdin" ? command.stdinFrom : void 0;
      if (!from || doc.text.slice(0, from.start).trimEnd().endsWith("<<<")) return [];
      const written = doc.text.slice(from.start, from.end).replace(/["']/g, "");
      return /^[<>(]|^\$\(/.test(written) ? [] : [{ name: written.replace(/^\.\//, ""), runner: baseName(program) }];
    });
  }
  if (program.includes("/") || /\.(ps1|sh|py|rb|pl|exe|bat|cmd)$/i.test(program)) {
    return [{ name: nameOf(doc, program, command.argSpans[0]), runner: "the shell" }];
  }
  return [];
}
var DIGESTS = /^(sha(1|224|256|384|512)sum|shasum|b2sum|md5sum|sha3sum|cksum|rhash)$/;
function verifiedNames(doc, command, inside) {
  const argv = command.argv;
  const program = baseName(argv[0] ?? "").toLowerCase();
  if (program === "git") {
    const at2 = argv[1] === "-C" ? 3 : 1;
    const folder = argv[1] === "-C" ? argv[2] : inside?.name;
    if (folder && /^(checkout|switch|reset)$/.test(argv[at2] ?? "") && argv.slice(at2 + 1).some((a) => /^[0-9a-f]{40}$/.test(a)))
      return [folder.replace(/^\.\//, "").replace(/\/+$/, "")];
    return [];
  }
  const operands = argv.slice(1).filter((a) => !a.startsWith("-"));
  if (DIGESTS.test(program)) {
    const checks = argv.some((a) => /^(-c|--check|-[a-zA-Z]*c[a-zA-Z]*)$/.test(a));
    if (checks) {
      const fed = [command.stdin?.text ?? "", ...command.upstream.flat()].join(" ");
      const named = fed.split(/\s+/).map((w) => w.replace(/^\*/, ""));
      return [...named, ...operands].filter((n) => n && !/^[0-9a-f]{16,}$/i.test(n)).map((n) => n.replace(/^\.\//, ""));
    }
    const lineStart = doc.text.lastIndexOf("\n", command.span.start - 1) + 1;
    const before = doc.text.slice(lineStart, command.span.start);
    const compared = /\$\(\s*$/.test(before) && /(^|[\s;&|(])(\[\[?|test)\s|\w=\s*"?\$\(\s*$/.test(before);
    return compared ? operands.map((n) => nameOf(doc, n, void 0)) : [];
  }
  if (program === "gpg" || program === "gpgv") {
    return argv.includes("--verify") || program === "gpgv" ? operands.map((n) => n.replace(/^\.\//, "")) : [];
  }
  if (program === "cosign" && argv[1] === "verify-blob") return operands.slice(1);
  if (program === "minisign" && argv.includes("-V")) {
    const i = argv.indexOf("-m");
    return i > 0 && argv[i + 1] ? [argv[i + 1]] : [];
  }
  if (program === "slsa-verifier" || program === "gh" && argv[1] === "attestation" && argv[2] === "verify") {
    return operands;
  }
  return [];
}

// src/rules/shell/opaque-execution.ts
function decoder(argv) {
  const program = baseName(argv[0] ?? "");
  const options = argv.slice(1);
  if (program === "base64" && options.some((o) => /^(-d|-D|--decode)$/.test(o))) return "base64 -d";
  if (program === "rev" || program === "tac") return program;
  if (program === "xxd" && options.some((o) => o.startsWith("-r"))) return "xxd -r";
  if (program === "openssl" && options.some((o) => o === "-d" || o === "base64")) return "openssl";
  if ((program === "gzip" || program === "gunzip" || program === "zcat") && (program !== "gzip" || options.includes("-d")))
    return program;
  if (program === "tr") return program;
  if ((program === "sed" || program === "awk") && !readsFile(program, options)) return program;
  return void 0;
}
function readsFile(program, options) {
  const withValue = program === "sed" ? /^-[ef]$|^-l$/ : /^-[fvF]$/;
  let scriptGiven = options.some((o) => (program === "sed" ? /^-[ef]/ : /^-f/).test(o));
  for (let i = 0; i < options.length; i++) {
    const o = options[i];
    if (withValue.test(o)) {
      i++;
      continue;
    }
    if (o.startsWith("-") && o !== "-") continue;
    if (!scriptGiven) {
      scriptGiven = true;
      continue;
    }
    return o !== "-" && !isDynamic(o);
  }
  return false;
}
var LOOKUP = /^"?\$\(\s*(which|command\s+-v|type\s+-[pP]|npm\s+bin|yarn\s+bin|pnpm\s+bin|brew\s+--prefix|go\s+env|git\s+rev-parse|pwd|dirname|realpath|readlink)\b/;
function computedProgram(text, word) {
  if (/^"?(\$\(|`)/.test(word)) return LOOKUP.test(word) ? void 0 : word;
  const name = /^"?\$\{?([A-Za-z_]\w*)\}?/.exec(word)?.[1];
  if (!name) return void 0;
  const assigned = new RegExp(
    `(?:^|[;&|\\s])(?:export\\s+|local\\s+|readonly\\s+)?${name}=("?(?:\\$\\(|\`).*)$`,
    "m"
  ).exec(text)?.[1];
  return assigned === void 0 || LOOKUP.test(assigned) ? void 0 : assigned;
}
var opaqueExecution = {
  meta: {
    id: "shell/opaque-execution",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: 'A command whose real content cannot be read from the change: a program named by a command substitution (`$(printf \u2026) shop`); `eval` of a variable; decoded text (`base64 -d`, `rev`, `xxd -r`) or a download run by a shell or an interpreter, whether piped (`curl | sudo bash`, `wget -qO- | python3 -`), given as a process substitution (`bash <(curl ...)`, `source <(wget ...)`, `bash < <(curl ...)`), a here-string (`sh <<< "$(curl ...)"`) or a command substitution (`eval "$(curl ...)"`, `python3 -c "$(curl ...)"`, `node -e`, `perl -e`, `ruby -e`, `php -r`); inline code that runs what it decodes or fetches (`python3 -c "exec(base64.b64decode(\u2026))"`, `ruby -e "eval(Net::HTTP.get(\u2026))"`) or shells out to a variable (`node -e "execSync(process.env.CMD)"`); a file the script downloads, decodes, copies from a download (`cp <(curl \u2026) x.sh`) or clones (`git clone URL && bash repo/x.sh`, unless pinned to a commit) and then runs, by path, by an interpreter or on stdin (`bash -s < x.sh`); `bash -c "$VAR"`. It fails closed.',
    messages: {
      evalVariable: "eval runs a command decided at run time; two-key cannot see what it will do",
      decoded: "{decoder} output is run by {shell}: the command is hidden from review",
      downloaded: "{downloader} output is run by {shell}: the script is not in the change and can change at any time",
      dynamicScript: "{shell} runs a script decided at run time; two-key cannot see what it will do",
      substitutedProgram: "the program this command runs is the output of {substitution}: two-key cannot see what it will do",
      downloadedFile: "{file} is downloaded by {downloader} (line {line}) and then run by {runner} unchecked: the script is not in the change and can change at any time",
      decodedFile: "{file} is written by {decoder} (line {line}) and then run by {runner}: the command is hidden from review"
    },
    examples: {
      invalid: [
        {
          code: "jobs:\n  nightly:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo 'ecrof-- sdaolpu-dorp-emca//:3s br 3s swa' | rev | bash\n",
          line: 5,
          path: ".github/workflows/nightly.yml"
        },
        { code: 'CMD=$(cat .cleanup)\neval "$CMD"\n', line: 2, path: "scripts/x.sh" },
        { code: "echo ZHJvcGRiIGFwcA== | base64 --decode | sh\n", line: 1, path: "scripts/x.sh" },
        { code: "$(printf '\\x64\\x72\\x6f\\x70\\x64\\x62') shop_production\n", line: 1, path: "scripts/x.sh" },
        { code: "curl -fsSL https://example.com/cleanup.sh | sudo bash -s -- --all\n", line: 1, path: "scripts/x.sh" },
        {
          code: "set -e\nbash <(curl -fsSL https://get.example.com/bootstrap.sh) --yes\n",
          line: 2,
          path: "scripts/x.sh"
        },
        { code: 'eval "$(wget -qO- https://example.com/env.sh)"\n', line: 1, path: "scripts/x.sh" }
      ],
      valid: [
        { code: "eval 'echo hello'\nbash scripts/build.sh\necho done | tee log.txt\n", path: "scripts/x.sh" },
        {
          code: 'source <(kubectl completion bash)\nbash scripts/deploy.sh "$(curl -fsS https://example.com/version)"\n',
          path: "scripts/x.sh"
        },
        { code: '"$(command -v python3)" manage.py migrate\n$(npm bin)/eslint .\n', path: "scripts/x.sh" }
      ]
    }
  },
  check(doc, report) {
    const runs = runsOfWrittenFiles(doc);
    const lines = runs.length ? new LineIndex(doc.text) : void 0;
    for (const { file, runner, command } of runs) {
      const line = String(lines.lineOf(file.command.span.start));
      const data = { file: display(file.name), line, runner };
      if (file.how === "downloaded")
        report({ messageId: "downloadedFile", data: { ...data, downloader: file.by }, ...at(command) });
      else report({ messageId: "decodedFile", data: { ...data, decoder: file.by }, ...at(command) });
    }
    for (const command of doc.commands) {
      if (command.calledThrough.length) continue;
      const computed = isDynamic(command.argv[0] ?? "") ? computedProgram(doc.text, doc.text.slice(command.span.start, command.span.end).trimStart()) : void 0;
      if (computed && !doc.commands.some((o) => o !== command && within(command.span, o.span) && interpreterOf(o))) {
        const substitution = /^"?(\$\([^)]*\)|`[^`]*`)/.exec(computed)?.[1] ?? "a command substitution";
        report({ messageId: "substitutedProgram", data: { substitution: display(substitution) }, ...at(command) });
        continue;
      }
      const row = interpreterOf(command);
      if (!row) continue;
      const found = judge(doc, command, row);
      if (found) report({ ...found, ...at(command) });
    }
  }
};
function judge(doc, command, row) {
  const program = programOf(command);
  let dynamic;
  for (const source of codeSourcesOf(command, row)) {
    let feeders;
    if (source.kind === "stdin") {
      feeders = [...command.upstream, ...command.stdinFrom ? commandsIn(doc, command, command.stdinFrom) : []];
    } else {
      const value = command.argv[source.index];
      if (!isDynamic(value)) {
        const hidden = source.kind === "code" && CODE_LANGUAGES.test(program) ? hiddenInlineCode(value) : void 0;
        if (hidden) return hiddenFound(hidden, `${program} ${command.argv[source.index - 1]}`);
        continue;
      }
      feeders = commandsIn(doc, command, command.argSpans[source.index]);
      if (source.kind === "code" && !dynamic) {
        if (row.allCode) {
          if (!setupOutput(doc, command.argSpans[source.index], feeders)) dynamic = { messageId: "evalVariable" };
        } else if (!value.replaceAll(DYNAMIC, "").trim())
          dynamic = { messageId: "dynamicScript", data: { shell: `${program} ${command.argv[source.index - 1]}` } };
      }
    }
    const decoding = feeders.map(decoder).find((d) => d !== void 0);
    if (decoding) return { messageId: "decoded", data: { decoder: decoding, shell: program } };
    const download = feeders.map(downloaderOf).find((d) => d !== void 0);
    if (download) return { messageId: "downloaded", data: { downloader: download, shell: program } };
  }
  return dynamic;
}
var CODE_LANGUAGES = /^(python[23]?(\.\d+)?|pypy3?|node|nodejs|bun|deno|perl|ruby|php(\d+(\.\d+)?)?)$/;
function hiddenFound(hidden, shell) {
  if (hidden.how === "decoded") return { messageId: "decoded", data: { decoder: hidden.what, shell } };
  if (hidden.how === "downloaded") return { messageId: "downloaded", data: { downloader: hidden.what, shell } };
  return { messageId: "dynamicScript", data: { shell: `${shell} (${hidden.what})` } };
}
function setupOutput(doc, span, feeders) {
  const written = doc.text.slice(span.start, span.end).trim();
  const substitution = /^"?(\$\(.*\)|`.*`)"?$/s.test(written) && !/\$[A-Za-z_{]/.test(written.replace(/\$\(/g, ""));
  return substitution && feeders.length > 0 && feeders.every(printsShellSetup);
}
function commandsIn(doc, command, span) {
  return doc.commands.filter((c) => c !== command && within(c.span, span)).map((c) => c.argv);
}

// src/rules/shell/paas-destroy.ts
var paasDestroy = catalogRule(
  "shell/paas-destroy",
  "A platform CLI command that deletes data or whole services: Railway, Fly, Heroku, Supabase, Neon, PlanetScale, DigitalOcean.",
  {
    invalid: [
      { code: "railway volume delete --volume pg-data --yes\n", line: 1, path: "scripts/x.sh" },
      { code: "release: heroku pg:reset DATABASE_URL --confirm acme\nweb: bin/start\n", line: 1, path: "Procfile" },
      { code: "nuke:\n  fly apps destroy acme-api --yes\n", line: 2, path: "justfile" },
      {
        code: "neonctl branches delete preview-123 --project-id p1\npscale database delete acme --force\n",
        line: 2,
        path: "scripts/x.sh"
      }
    ],
    valid: [{ code: "railway up --service api --environment staging --detach\nfly deploy\n", path: "scripts/x.sh" }]
  }
);

// src/rules/shell/prisma-migrate-reset.ts
var WITH_VALUE3 = ["--schema", "--config"];
var prismaMigrateReset = {
  meta: {
    id: "shell/prisma-migrate-reset",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: "`prisma migrate reset --force`, `prisma db push --force-reset` or `--accept-data-loss`: Prisma drops the data without asking.",
    messages: {
      migrateReset: "prisma migrate reset --force drops the database (or every table in its schema) without asking, then reapplies migrations",
      forceReset: "prisma db push --force-reset drops every table and recreates the schema empty",
      acceptDataLoss: "prisma db push --accept-data-loss applies schema changes that drop tables or columns and their data",
      dynamic: "prisma migrate reset with an argument decided at run time ({arg}) may be --force"
    },
    examples: {
      invalid: [
        {
          code: '{\n  "scripts": {\n    "db:fresh": "prisma migrate reset --force && prisma db seed"\n  }\n}\n',
          line: 3,
          path: "package.json"
        },
        {
          code: "#!/bin/sh\nset -e\npnpm exec prisma db push --accept-data-loss --skip-generate\n",
          line: 3,
          path: "scripts/deploy.sh"
        },
        { code: "cd api\nnpx prisma db push --force-reset\n", line: 2, path: "scripts/x.sh" }
      ],
      valid: [
        { code: '{\n  "scripts": {\n    "migrate:dev": "prisma migrate dev"\n  }\n}\n', path: "package.json" },
        { code: "npx prisma migrate deploy\nnpx prisma db push\n", path: "scripts/x.sh" },
        { code: "prisma migrate reset\n", path: "scripts/x.sh" }
      ]
    }
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, "prisma")) {
      const args = readArgs(command.argv, WITH_VALUE3);
      const at2 = { span: command.span, unit: command.span };
      if (hasSubcommand(args, "migrate", "reset")) {
        const dynamic = dynamicArgument(args);
        if (option(args, "--force", "-f")) report({ messageId: "migrateReset", ...at2 });
        else if (dynamic !== void 0) report({ messageId: "dynamic", data: { arg: display(dynamic) }, ...at2 });
      } else if (hasSubcommand(args, "db", "push")) {
        if (option(args, "--force-reset")) report({ messageId: "forceReset", ...at2 });
        else if (option(args, "--accept-data-loss")) report({ messageId: "acceptDataLoss", ...at2 });
      }
    }
  }
};

// src/rules/shell/restore-clean.ts
var WITH_VALUE4 = [
  "-d",
  "--dbname",
  "-h",
  "--host",
  "-p",
  "--port",
  "-U",
  "--username",
  "-j",
  "--jobs",
  "-n",
  "--schema",
  "-t",
  "--table",
  "-f",
  "--file",
  "-F",
  "--format",
  "-L",
  "--use-list",
  "-S",
  "--superuser",
  "--role"
];
var restoreClean = {
  meta: {
    id: "shell/restore-clean",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: "`pg_restore --clean` drops every object of the dump from the target database before recreating it.",
    messages: {
      clean: "pg_restore --clean drops the tables of the dump in the target database, with their rows, before restoring"
    },
    examples: {
      invalid: [
        { code: 'pg_restore --clean --if-exists -d "$PROD_DATABASE_URL" latest.dump\n', line: 1, path: "scripts/x.sh" },
        { code: "sudo -u postgres pg_restore -c -d app /backups/app.dump\n", line: 1, path: "scripts/x.sh" }
      ],
      valid: [
        { code: "pg_restore -d app_restore_check latest.dump\n", path: "scripts/x.sh" },
        { code: "pg_restore --clean -h localhost -d app latest.dump\n", path: "scripts/x.sh" }
      ]
    }
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, "pg_restore")) {
      const args = readArgs(command.argv, WITH_VALUE4);
      if (!hasOption(args, "-c", "--clean") && !args.options.some((o) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(o.name) && !o.name.startsWith("--")))
        continue;
      const host = option(args, "-h", "--host")?.value ?? envValue(command, "PGHOST");
      const database = option(args, "-d", "--dbname")?.value;
      if (isDisposableTarget(command, host)) continue;
      if (database !== void 0 && isTestDatabase(database)) continue;
      report({ messageId: "clean", ...at(command) });
    }
  }
};

// src/rules/shell/rm-data.ts
var ALWAYS_SET = /^"?\$\{?(TMPDIR|TMP|TEMP|RUNNER_TEMP|PWD|HOME|GITHUB_WORKSPACE|CI_PROJECT_DIR|XDG_[A-Z_]+)\}?"?\//;
var ALWAYS_SET_WINDOWS = /^["']?(\$(env:(TEMP|TMP|USERPROFILE|LOCALAPPDATA|APPDATA|RUNNER_TEMP|AGENT_TEMPDIRECTORY|PIPELINE_WORKSPACE|GITHUB_WORKSPACE|BUILD_[A-Z_]+|SYSTEM_DEFAULTWORKINGDIRECTORY)|PSScriptRoot|HOME|PWD)\b|%(TEMP|TMP|USERPROFILE|LOCALAPPDATA|APPDATA|CD|~dp0)%?)[\\/]/i;
function isWholeHome(written) {
  return /^(~|"?\$\{?HOME\}?"?)\/?"?\*?$/.test(written);
}
var rmData = {
  meta: {
    id: "shell/rm-data",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: '`rm -r` of a database data directory, backups or a whole tree, or of a path that starts with a variable that may be unset (`rm -rf "$DIR/"*`); `find ... -delete` on the same.',
    messages: {
      dataPath: "rm {flags} {path} deletes data files that no backup on this machine can bring back",
      unsetVariable: "rm {flags} {path}: if the variable is empty the path becomes the root of the filesystem",
      findDelete: "find {path} -delete deletes data files under it"
    },
    examples: {
      invalid: [
        {
          code: '#!/usr/bin/env bash\nPGVER=16\nDATA_DIR="/var/lib/postgresql/${PGVER}/main"\nsudo rm -rf "${DATA_DIR:?}"/*\n',
          line: 4,
          path: "ops/restore-db.sh"
        },
        { code: 'rm -rf "$BUILD_ROOT/"*\n', line: 1, path: "scripts/x.sh" },
        { code: "find /var/backups/postgres -mtime +1 -delete\n", line: 1, path: "scripts/x.sh" }
      ],
      valid: [
        { code: 'rm -rf node_modules dist "${TMPDIR:?}/build"\nfind . -name "*.pyc" -delete\n', path: "scripts/x.sh" },
        { code: "RUN rm -rf /var/lib/apt/lists/*\n", path: "Dockerfile" },
        // A note, not blocking: a retention sweep of backups older than 30 days.
        { code: "find /var/backups/postgres -name 'app-*.dump' -mtime +30 -delete\n", path: "scripts/x.sh" }
      ]
    }
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, "rm", "find")) {
      if (runsOnThrowaway(command)) continue;
      if (command.argv[0].endsWith("find")) {
        if (!command.argv.includes("-delete")) continue;
        const roots = command.argv.slice(1).filter((a, i, all) => !a.startsWith("-") && !all.slice(0, i).some((b) => b.startsWith("-")));
        const root = roots.find((r) => isDataPath(r));
        const retention = retentionOf(command.argv);
        if (root)
          report({
            messageId: "findDelete",
            data: { path: display(root) },
            ...at(command),
            ...retention ? { downgradedBecause: retention } : {}
          });
        continue;
      }
      const flags = command.argv.slice(1).filter((a) => /^-[a-zA-Z]+$/.test(a) || /^--(recursive|force)$/.test(a));
      if (!flags.some((f) => /^-[a-zA-Z]*[rR]/.test(f) || f === "--recursive")) continue;
      const paths = command.argv.slice(1).filter((a) => !a.startsWith("-"));
      for (const path of paths) {
        const data = { flags: flags.join(" "), path: display(path) };
        const target = normalised(path);
        if (isDataPath(target.replace(/\/+\*?$/, "") || target) || SYSTEM_TREE.test(target) || isWholeHome(writtenWord(doc, command, path))) {
          report({ messageId: "dataPath", data, ...at(command) });
          break;
        }
        if (startsWithUnguardedVariable(doc, command, path)) {
          report({ messageId: "unsetVariable", data, ...at(command) });
          break;
        }
      }
    }
  }
};
var RETENTION_MIN_DAYS = 7;
function retentionOf(argv) {
  if (argv.some((a) => a === "-o" || a === "-or" || a === "," || a === "!" || a === "-not")) return void 0;
  const end = argv.indexOf("-delete");
  let days;
  for (let i = 1; i < end - 1; i++) {
    const value = /^\+(\d+)$/.exec(argv[i + 1])?.[1];
    if (value === void 0) continue;
    const n = Number(value);
    if (argv[i] === "-mtime" || argv[i] === "-ctime") days = Math.max(days ?? 0, n);
    else if (argv[i] === "-mmin" || argv[i] === "-cmin") days = Math.max(days ?? 0, Math.floor(n / 1440));
  }
  if (days === void 0 || days < RETENTION_MIN_DAYS) return void 0;
  return `retention: it deletes only files older than ${days} days, so the newest ones stay`;
}
function startsWithUnguardedVariable(doc, command, path) {
  if (!path.startsWith(DYNAMIC + "/")) return false;
  const written = writtenWord(doc, command, path);
  return !/^"?\$\{\w+:?\?/.test(written) && !/^"?\$\(/.test(written) && !ALWAYS_SET.test(written) && !ALWAYS_SET_WINDOWS.test(written) && !holdsTemporaryDirectory(doc, command, written);
}
function holdsTemporaryDirectory(doc, command, written) {
  const name = /^"?\$\{?(\w+)/.exec(written)?.[1];
  if (!name) return false;
  const before = (doc.assignments ?? []).filter((a) => a.name === name && a.span.end <= command.span.start);
  const fromMktemp = (a) => {
    const statement = doc.text.slice(a.span.start, a.span.end).trim();
    const value = statement.slice(statement.indexOf("=") + 1).replace(/^(["'])(.*)\1$/s, "$2");
    return /^\$\(\s*mktemp\b[^)]*\s(?:-d|--directory)\b[^)]*\)$/.test(value);
  };
  return before.some((a) => a.unconditional) && before.every(fromMktemp);
}
function writtenWord(doc, command, word) {
  const span = command.argSpans[command.argv.indexOf(word)];
  return span ? doc.text.slice(span.start, span.end) : "";
}

// src/rules/shell/supabase-db-reset.ts
var WITH_VALUE5 = [
  "--db-url",
  "--workdir",
  "--profile",
  "--network-id",
  "--output",
  "-o",
  "--version",
  "--dns-resolver"
];
var supabaseDbReset = {
  meta: {
    id: "shell/supabase-db-reset",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: "`supabase db reset --linked` or `--db-url` drops and recreates a remote database, not the local Docker stack.",
    messages: {
      linked: "supabase db reset --linked drops every table of the linked hosted project and recreates it from migrations",
      dbUrl: "supabase db reset --db-url drops every table of the database at that URL and recreates it from migrations",
      dynamic: "supabase db reset with an argument decided at run time ({arg}) may reset the linked project instead of the local stack"
    },
    examples: {
      invalid: [
        {
          code: '{\n  "scripts": {\n    "dev": "next dev",\n    "db:reset": "supabase db reset --linked"\n  }\n}\n',
          line: 4,
          path: "package.json"
        },
        {
          code: '#!/usr/bin/env bash\nset -euo pipefail\nnpx supabase@1.176.10 db reset \\\n  --db-url "$DATABASE_URL"\n',
          line: 3,
          path: "scripts/reset.sh"
        }
      ],
      valid: [
        { code: '{\n  "scripts": {\n    "db:reset": "supabase db reset"\n  }\n}\n', path: "package.json" },
        {
          code: "supabase db reset --db-url postgresql://postgres:postgres@127.0.0.1:54322/postgres\n",
          path: "scripts/x.sh"
        },
        { code: '# supabase db reset --linked\necho "supabase db reset --linked"\n', path: "scripts/x.sh" }
      ]
    }
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, "supabase")) {
      const args = readArgs(command.argv, WITH_VALUE5);
      if (!hasSubcommand(args, "db", "reset")) continue;
      const unit = command.span;
      const linked = option(args, "--linked");
      const dbUrl = option(args, "--db-url");
      const dynamic = dynamicArgument(args);
      if (linked && linked.value !== "false") report({ messageId: "linked", span: command.span, unit });
      else if (dbUrl && !isLocalUrl(dbUrl.value ?? "")) report({ messageId: "dbUrl", span: command.span, unit });
      else if (dynamic !== void 0)
        report({ messageId: "dynamic", data: { arg: display(dynamic) }, span: command.span, unit });
    }
  }
};

// src/rules/shell/terraform-destroy.ts
var WITH_VALUE6 = ["-chdir", "-var", "-var-file", "-target", "-state", "-out", "-lock-timeout", "-parallelism"];
var terraformDestroy = {
  meta: {
    id: "shell/terraform-destroy",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: "`terraform destroy`, `apply -destroy`, `apply -replace`, `state rm` or `workspace delete` (also OpenTofu and Terragrunt): infrastructure, and the data it holds, is deleted or forgotten.",
    messages: {
      destroy: "{program} {how} deletes every resource of the configuration, databases and volumes with their data",
      unattended: "{program} {how} -auto-approve deletes every resource of the configuration without a confirmation prompt",
      stateRm: "{program} state rm {address} forgets resources, so the next apply creates them again empty or a destroy misses them",
      workspaceDelete: "{program} workspace delete {name} drops the state of a whole workspace",
      replace: "{program} {how} -replace={address} destroys the resource and creates it again empty (a database or volume loses its data)"
    },
    examples: {
      invalid: [
        { code: "cd infra/prod\nterraform destroy -auto-approve -input=false\n", line: 2, path: "scripts/rebuild.sh" },
        {
          code: "jobs:\n  tf:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          terraform init\n          terraform apply -destroy -auto-approve\n",
          line: 7,
          path: ".github/workflows/tf.yml"
        },
        { code: "nuke:\n	tofu state rm module.db\n", line: 2, path: "Makefile" },
        { code: "TF=terraform\n$TF workspace delete staging\n", line: 2, path: "scripts/x.sh" },
        { code: "terraform apply -auto-approve -replace=aws_db_instance.main\n", line: 1, path: "scripts/x.sh" }
      ],
      valid: [
        { code: "terraform plan -destroy -out=destroy.tfplan\nterraform apply tfplan\n", path: "scripts/x.sh" },
        { code: 'echo "terraform destroy"\n', path: "scripts/x.sh" }
      ]
    }
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, "terraform", "tofu", "terragrunt")) {
      const program = command.argv[0].split("/").pop();
      const args = readArgs(command.argv, WITH_VALUE6);
      const operands = args.positionals.map((p) => p.value);
      const verbs = operands[0] === "run-all" || operands[0] === "run" ? operands.slice(1) : operands;
      const auto = hasOption(
        args,
        "-auto-approve",
        "--auto-approve",
        "--terragrunt-non-interactive",
        "--non-interactive"
      );
      const how = verbs[0] === "destroy" ? "destroy" : verbs[0] === "apply" && hasOption(args, "-destroy", "--destroy") ? "apply -destroy" : void 0;
      if (how) report({ messageId: auto ? "unattended" : "destroy", data: { program, how }, ...at(command) });
      else if (verbs[0] === "apply" && replaced(command.argv) !== void 0)
        report({
          messageId: "replace",
          data: { program, how: "apply", address: display(replaced(command.argv)) },
          ...at(command)
        });
      else if (verbs[0] === "state" && verbs[1] === "rm")
        report({ messageId: "stateRm", data: { program, address: display(verbs.slice(2).join(" ")) }, ...at(command) });
      else if (verbs[0] === "workspace" && verbs[1] === "delete")
        report({ messageId: "workspaceDelete", data: { program, name: display(verbs[2] ?? "") }, ...at(command) });
    }
  }
};
function replaced(argv) {
  for (let i = 1; i < argv.length; i++) {
    const m = /^--?replace(=(.*))?$/.exec(argv[i]);
    if (m) return m[1] !== void 0 ? m[2] : argv[i + 1] ?? "";
  }
  return void 0;
}

// src/rules/shell/lib/remote-steps.ts
var import_yaml = __toESM(require_dist(), 1);
var DESTRUCTIVE = /^(destroy|teardown|drop|dropdb|delete|purge|wipe|truncate|reset|flush|flushall|flushdb|nuke|erase|obliterate|uninstall)$/;
var PRODUCTION = /^(prod|production|prd)$/;
function words(text) {
  return text.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function spanOf(node) {
  return node?.range ? { start: node.range[0], end: node.range[1] } : void 0;
}
function scalars(node, path, out, depth = 0) {
  if (depth > 16 || out.length > 200) return;
  if ((0, import_yaml.isAlias)(node)) return;
  if ((0, import_yaml.isMap)(node)) {
    for (const { key, value } of entries(node)) {
      const s = scalarString(value);
      if (s !== void 0) out.push({ key: path ? `${path}.${key}` : key, value: s });
      else {
        out.push({ key: path ? `${path}.${key}` : key, value: "" });
        scalars(value, path ? `${path}.${key}` : key, out, depth + 1);
      }
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    for (const item of node.items) {
      const s = scalarString(item);
      if (s !== void 0) out.push({ key: path, value: s });
      else scalars(item, path, out, depth + 1);
    }
  }
}
function triggerOf(names, inputs) {
  for (const name of names)
    if (words(name).some((w) => DESTRUCTIVE.test(w))) return { kind: "destructive", text: name };
  for (const { key, value } of inputs) {
    if (words(value).some((w) => DESTRUCTIVE.test(w))) return { kind: "destructive", text: `${key}: ${value}` };
  }
  for (const { key, value } of inputs) {
    if (words(value).some((w) => PRODUCTION.test(w)) || value === "" && words(key).some((w) => PRODUCTION.test(w)))
      return { kind: "production", text: value ? `${key}: ${value}` : key };
  }
  return void 0;
}
function ciKindOf(path) {
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) || /(^|\/)action\.ya?ml$/i.test(path)) return "github";
  if (/(^|\/)(\.gitlab-ci\.ya?ml|[^/]+\.gitlab-ci\.ya?ml|\.gitlab\/.+\.ya?ml)$/i.test(path)) return "gitlab";
  if (/(^|\/)\.circleci\/[^/]+\.ya?ml$/i.test(path)) return "circleci";
  if (/(^|\/)(azure-pipelines?[^/]*\.ya?ml|\.azure-?pipelines\/.+\.ya?ml|\.azuredevops\/.+\.ya?ml)$/i.test(path))
    return "azure";
  if (/(^|\/)bitbucket-pipelines\.ya?ml$/i.test(path)) return "bitbucket";
  return void 0;
}
function remoteSteps(path, text, baseText, read) {
  const kind = ciKindOf(path);
  if (!kind || !/\S/.test(text)) return [];
  const { documents } = parseYamlWithPositions(text);
  const base = baseText === void 0 ? [] : parseYamlWithPositions(baseText).documents;
  const out = [];
  for (const doc of documents) {
    const root = doc.contents;
    if (!(0, import_yaml.isMap)(root)) continue;
    if (kind === "github") out.push(...githubSteps(root));
    if (kind === "gitlab") out.push(...gitlabJobs(doc, root, base, read));
    if (kind === "circleci") out.push(...circleSteps(root));
    if (kind === "azure") out.push(...azureTemplates(root));
    if (kind === "bitbucket") out.push(...bitbucketPipes(root));
  }
  return out;
}
var GITHUB_OWN = /^(actions|github)\//i;
var SETUP = /^(aws-actions\/configure-aws-credentials|google-github-actions\/(auth|setup-gcloud)|azure\/login|docker\/(login-action|setup-[\w-]+)|[\w.-]+\/setup-[\w-]+)(@|$)/i;
var READ_ONLY_INPUTS = [
  { action: /^pulumi\/actions@/i, input: "command", values: /^preview$/, does: "computes a preview" },
  {
    action: /^aws-actions\/aws-cloudformation-github-deploy@/i,
    input: "no-execute-changeset",
    values: /^(1|true)$/,
    does: "creates a change set without executing it"
  }
];
var READ_ONLY_ACTIONS = /^dflook\/(terraform|tofu)-(plan|validate|fmt-check|check|version)@/i;
function readOnlyAction(ref, step) {
  if (READ_ONLY_ACTIONS.test(ref)) return `${ref.replace(/@.*/, "")} only plans or checks: it changes nothing`;
  for (const known of READ_ONLY_INPUTS) {
    if (!known.action.test(ref)) continue;
    const value = scalarString(get(get(step, "with"), known.input))?.trim();
    if (value !== void 0 && known.values.test(value))
      return `${ref.replace(/@.*/, "")} with ${known.input}: ${value} ${known.does}: it changes nothing`;
  }
  return void 0;
}
function githubSteps(root) {
  const out = [];
  const jobs = get(root, "jobs");
  const runs = get(root, "runs");
  const stepLists = [...entries(jobs).map(({ value }) => get(value, "steps")), get(runs, "steps")];
  for (const { key, value: job } of entries(jobs)) {
    const uses = get(job, "uses");
    const ref = scalarString(uses);
    if (ref && !ref.startsWith("./") && uses) {
      const inputs = [];
      scalars(get(job, "with"), "with", inputs);
      scalars(get(job, "secrets"), "secrets", inputs);
      const trigger = triggerOf([ref, key], inputs);
      if (trigger) out.push(remote(`the reusable workflow ${ref}`, "another repository", uses, job, trigger));
    }
  }
  for (const steps of stepLists) {
    for (const step of items(steps)) {
      const uses = get(step, "uses");
      const ref = scalarString(uses);
      if (!ref || !uses || ref.startsWith("./") || ref.startsWith("docker://") || GITHUB_OWN.test(ref)) continue;
      const inputs = [];
      scalars(get(step, "with"), "with", inputs);
      scalars(get(step, "env"), "env", inputs);
      let trigger = triggerOf([ref], inputs);
      if (trigger?.kind === "production" && SETUP.test(ref)) trigger = void 0;
      if (!trigger) continue;
      const found = remote(`the action ${ref}`, "another repository", uses, step, trigger);
      const readOnly = trigger.kind === "production" ? readOnlyAction(ref, step) : void 0;
      out.push(readOnly ? { ...found, readOnly } : found);
    }
  }
  return out;
}
function remote(what, from, ref, unit, trigger) {
  const span = spanOf(ref);
  return { what, from, span, unit: spanOf(unit) ?? span, trigger };
}
var GITLAB_KEYWORDS = /* @__PURE__ */ new Set([
  "include",
  "stages",
  "variables",
  "workflow",
  "default",
  "image",
  "services",
  "before_script",
  "after_script",
  "cache",
  "spec"
]);
function gitlabIncludes(root) {
  const include = get(root, "include");
  const list = (0, import_yaml.isSeq)(include) ? items(include) : include ? [include] : [];
  return list.flatMap((entry) => {
    const plain = scalarString(entry);
    if (plain !== void 0) return [{ node: entry, kind: /^https?:/i.test(plain) ? "remote" : "local", name: plain }];
    for (const kind of ["project", "remote", "template", "component", "local"]) {
      const name = scalarString(get(entry, kind));
      if (name !== void 0) return [{ node: entry, kind, name }];
    }
    return [];
  });
}
var FROM = {
  project: "another project",
  remote: "a remote URL",
  template: "GitLab's templates",
  component: "a CI component of another project",
  local: "this repository"
};
function isBranch(ref) {
  return !/^(v?\d+(\.\d+)*([-+.][\w.]+)?|[0-9a-f]{7,40}|refs\/tags\/.+)$/i.test(ref);
}
function gitlabJobs(doc, root, base, read) {
  const includes = gitlabIncludes(root);
  const unread = includes.filter((i) => i.kind !== "local");
  if (!unread.length) return [];
  const out = [];
  const baseIncludes = base.flatMap((d) => (0, import_yaml.isMap)(d.contents) ? gitlabIncludes(d.contents) : []);
  for (const include of unread) {
    const what = `${include.kind} ${include.name}`;
    const refNode = get(include.node, "ref");
    const ref = scalarString(refNode);
    if (include.kind === "project" && ref !== void 0 && refNode && isBranch(ref)) {
      const before = baseIncludes.find((b) => b.kind === "project" && b.name === include.name);
      const was = scalarString(get(before?.node, "ref"));
      if (before && was !== ref) {
        const trigger2 = { kind: "branch", text: `${ref} (was ${was ?? "the default branch"})` };
        out.push(remote(`the include of ${what}`, FROM[include.kind], refNode, include.node, trigger2));
      }
    }
    const inputs = [];
    scalars(get(include.node, "inputs"), "inputs", inputs);
    const trigger = inputs.length ? triggerOf([include.kind === "component" ? include.name : ""], inputs) : void 0;
    if (trigger) out.push(remote(`the ${what}`, FROM[include.kind], include.node, include.node, trigger));
  }
  const defined = new Set(entries(root).map((e) => e.key));
  for (const include of includes) {
    if (include.kind !== "local" || !read) continue;
    const text = read(include.name.replace(/^\/+/, ""));
    if (text === void 0) continue;
    for (const d of parseYamlWithPositions(text).documents) for (const e of entries(d.contents)) defined.add(e.key);
  }
  const from = unread.map((i) => i.name).join(", ");
  for (const { key, value: job } of entries(root)) {
    if (GITLAB_KEYWORDS.has(key) || !(0, import_yaml.isMap)(job)) continue;
    const references = templateReferences(job).filter((r) => !defined.has(r.name));
    if (!references.length) continue;
    const inputs = [];
    scalars(get(job, "variables"), "variables", inputs);
    const environment = get(job, "environment");
    const envName = scalarString(environment) ?? scalarString(get(environment, "name"));
    if (envName !== void 0) inputs.push({ key: "environment", value: envName });
    const trigger = triggerOf([key, ...references.map((r) => r.name)], inputs);
    if (!trigger) continue;
    const first = references[0];
    out.push(remote(`${first.name} (job ${JSON.stringify(key)})`, `an include (${from})`, first.node, job, trigger));
  }
  void doc;
  return out;
}
function templateReferences(job) {
  const out = [];
  const extended = get(job, "extends");
  for (const node of (0, import_yaml.isSeq)(extended) ? items(extended) : extended ? [extended] : []) {
    const name = scalarString(node);
    if (name) out.push({ name, node });
  }
  const stack = [job];
  let steps = 0;
  while (stack.length && steps++ < 2e3) {
    const node = stack.pop();
    if ((0, import_yaml.isSeq)(node) && node.tag === "!reference") {
      const name = scalarString(node.items[0]);
      if (name) out.push({ name, node });
      continue;
    }
    if ((0, import_yaml.isSeq)(node)) stack.push(...node.items);
    else if ((0, import_yaml.isMap)(node)) for (const pair of node.items) stack.push(pair.value);
  }
  return out;
}
function circleSteps(root) {
  const orbs = /* @__PURE__ */ new Map();
  for (const { key, value } of entries(get(root, "orbs"))) {
    const ref = scalarString(value);
    if (ref !== void 0) orbs.set(key, ref);
  }
  if (!orbs.size) return [];
  const out = [];
  const invocation = (entry, kind) => {
    const name = scalarString(entry) ?? ((0, import_yaml.isMap)(entry) ? entries(entry)[0]?.key : void 0);
    const orb = name?.includes("/") ? orbs.get(name.slice(0, name.indexOf("/"))) : void 0;
    if (!name || !orb) return;
    const keyNode = (0, import_yaml.isMap)(entry) ? entry.items[0]?.key : entry;
    const inputs = [];
    if ((0, import_yaml.isMap)(entry)) scalars(entries(entry)[0]?.value, "parameters", inputs);
    const trigger = triggerOf([name.slice(name.indexOf("/") + 1)], inputs);
    if (trigger) out.push(remote(`the orb ${kind} ${name} (${orb})`, "an orb", keyNode, entry, trigger));
  };
  for (const { value: job } of entries(get(root, "jobs")))
    for (const step of items(get(job, "steps"))) invocation(step, "command");
  for (const { value: workflow } of entries(get(root, "workflows")))
    for (const entry of items(get(workflow, "jobs"))) invocation(entry, "job");
  return out;
}
function azureTemplates(root) {
  const out = [];
  const stack = [root];
  let steps = 0;
  while (stack.length && steps++ < 1e4) {
    const node = stack.pop();
    if ((0, import_yaml.isSeq)(node)) stack.push(...node.items);
    if (!(0, import_yaml.isMap)(node)) continue;
    const template = get(node, "template");
    const ref = scalarString(template);
    const at2 = ref?.lastIndexOf("@") ?? -1;
    if (ref && template && at2 > 0 && ref.slice(at2 + 1) !== "self") {
      const inputs = [];
      scalars(get(node, "parameters"), "parameters", inputs);
      const trigger = triggerOf([ref.slice(0, at2)], inputs);
      const repo = ref.slice(at2 + 1);
      if (trigger)
        out.push(
          remote(`the template ${ref}`, `the repository resource ${JSON.stringify(repo)}`, template, node, trigger)
        );
    }
    for (const pair of node.items) stack.push(pair.value);
  }
  return out;
}
function bitbucketPipes(root) {
  const out = [];
  const stack = [root];
  let steps = 0;
  while (stack.length && steps++ < 1e4) {
    const node = stack.pop();
    if ((0, import_yaml.isSeq)(node)) stack.push(...node.items);
    if (!(0, import_yaml.isMap)(node)) continue;
    const pipe = get(node, "pipe");
    const ref = scalarString(pipe);
    if (ref && pipe) {
      const inputs = [];
      scalars(get(node, "variables"), "variables", inputs);
      const trigger = triggerOf([ref.replace(/:[^/]*$/, "")], inputs);
      if (trigger) out.push(remote(`the pipe ${ref}`, "a container image", pipe, node, trigger));
      continue;
    }
    for (const pair of node.items) stack.push(pair.value);
  }
  return out;
}

// src/rules/shell/unread-remote-step.ts
var unreadRemoteStep = {
  meta: {
    id: "shell/unread-remote-step",
    family: "shell",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A CI step whose commands live outside the repository (a GitHub action or reusable workflow from another repository, a GitLab job built on a project/remote/template/component include, a CircleCI orb, an Azure template from another repository, a Bitbucket pipe) and that names a destructive operation or receives production credentials, or a GitLab project include whose `ref:` moves to a branch. Two-key cannot read what it runs, so it fails closed.",
    messages: {
      destructive: "{what} comes from {from}, not read, and names a destructive operation ({trigger}): what it runs cannot be seen",
      production: "{what} comes from {from}, not read, and receives production ({trigger}): what it runs there cannot be seen",
      branch: "{what} now follows the branch {trigger}: its jobs come from {from}, not read, and change whenever that branch does"
    },
    examples: {
      invalid: [
        {
          code: "jobs:\n  db:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/pg-tools@v2\n        with:\n          command: drop-database\n",
          line: 5,
          path: ".github/workflows/db.yml"
        },
        {
          code: "include:\n  - project: platform/ci\n    file: /db.yml\nwipe:\n  extends: .db-wipe\n  environment: production\n",
          line: 5,
          path: ".gitlab-ci.yml"
        }
      ],
      valid: [
        {
          code: "jobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n",
          path: ".github/workflows/ci.yml"
        }
      ]
    }
  },
  check(doc, report) {
    for (const step of remoteSteps(doc.path, doc.text, doc.baseText, doc.read)) {
      report({
        messageId: step.trigger.kind,
        span: step.span,
        unit: step.unit,
        data: { what: step.what, from: step.from, trigger: step.trigger.text },
        ...step.readOnly ? { downgradedBecause: step.readOnly } : {}
      });
    }
  }
};

// src/rules/shell/lib/index.ts
var shellRules = [
  supabaseDbReset,
  prismaMigrateReset,
  dropDatabaseCommand,
  terraformDestroy,
  kubectlDelete,
  helmUninstall,
  awsDelete,
  gcloudDelete,
  azDelete,
  paasDestroy,
  cliDestroy,
  cliProtectionOff,
  databaseCliSql,
  restoreClean,
  migrationToolReset,
  rmData,
  diskWipe,
  forcePush,
  dockerVolumeRemove,
  datastoreWipe,
  opaqueExecution,
  unreadRemoteStep
];

// src/rules/shell/lib/sources/text-builder.ts
var MappedText = class {
  text = "";
  offsets = [];
  /** Characters copied from the file at `from`. */
  copy(chars, from) {
    this.text += chars;
    for (let i = 0; i < chars.length; i++) this.offsets.push(from + i);
  }
  /** Characters that stand for the file's text at `at` (a resolved variable, a placeholder). */
  insert(chars, at2) {
    this.text += chars;
    for (let i = 0; i < chars.length; i++) this.offsets.push(at2);
  }
  map(end) {
    return fromOffsets([...this.offsets, end]);
  }
};
function linesOf(text) {
  const lines = [];
  let start = 0;
  for (; ; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(start, end).replace(/\r$/, ""), start });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

// src/rules/shell/lib/sources/makefile.ts
var ASSIGNMENT = /^(?:(?:override|export|private)\s+)*([A-Za-z_][\w.-]*)\s*(?:::?=|\?=|!=|\+=|=)\s*(.*)$/;
var RULE = /^[^\t#=][^=]*?:(?!=)/;
var INCLUDE = /^\s*(?:-|s)?include\s+([^#]+)/;
var DEFINE = /^\s*(?:(?:override|export)\s+)*define\s+([A-Za-z_][\w.-]*)\s*(?:::?=|\?=|\+=|=)?\s*$/;
var MAX_INCLUDE_DEPTH = 3;
var MAX_TARGET_DEPTH = 4;
var PLACEHOLDER = "${__make__}";
function newState(read) {
  return {
    variables: /* @__PURE__ */ new Map(),
    included: /* @__PURE__ */ new Map(),
    targets: /* @__PURE__ */ new Map(),
    visited: /* @__PURE__ */ new Set(),
    ...read ? { read } : {}
  };
}
function makefileSources(text, path = "Makefile", read) {
  const state = newState(read);
  state.visited.add(path);
  if (read && !/(^|\/)(GNUmakefile|[Mm]akefile)$/.test(path)) includerVariables(path, state);
  const sources = [];
  readMakefile(path, text, state, 0, sources);
  return { sources, notes: [] };
}
function readMakefile(path, text, state, depth, sources) {
  const lines = linesOf(text);
  const own = sources !== void 0;
  let current = [];
  let inRule = false;
  const pending = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text.startsWith("	") && inRule) {
      const pieces = [{ text: line.text.slice(1), start: line.start + 1 }];
      while (lines[i].text.endsWith("\\") && i + 1 < lines.length) {
        const next = lines[++i];
        const tab = next.text.startsWith("	") ? 1 : 0;
        pieces.push({ text: next.text.slice(tab), start: next.start + tab });
      }
      for (const t of current) t.recipe.push(pieces.map((p) => p.text).join("\n"));
      if (own) {
        const source = recipeSource(pieces, state, sources);
        if (source) sources.push(withIncluded({ ...source, label: "a recipe" }, pieces, state.included));
      }
      continue;
    }
    let logical = line.text;
    while (logical.endsWith("\\") && i + 1 < lines.length) logical = logical.slice(0, -1) + " " + lines[++i].text;
    if (/^\s*(#|$)/.test(logical)) continue;
    const define = DEFINE.exec(logical);
    if (define) {
      const body = [];
      while (i + 1 < lines.length && !/^\s*endef\b/.test(lines[i + 1].text)) body.push(lines[++i].text);
      i++;
      inRule = false;
      state.variables.set(define[1], body.join("\n"));
      if (own) state.included.delete(define[1]);
      else
        state.included.set(
          define[1],
          `${define[1]} defined in ${path}:${line.text === logical ? i - body.length : i}`
        );
      current = [];
      continue;
    }
    const include = INCLUDE.exec(logical);
    if (include) {
      if (state.read && depth < MAX_INCLUDE_DEPTH) {
        for (const included of includedPaths(path, include[1], state)) {
          if (state.visited.has(included)) continue;
          state.visited.add(included);
          const body = state.read(included);
          if (body !== void 0) readMakefile(included, body, state, depth + 1);
        }
      }
      continue;
    }
    const assignment = ASSIGNMENT.exec(logical);
    if (assignment && !isRuleLine(logical)) {
      const [, name, raw] = assignment;
      const value = raw.replace(/\s+#.*$/, "").trim();
      const operator = assignmentOperator(logical);
      const old = operator === "+=" ? (state.variables.get(name) ?? "") + " " : "";
      if (operator !== "?=" || !state.variables.has(name)) {
        state.variables.set(name, old + value);
        if (state.assigned && depth === 0 && operator !== "!=" && !(old + value).includes("$"))
          state.assigned.push({
            name,
            value: (old + value).trim().replace(/\s+/g, " "),
            span: { start: line.start, end: lines[i].start + lines[i].text.length }
          });
        if (own) {
          if (!old) state.included.delete(name);
        } else state.included.set(name, `${name} set in ${path}:${lineNumber(lines, line.start)}`);
      }
      if (own && value.includes("$(shell")) {
        const at2 = line.start + line.text.indexOf(raw);
        expandText(value, state, 0, [], (command) => sources.push(shellCall(command, at2)));
      }
      continue;
    }
    inRule = RULE.test(logical);
    if (!inRule) {
      current = [];
      continue;
    }
    const colon = ruleColon(logical);
    const names = logical.slice(0, colon).trim().split(/\s+/);
    const after = logical.slice(colon + 1);
    const double = after.startsWith(":") ? 1 : 0;
    const rest = after.slice(double);
    const semicolon = rest.indexOf(";");
    const prerequisiteText = semicolon >= 0 ? rest.slice(0, semicolon) : rest;
    const prerequisites = prerequisiteText.split("|").join(" ").trim().split(/\s+/).filter(Boolean);
    current = names.filter((n) => n && !n.startsWith(".") && !n.includes("%") && !n.includes("$")).map((name) => {
      const def = state.targets.get(name) ?? {
        path,
        line: lineNumber(lines, line.start),
        recipe: [],
        prerequisites: []
      };
      def.prerequisites.push(...prerequisites);
      if (def.recipe.length === 0) {
        def.path = path;
        def.line = lineNumber(lines, line.start);
      }
      state.targets.set(name, def);
      return def;
    });
    if (own && current.length && logical === line.text) {
      const start = line.start + colon + 1 + double;
      const words2 = [];
      for (const m of prerequisiteText.matchAll(/[^\s|]+/g)) words2.push({ word: m[0], at: start + (m.index ?? 0) });
      pending.push({ words: words2 });
    }
    const inline = semicolon >= 0 ? colon + 1 + double + semicolon : -1;
    if (inline > 0) for (const t of current) t.recipe.push(logical.slice(inline + 1));
    if (own && inline > 0 && logical === line.text) {
      const piece = { text: line.text.slice(inline + 1), start: line.start + inline + 1 };
      const source = recipeSource([piece], state, sources);
      if (source) sources.push(withIncluded({ ...source, label: "a recipe" }, [piece], state.included));
    }
  }
  if (own) {
    for (const { words: words2 } of pending)
      for (const { word, at: at2 } of words2) sources.push(...targetSources(word, state, at2, /* @__PURE__ */ new Set(), 0));
  }
}
function isRuleLine(logical) {
  const op = logical.search(/::?=|\?=|!=|\+=|=/);
  return RULE.test(op < 0 ? logical : logical.slice(0, op));
}
function assignmentOperator(logical) {
  return /::?=|\?=|!=|\+=|=/.exec(logical)?.[0] ?? "=";
}
function ruleColon(logical) {
  let depth = 0;
  for (let i = 0; i < logical.length; i++) {
    const c = logical[i];
    if (c === "(" || c === "{") depth++;
    else if (c === ")" || c === "}") depth--;
    else if (c === ":" && depth === 0) return i;
  }
  return logical.indexOf(":");
}
function lineNumber(lines, start) {
  return lines.findIndex((l) => l.start === start) + 1;
}
function targetSources(name, state, at2, seen, depth) {
  const def = state.targets.get(name);
  if (!def || seen.has(name) || depth > MAX_TARGET_DEPTH) return [];
  seen.add(name);
  const out = [];
  for (const prerequisite of def.prerequisites) out.push(...targetSources(prerequisite, state, at2, seen, depth + 1));
  for (const recipe of def.recipe) {
    const shells = [];
    const text = expandText(
      stripPrefix(recipe.replace(/\\\n\t?/g, " ")),
      state,
      0,
      [],
      (c) => shells.push(shellCall(c, at2))
    );
    out.push(...shells);
    if (!text.trim()) continue;
    out.push({
      text,
      toFile: () => at2,
      label: `target ${JSON.stringify(name)}`,
      sourced: `make target ${name} runs it, defined in ${def.path}:${def.line}`
    });
  }
  return out;
}
function stripPrefix(recipe) {
  return recipe.replace(/^[@+\-\s]+/, "");
}
function shellCall(command, at2) {
  return { text: command, toFile: () => at2, label: "$(shell ...)" };
}
function recipeSource(pieces, state, sources) {
  const out = new MappedText();
  let prefix = true;
  let end = 0;
  for (const [p, piece] of pieces.entries()) {
    if (p > 0) out.copy("\n", piece.start - 1);
    const s = piece.text;
    for (let i = 0; i < s.length; i++) {
      const at2 = piece.start + i;
      if (prefix && /[@+\-\s]/.test(s[i])) continue;
      prefix = false;
      if (s[i] !== "$") {
        out.copy(s[i], at2);
        continue;
      }
      const next = s[i + 1];
      if (next === "$") {
        out.copy("$", at2);
        i++;
      } else if (next === "(" || next === "{") {
        const close = matching(s, i + 1);
        const reference = s.slice(i + 2, close);
        out.insert(
          expand(reference, state, 0, [], (c) => sources.push(shellCall(c, at2))),
          at2
        );
        i = close;
      } else {
        out.insert(PLACEHOLDER, at2);
        i++;
      }
    }
    end = piece.start + s.length;
  }
  return out.text.trim() ? { text: out.text, toFile: out.map(end) } : void 0;
}
function matching(s, open) {
  const closeChar = s[open] === "(" ? ")" : "}";
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === s[open]) depth++;
    else if (s[i] === closeChar && --depth === 0) return i;
  }
  return s.length - 1;
}
function expandText(text, state, depth, args, onShell) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "$") {
      out += text[i];
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i++;
    } else if (next === "(" || next === "{") {
      const close = matching(text, i + 1);
      out += expand(text.slice(i + 2, close), state, depth + 1, args, onShell);
      i = close;
    } else if (next !== void 0 && /\d/.test(next)) {
      out += args[Number(next) - 1] ?? "";
      i++;
    } else {
      out += PLACEHOLDER;
      i++;
    }
  }
  return out;
}
function splitArgs(text) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(" || text[i] === "{") depth++;
    else if (text[i] === ")" || text[i] === "}") depth--;
    else if (text[i] === "," && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
function expand(reference, state, depth, args, onShell) {
  if (depth > 16) return PLACEHOLDER;
  const ref = reference.trim();
  if (/^\d+$/.test(ref)) return args[Number(ref) - 1] ?? "";
  if (ref === "MAKE") return "make";
  const fn = /^([a-z-]+)\s+([\s\S]*)$/.exec(ref);
  if (fn?.[1] === "shell") {
    onShell(expandText(fn[2], state, depth + 1, args, onShell));
    return PLACEHOLDER;
  }
  if (fn?.[1] === "call") {
    const [name, ...rest] = splitArgs(fn[2]);
    const callArgs = rest.map((a) => expandText(a, state, depth + 1, args, onShell));
    const body = state.variables.get(expandText(name, state, depth + 1, args, onShell).trim());
    return body === void 0 ? PLACEHOLDER : expandText(body, state, depth + 1, callArgs, onShell);
  }
  if (fn) return PLACEHOLDER;
  const value = state.variables.get(expandText(ref, state, depth + 1, args, onShell));
  if (value === void 0) return PLACEHOLDER;
  return expandText(value, state, depth + 1, args, onShell);
}
function includedPaths(from, words2, state) {
  const expanded = expandText(words2.replace(/\$\(wildcard\s+([^()]*)\)/g, "$1"), state, 0, [], () => void 0).trim();
  const dir = from.includes("/") ? from.slice(0, from.lastIndexOf("/")) : "";
  const out = [];
  for (const word of expanded.split(/\s+/)) {
    if (!word || word.includes(PLACEHOLDER) || word.startsWith("/")) continue;
    for (const base of [.../* @__PURE__ */ new Set([dir, ""])]) {
      const path = joinPath(base, word);
      if (path === void 0) continue;
      if (/[*?[]/.test(path)) {
        const glob = new Minimatch(path, { dot: false });
        const literal = path.split("/").slice(
          0,
          path.split("/").findIndex((p) => /[*?[]/.test(p))
        ).join("/");
        const found = (state.read?.list?.(literal) ?? []).filter((p) => glob.match(p));
        if (found.length) {
          out.push(...found);
          break;
        }
      } else if (state.read?.(path) !== void 0) {
        out.push(path);
        break;
      }
    }
  }
  return out;
}
function includerVariables(path, state) {
  const parts = path.split("/").slice(0, -1);
  for (let i = parts.length; i >= 0; i--) {
    const dir = parts.slice(0, i).join("/");
    for (const name of ["GNUmakefile", "makefile", "Makefile"]) {
      const candidate = dir ? `${dir}/${name}` : name;
      const text = state.read?.(candidate);
      if (text === void 0) continue;
      const probe = newState(state.read);
      probe.visited.add(candidate);
      let includes = false;
      for (const line of linesOf(text)) {
        const include = INCLUDE.exec(line.text);
        if (include && includedPaths(candidate, include[1], probe).includes(path)) includes = true;
      }
      if (!includes) continue;
      probe.visited.add(path);
      readMakefile(candidate, text, probe, 0);
      for (const [name2, value] of probe.variables) {
        state.variables.set(name2, value);
        state.included.set(name2, probe.included.get(name2) ?? `${name2} set in ${candidate}`);
      }
      for (const [name2, def] of probe.targets) state.targets.set(name2, def);
      return;
    }
  }
}
function makeCommandSources(argv, fromPath, read) {
  let dir = "";
  let file;
  const targets = [];
  const overrides = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (word === "-C" || word === "--directory") dir = argv[++i] ?? "";
    else if (word.startsWith("--directory=")) dir = word.slice(12);
    else if (word.startsWith("-C") && word.length > 2) dir = word.slice(2);
    else if (word === "-f" || word === "--file" || word === "--makefile") file = argv[++i];
    else if (/^--(file|makefile)=/.test(word)) file = word.slice(word.indexOf("=") + 1);
    else if (word.startsWith("-")) continue;
    else if (/^[A-Za-z_][\w.]*=/.test(word))
      overrides.push([word.slice(0, word.indexOf("=")), word.slice(word.indexOf("=") + 1)]);
    else targets.push(word);
  }
  if (dir.includes("$") || file?.includes("$")) return [];
  const fromDir = isMakefile(fromPath) && fromPath.includes("/") ? fromPath.slice(0, fromPath.lastIndexOf("/")) : "";
  const base = joinPath(fromDir, dir) ?? "";
  const candidates = file ? [joinPath(base, file)] : ["GNUmakefile", "makefile", "Makefile"].map((n) => joinPath(base, n));
  for (const path of candidates) {
    if (path === void 0) continue;
    const text = read(path);
    if (text === void 0) continue;
    const state = newState(read);
    state.visited.add(path);
    readMakefile(path, text, state, 0);
    for (const [name, value] of overrides) state.variables.set(name, value);
    const wanted = targets.length ? targets : [[...state.targets.keys()][0]].filter((t) => !!t);
    return wanted.flatMap((t) => targetSources(t, state, 0, /* @__PURE__ */ new Set(), 0));
  }
  return [];
}
function makefileAssignments(text) {
  const state = newState();
  state.assigned = [];
  readMakefile("Makefile", text, state, 0);
  return state.assigned;
}
function joinPath(dir, relative) {
  const parts = dir ? dir.split("/") : [];
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (!parts.length) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length ? parts.join("/") : void 0;
}
function withIncluded(source, pieces, included) {
  if (!included.size) return source;
  const used = /* @__PURE__ */ new Set();
  for (const piece of pieces)
    for (const m of piece.text.matchAll(/\$[({]\s*(?:call\s+)?([A-Za-z_][\w.-]*)\s*[,)}]/g)) {
      const where = included.get(m[1]);
      if (where) used.add(where);
    }
  return used.size ? { ...source, sourced: [...used].join("; ") } : source;
}

// src/parsers/package-json.ts
function packageScripts(text) {
  const scripts = [];
  for (const block of membersNamed(parseJson(text), "scripts")) {
    if (block.type !== "object") continue;
    for (const { key, value } of block.members) {
      if (value.type === "string") scripts.push({ name: key.value, command: value });
    }
  }
  return scripts;
}

// src/rules/shell/lib/sources/dockerfile.ts
var RUN_FLAG = /^--[\w-]+(=\S*)?\s*/;
function dockerfileSources(path, text, earthly = false) {
  const lines = linesOf(text);
  const escape = /^#\s*escape\s*=\s*`/im.test(
    lines.slice(0, 5).map((l) => l.text).join("\n")
  ) ? "`" : "\\";
  const sources = [];
  const notes = [];
  let shell = true;
  let locally = false;
  for (let i = 0; i < lines.length; i++) {
    if (earthly && /^[A-Za-z][\w.-]*:\s*$/.test(lines[i].text)) locally = false;
    const keyword = /^\s*(\w+)\s*/.exec(lines[i].text);
    if (!keyword || lines[i].text.trimStart().startsWith("#")) continue;
    const instruction = keyword[1].toUpperCase();
    const parts = [];
    let first = { text: lines[i].text.slice(keyword[0].length), start: lines[i].start + keyword[0].length };
    for (; ; ) {
      parts.push(first);
      if (!first.text.trimEnd().endsWith(escape) || i + 1 >= lines.length) break;
      do
        i++;
      while (i + 1 < lines.length && /^\s*#/.test(lines[i].text));
      first = lines[i];
    }
    if (earthly && instruction === "LOCALLY") locally = true;
    if (instruction === "SHELL") {
      shell = /^\s*\[\s*"(\/bin\/|\/usr\/bin\/)?(ba)?sh"/.test(parts[0].text);
      continue;
    }
    if (instruction !== "RUN" && instruction !== "CMD" && instruction !== "ENTRYPOINT") continue;
    const push = earthly && /^\s*(--[\w-]+(=\S*)?\s+)*--push\b/.test(parts[0].text);
    const throwaway = instruction === "RUN" && !push && !locally;
    const label = earthly ? `an Earthfile ${instruction}${push ? " --push" : ""}` : `a ${instruction} instruction`;
    if (!shell) {
      notes.push(`${path}: a RUN instruction runs under a SHELL two-key does not read`);
      continue;
    }
    let head = parts[0];
    for (let flag = RUN_FLAG.exec(head.text); flag; flag = RUN_FLAG.exec(head.text)) {
      const value = earthly && flag[0].trim() === "--secret" ? /^\S+\s*/.exec(head.text.slice(flag[0].length)) : null;
      const length = flag[0].length + (value?.[0].length ?? 0);
      head = { text: head.text.slice(length), start: head.start + length };
    }
    parts[0] = head;
    const heredoc = /^<<-?\s*["']?(\w+)["']?\s*$/.exec(head.text.trim());
    if (heredoc && parts.length === 1) {
      const body = new MappedText();
      let end = head.start + head.text.length;
      while (i + 1 < lines.length && lines[i + 1].text.trim() !== heredoc[1]) {
        const line = lines[++i];
        body.copy(line.text + "\n", line.start);
        end = line.start + line.text.length + 1;
      }
      i++;
      sources.push({ text: body.text, toFile: body.map(end), label: `a ${instruction} heredoc`, throwaway });
    } else if (head.text.trimStart().startsWith("[")) {
      const exec = execForm(parts);
      if (exec) sources.push({ ...exec, label, throwaway });
      else notes.push(`${path}: ${label} in exec form is not a JSON array of strings`);
    } else {
      const script = new MappedText();
      for (const [k, part] of parts.entries()) {
        let piece = part.text;
        if (k < parts.length - 1) piece = piece.trimEnd().slice(0, -1);
        if (k > 0) script.copy(" ", part.start - 1);
        script.copy(piece, part.start);
      }
      const last = parts[parts.length - 1];
      sources.push({
        text: script.text,
        toFile: script.map(last.start + last.text.length),
        label,
        throwaway
      });
    }
  }
  return { sources, notes };
}
function execForm(parts) {
  const first = parts[0];
  const last = parts[parts.length - 1];
  const end = last.start + last.text.length;
  const padded = " ".repeat(first.start) + fileSlice(parts);
  let array;
  try {
    array = parseJson(padded);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return void 0;
    throw error;
  }
  if (array.type !== "array" || array.items.some((item) => item.type !== "string")) return void 0;
  const out = new MappedText();
  for (const [k, item] of array.items.entries()) {
    if (item.type !== "string") continue;
    if (k > 0) out.insert(" ", item.span.start);
    out.insert("'", item.span.start);
    for (let c = 0; c < item.value.length; c++) {
      const char = item.value[c];
      out.insert(char === "'" ? "'\\''" : char, item.map(c));
    }
    out.insert("'", item.span.end - 1);
  }
  return { text: out.text, toFile: out.map(end) };
}
function fileSlice(parts) {
  let text = "";
  let at2 = parts[0].start;
  for (const part of parts) {
    text += " ".repeat(part.start - at2) + part.text;
    at2 = part.start + part.text.length;
  }
  return text;
}

// src/rules/shell/lib/sources/justfile.ts
var VARIABLE = /^(?:export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(?:"([^"\\]*)"|'([^']*)')\s*$/;
var RECIPE = /^@?[A-Za-z_][\w-]*(\s+[^:]*)?:(?!=)/;
var PLACEHOLDER2 = "${__just__}";
function justfileSources(text) {
  const variables = /* @__PURE__ */ new Map();
  const sources = [];
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const variable = VARIABLE.exec(line.text);
    if (variable) {
      variables.set(variable[1], variable[2] ?? variable[3]);
      continue;
    }
    if (!RECIPE.test(line.text)) continue;
    const body = [];
    while (i + 1 < lines.length && (/^[ \t]/.test(lines[i + 1].text) || lines[i + 1].text === "")) {
      const next = lines[++i];
      const indent = /^[ \t]*/.exec(next.text)[0].length;
      if (next.text.trim()) body.push({ text: next.text.slice(indent), start: next.start + indent });
    }
    const shebang = body[0]?.text.startsWith("#!");
    if (shebang) {
      if (!/\b(ba)?sh\b/.test(body[0].text)) continue;
      sources.push(render(body.slice(1), variables, "a shebang recipe"));
      continue;
    }
    for (let k = 0; k < body.length; k++) {
      const logical = [body[k]];
      while (body[k].text.endsWith("\\") && k + 1 < body.length) logical.push(body[++k]);
      if (logical[0].text.startsWith("#")) continue;
      sources.push(render(logical, variables, "a recipe line"));
    }
  }
  return { sources, notes: [] };
}
function render(pieces, variables, label) {
  const out = new MappedText();
  let end = 0;
  for (const [p, piece] of pieces.entries()) {
    if (p > 0) out.copy("\n", piece.start - 1);
    let s = piece.text;
    let start = piece.start;
    if (p === 0 && label === "a recipe line") {
      const prefix = /^[@-]+/.exec(s)?.[0].length ?? 0;
      s = s.slice(prefix);
      start += prefix;
    }
    for (let i = 0; i < s.length; i++) {
      if (s.startsWith("{{{{", i)) {
        out.copy("{{", start + i);
        i += 3;
      } else if (s.startsWith("{{", i) && s.indexOf("}}", i) > 0) {
        const close = s.indexOf("}}", i);
        out.insert(variables.get(s.slice(i + 2, close).trim()) ?? PLACEHOLDER2, start + i);
        i = close + 1;
      } else {
        out.copy(s[i], start + i);
      }
    }
    end = start + s.length;
  }
  return { text: out.text, toFile: out.map(end), label };
}

// src/rules/shell/lib/sources/procfile.ts
function procfileSources(text) {
  const sources = [];
  for (const line of linesOf(text)) {
    const m = /^([\w-]+)[ \t]*:[ \t]*/.exec(line.text);
    if (!m || line.text.startsWith("#")) continue;
    sources.push({
      text: line.text.slice(m[0].length),
      toFile: shiftBy(line.start + m[0].length),
      label: `process ${JSON.stringify(m[1])}`
    });
  }
  return { sources, notes: [] };
}

// src/rules/shell/lib/sources/workflow.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/rules/shell/lib/sources/step-shells.ts
var SHELLS = [
  { test: /^(bash|sh|zsh|dash|ksh)$/, read: "posix" },
  { test: /^(pwsh|powershell|pscore|ps)$/, read: "powershell" },
  { test: /^(cmd|batch)$/, read: "batch" },
  { test: /^(python[23]?(\.\d+)?|py)$/, read: { program: "python3", option: "-c" } },
  { test: /^(node|nodejs)$/, read: { program: "node", option: "-e" } },
  { test: /^perl$/, read: { program: "perl", option: "-e" } },
  { test: /^ruby$/, read: { program: "ruby", option: "-e" } }
];
function shellName(shell) {
  const first = shell.trim().split(/\s+/, 1)[0] ?? "";
  return first.slice(first.lastIndexOf("/") + 1).replace(/\.exe$/i, "").toLowerCase();
}
function readsStepShell(shell) {
  const name = shellName(shell);
  return SHELLS.some((s) => s.test.test(name));
}
function stepSource(shell, script, end, rest) {
  const name = shellName(shell);
  const read = SHELLS.find((s) => s.test.test(name))?.read;
  if (!read) return void 0;
  if (read === "posix") return { ...rest, text: script.value, toFile: script.map };
  if (read === "powershell" || read === "batch")
    return { ...rest, language: read, text: script.value, toFile: script.map };
  const out = new MappedText();
  const start = script.map(0);
  out.insert(`${read.program} ${read.option} '`, start);
  for (let i = 0; i < script.value.length; i++) {
    const c = script.value[i];
    out.insert(c === "'" ? `'\\''` : c, script.map(i));
  }
  out.insert("'", end);
  return { ...rest, text: out.text, toFile: out.map(end) };
}

// src/rules/shell/lib/sources/workflow.ts
var EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;
var POSIX_SHELLS = /^(bash|sh)(\s|$)/;
function workflowSources(path, text, read) {
  const { documents, error } = parseYamlWithPositions(text);
  const notes = [];
  if (error) notes.push(`${path}: YAML error (${error}); the steps were read as far as the parser could`);
  const sources = [];
  for (const doc of documents) {
    const root = doc.contents;
    const workflowEnv = envOf(get(root, "env"));
    const workflowShell = scalarString(get(get(get(root, "defaults"), "run"), "shell"));
    const jobs = isCompositeAction(path) ? [{ key: "action", value: get(root, "runs") }] : entries(get(root, "jobs")).map((j) => ({ key: j.key, value: j.value }));
    for (const job of jobs) {
      const jobEnv = [...workflowEnv, ...envOf(get(job.value, "env"))];
      const jobShell = scalarString(get(get(get(job.value, "defaults"), "run"), "shell")) ?? workflowShell;
      const runsOn = JSON.stringify(get(job.value, "runs-on")?.toJSON() ?? "");
      const selfHosted = /self-hosted/i.test(runsOn) || /\$\{\{/.test(runsOn);
      const windows = /windows/i.test(runsOn);
      const services = entries(get(job.value, "services")).map((s) => s.key);
      for (const [index, step] of items(get(job.value, "steps")).entries()) {
        const run = get(step, "run");
        const label = `job ${JSON.stringify(job.key)} step ${index + 1}`;
        if (!(0, import_yaml2.isScalar)(run)) {
          const local = read && localActionSources(step, read);
          for (const source2 of local ?? [])
            sources.push({ ...source2, label, env: [...jobEnv, ...envOf(get(step, "env"))], localHosts: services });
          continue;
        }
        const shell = scalarString(get(step, "shell")) ?? jobShell ?? (windows ? "pwsh" : "bash");
        if (!readsStepShell(shell)) {
          notes.push(`${path}: ${label} runs with shell "${shell}", which two-key does not read`);
          continue;
        }
        const script = scalarText(run, text);
        if (!script) continue;
        const source = stepSource(
          shell,
          { value: script.value.replace(EXPRESSION, (m) => "$" + "_".repeat(m.length - 1)), map: script.map },
          run.range?.[1] ?? script.map(script.value.length),
          {
            label,
            env: [...jobEnv, ...envOf(get(step, "env"))],
            // A GitHub-hosted runner is a fresh machine thrown away after the job.
            throwaway: !selfHosted,
            localHosts: services
          }
        );
        if (source) sources.push(source);
      }
    }
  }
  return { sources, notes };
}
function localActionSources(step, read) {
  const uses = get(step, "uses");
  const ref = scalarString(uses);
  if (!ref?.startsWith("./") || !uses?.range) return [];
  const dir = ref.slice(2).replace(/\/+$/, "");
  const path = [`${dir}/action.yml`, `${dir}/action.yaml`].find((p) => read(p) !== void 0);
  const text = path && read(path);
  if (!path || !text) return [];
  const inputs = new Map(entries(get(step, "with")).map(({ key, value }) => [key, scalarString(value)]));
  const at2 = uses.range[0];
  const out = [];
  for (const doc of parseYamlWithPositions(text).documents) {
    for (const inner of items(get(get(doc.contents, "runs"), "steps"))) {
      const run = scalarString(get(inner, "run"));
      const shell = scalarString(get(inner, "shell")) ?? "bash";
      if (run === void 0 || !POSIX_SHELLS.test(shell.trim())) continue;
      const script = run.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (m, name) => {
        const value = inputs.get(name);
        return value !== void 0 && !/\$\{\{/.test(value) ? value : DYNAMIC;
      });
      out.push({
        text: script.replace(EXPRESSION, (m) => "$" + "_".repeat(m.length - 1)),
        toFile: () => at2,
        sourced: `run by ${ref}, in ${path}`
      });
    }
  }
  return out;
}
function envOf(node) {
  return entries(node).map(({ key, keyNode, value }) => {
    const raw = scalarString(value) ?? "";
    const end = value?.range?.[1] ?? keyNode.range?.[1] ?? 0;
    return {
      name: key,
      value: raw.replace(EXPRESSION, DYNAMIC),
      span: { start: keyNode.range?.[0] ?? 0, end }
    };
  });
}

// src/parsers/jsonc.ts
function blankJsonc(text) {
  if (!text.includes("/") && !/,\s*[}\]]/.test(text)) return text;
  const out = text.split("");
  let i = 0;
  let lastComma = -1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      lastComma = -1;
      for (i++; i < text.length && text[i] !== '"' && text[i] !== "\n"; i++) if (text[i] === "\\") i++;
      i++;
    } else if (c === "/" && text[i + 1] === "/") {
      for (; i < text.length && text[i] !== "\n"; i++) out[i] = " ";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (text[i] !== "\n") out[i] = " ";
    } else {
      if (c === ",") lastComma = i;
      else if ((c === "}" || c === "]") && lastComma >= 0) out[lastComma] = " ";
      if (!" 	\r\n,".includes(c)) lastComma = c === "," ? i : -1;
      i++;
    }
  }
  return out.join("");
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/parsers/toml-strings.ts
var TomlSyntaxError = class extends Error {
};
function tomlStrings(text) {
  let parsed;
  try {
    parsed = parse(text);
  } catch (error) {
    throw new TomlSyntaxError(error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
  const found = [];
  let table = [];
  const arrayCounts = /* @__PURE__ */ new Map();
  let pos = 0;
  while (pos < text.length) {
    const lineEnd = text.indexOf("\n", pos) < 0 ? text.length : text.indexOf("\n", pos);
    const line = text.slice(pos, lineEnd);
    const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
    if (header) {
      table = splitKey(header[2]);
      if (header[1] === "[[") {
        const key = table.join(".");
        const n = arrayCounts.get(key) ?? 0;
        arrayCounts.set(key, n + 1);
        table = [...table, String(n)];
      }
      pos = lineEnd + 1;
      continue;
    }
    const assignment = /^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=\s*/.exec(line);
    if (!assignment) {
      pos = lineEnd + 1;
      continue;
    }
    const path = [...table, ...splitKey(assignment[1])];
    let at2 = pos + assignment[0].length;
    const read = (p, from) => readString(text, from, p);
    if (text[at2] === "[") {
      at2++;
      let index = 0;
      for (; ; ) {
        while (at2 < text.length && /[\s,]/.test(text[at2])) at2++;
        if (text[at2] === "#") {
          while (at2 < text.length && text[at2] !== "\n") at2++;
          continue;
        }
        if (at2 >= text.length || text[at2] === "]") break;
        const item2 = read([...path, String(index++)], at2);
        if (!item2) break;
        found.push(item2.string);
        at2 = item2.end;
      }
      pos = text.indexOf("\n", at2) < 0 ? text.length : text.indexOf("\n", at2) + 1;
      continue;
    }
    const item = read(path, at2);
    if (item) {
      found.push(item.string);
      at2 = item.end;
    }
    pos = text.indexOf("\n", Math.max(at2, lineEnd)) < 0 ? text.length : text.indexOf("\n", Math.max(at2, lineEnd)) + 1;
  }
  return found.filter((s) => matchesParsed(parsed, s));
}
function matchesParsed(parsed, s) {
  let node = parsed;
  for (const key of s.path) {
    if (node === null || typeof node !== "object") return false;
    node = node[key];
  }
  return node === s.value;
}
function splitKey(key) {
  return [...key.matchAll(/"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
var ESCAPES = { b: "\b", t: "	", n: "\n", f: "\f", r: "\r", '"': '"', "\\": "\\" };
function readString(text, at2, path) {
  const quote = text.startsWith('"""', at2) ? '"""' : text.startsWith("'''", at2) ? "'''" : text[at2];
  if (quote !== '"' && quote !== "'" && quote !== '"""' && quote !== "'''") return void 0;
  const basic = quote.startsWith('"');
  let i = at2 + quote.length;
  if (quote.length === 3 && text[i] === "\n") i++;
  else if (quote.length === 3 && text.startsWith("\r\n", i)) i += 2;
  let value = "";
  const offsets = [];
  while (i < text.length) {
    if (text.startsWith(quote, i) && !(quote.length === 3 && text.startsWith(quote + quote[0], i))) {
      offsets.push(i);
      return { string: { path, value, map: fromOffsets(offsets) }, end: i + quote.length };
    }
    const c = text[i];
    if (quote.length === 1 && c === "\n") return void 0;
    if (basic && c === "\\") {
      const next = text[i + 1] ?? "";
      if (ESCAPES[next] !== void 0) {
        value += ESCAPES[next];
        offsets.push(i);
        i += 2;
        continue;
      }
      const unicode = /^u([0-9A-Fa-f]{4})|^U([0-9A-Fa-f]{8})/.exec(text.slice(i + 1, i + 10));
      if (unicode) {
        value += String.fromCodePoint(parseInt(unicode[1] ?? unicode[2], 16));
        offsets.push(i);
        i += 1 + unicode[0].length;
        continue;
      }
      if (quote.length === 3 && /^[ \t]*\r?\n/.test(text.slice(i + 1))) {
        i++;
        while (i < text.length && /\s/.test(text[i])) i++;
        continue;
      }
      return void 0;
    }
    value += c;
    offsets.push(i);
    i++;
  }
  return void 0;
}

// src/rules/shell/lib/sources/config-commands.ts
var READERS = {
  fly: (p, t) => tomlCommands(p, t, flyCommand),
  railway: (p, t) => tomlCommands(p, t, railwayCommand),
  pyproject: (p, t) => tomlCommands(p, t, pyprojectCommand),
  railwayJson: (p, t) => jsonCommands(p, t, railwayCommand),
  vercel: (p, t) => jsonCommands(p, t, vercelCommand),
  appJson: (p, t) => jsonCommands(p, t, appJsonCommand),
  composer: (p, t) => jsonCommands(p, t, composerCommand),
  tox: (_p, t) => toxCommands(t),
  crontab: (p, t) => crontabCommands(p, t),
  systemd: (_p, t) => systemdCommands(t),
  jenkins: (_p, t) => jenkinsCommands(t),
  devcontainer: (p, t) => jsonCommands(p, blankJsonc(t), devcontainerCommand, true),
  nx: (p, t) => jsonCommands(p, t, nxCommand),
  netlify: (p, t) => tomlCommands(p, t, netlifyCommand),
  wrangler: (p, t) => tomlCommands(p, t, wranglerCommand),
  replit: (p, t) => tomlCommands(p, t, replitCommand)
};
function configCommandSources(path, text) {
  return READERS[configCommandFileOf(path)](path, text);
}
var flyCommand = (p) => p[0] === "deploy" && p[1] === "release_command" || p[0] === "processes" || p[0] === "experimental" && (p[1] === "cmd" || p[1] === "entrypoint") ? p.join(".") : void 0;
var railwayCommand = (p) => p[0] === "deploy" && ["startCommand", "preDeployCommand"].includes(p[1] ?? "") || p[0] === "build" && p[1] === "buildCommand" ? p.join(".") : void 0;
var vercelCommand = (p) => p.length === 1 && ["buildCommand", "installCommand"].includes(p[0]) ? p[0] : void 0;
var appJsonCommand = (p) => p[0] === "scripts" || p[0] === "environments" && p[2] === "scripts" ? p.join(".") : void 0;
var composerCommand = (p) => {
  if (p[0] !== "scripts" || p.length < 2) return void 0;
  return `script ${JSON.stringify(p[1])}`;
};
var pyprojectCommand = (p) => {
  if (p[0] !== "tool") return void 0;
  const last = p[p.length - 1];
  if (p[1] === "poe" && p[2] === "tasks" && (p.length === 4 || ["cmd", "shell"].includes(last))) return p.join(".");
  if ((p[1] === "pdm" || p[1] === "rye") && p[2] === "scripts" && (p.length === 4 || ["cmd", "shell"].includes(last)))
    return p.join(".");
  if (p[1] === "hatch" && p[2] === "envs" && p[4] === "scripts") return p.join(".");
  return void 0;
};
var LIFECYCLE = /* @__PURE__ */ new Set([
  "initializeCommand",
  "onCreateCommand",
  "updateContentCommand",
  "postCreateCommand",
  "postStartCommand",
  "postAttachCommand"
]);
var devcontainerCommand = (p) => p.length >= 1 && p.length <= 3 && LIFECYCLE.has(p[0]) ? `dev container ${p[0]}` : void 0;
var nxCommand = (p) => {
  if (p[0] !== "targets" || p.length < 3) return void 0;
  const label = `Nx target ${JSON.stringify(p[1])}`;
  if (p[2] === "command" && p.length === 3) return label;
  if (p[2] !== "options") return void 0;
  if (p[3] === "command" && p.length === 4) return label;
  if (p[3] === "commands" && (p.length === 5 || p.length === 6 && p[5] === "command")) return label;
  return void 0;
};
var netlifyCommand = (p) => p[0] === "build" && p[1] === "command" && p.length === 2 || p[0] === "context" && p[2] === "command" && p.length === 3 || p[0] === "context" && p[2] === "build" && p[3] === "command" ? `Netlify ${p.join(".")}` : void 0;
var wranglerCommand = (p) => p[0] === "build" && p[1] === "command" || p[0] === "env" && p[2] === "build" && p[3] === "command" ? `Wrangler ${p.join(".")}` : void 0;
var replitCommand = (p) => ["run", "onBoot", "compile"].includes(p[0]) || p[0] === "deployment" && ["run", "build"].includes(p[1] ?? "") || p[0] === "interpreter" && p[1] === "command" ? `Replit ${p.filter((k) => !/^\d+$/.test(k)).join(".")}` : void 0;
function tomlCommands(path, text, pick) {
  try {
    const sources = [];
    for (const s of tomlStrings(text)) {
      const label = pick(s.path);
      if (label !== void 0 && isCommand(s.value)) sources.push({ text: s.value, toFile: s.map, label });
    }
    return { sources, notes: [] };
  } catch (error) {
    if (!(error instanceof TomlSyntaxError)) throw error;
    return { sources: [], notes: [`${path}: not valid TOML (${error.message}); its commands were not read`] };
  }
}
function jsonCommands(path, text, pick, argvArrays = false) {
  try {
    const sources = [];
    const walk = (value, at2) => {
      const argv = argvArrays && value.type === "array" ? pick(at2) : void 0;
      if (argv !== void 0) {
        const words2 = argvSource(value);
        if (words2) sources.push({ ...words2, label: argv });
      } else if (value.type === "object") for (const m of value.members) walk(m.value, [...at2, m.key.value]);
      else if (value.type === "array") value.items.forEach((item, i) => walk(item, [...at2, String(i)]));
      else if (value.type === "string") {
        const label = pick(at2);
        if (label === void 0) return;
        const binary = /^@(php|composer) /.test(value.value) ? 1 : 0;
        if (binary || isCommand(value.value)) {
          const map = value.map;
          sources.push({ text: value.value.slice(binary), toFile: (offset) => map(offset + binary), label });
        }
      }
    };
    walk(parseJson(text), []);
    return { sources, notes: [] };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { sources: [], notes: [`${path}: not valid JSON (${error.message}); its commands were not read`] };
  }
}
function argvSource(value) {
  if (value.type !== "array" || value.items.length === 0) return void 0;
  const out = new MappedText();
  for (const [k, item] of value.items.entries()) {
    if (item.type !== "string") return void 0;
    if (k > 0) out.insert(" ", item.span.start);
    out.insert("'", item.span.start);
    for (let c = 0; c < item.value.length; c++) {
      const char = item.value[c];
      out.insert(char === "'" ? "'\\''" : char, item.map(c));
    }
    out.insert("'", item.span.end - 1);
  }
  return { text: out.text, toFile: out.map(value.span.end) };
}
function isCommand(value) {
  return value.trim() !== "" && !value.startsWith("@") && !/^[A-Za-z_\\][\w\\]*::\w+$/.test(value.trim());
}
function toxCommands(text) {
  const sources = [];
  let inCommands = false;
  for (const line of linesOf(text)) {
    if (/^\s*\[/.test(line.text)) {
      inCommands = false;
      continue;
    }
    const key = /^(commands(?:_pre|_post)?)\s*=\s*/.exec(line.text);
    if (key) {
      inCommands = true;
      const rest = line.text.slice(key[0].length);
      if (rest.trim()) sources.push({ text: rest, toFile: shiftBy(line.start + key[0].length), label: "tox commands" });
      continue;
    }
    if (inCommands && /^\s+\S/.test(line.text) && !/^\s*#/.test(line.text)) {
      const indent = /^\s+/.exec(line.text)[0].length;
      sources.push({ text: line.text.slice(indent), toFile: shiftBy(line.start + indent), label: "tox commands" });
    } else if (!/^\s*$/.test(line.text)) inCommands = false;
  }
  return { sources, notes: [] };
}
function crontabCommands(path, text) {
  const withUser = /cron\.d\//.test(path);
  const sources = [];
  for (const line of linesOf(text)) {
    if (/^\s*(#|$)/.test(line.text) || /^\s*[A-Za-z_]\w*\s*=/.test(line.text)) continue;
    const fields = withUser ? 6 : 5;
    const m = line.text.startsWith("@") ? new RegExp(`^\\s*@\\w+\\s+${withUser ? "\\S+\\s+" : ""}`).exec(line.text) : new RegExp(`^\\s*(\\S+\\s+){${fields}}`).exec(line.text);
    if (!m) continue;
    const command = line.text.slice(m[0].length).split(/(?<!\\)%/)[0];
    sources.push({ text: command, toFile: shiftBy(line.start + m[0].length), label: "cron job" });
  }
  return { sources, notes: [] };
}
function systemdCommands(text) {
  const sources = [];
  for (const line of linesOf(text)) {
    const m = /^\s*(Exec(?:Start|StartPre|StartPost|Stop|StopPost|Reload|Condition))\s*=\s*[-@+!:]*/.exec(line.text);
    if (!m) continue;
    sources.push({ text: line.text.slice(m[0].length), toFile: shiftBy(line.start + m[0].length), label: m[1] });
  }
  return { sources, notes: [] };
}
function jenkinsCommands(text) {
  const sources = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (text.startsWith("//", i)) {
      i = text.indexOf("\n", i) < 0 ? text.length : text.indexOf("\n", i);
      continue;
    }
    if (text.startsWith("/*", i)) {
      i = text.indexOf("*/", i + 2) < 0 ? text.length : text.indexOf("*/", i + 2) + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      i = groovyString(text, i)?.end ?? i + 1;
      continue;
    }
    const step = /^sh\b\s*(\(\s*(?:script\s*:\s*)?)?/.exec(text.slice(i, i + 40));
    if (step && (i === 0 || !/[\w.$]/.test(text[i - 1]))) {
      let at2 = i + step[0].length;
      if (step[1] === void 0) while (text[at2] === " " || text[at2] === "	") at2++;
      const literal = groovyString(text, at2);
      if (literal) {
        sources.push({ text: literal.value, toFile: literal.map.map(literal.end), label: "Jenkins sh step" });
        i = literal.end;
        continue;
      }
      const named = /^[^)]*?script\s*:\s*/.exec(text.slice(at2, at2 + 400));
      if (step[1] !== void 0 && named) {
        const inner = groovyString(text, at2 + named[0].length);
        if (inner) {
          sources.push({ text: inner.value, toFile: inner.map.map(inner.end), label: "Jenkins sh step" });
          i = inner.end;
          continue;
        }
      }
    }
    i++;
  }
  return { sources, notes: [] };
}
var GROOVY_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  b: "\b",
  f: "\f",
  "\\": "\\",
  "'": "'",
  '"': '"',
  $: "$"
};
function groovyString(text, at2) {
  const quote = text.startsWith('"""', at2) ? '"""' : text.startsWith("'''", at2) ? "'''" : text[at2] === '"' || text[at2] === "'" ? text[at2] : void 0;
  if (!quote) return void 0;
  const interpolates = quote.startsWith('"');
  const out = new MappedText();
  let i = at2 + quote.length;
  while (i < text.length) {
    if (text.startsWith(quote, i)) return { value: out.text, map: out, end: i + quote.length };
    const c = text[i];
    if (quote.length === 1 && c === "\n") return void 0;
    if (c === "\\" && i + 1 < text.length) {
      const next = text[i + 1];
      if (next === "\n") {
        i += 2;
        continue;
      }
      out.insert(GROOVY_ESCAPES[next] ?? next, i);
      i += 2;
      continue;
    }
    if (interpolates && c === "$" && text[i + 1] === "{") {
      const close = text.indexOf("}", i);
      if (close < 0) return void 0;
      const length = close - i + 1;
      out.insert("$" + "_".repeat(Math.max(1, length - 1)), i);
      i = close + 1;
      continue;
    }
    out.copy(c, i);
    i++;
  }
  return void 0;
}

// src/rules/shell/lib/sources/yaml-commands.ts
var import_yaml3 = __toESM(require_dist(), 1);
function yamlCommandSources(path, text, read) {
  const kind = yamlCommandKind(path);
  const workload = !kind && isWorkloadManifest(path, text);
  const source = isHelmTemplatePath(path) ? blankTemplateActions(text) : text;
  const { documents, error } = parseYamlWithPositions(source);
  const notes = [];
  if (error) notes.push(`${path}: YAML error (${error}); its commands were read as far as the parser could`);
  const sources = [];
  const seen = /* @__PURE__ */ new Set();
  const label = kind?.name ?? (workload ? "workload" : "CI job");
  const keys = kind?.keys ?? (workload ? /* @__PURE__ */ new Set() : /* @__PURE__ */ new Set(["script", "before_script", "after_script"]));
  for (const doc of documents) {
    const included = kind?.name === "GitLab CI" && read ? includedDocuments(doc, read) : [];
    const walker = new Walker(doc, source, keys, label, sources, seen, included);
    if (workload) walker.workload(doc.contents);
    else walker.walk(doc.contents, void 0, 0);
    if (kind?.name === "Cloud Build") walker.cloudBuildSteps(doc.contents);
    if (kind?.name === "Ansible") ansibleDatabaseTasks(doc.contents, sources);
  }
  return { sources, notes };
}
var MAX_DEPTH = 64;
var AZURE_SCRIPT_TASKS = [
  { task: /^(PowerShell|AzurePowerShell)@\d+$/i, scripts: ["script", "inline"], shell: "pwsh" },
  { task: /^(Bash|ShellScript)@\d+$/i, scripts: ["script"], shell: "bash" },
  { task: /^CmdLine@\d+$/i, scripts: ["script"], shell: "bash" },
  { task: /^AzureCLI@\d+$/i, scripts: ["inlineScript"], shell: "bash", shellInput: "scriptType" },
  { task: /^PythonScript@\d+$/i, scripts: ["script"], shell: "python" }
];
function inputNode(inputs, name) {
  const lower = name.toLowerCase();
  return entries(inputs).find((e) => e.key.toLowerCase() === lower)?.value ?? void 0;
}
function inputValue(inputs, name) {
  return scalarString(inputNode(inputs, name));
}
function includedDocuments(doc, read) {
  const include = get(doc.contents, "include");
  const entriesOf = (0, import_yaml3.isSeq)(include) ? items(include) : include ? [include] : [];
  const out = [];
  for (const entry of entriesOf.slice(0, 20)) {
    const path = (0, import_yaml3.isMap)(entry) ? scalarString(get(entry, "local")) : scalarString(entry);
    if (!path || /^https?:|\$|\*/.test(path)) continue;
    const text = read(path.replace(/^\/+/, ""));
    if (text !== void 0) out.push(...parseYamlWithPositions(text).documents);
  }
  return out;
}
var Walker = class {
  constructor(doc, text, keys, label, sources, seen, included = []) {
    this.doc = doc;
    this.text = text;
    this.keys = keys;
    this.label = label;
    this.sources = sources;
    this.seen = seen;
    this.included = included;
  }
  doc;
  text;
  keys;
  label;
  sources;
  seen;
  included;
  /** The variables of the top-level job being walked (GitLab). */
  env = [];
  /** The `extends` value of the job being walked, where variables from an included file are reported. */
  extendsSpan;
  resolve(node) {
    if ((0, import_yaml3.isAlias)(node)) return node.resolve(this.doc) ?? void 0;
    return node ?? void 0;
  }
  /** Every key of the kind anywhere in the tree; `job` is the top-level entry, for labels. */
  walk(node, job, depth) {
    const resolved = this.resolve(node);
    if (!resolved || depth > MAX_DEPTH) return;
    if ((0, import_yaml3.isMap)(resolved)) {
      if (this.label === "Azure Pipelines" && this.azureStep(resolved, job)) return;
      for (const pair of resolved.items) {
        const key = (0, import_yaml3.isScalar)(pair.key) ? String(pair.key.value) : "<<";
        const here = job ?? key;
        if (job === void 0 && this.label === "GitLab CI") {
          this.extendsSpan = void 0;
          this.env = this.gitlabEnv(key, /* @__PURE__ */ new Set());
        }
        if (job === void 0 && key === "jobs" && this.label === "CircleCI") this.circleJobs(pair.value, depth + 1);
        else if (this.keys.has(key)) this.commands(pair.value, `${this.label} ${JSON.stringify(here)}`, depth + 1);
        else this.walk(pair.value, here, depth + 1);
      }
    } else if ((0, import_yaml3.isSeq)(resolved)) {
      for (const item of resolved.items) this.walk(item, job, depth + 1);
    }
  }
  /** A string, a list of strings (nested lists flattened), or a map with `command`/`cmd`. */
  commands(node, label, depth) {
    const resolved = this.resolve(node);
    if (!resolved || depth > MAX_DEPTH) return;
    if ((0, import_yaml3.isScalar)(resolved)) this.add(resolved, label);
    else if ((0, import_yaml3.isSeq)(resolved) && resolved.tag === "!reference")
      this.commands(this.reference(resolved), label, depth + 1);
    else if ((0, import_yaml3.isSeq)(resolved)) for (const item of resolved.items) this.commands(item, label, depth + 1);
    else if ((0, import_yaml3.isMap)(resolved)) {
      const outer = this.env;
      if (this.label === "CircleCI")
        this.env = [...outer, ...this.variables(this.doc, get(resolved, "environment"), void 0)];
      for (const key of ["command", "cmd", "script"]) {
        const value = get(resolved, key);
        if (value) this.commands(value, label, depth + 1);
      }
      this.env = outer;
    }
  }
  /**
   * CircleCI's `jobs:`: each job's steps run with its `environment:` (the database URL of a
   * service image beside it, a `RAILS_ENV`), as a GitLab job runs with its variables.
   */
  circleJobs(node, depth) {
    const jobs = this.resolve(node);
    if (!(0, import_yaml3.isMap)(jobs)) return this.walk(node, "jobs", depth);
    for (const pair of jobs.items) {
      const name = (0, import_yaml3.isScalar)(pair.key) ? String(pair.key.value) : "jobs";
      this.env = this.variables(this.doc, get(this.resolve(pair.value), "environment"), void 0);
      this.walk(pair.value, name, depth + 1);
    }
    this.env = [];
  }
  /** GitLab's `!reference [.job, script]`: the node at that key path from the document's root. */
  reference(seq) {
    let node = this.doc.contents;
    for (const key of items(seq)) {
      const name = scalarString(key);
      if (name === void 0) return void 0;
      node = get(this.resolve(node), name);
    }
    return node;
  }
  /**
   * An Azure Pipelines step whose script is not POSIX shell: `pwsh:`/`powershell:` and the script
   * tasks (`PowerShell@2`, `AzurePowerShell@5`, `Bash@3`, `AzureCLI@2` by its `scriptType`,
   * `CmdLine@2`, `PythonScript@0`), each inline script read in its own language. False for any
   * other map, which is walked as usual.
   */
  azureStep(step, job) {
    const label = `${this.label} ${JSON.stringify(job ?? "steps")}`;
    for (const key of ["pwsh", "powershell"]) {
      const value = this.resolve(get(step, key));
      if ((0, import_yaml3.isScalar)(value)) {
        this.addAs("powershell", value, label);
        return true;
      }
    }
    const task = scalarString(get(step, "task"));
    const row = task && AZURE_SCRIPT_TASKS.find((t) => t.task.test(task));
    if (!row) return false;
    const inputs = this.resolve(get(step, "inputs"));
    const shell = row.shellInput ? inputValue(inputs, row.shellInput) ?? "bash" : row.shell;
    for (const name of row.scripts) {
      const value = inputNode(inputs, name);
      if ((0, import_yaml3.isScalar)(value)) this.addAs(shell, value, `${label} task ${task}`);
    }
    return true;
  }
  addAs(shell, node, label) {
    if (!(0, import_yaml3.isScalar)(node) || !node.range || this.seen.has(node.range[0])) return;
    const script = scalarText(node, this.text);
    if (!script) return;
    this.seen.add(node.range[0]);
    const source = stepSource(shell, script, node.range[1], { label, ...this.env.length ? { env: this.env } : {} });
    if (source) this.sources.push(source);
  }
  add(node, label) {
    if (!(0, import_yaml3.isScalar)(node) || !node.range || this.seen.has(node.range[0])) return;
    const script = scalarText(node, this.text);
    if (!script) return;
    this.seen.add(node.range[0]);
    this.sources.push({ text: script.value, toFile: script.map, label, ...this.env.length ? { env: this.env } : {} });
  }
  /**
   * The variables a GitLab job runs with, later ones winning: the top-level `variables:`, then
   * each template it `extends` (their own templates first), then its own `variables:` (a value
   * may be `{ value: …, description: … }` or a `!reference`).
   */
  gitlabEnv(job, through, doc = this.doc, anchor) {
    const root = this.resolveIn(doc, doc.contents);
    if (!(0, import_yaml3.isMap)(root) || through.size > 8 || through.has(job)) return [];
    through.add(job);
    const global = through.size === 1 ? this.variables(doc, get(root, "variables"), anchor) : [];
    if (job === "variables") return global;
    let node = this.resolveIn(doc, get(root, job));
    if (!node && anchor === void 0) {
      const from = this.included.find((d) => get(this.resolveIn(d, d.contents), job) !== void 0);
      if (from) return [...global, ...this.gitlabEnv(job, /* @__PURE__ */ new Set(), from, this.extendsSpan)];
    }
    if (!(0, import_yaml3.isMap)(node)) return global;
    const extended = this.resolveIn(doc, get(node, "extends"));
    if (anchor === void 0 && extended?.range)
      this.extendsSpan = { start: extended.range[0], end: extended.range[1] };
    const templates = (0, import_yaml3.isSeq)(extended) ? items(extended).map(scalarString) : [scalarString(extended)];
    const inherited = templates.flatMap((t) => t === void 0 ? [] : this.gitlabEnv(t, through, doc, anchor));
    node = this.resolveIn(doc, get(root, job));
    return [...global, ...inherited, ...this.variables(doc, get(node, "variables"), anchor)];
  }
  resolveIn(doc, node) {
    if ((0, import_yaml3.isAlias)(node)) return node.resolve(doc) ?? void 0;
    return node ?? void 0;
  }
  variables(doc, node, anchor) {
    let resolved = this.resolveIn(doc, node);
    if ((0, import_yaml3.isSeq)(resolved) && resolved.tag === "!reference" && doc === this.doc)
      resolved = this.resolve(this.reference(resolved));
    if (!(0, import_yaml3.isMap)(resolved)) return [];
    return entries(resolved).flatMap(({ key, keyNode, value }) => {
      const held = this.resolveIn(doc, value);
      const scalar = (0, import_yaml3.isMap)(held) ? this.resolveIn(doc, get(held, "value")) : held;
      const raw = (0, import_yaml3.isScalar)(scalar) ? scalarString(scalar) : void 0;
      if (raw === void 0) return [];
      if (anchor) return [{ name: key, value: raw.replace(/\$\{?\w+\}?/g, DYNAMIC), span: anchor }];
      const end = scalar?.range?.[1] ?? keyNode.range?.[1] ?? 0;
      return [
        { name: key, value: raw.replace(/\$\{?\w+\}?/g, DYNAMIC), span: { start: keyNode.range?.[0] ?? 0, end } }
      ];
    });
  }
  /** Every container, init container and Argo template of a workload: `command` + `args` as argv. */
  workload(root) {
    const stack = [root];
    let steps = 0;
    while (stack.length && steps++ < 1e4) {
      const node = this.resolve(stack.pop());
      if ((0, import_yaml3.isSeq)(node)) stack.push(...node.items);
      if (!(0, import_yaml3.isMap)(node)) continue;
      const command = get(node, "command");
      const args = get(node, "args");
      const source = get(node, "source");
      const name = scalarString(get(node, "name")) ?? "container";
      if ((0, import_yaml3.isSeq)(command) || (0, import_yaml3.isSeq)(args))
        this.argv([...items(command), ...items(args)], `container ${JSON.stringify(name)}`);
      if ((0, import_yaml3.isScalar)(source) && get(node, "image")) this.add(source, `script template ${JSON.stringify(name)}`);
      for (const pair of node.items) stack.push(pair.value);
    }
  }
  /**
   * Cloud Build steps: the `args` are the argv of the step's `entrypoint`, or of the builder its
   * image `name` is (`gcr.io/cloud-builders/gsutil` runs `gsutil`); an image with an entrypoint
   * of its own runs the args as a command.
   */
  cloudBuildSteps(root) {
    for (const step of items(get(this.resolve(root), "steps"))) {
      const node = this.resolve(step);
      if (!(0, import_yaml3.isMap)(node)) continue;
      const args = this.resolve(get(node, "args"));
      if (!(0, import_yaml3.isSeq)(args)) continue;
      const entrypoint = this.resolve(get(node, "entrypoint"));
      const label = `Cloud Build step ${JSON.stringify(scalarString(get(node, "id")) ?? scalarString(get(node, "name")) ?? "step")}`;
      if ((0, import_yaml3.isScalar)(entrypoint)) this.argv([entrypoint, ...args.items.map((a) => this.resolve(a))], label);
      else
        this.argv(
          args.items.map((a) => this.resolve(a)),
          label,
          builderProgram(scalarString(get(node, "name")))
        );
    }
  }
  /** An exec-form argv as single-quoted shell words, each character pointing into its YAML string. */
  argv(words2, label, program) {
    const out = new MappedText();
    let end = 0;
    const first = words2[0]?.range?.[0];
    if (program && first !== void 0) out.insert(`${program} `, first);
    for (const [k, word] of words2.entries()) {
      if (!(0, import_yaml3.isScalar)(word) || !word.range) return;
      const text = scalarText(word, this.text) ?? { value: String(word.value), map: () => word.range[0] };
      if (this.seen.has(word.range[0])) return;
      if (k > 0) out.insert(" ", word.range[0]);
      out.insert("'", word.range[0]);
      for (let c = 0; c < text.value.length; c++) {
        const char = text.value[c];
        out.insert(char === "'" ? "'\\''" : char, text.map(c));
      }
      out.insert("'", word.range[1]);
      end = word.range[1];
    }
    for (const word of words2) if (word.range) this.seen.add(word.range[0]);
    if (out.text) this.sources.push({ text: out.text, toFile: out.map(end), label });
  }
};
var BUILDERS = /* @__PURE__ */ new Set([
  "gcloud",
  "gsutil",
  "bq",
  "kubectl",
  "docker",
  "git",
  "npm",
  "yarn",
  "gke-deploy",
  "terraform",
  "helm",
  "firebase",
  "curl"
]);
function builderProgram(image) {
  const last = image?.split("/").pop()?.replace(/[:@].*$/, "");
  return last && BUILDERS.has(last) ? last : void 0;
}
var DATABASE_MODULES = {
  postgresql_db: "dropdb",
  "community.postgresql.postgresql_db": "dropdb",
  mysql_db: "mysqladmin drop",
  "community.mysql.mysql_db": "mysqladmin drop"
};
function ansibleDatabaseTasks(root, sources) {
  const stack = [root];
  let steps = 0;
  while (stack.length && steps++ < 1e4) {
    const node = stack.pop();
    if ((0, import_yaml3.isSeq)(node)) stack.push(...node.items);
    if (!(0, import_yaml3.isMap)(node)) continue;
    for (const { key, value } of entries(node)) {
      const program = DATABASE_MODULES[key];
      if (!program || !(0, import_yaml3.isMap)(value)) {
        stack.push(value);
        continue;
      }
      const state = get(value, "state");
      if (scalarString(state) !== "absent" || !state?.range) continue;
      const name = scalarString(get(value, "name")) ?? scalarString(get(value, "db")) ?? "database";
      const command = `${program} ${name}`;
      const at2 = state.range[0];
      sources.push({ text: command, toFile: () => at2, label: `Ansible task ${key} state: absent` });
    }
  }
}

// src/rules/shell/lib/sources.ts
function shellSources(path, text, read) {
  if (isWorkflow(path)) return workflowSources(path, text, read);
  if (isMakefile(path)) return makefileSources(text, path, read);
  if (isDockerfile(path)) return dockerfileSources(path, text);
  if (isEarthfile(path)) return dockerfileSources(path, text, true);
  if (isJustfile(path)) return justfileSources(text);
  if (isProcfile(path)) return procfileSources(text);
  if (isConfigCommandFile(path)) return configCommandSources(path, text);
  if (yamlCommandKind(path) || isWorkloadManifest(path, text) || isIncludedCiFile(path, text)) {
    return yamlCommandSources(path, text, read);
  }
  if (isPowerShellScript(path)) return { sources: [{ text, toFile: shiftBy(0), language: "powershell" }], notes: [] };
  if (isBatchScript(path)) return { sources: [{ text, toFile: shiftBy(0), language: "batch" }], notes: [] };
  if (!isPackageJson(path)) return { sources: [{ text, toFile: shiftBy(0) }], notes: [] };
  try {
    const sources = packageScripts(text).map(({ name, command }) => ({
      text: command.value,
      toFile: command.map,
      label: `script ${JSON.stringify(name)}`
    }));
    return { sources, notes: [] };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { sources: [], notes: [`${path}: not valid JSON (${error.message}); npm cannot run its scripts`] };
  }
}

// src/rules/shell/lib/repo-files.ts
function repoFileReader(context, side = "head") {
  const read = (path) => {
    if (side === "base") {
      const changed = context.files.find((f) => (f.previousPath ?? f.path) === path && f.status !== "added");
      if (changed) return changed.baseText;
      if (context.files.some((f) => f.path === path)) return void 0;
    } else {
      const changed = context.files.find((f) => f.path === path);
      if (changed) return changed.status === "removed" ? void 0 : changed.headText;
    }
    const neighbour = context.neighbours?.find((n) => n.path === path)?.text;
    if (neighbour !== void 0) return neighbour;
    return side === "base" ? context.baseTree?.read(path) : void 0;
  };
  read.list = (folder) => {
    const prefix = folder === "" ? "" : folder.replace(/\/+$/, "") + "/";
    const removed = new Set(context.files.filter((f) => f.status === "removed").map((f) => f.path));
    const paths = [
      ...context.files.filter((f) => f.status !== "removed").map((f) => f.path),
      ...(context.neighbours ?? []).map((n) => n.path),
      ...context.baseTree?.list(folder) ?? []
    ];
    return [...new Set(paths)].filter((p) => p.startsWith(prefix) && (side === "base" || !removed.has(p))).sort();
  };
  return read;
}

// src/parsers/shell/sourced.ts
var SHELLS2 = /^(sh|bash|dash|ash|zsh|ksh)$/;
var MAX_DEPTH2 = 3;
var MAX_SOURCED_CHARS = 256 * 1024;
function sourcedPaths(scriptPath, commands) {
  const out = [];
  for (const command of commands) {
    if (command.calledThrough.length || command.wrappers.some((w) => !SHELLS2.test(w))) continue;
    const program = command.argv[0];
    if (program !== "source" && program !== ".") continue;
    const arg = command.argv[1];
    if (arg === void 0) continue;
    const candidates = candidatePaths(scriptPath, arg);
    if (candidates.length) out.push({ path: candidates, command });
  }
  return out;
}
function candidatePaths(scriptPath, arg) {
  const dir = scriptPath.includes("/") ? scriptPath.slice(0, scriptPath.lastIndexOf("/")) : "";
  let literal = 0;
  while (arg.startsWith(DYNAMIC, literal)) literal += DYNAMIC.length;
  if (literal > 0 && arg[literal] === "/") {
    const rest = arg.slice(literal + 1);
    return rest.includes(DYNAMIC) ? [] : [normalise(dir, rest)].filter(isPath);
  }
  if (arg.includes(DYNAMIC) || arg.startsWith("/") || arg.startsWith("~")) return [];
  return [.../* @__PURE__ */ new Set([normalise(dir, arg), normalise("", arg)])].filter(isPath);
}
function isPath(p) {
  return p !== "" && !p.startsWith("../");
}
function inlineSourced(scriptPath, text, read, depth = 0) {
  if (depth >= MAX_DEPTH2 || !/(^|[\s;&|("'])(source|\.)[ \t]/m.test(text)) return void 0;
  const sourced = sourcedPaths(scriptPath, parseShell(text).commands);
  const splices = [];
  for (const { path: candidates, command } of sourced) {
    for (const path of candidates) {
      if (path === scriptPath) continue;
      const body = read(path);
      if (body === void 0 || body.length > MAX_SOURCED_CHARS) continue;
      const inner = inlineSourced(path, body, read, depth + 1);
      const at2 = text.lastIndexOf("\n", command.span.start - 1) + 1;
      splices.push({ at: at2, text: inner?.text ?? body, path, command: command.span, ...inner ? { inner } : {} });
      break;
    }
  }
  if (!splices.length) return void 0;
  splices.sort((a, b) => a.at - b.at);
  let combined = "";
  const regions = [];
  const pieces = [];
  let copied = 0;
  for (const splice of splices) {
    pieces.push({ combined: combined.length, script: copied });
    combined += text.slice(copied, splice.at);
    copied = splice.at;
    const start = combined.length;
    combined += splice.text + "\n";
    const own = read(splice.path) ?? "";
    regions.push({
      start,
      end: combined.length,
      path: splice.path,
      sourceCommand: splice.command,
      toOwn: splice.inner?.toScript ?? ((offset) => offset),
      depth,
      lines: new LineIndex(own)
    });
    for (const r of splice.inner?.regions ?? []) regions.push({ ...r, start: start + r.start, end: start + r.end });
  }
  pieces.push({ combined: combined.length, script: copied });
  combined += text.slice(copied);
  const toScript = (offset) => {
    const region = regions.find((r) => offset >= r.start && offset < r.end && r.depth === depth);
    if (region) return region.sourceCommand.start;
    let piece = pieces[0];
    for (const p of pieces) if (p.combined <= offset) piece = p;
    return piece.script + (offset - piece.combined);
  };
  return { text: combined, toScript, regions };
}
function sourcedLocation(inlined, offset) {
  let region;
  for (const r of inlined.regions)
    if (offset >= r.start && offset < r.end && (!region || r.end - r.start < region.end - region.start)) region = r;
  if (!region) return void 0;
  return { region, line: region.lines.lineOf(region.toOwn(offset - region.start)) };
}

// src/rules/shell/lib/sourced-commands.ts
function readSourcing(text, inlined, outer) {
  const parsed = parseShell(inlined.text);
  const inSourced = (offset) => sourcedLocation(inlined, offset) !== void 0;
  const toFile_ = outer ? (offset) => outer.toFile(inlined.toScript(offset)) : inlined.toScript;
  const source = { ...outer, text: inlined.text, toFile: toFile_ };
  const commands = [];
  const bodies = parsed.functionBodies ?? [];
  for (const command of parsed.commands) {
    if (inSourced(command.span.start)) {
      const inBody = bodies.some((b) => command.span.start >= b.start && command.span.end <= b.end);
      const at2 = sourcedLocation(inlined, command.span.start);
      const top = inlined.regions.find(
        (r) => r.depth === 0 && command.span.start >= r.start && command.span.start < r.end
      );
      if (inBody || command.calledThrough.length || !at2 || !top) continue;
      const span = mapSpan(outer ? outer.toFile : (o) => o, top.sourceCommand);
      const { via: _via, ...located2 } = toFile(command, source);
      commands.push({
        ...located2,
        span,
        argSpans: located2.argSpans.map(() => span),
        origin: { ...located2.origin, sourced: `written in ${at2.region.path}:${at2.line}` }
      });
      continue;
    }
    const where = [];
    if (command.calledThrough.length) {
      const body = parsed.commands.find(
        (b) => inSourced(b.span.start) && b.calledThrough.join(" ") === command.calledThrough.join(" ") && b.argv.join("\0") === command.argv.join("\0")
      );
      const at2 = body && sourcedLocation(inlined, body.span.start);
      if (at2) where.push(`${command.calledThrough[0]} runs it, defined in ${at2.region.path}:${at2.line}`);
    }
    const via = [];
    for (const span of command.via ?? []) {
      const at2 = sourcedLocation(inlined, span.start);
      if (!at2) via.push(span);
      else where.push(`${assignedName(inlined.text, span)} set in ${at2.region.path}:${at2.line}`);
    }
    const own = { ...command };
    if (via.length) own.via = via;
    else delete own.via;
    const located = toFile(own, source);
    if (where.length) located.origin = { ...located.origin, sourced: [...new Set(where)].join("; ") };
    commands.push(located);
  }
  const assignments = parsed.assignments.filter((a) => !inSourced(a.span.start)).map((a) => ({ ...a, span: mapSpan(inlined.toScript, a.span) }));
  const notes = [];
  if (parsed.syntaxError !== void 0 && !inSourced(parsed.syntaxError)) {
    const line = new LineIndex(text).lineOf(inlined.toScript(parsed.syntaxError));
    notes.push(`shell syntax error at line ${line}; its commands were read as far as the parser could`);
  }
  return { commands, assignments, notes };
}
function assignedName(text, span) {
  const m = /^(?:export\s+|local\s+|declare\s+(?:-\w+\s+)*|readonly\s+)?([A-Za-z_]\w*)=/.exec(
    text.slice(span.start, span.end)
  );
  return m?.[1] ?? "a variable";
}
function withSourcedLocations(findings, commands) {
  return findings.map((f) => {
    const command = commands.find(
      (c) => c.origin.sourced && c.span.start === f.unit.start && c.span.end === f.unit.end
    );
    return command ? { ...f, message: `${f.message} (${command.origin.sourced})` } : f;
  });
}

// src/rules/shell/lib/checker.ts
var DATABASE_CLIENT = /psql|mysql|mariadb|clickhouse|snowsql|sqlite3|sqlcmd/;
var readAhead = /* @__PURE__ */ new WeakMap();
function shellCheckerWith(others) {
  return {
    family: "shell",
    rules: shellRules,
    appliesTo: isShellSource,
    // A file whose name says nothing (`ci/release.env`, `lib/common`) is shell when a script, a
    // workflow step or a Dockerfile of the repository sources it: its top-level commands run there.
    appliesInContext: (path, _text, context) => isSourcedByAnother(path, context),
    prepare: async (file, _policy, context) => {
      if (!context || DATABASE_CLIENT.test(file.text)) {
        await Promise.all([loadGrammar("bash"), loadPostgresParser()]);
        return;
      }
      await loadGrammar("bash");
      const result = readCommands(file.path, file.text, repoFileReader(context));
      readAhead.set(file, { context, result });
      if (result.commands.some((c) => (databaseCliCall(c)?.sql.length ?? 0) > 0)) await loadPostgresParser();
    },
    check(file, policy, context) {
      const { path, text, baseText } = file;
      const read = context && repoFileReader(context);
      const ahead = readAhead.get(file);
      const { commands, assignments, notes } = ahead?.context === context ? ahead.result : readCommands(path, text, read);
      const doc = {
        path,
        text,
        commands,
        assignments,
        ...baseText !== void 0 ? { baseText } : {},
        read
      };
      const findings = runRules(shellRules, doc, () => false);
      const sql = cliSqlFindings(doc, policy);
      return {
        findings: [
          ...withSourcedLocations(atAssignments([...findings, ...sql.findings], commands), commands),
          ...others.flatMap((f) => f(doc))
        ],
        notes: [...notes, ...sql.notes]
      };
    }
  };
}
function readCommands(path, text, read) {
  const sourcing = read && !holdsCommandsIn(path, text) && !isPowerShellScript(path) && !isBatchScript(path) ? inlineSourced(path, text, read) : void 0;
  if (sourcing) {
    const read_ = readSourcing(text, sourcing);
    return { ...read_, commands: [...read_.commands, ...madeTargets(path, read_.commands, read)] };
  }
  const { sources, notes } = shellSources(path, text, read);
  const commands = [];
  const assignments = [];
  for (const source of sources) {
    const inlined = read && !source.language && SOURCES_A_FILE.test(source.text) ? inlineSourced(path, source.text, read) : void 0;
    if (inlined) {
      const sourced = readSourcing(source.text, inlined, source);
      commands.push(...sourced.commands);
      assignments.push(...sourced.assignments);
      continue;
    }
    const parsed = source.language === "powershell" ? parsePowerShell(source.text) : source.language === "batch" ? parseBatch(source.text) : parseShell(source.text);
    commands.push(...parsed.commands.map((c) => toFile(c, source)));
    assignments.push(...parsed.assignments.map((a) => ({ ...a, span: mapSpan(source.toFile, a.span) })));
    if (parsed.syntaxError !== void 0) notes.push(syntaxNote(path, text, source, parsed.syntaxError));
  }
  return { commands: [...commands, ...madeTargets(path, commands, read)], assignments, notes };
}
var SOURCES_A_FILE = /(^|[\s;&|("'])(source|\.)[ \t]/m;
function madeTargets(path, commands, read) {
  if (!read) return [];
  const out = [];
  for (const command of commands) {
    const program = command.argv[0]?.slice(command.argv[0].lastIndexOf("/") + 1);
    if (program !== "make" && program !== "gmake") continue;
    for (const source of makeCommandSources(command.argv, path, read)) {
      for (const inner of parseShell(source.text).commands) {
        const located = toFile(inner, { ...source, toFile: () => command.span.start });
        out.push({
          ...located,
          span: command.span,
          argSpans: located.argSpans.map(() => command.span),
          envAssignments: [...command.envAssignments, ...located.envAssignments],
          origin: { ...command.origin, ...source.sourced ? { sourced: source.sourced } : {} }
        });
      }
    }
  }
  return out;
}
var RUNS_ELSEWHERE = /^(kubectl|oc) (exec|run|debug)$|^ssh$|^heroku run/;
function toFile(command, source) {
  const map = source.toFile;
  const stdin = command.stdin;
  return {
    ...command,
    span: mapSpan(map, command.span),
    argSpans: command.argSpans.map((s) => mapSpan(map, s)),
    ...command.via ? { via: command.via.map((s) => mapSpan(map, s)) } : {},
    ...command.stdinFrom ? { stdinFrom: mapSpan(map, command.stdinFrom) } : {},
    ...command.stdoutTo ? { stdoutTo: { ...command.stdoutTo, span: mapSpan(map, command.stdoutTo.span) } } : {},
    envAssignments: [
      ...source.env ?? [],
      ...command.envAssignments.map((e) => ({ ...e, span: mapSpan(map, e.span) }))
    ],
    ...stdin ? { stdin: { text: stdin.text, map: (offset) => map(stdin.map(offset)) } } : {},
    origin: {
      ...source.label ? { label: source.label } : {},
      ...source.sourced ? { sourced: source.sourced } : {},
      // A runner thrown away after the job does not make a cluster, a remote host or a platform's dyno disposable.
      throwaway: (source.throwaway ?? false) && !command.wrappers.some((w) => RUNS_ELSEWHERE.test(w)),
      localHosts: source.localHosts ?? []
    }
  };
}
function atAssignments(findings, commands) {
  const out = [...findings];
  for (const f of findings) {
    const command = commands.find((c) => c.span.start === f.unit.start && c.span.end === f.unit.end && c.via);
    for (const at2 of command?.via ?? []) {
      if (at2.start >= command.span.start && at2.end <= command.span.end) continue;
      out.push({ ...f, span: at2 });
    }
  }
  return out;
}
function cliSqlFindings(doc, policy) {
  const pieces = [];
  for (const command of doc.commands) {
    const call = databaseCliCall(command);
    if (!call || call.local) continue;
    for (const sql of call.sql) {
      pieces.push({
        text: sql.text,
        toFile: sql.toFile,
        call: `${call.program} ${sql.via}`,
        unit: command.span,
        rollbackOnly: false,
        dialect: call.dialect
      });
    }
  }
  return embeddedSqlFindings(doc.path, pieces, policy);
}
function syntaxNote(path, text, source, offset) {
  const line = new LineIndex(text).lineOf(source.toFile(offset));
  const where = source.label ? `${source.label} (line ${line})` : `line ${line}`;
  return `${path}: shell syntax error in ${where}; its commands were read as far as the parser could`;
}

export {
  TOOLS,
  catalogHits,
  shellRules,
  makefileAssignments,
  repoFileReader,
  shellCheckerWith,
  readCommands,
  toFile,
  atAssignments,
  cliSqlFindings
};
