import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/rules/iac/lib/replacement-table.ts
var TF_AWS = "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/";
var TF_GOOGLE = "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/";
var TF_AZURE = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/";
var CFN = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/";
var REPLACEMENT_TABLE = [
  {
    // TF: db_instance (identifier, engine, availability_zone, storage_encrypted, kms_key_id, db_name, username, character_set_name, timezone: Forces new resource). CFN: aws-resource-rds-dbinstance.
    store: "RDS DB instance",
    cdk: {
      module: "rds",
      classes: ["DatabaseInstance", "DatabaseInstanceFromSnapshot"],
      props: [
        "instanceIdentifier",
        "databaseName",
        "storageEncrypted",
        "storageEncryptionKey",
        "availabilityZone",
        "timezone",
        "characterSetName"
      ]
    },
    terraform: "aws_db_instance",
    pulumi: ["aws.rds.Instance"],
    cloudformation: "AWS::RDS::DBInstance",
    attributes: [
      "identifier",
      "engine",
      "availability_zone",
      "storage_encrypted",
      "kms_key_id",
      "db_name",
      "username",
      "character_set_name",
      "timezone"
    ],
    properties: [
      "DBInstanceIdentifier",
      "DBName",
      "Engine",
      "KmsKeyId",
      "StorageEncrypted",
      "DBClusterIdentifier",
      "CharacterSetName",
      "SourceDBInstanceIdentifier",
      "DBSnapshotIdentifier",
      "MasterUsername",
      "Timezone"
    ],
    doc: `${TF_AWS}db_instance ; ${CFN}aws-resource-rds-dbinstance.html`
  },
  {
    // TF: rds_cluster (cluster_identifier, engine, database_name, master_username, storage_encrypted, kms_key_id, snapshot_identifier: Forces new resource).
    store: "RDS/Aurora cluster",
    cdk: {
      module: "rds",
      classes: ["DatabaseCluster", "DatabaseClusterFromSnapshot", "ServerlessCluster"],
      props: ["clusterIdentifier", "defaultDatabaseName", "storageEncrypted", "storageEncryptionKey"]
    },
    terraform: "aws_rds_cluster",
    pulumi: ["aws.rds.Cluster"],
    cloudformation: "AWS::RDS::DBCluster",
    attributes: [
      "cluster_identifier",
      "engine",
      "database_name",
      "master_username",
      "storage_encrypted",
      "kms_key_id",
      "snapshot_identifier"
    ],
    properties: [
      "DBClusterIdentifier",
      "DatabaseName",
      "Engine",
      "EngineMode",
      "KmsKeyId",
      "StorageEncrypted",
      "MasterUsername",
      "SnapshotIdentifier",
      "SourceDBClusterIdentifier",
      "RestoreType"
    ],
    doc: `${TF_AWS}rds_cluster ; ${CFN}aws-resource-rds-dbcluster.html`
  },
  {
    store: "DocumentDB cluster",
    terraform: "aws_docdb_cluster",
    pulumi: ["aws.docdb.Cluster"],
    cloudformation: "AWS::DocDB::DBCluster",
    attributes: ["cluster_identifier", "master_username", "storage_encrypted", "kms_key_id", "snapshot_identifier"],
    properties: ["DBClusterIdentifier", "MasterUsername", "StorageEncrypted", "KmsKeyId", "SnapshotIdentifier"],
    doc: `${TF_AWS}docdb_cluster ; ${CFN}aws-resource-docdb-dbcluster.html`
  },
  {
    store: "DocumentDB instance",
    cloudformation: "AWS::DocDB::DBInstance",
    properties: ["DBInstanceIdentifier", "DBClusterIdentifier"],
    doc: `${CFN}aws-resource-docdb-dbinstance.html`
  },
  {
    store: "Neptune cluster",
    terraform: "aws_neptune_cluster",
    cloudformation: "AWS::Neptune::DBCluster",
    attributes: ["cluster_identifier", "storage_encrypted", "kms_key_arn", "snapshot_identifier"],
    properties: ["DBClusterIdentifier", "StorageEncrypted", "KmsKeyId", "SnapshotIdentifier"],
    doc: `${TF_AWS}neptune_cluster ; ${CFN}aws-resource-neptune-dbcluster.html`
  },
  {
    store: "Neptune instance",
    cloudformation: "AWS::Neptune::DBInstance",
    properties: ["DBInstanceIdentifier", "DBClusterIdentifier"],
    doc: `${CFN}aws-resource-neptune-dbinstance.html`
  },
  {
    // TF: dynamodb_table (name, hash_key, range_key: Forces new resource).
    store: "DynamoDB table",
    cdk: {
      module: "dynamodb",
      classes: ["Table"],
      props: ["tableName", "partitionKey.name", "partitionKey.type", "sortKey.name", "sortKey.type"]
    },
    terraform: "aws_dynamodb_table",
    pulumi: ["aws.dynamodb.Table"],
    cloudformation: "AWS::DynamoDB::Table",
    attributes: ["name", "hash_key", "range_key"],
    properties: ["TableName", "KeySchema", "LocalSecondaryIndexes"],
    doc: `${TF_AWS}dynamodb_table ; ${CFN}aws-resource-dynamodb-table.html`
  },
  {
    store: "DynamoDB global table",
    cdk: {
      module: "dynamodb",
      classes: ["TableV2"],
      props: ["tableName", "partitionKey.name", "partitionKey.type", "sortKey.name", "sortKey.type"]
    },
    cloudformation: "AWS::DynamoDB::GlobalTable",
    properties: ["TableName", "KeySchema", "LocalSecondaryIndexes"],
    doc: `${CFN}aws-resource-dynamodb-globaltable.html`
  },
  {
    store: "SAM simple table",
    cloudformation: "AWS::Serverless::SimpleTable",
    properties: ["TableName", "PrimaryKey"],
    doc: "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html"
  },
  {
    // TF: s3_bucket (bucket, bucket_prefix: Forces new resource).
    store: "S3 bucket",
    cdk: { module: "s3", classes: ["Bucket"], props: ["bucketName"] },
    terraform: "aws_s3_bucket",
    pulumi: ["aws.s3.Bucket", "aws.s3.BucketV2"],
    cloudformation: "AWS::S3::Bucket",
    attributes: ["bucket", "bucket_prefix"],
    properties: ["BucketName"],
    doc: `${TF_AWS}s3_bucket ; ${CFN}aws-resource-s3-bucket.html`
  },
  {
    store: "EFS file system",
    cdk: { module: "efs", classes: ["FileSystem"], props: ["encrypted", "kmsKey", "performanceMode"] },
    terraform: "aws_efs_file_system",
    pulumi: ["aws.efs.FileSystem"],
    cloudformation: "AWS::EFS::FileSystem",
    attributes: ["creation_token", "encrypted", "kms_key_id", "performance_mode", "availability_zone_name"],
    properties: ["Encrypted", "KmsKeyId", "PerformanceMode", "AvailabilityZoneName"],
    doc: `${TF_AWS}efs_file_system ; ${CFN}aws-resource-efs-filesystem.html`
  },
  {
    store: "FSx file system",
    cloudformation: "AWS::FSx::FileSystem",
    properties: ["FileSystemType", "StorageType", "KmsKeyId", "SubnetIds"],
    doc: `${CFN}aws-resource-fsx-filesystem.html`
  },
  {
    // TF: ebs_volume (availability_zone, encrypted, kms_key_id, snapshot_id: Forces new resource).
    store: "EBS volume",
    terraform: "aws_ebs_volume",
    pulumi: ["aws.ebs.Volume"],
    cloudformation: "AWS::EC2::Volume",
    attributes: ["availability_zone", "encrypted", "kms_key_id", "snapshot_id"],
    properties: ["AvailabilityZone", "Encrypted", "KmsKeyId", "SnapshotId"],
    doc: `${TF_AWS}ebs_volume ; ${CFN}aws-resource-ec2-volume.html`
  },
  {
    // TF: elasticache_cluster (cluster_id, engine, availability_zone, subnet_group_name: Forces new resource).
    store: "ElastiCache cluster",
    terraform: "aws_elasticache_cluster",
    pulumi: ["aws.elasticache.Cluster"],
    cloudformation: "AWS::ElastiCache::CacheCluster",
    attributes: ["cluster_id", "engine", "availability_zone", "subnet_group_name"],
    properties: ["ClusterName", "Engine", "CacheSubnetGroupName", "SnapshotArns", "SnapshotName"],
    doc: `${TF_AWS}elasticache_cluster ; ${CFN}aws-resource-elasticache-cachecluster.html`
  },
  {
    store: "ElastiCache replication group",
    terraform: "aws_elasticache_replication_group",
    pulumi: ["aws.elasticache.ReplicationGroup"],
    cloudformation: "AWS::ElastiCache::ReplicationGroup",
    attributes: ["replication_group_id", "at_rest_encryption_enabled", "kms_key_id", "subnet_group_name"],
    properties: [
      "ReplicationGroupId",
      "AtRestEncryptionEnabled",
      "CacheSubnetGroupName",
      "KmsKeyId",
      "SnapshotArns",
      "SnapshotName"
    ],
    doc: `${TF_AWS}elasticache_replication_group ; ${CFN}aws-resource-elasticache-replicationgroup.html`
  },
  {
    store: "ElastiCache serverless cache",
    cloudformation: "AWS::ElastiCache::ServerlessCache",
    properties: ["ServerlessCacheName", "Engine", "KmsKeyId"],
    doc: `${CFN}aws-resource-elasticache-serverlesscache.html`
  },
  {
    store: "MemoryDB cluster",
    cloudformation: "AWS::MemoryDB::Cluster",
    properties: ["ClusterName", "KmsKeyId", "SnapshotArns", "SnapshotName"],
    doc: `${CFN}aws-resource-memorydb-cluster.html`
  },
  {
    store: "Redshift cluster",
    terraform: "aws_redshift_cluster",
    pulumi: ["aws.redshift.Cluster"],
    cloudformation: "AWS::Redshift::Cluster",
    attributes: ["cluster_identifier", "database_name", "master_username"],
    properties: ["ClusterIdentifier", "DBName", "MasterUsername", "SnapshotIdentifier"],
    doc: `${TF_AWS}redshift_cluster ; ${CFN}aws-resource-redshift-cluster.html`
  },
  {
    store: "Redshift Serverless namespace",
    cloudformation: "AWS::RedshiftServerless::Namespace",
    properties: ["NamespaceName", "DbName"],
    doc: `${CFN}aws-resource-redshiftserverless-namespace.html`
  },
  {
    store: "OpenSearch domain",
    cdk: { module: "opensearchservice", classes: ["Domain"], props: ["domainName"] },
    terraform: "aws_opensearch_domain",
    cloudformation: "AWS::OpenSearchService::Domain",
    attributes: ["domain_name"],
    properties: ["DomainName"],
    doc: `${TF_AWS}opensearch_domain ; ${CFN}aws-resource-opensearchservice-domain.html`
  },
  {
    store: "Elasticsearch domain",
    cloudformation: "AWS::Elasticsearch::Domain",
    properties: ["DomainName"],
    doc: `${CFN}aws-resource-elasticsearch-domain.html`
  },
  {
    store: "Kinesis stream",
    cdk: { module: "kinesis", classes: ["Stream"], props: ["streamName"] },
    cloudformation: "AWS::Kinesis::Stream",
    properties: ["Name"],
    doc: `${CFN}aws-resource-kinesis-stream.html`
  },
  {
    store: "SQS queue",
    cdk: { module: "sqs", classes: ["Queue"], props: ["queueName", "fifo"] },
    cloudformation: "AWS::SQS::Queue",
    properties: ["QueueName", "FifoQueue"],
    doc: `${CFN}aws-resource-sqs-queue.html`
  },
  {
    store: "Backup vault",
    cloudformation: "AWS::Backup::BackupVault",
    properties: ["BackupVaultName", "EncryptionKeyArn"],
    doc: `${CFN}aws-resource-backup-backupvault.html`
  },
  {
    store: "Timestream table",
    cloudformation: "AWS::Timestream::Table",
    properties: ["TableName", "DatabaseName"],
    doc: `${CFN}aws-resource-timestream-table.html`
  },
  {
    store: "Timestream database",
    cloudformation: "AWS::Timestream::Database",
    properties: ["DatabaseName"],
    doc: `${CFN}aws-resource-timestream-database.html`
  },
  {
    store: "Keyspaces table",
    cloudformation: "AWS::Keyspaces::Table",
    properties: ["TableName", "KeyspaceName", "PartitionKeyColumns", "ClusteringKeyColumns"],
    doc: `${CFN}aws-resource-cassandra-table.html`
  },
  {
    store: "QLDB ledger",
    cloudformation: "AWS::QLDB::Ledger",
    properties: ["Name"],
    doc: `${CFN}aws-resource-qldb-ledger.html`
  },
  {
    store: "Cognito user pool",
    cloudformation: "AWS::Cognito::UserPool",
    properties: ["UserPoolName", "AliasAttributes", "UsernameAttributes"],
    doc: `${CFN}aws-resource-cognito-userpool.html`
  },
  {
    store: "ECR repository",
    cloudformation: "AWS::ECR::Repository",
    properties: ["RepositoryName"],
    doc: `${CFN}aws-resource-ecr-repository.html`
  },
  {
    store: "CloudWatch log group",
    cloudformation: "AWS::Logs::LogGroup",
    properties: ["LogGroupName"],
    doc: `${CFN}aws-resource-logs-loggroup.html`
  },
  {
    // Cloud SQL: the instance ID and region cannot be modified after creation
    // (https://cloud.google.com/sql/docs/instance-settings); the provider replaces on name and
    // region, and on database_version except a major upgrade within one engine.
    store: "Cloud SQL instance",
    terraform: "google_sql_database_instance",
    pulumi: ["gcp.sql.DatabaseInstance"],
    attributes: ["name", "region", "project"],
    family: ["database_version"],
    doc: `${TF_GOOGLE}sql_database_instance`
  },
  {
    store: "Cloud SQL database",
    terraform: "google_sql_database",
    pulumi: ["gcp.sql.Database"],
    attributes: ["name", "instance", "project"],
    doc: `${TF_GOOGLE}sql_database`
  },
  {
    store: "Cloud Storage bucket",
    terraform: "google_storage_bucket",
    pulumi: ["gcp.storage.Bucket"],
    attributes: ["name", "location", "project"],
    doc: `${TF_GOOGLE}storage_bucket`
  },
  {
    store: "BigQuery dataset",
    terraform: "google_bigquery_dataset",
    pulumi: ["gcp.bigquery.Dataset"],
    attributes: ["dataset_id", "location", "project"],
    doc: `${TF_GOOGLE}bigquery_dataset`
  },
  {
    store: "BigQuery table",
    terraform: "google_bigquery_table",
    pulumi: ["gcp.bigquery.Table"],
    attributes: ["dataset_id", "table_id", "project"],
    doc: `${TF_GOOGLE}bigquery_table`
  },
  {
    store: "persistent disk",
    terraform: "google_compute_disk",
    pulumi: ["gcp.compute.Disk"],
    attributes: [
      "name",
      "zone",
      "type",
      "image",
      "snapshot",
      "project",
      "source_disk",
      "physical_block_size_bytes",
      "storage_pool",
      "description"
    ],
    doc: `${TF_GOOGLE}compute_disk`
  },
  {
    store: "Memorystore Redis instance",
    terraform: "google_redis_instance",
    pulumi: ["gcp.redis.Instance"],
    attributes: [
      "name",
      "region",
      "location_id",
      "tier",
      "authorized_network",
      "connect_mode",
      "customer_managed_key",
      "transit_encryption_mode",
      "reserved_ip_range",
      "alternative_location_id",
      "project"
    ],
    doc: `${TF_GOOGLE}redis_instance`
  },
  {
    store: "Spanner database",
    terraform: "google_spanner_database",
    pulumi: ["gcp.spanner.Database"],
    attributes: ["name", "instance", "database_dialect", "project"],
    doc: `${TF_GOOGLE}spanner_database`
  },
  {
    // azurerm: name, resource_group_name and location: "Changing this forces a new ... to be created".
    store: "Azure PostgreSQL flexible server",
    terraform: "azurerm_postgresql_flexible_server",
    pulumi: ["azure.postgresql.FlexibleServer"],
    attributes: ["name", "resource_group_name", "location", "geo_redundant_backup_enabled", "delegated_subnet_id"],
    doc: `${TF_AZURE}postgresql_flexible_server`
  },
  {
    store: "Azure MySQL flexible server",
    terraform: "azurerm_mysql_flexible_server",
    pulumi: ["azure.mysql.FlexibleServer"],
    attributes: [
      "name",
      "resource_group_name",
      "location",
      "administrator_login",
      "geo_redundant_backup_enabled",
      "delegated_subnet_id"
    ],
    doc: `${TF_AZURE}mysql_flexible_server`
  },
  {
    store: "Azure SQL server",
    terraform: "azurerm_mssql_server",
    pulumi: ["azure.mssql.Server"],
    attributes: ["name", "resource_group_name", "location", "version", "administrator_login"],
    doc: `${TF_AZURE}mssql_server`
  },
  {
    store: "Azure SQL database",
    terraform: "azurerm_mssql_database",
    pulumi: ["azure.mssql.Database"],
    attributes: ["name", "server_id", "collation", "ledger_enabled"],
    doc: `${TF_AZURE}mssql_database`
  },
  {
    store: "Azure storage account",
    terraform: "azurerm_storage_account",
    pulumi: ["azure.storage.Account"],
    attributes: [
      "name",
      "resource_group_name",
      "location",
      "account_tier",
      "is_hns_enabled",
      "edge_zone",
      "infrastructure_encryption_enabled",
      "queue_encryption_key_type",
      "table_encryption_key_type"
    ],
    doc: `${TF_AZURE}storage_account`
  },
  {
    store: "Azure Cache for Redis",
    terraform: "azurerm_redis_cache",
    pulumi: ["azure.redis.Cache"],
    attributes: ["name", "resource_group_name", "location", "subnet_id", "private_static_ip_address", "zones"],
    doc: `${TF_AZURE}redis_cache`
  },
  // Google, from the provider schemas (ForceNew: true on the top-level argument).
  {
    store: "Bigtable instance",
    terraform: "google_bigtable_instance",
    pulumi: ["gcp.bigtable.Instance"],
    attributes: ["name", "project"],
    doc: `${TF_GOOGLE}bigtable_instance`
  },
  {
    store: "Bigtable table",
    terraform: "google_bigtable_table",
    pulumi: ["gcp.bigtable.Table"],
    attributes: ["name", "instance_name", "split_keys", "project"],
    doc: `${TF_GOOGLE}bigtable_table`
  },
  {
    store: "Spanner instance",
    terraform: "google_spanner_instance",
    pulumi: ["gcp.spanner.Instance"],
    attributes: ["name", "config", "project"],
    doc: `${TF_GOOGLE}spanner_instance`
  },
  {
    store: "regional persistent disk",
    terraform: "google_compute_region_disk",
    pulumi: ["gcp.compute.RegionDisk"],
    attributes: ["name", "region", "replica_zones", "type", "snapshot", "image", "source_disk", "project"],
    doc: `${TF_GOOGLE}compute_region_disk`
  },
  {
    store: "Filestore instance",
    terraform: "google_filestore_instance",
    pulumi: ["gcp.filestore.Instance"],
    attributes: ["name", "tier", "location", "zone", "kms_key_name", "protocol", "project"],
    doc: `${TF_GOOGLE}filestore_instance`
  },
  {
    store: "AlloyDB cluster",
    terraform: "google_alloydb_cluster",
    pulumi: ["gcp.alloydb.Cluster"],
    attributes: ["cluster_id", "location", "project"],
    doc: `${TF_GOOGLE}alloydb_cluster`
  },
  {
    store: "Firestore database",
    terraform: "google_firestore_database",
    pulumi: ["gcp.firestore.Database"],
    attributes: ["name", "location_id", "database_edition", "project"],
    doc: `${TF_GOOGLE}firestore_database`
  },
  {
    store: "Pub/Sub subscription",
    terraform: "google_pubsub_subscription",
    pulumi: ["gcp.pubsub.Subscription"],
    attributes: ["name", "topic", "enable_message_ordering", "filter", "project"],
    doc: `${TF_GOOGLE}pubsub_subscription`
  },
  // Azure, from the provider documentation ("Changing this forces a new resource to be created").
  {
    store: "Azure PostgreSQL flexible server database",
    terraform: "azurerm_postgresql_flexible_server_database",
    pulumi: ["azure.postgresql.FlexibleServerDatabase"],
    attributes: ["name", "server_id", "charset", "collation"],
    doc: `${TF_AZURE}postgresql_flexible_server_database`
  },
  {
    store: "Azure MySQL flexible database",
    terraform: "azurerm_mysql_flexible_database",
    pulumi: ["azure.mysql.FlexibleDatabase"],
    attributes: ["name", "server_name", "resource_group_name", "charset", "collation"],
    doc: `${TF_AZURE}mysql_flexible_database`
  },
  {
    store: "Azure SQL managed instance",
    terraform: "azurerm_mssql_managed_instance",
    pulumi: ["azure.mssql.ManagedInstance"],
    attributes: ["name", "resource_group_name", "location", "administrator_login", "collation", "timezone_id"],
    doc: `${TF_AZURE}mssql_managed_instance`
  },
  {
    store: "Azure storage container",
    terraform: "azurerm_storage_container",
    pulumi: ["azure.storage.Container"],
    attributes: ["name", "storage_account_id", "storage_account_name"],
    doc: `${TF_AZURE}storage_container`
  },
  {
    store: "Azure file share",
    terraform: "azurerm_storage_share",
    pulumi: ["azure.storage.Share"],
    attributes: ["name", "storage_account_id", "storage_account_name", "enabled_protocol"],
    doc: `${TF_AZURE}storage_share`
  },
  {
    store: "Azure Data Lake Gen2 filesystem",
    terraform: "azurerm_storage_data_lake_gen2_filesystem",
    pulumi: ["azure.storage.DataLakeGen2Filesystem"],
    attributes: ["name", "storage_account_id"],
    doc: `${TF_AZURE}storage_data_lake_gen2_filesystem`
  },
  {
    store: "Cosmos DB account",
    terraform: "azurerm_cosmosdb_account",
    pulumi: ["azure.cosmosdb.Account"],
    attributes: ["name", "resource_group_name", "location", "kind", "key_vault_key_id"],
    doc: `${TF_AZURE}cosmosdb_account`
  },
  {
    store: "Cosmos DB SQL container",
    terraform: "azurerm_cosmosdb_sql_container",
    pulumi: ["azure.cosmosdb.SqlContainer"],
    attributes: [
      "name",
      "resource_group_name",
      "account_name",
      "database_name",
      "partition_key_paths",
      "partition_key_kind"
    ],
    doc: `${TF_AZURE}cosmosdb_sql_container`
  },
  {
    store: "Cosmos DB Mongo collection",
    terraform: "azurerm_cosmosdb_mongo_collection",
    pulumi: ["azure.cosmosdb.MongoCollection"],
    attributes: ["name", "resource_group_name", "account_name", "database_name", "shard_key"],
    doc: `${TF_AZURE}cosmosdb_mongo_collection`
  },
  ...[
    ["Cosmos DB SQL database", "cosmosdb_sql_database", "SqlDatabase"],
    ["Cosmos DB Mongo database", "cosmosdb_mongo_database", "MongoDatabase"],
    ["Cosmos DB Cassandra keyspace", "cosmosdb_cassandra_keyspace", "CassandraKeyspace"],
    ["Cosmos DB table", "cosmosdb_table", "Table"]
  ].map(([store, type, pulumi]) => ({
    store,
    terraform: `azurerm_${type}`,
    pulumi: [`azure.cosmosdb.${pulumi}`],
    attributes: ["name", "resource_group_name", "account_name"],
    doc: `${TF_AZURE}${type}`
  })),
  {
    store: "Azure managed disk",
    terraform: "azurerm_managed_disk",
    pulumi: ["azure.compute.ManagedDisk"],
    attributes: [
      "name",
      "resource_group_name",
      "location",
      "create_option",
      "source_resource_id",
      "source_uri",
      "image_reference_id",
      "logical_sector_size",
      "security_type",
      "zone"
    ],
    doc: `${TF_AZURE}managed_disk`
  },
  {
    store: "Azure Key Vault",
    terraform: "azurerm_key_vault",
    pulumi: ["azure.keyvault.KeyVault"],
    attributes: ["name", "resource_group_name", "location"],
    doc: `${TF_AZURE}key_vault`
  },
  {
    store: "Service Bus queue",
    terraform: "azurerm_servicebus_queue",
    pulumi: ["azure.servicebus.Queue"],
    attributes: ["name", "namespace_id", "requires_session", "requires_duplicate_detection", "partitioning_enabled"],
    doc: `${TF_AZURE}servicebus_queue`
  },
  {
    store: "Azure Data Explorer database",
    terraform: "azurerm_kusto_database",
    pulumi: ["azure.kusto.Database"],
    attributes: ["name", "resource_group_name", "location", "cluster_name"],
    doc: `${TF_AZURE}kusto_database`
  }
];
function terraformReplacementRow(type) {
  return REPLACEMENT_TABLE.find((r) => r.terraform === type);
}
function cloudFormationReplacementRow(type) {
  return REPLACEMENT_TABLE.find((r) => r.cloudformation === type);
}
function codeReplacementRow(qualified) {
  for (const row of REPLACEMENT_TABLE) {
    if (row.pulumi?.some(
      (p) => qualified === p || qualified.includes(".") && p.endsWith(`.${qualified}`) || qualified.endsWith(`.${p.split(".").slice(1).join(".")}`)
    ))
      return { row, spelling: "terraform" };
    if (row.cloudformation) {
      const [, service = "", kind = ""] = row.cloudformation.split("::");
      const parts = qualified.split(".");
      const module = parts.length > 1 ? parts[parts.length - 2].toLowerCase().replace(/^aws_/, "") : void 0;
      if (parts[parts.length - 1] === `Cfn${kind}` && (module === void 0 || module === service.toLowerCase()))
        return { row, spelling: "cloudformation" };
    }
  }
  return void 0;
}
function versionFamily(value) {
  return typeof value === "string" ? value.replace(/_.*$/, "") : value;
}
function cdkReplacementRow(qualified) {
  const parts = qualified.split(".");
  const className = parts[parts.length - 1];
  const module = parts.length > 1 ? parts[parts.length - 2].toLowerCase().replace(/^aws_/, "") : void 0;
  return REPLACEMENT_TABLE.find(
    (r) => r.cdk?.classes.includes(className) && (module === void 0 || module === r.cdk.module || r.cdk.module === "opensearchservice" && module === "opensearch")
  );
}

export {
  REPLACEMENT_TABLE,
  terraformReplacementRow,
  cloudFormationReplacementRow,
  codeReplacementRow,
  versionFamily,
  cdkReplacementRow
};
