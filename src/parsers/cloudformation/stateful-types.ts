/**
 * CloudFormation resource types that hold data: deleting or replacing one loses it. For each,
 * the properties whose change makes CloudFormation replace the resource (create new, delete old),
 * from the "Update requires: Replacement" notes of the resource reference.
 */
export const STATEFUL_CFN_TYPES: Readonly<Record<string, readonly string[]>> = {
  'AWS::RDS::DBInstance': [
    'DBInstanceIdentifier',
    'DBName',
    'Engine',
    'KmsKeyId',
    'StorageEncrypted',
    'DBClusterIdentifier',
    'CharacterSetName',
    'SourceDBInstanceIdentifier',
    'DBSnapshotIdentifier',
    'MasterUsername',
    'Timezone',
  ],
  'AWS::RDS::DBCluster': [
    'DBClusterIdentifier',
    'DatabaseName',
    'Engine',
    'EngineMode',
    'KmsKeyId',
    'StorageEncrypted',
    'MasterUsername',
    'SnapshotIdentifier',
    'SourceDBClusterIdentifier',
    'RestoreType',
  ],
  'AWS::DynamoDB::Table': ['TableName', 'KeySchema', 'LocalSecondaryIndexes'],
  'AWS::DynamoDB::GlobalTable': ['TableName', 'KeySchema', 'LocalSecondaryIndexes'],
  'AWS::Serverless::SimpleTable': ['TableName', 'PrimaryKey'],
  'AWS::S3::Bucket': ['BucketName'],
  'AWS::EFS::FileSystem': ['Encrypted', 'KmsKeyId', 'PerformanceMode', 'AvailabilityZoneName'],
  'AWS::FSx::FileSystem': ['FileSystemType', 'StorageType', 'KmsKeyId', 'SubnetIds'],
  'AWS::EC2::Volume': ['AvailabilityZone', 'Encrypted', 'KmsKeyId', 'SnapshotId'],
  'AWS::ElastiCache::CacheCluster': ['ClusterName', 'Engine', 'CacheSubnetGroupName', 'SnapshotArns', 'SnapshotName'],
  'AWS::ElastiCache::ReplicationGroup': [
    'ReplicationGroupId',
    'AtRestEncryptionEnabled',
    'CacheSubnetGroupName',
    'KmsKeyId',
    'SnapshotArns',
    'SnapshotName',
  ],
  'AWS::ElastiCache::ServerlessCache': ['ServerlessCacheName', 'Engine', 'KmsKeyId'],
  'AWS::MemoryDB::Cluster': ['ClusterName', 'KmsKeyId', 'SnapshotArns', 'SnapshotName'],
  'AWS::Redshift::Cluster': ['ClusterIdentifier', 'DBName', 'MasterUsername', 'SnapshotIdentifier'],
  'AWS::RedshiftServerless::Namespace': ['NamespaceName', 'DbName'],
  'AWS::DocDB::DBCluster': [
    'DBClusterIdentifier',
    'MasterUsername',
    'StorageEncrypted',
    'KmsKeyId',
    'SnapshotIdentifier',
  ],
  'AWS::DocDB::DBInstance': ['DBInstanceIdentifier', 'DBClusterIdentifier'],
  'AWS::Neptune::DBCluster': ['DBClusterIdentifier', 'StorageEncrypted', 'KmsKeyId', 'SnapshotIdentifier'],
  'AWS::Neptune::DBInstance': ['DBInstanceIdentifier', 'DBClusterIdentifier'],
  'AWS::OpenSearchService::Domain': ['DomainName'],
  'AWS::Elasticsearch::Domain': ['DomainName'],
  'AWS::Kinesis::Stream': ['Name'],
  'AWS::SQS::Queue': ['QueueName', 'FifoQueue'],
  'AWS::Backup::BackupVault': ['BackupVaultName', 'EncryptionKeyArn'],
  'AWS::Timestream::Table': ['TableName', 'DatabaseName'],
  'AWS::Timestream::Database': ['DatabaseName'],
  'AWS::Keyspaces::Table': ['TableName', 'KeyspaceName', 'PartitionKeyColumns', 'ClusteringKeyColumns'],
  'AWS::QLDB::Ledger': ['Name'],
  'AWS::Cognito::UserPool': ['UserPoolName', 'AliasAttributes', 'UsernameAttributes'],
  'AWS::ECR::Repository': ['RepositoryName'],
  'AWS::KMS::Key': [],
  'AWS::Logs::LogGroup': ['LogGroupName'],
};

export function isStatefulCfnType(type: string): boolean {
  return Object.hasOwn(STATEFUL_CFN_TYPES, type);
}

/** `DeletionProtection` on RDS, DocDB, Neptune; `DeletionProtectionEnabled` on DynamoDB, Cognito, QLDB... */
export const DELETION_PROTECTION_PROPERTIES = ['DeletionProtection', 'DeletionProtectionEnabled'] as const;
