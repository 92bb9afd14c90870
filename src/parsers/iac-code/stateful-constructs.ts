import type { CodeResource } from './resources.js';

/**
 * CDK constructs that hold data, by `module.Class` as usually imported (`rds.DatabaseInstance`),
 * and by class name alone for `import { Bucket } from 'aws-cdk-lib/aws-s3'`. L1 `Cfn*` classes are
 * the CloudFormation types of the same services.
 */
const CDK_STATEFUL =
  /^(DatabaseInstance|DatabaseInstanceFromSnapshot|DatabaseInstanceReadReplica|DatabaseCluster|DatabaseClusterFromSnapshot|ServerlessCluster|ServerlessClusterFromSnapshot|Bucket|Table|TableV2|GlobalTable|FileSystem|Volume|Domain|Stream|Queue|BackupVault|Key|LogGroup|UserPool|Repository|Cluster|CfnDBInstance|CfnDBCluster|CfnTable|CfnGlobalTable|CfnBucket|CfnFileSystem|CfnVolume|CfnCacheCluster|CfnReplicationGroup|CfnServerlessCache|CfnCluster|CfnDomain|CfnStream|CfnQueue|CfnBackupVault|CfnLedger)$/;

/** Modules whose `Cluster` / `Domain` / `Key`... are the data-holding kind (ECS clusters are not). */
const CDK_STATEFUL_MODULE =
  /^(rds|s3|dynamodb|efs|fsx|ec2|elasticache|memorydb|opensearch|opensearchservice|elasticsearch|kinesis|sqs|backup|kms|logs|cognito|ecr|docdb|neptune|redshift|timestream|keyspaces|qldb|aws_[a-z0-9_]+)$/;

/** Class names that only ever mean a data store, whatever they were imported as. */
const CDK_UNAMBIGUOUS =
  /^(DatabaseInstance\w*|DatabaseCluster\w*|ServerlessCluster\w*|Bucket|TableV2|FileSystem|BackupVault|CfnDBInstance|CfnDBCluster|CfnBucket|CfnCacheCluster|CfnReplicationGroup)$/;

export function isStatefulCdkConstruct(resource: CodeResource): boolean {
  if (!CDK_STATEFUL.test(resource.className)) return false;
  const parts = resource.resolved.split('.');
  if (parts.length === 1) return CDK_UNAMBIGUOUS.test(resource.className);
  const module = parts[parts.length - 2]!.toLowerCase();
  // `Volume` and `Cluster` mean a store only in the storage and database modules.
  if (module === 'ec2') return resource.className === 'Volume' || resource.className === 'CfnVolume';
  return CDK_STATEFUL_MODULE.test(module) || CDK_UNAMBIGUOUS.test(resource.className);
}

/** Pulumi resource types that hold data, by `provider.module.Class` as written in code. */
const PULUMI_STATEFUL =
  /(^|\.)(rds\.(Instance|Cluster|ClusterInstance|GlobalCluster)|dynamodb\.Table|s3\.(Bucket|BucketV2)|efs\.FileSystem|ebs\.Volume|fsx\.\w+FileSystem|elasticache\.(Cluster|ReplicationGroup|ServerlessCache)|memorydb\.Cluster|redshift\.Cluster|docdb\.Cluster|neptune\.Cluster|opensearch\.Domain|elasticsearch\.Domain|kinesis\.Stream|sqs\.Queue|backup\.Vault|kms\.Key|cloudwatch\.LogGroup|cognito\.UserPool|ecr\.Repository|sql\.DatabaseInstance|sql\.Database|storage\.Bucket|compute\.Disk|bigquery\.(Dataset|Table)|spanner\.(Instance|Database)|firestore\.Database|redis\.Instance|alloydb\.Cluster|dbforpostgresql\.\w*Server|dbformysql\.\w*Server|sql\.(Server|Database)|storage\.(StorageAccount|BlobContainer)|compute\.ManagedDisk|cosmosdb\.\w+|core\.v1\.(PersistentVolumeClaim|PersistentVolume|Namespace)|apps\.v1\.StatefulSet|DatabaseCluster|Database|Volume|Droplet)$/;

export function isStatefulPulumiResource(resource: CodeResource): boolean {
  return PULUMI_STATEFUL.test(resource.resolved);
}
