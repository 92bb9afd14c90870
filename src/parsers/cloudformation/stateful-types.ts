/**
 * CloudFormation resource types that hold data: deleting or replacing one loses it. The
 * properties whose change replaces each are in src/rules/iac/lib/replacement-table.ts.
 */
export const STATEFUL_CFN_TYPES: ReadonlySet<string> = new Set([
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBCluster',
  'AWS::DynamoDB::Table',
  'AWS::DynamoDB::GlobalTable',
  'AWS::Serverless::SimpleTable',
  'AWS::S3::Bucket',
  'AWS::EFS::FileSystem',
  'AWS::FSx::FileSystem',
  'AWS::EC2::Volume',
  'AWS::ElastiCache::CacheCluster',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::ElastiCache::ServerlessCache',
  'AWS::MemoryDB::Cluster',
  'AWS::Redshift::Cluster',
  'AWS::RedshiftServerless::Namespace',
  'AWS::DocDB::DBCluster',
  'AWS::DocDB::DBInstance',
  'AWS::Neptune::DBCluster',
  'AWS::Neptune::DBInstance',
  'AWS::OpenSearchService::Domain',
  'AWS::Elasticsearch::Domain',
  'AWS::Kinesis::Stream',
  'AWS::SQS::Queue',
  'AWS::Backup::BackupVault',
  'AWS::Timestream::Table',
  'AWS::Timestream::Database',
  'AWS::Keyspaces::Table',
  'AWS::QLDB::Ledger',
  'AWS::Cognito::UserPool',
  'AWS::ECR::Repository',
  'AWS::KMS::Key',
  'AWS::Logs::LogGroup',
]);

export function isStatefulCfnType(type: string): boolean {
  return STATEFUL_CFN_TYPES.has(type);
}

/** `DeletionProtection` on RDS, DocDB, Neptune; `DeletionProtectionEnabled` on DynamoDB, Cognito, QLDB... */
export const DELETION_PROTECTION_PROPERTIES = ['DeletionProtection', 'DeletionProtectionEnabled'] as const;
