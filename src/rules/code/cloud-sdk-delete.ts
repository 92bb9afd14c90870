import type { Rule } from '../../core/rule.js';
import { booleanOf, propertiesOf, type CodeCall } from '../../parsers/code/read.js';
import { UNKNOWN } from '../../parsers/code/values.js';
import { operationKey, type CodeDocument } from './lib/document.js';

/**
 * SDK operations that delete stored data or the infrastructure holding it, by operation name
 * without case or underscores: AWS SDK v3 `DeleteDBInstanceCommand`, v2 `rds.deleteDBInstance`,
 * boto3 `delete_db_instance`, Go `DeleteDBInstance`, aws-sdk-ruby `delete_db_instance`.
 * Deleting one object or row is not here: an application does that all day.
 */
const DELETE_OPERATIONS: Record<string, string> = {
  deletedbinstance: 'the RDS database instance',
  deletedbcluster: 'the RDS/Aurora database cluster',
  deleteglobalcluster: 'the Aurora global database',
  deletedbsnapshot: 'an RDS snapshot (a backup)',
  deletedbclustersnapshot: 'an RDS cluster snapshot (a backup)',
  deletedbinstanceautomatedbackup: 'the retained automated backups of an RDS instance',
  deletebucket: 'the storage bucket',
  deletetable: 'the table and every item in it',
  deletebackup: 'a table backup',
  deletevolume: 'the block storage volume and its data',
  deletesnapshot: 'a volume snapshot (a backup)',
  terminateinstances: 'the EC2 instances and their attached root volumes',
  deletestack: 'the CloudFormation stack and every resource it created',
  deletefilesystem: 'the file system and its files',
  deleterecoverypoint: 'an AWS Backup recovery point',
  deletebackupvault: 'an AWS Backup vault',
  deletecachecluster: 'the ElastiCache cluster and its data',
  deletereplicationgroup: 'the ElastiCache replication group and its data',
  deleteserverlesscache: 'the ElastiCache serverless cache and its data',
  deletecluster: 'the cluster',
  deletekeyspace: 'the keyspace and its tables',
  deletestream: 'the stream and its records',
  deletequeue: 'the queue and its messages',
  deleteloggroup: 'the log group and its logs',
  deleterepository: 'the repository and its images',
  deletedatabase: 'the database',
  deletedataset: 'the dataset and its tables',
  deleteinstance: 'the database instance',
  deletecontainer: 'the container and everything in it',
  deleteshare: 'the file share and its files',
  deleteelasticsearchdomain: 'the search domain and its indices',
};

/** GCP discovery clients: `sqladmin.instances().delete(...)`, `compute.disks().delete(...)`. */
const GCP_COLLECTIONS = new Set([
  'instances',
  'disks',
  'databases',
  'backupRuns',
  'snapshots',
  'buckets',
  'datasets',
  'tables',
  'clusters',
  'backups',
]);

/** Azure management clients: `client.servers.begin_delete(...)`, `resourceGroups.beginDeleteAndWait(...)`. */
const AZURE_COLLECTIONS = new Set([
  'resource_groups',
  'resourcegroups',
  'servers',
  'databases',
  'storage_accounts',
  'storageaccounts',
  'disks',
  'virtual_machines',
  'virtualmachines',
  'managed_instances',
  'managedinstances',
  'managed_clusters',
  'managedclusters',
  'vaults',
  'backup_vaults',
  'backupvaults',
  'snapshots',
  'database_accounts',
  'databaseaccounts',
  'flexible_servers',
  'flexibleservers',
  'blob_containers',
  'blobcontainers',
  'file_shares',
  'fileshares',
]);
const AZURE_DELETE = new Set(['begin_delete', 'beginDelete', 'beginDeleteAndWait', 'delete']);

type MessageId = 'operation' | 'versions' | 'emptyBucket' | 'computed';

export const cloudSdkDelete: Rule<CodeDocument, MessageId> = {
  meta: {
    id: 'code/cloud-sdk-delete',
    family: 'code',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A cloud SDK call that deletes a database, bucket, table, volume, stack or backup (AWS SDK v2/v3, boto3, Go, Ruby, GCP, Azure).',
    messages: {
      operation: '{call} deletes {what}',
      versions: '{call} deletes object versions, so bucket versioning cannot bring them back',
      emptyBucket: '{call} deletes every object in the bucket',
      computed: 'a {call} chosen at run time ({name}); two-key cannot see which delete it calls',
    },
    examples: {
      invalid: [
        {
          code: "import { RDSClient, DeleteDBInstanceCommand } from '@aws-sdk/client-rds';\nconst rds = new RDSClient({});\nawait rds.send(\n  new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'payments', SkipFinalSnapshot: true }),\n);\n",
          line: 4,
          path: 'scripts/teardown.ts',
        },
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\nrds.delete_db_cluster(DBClusterIdentifier="orders")\n',
          line: 4,
          path: 'ops/teardown.py',
        },
        {
          code: 'package ops\n\nfunc Teardown(ctx context.Context, c *rds.Client) error {\n\t_, err := c.DeleteDBInstance(ctx, &rds.DeleteDBInstanceInput{DBInstanceIdentifier: aws.String("orders")})\n\treturn err\n}\n',
          line: 4,
          path: 'internal/ops/teardown.go',
        },
        {
          code: 'import boto3\n\nbucket = boto3.resource("s3").Bucket("acme-uploads")\nbucket.object_versions.all().delete()\n',
          line: 4,
          path: 'ops/empty_bucket.py',
        },
        {
          code: 'from googleapiclient import discovery\n\nsqladmin = discovery.build("sqladmin", "v1")\nsqladmin.instances().delete(project="acme", instance="orders").execute()\n',
          line: 4,
          path: 'ops/gcp.py',
        },
        {
          code: 'def drop_group(client):\n    poller = client.resource_groups.begin_delete("rg-prod")\n    return poller.result()\n',
          line: 2,
          path: 'ops/azure.py',
        },
      ],
      valid: [
        {
          code: "import { S3Client, DeleteObjectCommand } from '@aws-sdk/client-s3';\nawait new S3Client({}).send(new DeleteObjectCommand({ Bucket: 'uploads', Key: key }));\n",
          path: 'src/uploads.ts',
        },
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\nrds.create_db_snapshot(DBInstanceIdentifier="x", DBSnapshotIdentifier="y")\n',
          path: 'ops/snap.py',
        },
        { code: 's3 = boto3.client("s3")\ns3.delete_object(Bucket="uploads", Key=key)\n', path: 'app/files.py' },
      ],
    },
  },
  check(doc, report) {
    const listsVersions = doc.calls.some((c) => operationKey(c.name) === 'listobjectversions');
    const listsWholeBucket = doc.calls.some((c) => isWholeBucketListing(doc, c));
    for (const call of doc.calls) {
      const label = callLabel(call);
      const unit = call.span;
      const span = call.isNew ? call.span : { start: call.nameSpan.start, end: call.span.end };
      if (call.name.includes(UNKNOWN)) {
        if (/delete|destroy|terminate|drop/i.test(call.name))
          report({
            messageId: 'computed',
            data: { call: 'method', name: call.name.replaceAll(UNKNOWN, '…') },
            span,
            unit,
          });
        continue;
      }
      const key = operationKey(call.name);
      const what = DELETE_OPERATIONS[key];
      if (what) {
        report({ messageId: 'operation', data: { call: label, what }, span, unit });
        continue;
      }
      if ((key === 'deleteobjects' || key === 'deleteobject') && (listsVersions || mentionsVersionId(doc, call))) {
        report({ messageId: 'versions', data: { call: label }, span, unit });
        continue;
      }
      // The keys of a listing with no Prefix handed to DeleteObjects: every object of the bucket.
      if (key === 'deleteobjects' && listsWholeBucket) {
        report({ messageId: 'emptyBucket', data: { call: label }, span, unit });
        continue;
      }
      if (call.name === 'delete' && call.receiver.includes('object_versions')) {
        report({ messageId: 'versions', data: { call: label }, span, unit });
        continue;
      }
      if (call.name === 'delete' && call.receiver.includes('objects') && call.receiver.some((r) => /bucket/i.test(r))) {
        report({ messageId: 'emptyBucket', data: { call: label }, span, unit });
        continue;
      }
      if (call.name === 'deleteFiles' && call.args.length === 0) {
        report({ messageId: 'emptyBucket', data: { call: label }, span, unit });
        continue;
      }
      const previous = call.receiver.at(-1) ?? '';
      if (call.name === 'delete' && previous.endsWith('()') && GCP_COLLECTIONS.has(previous.slice(0, -2))) {
        report({
          messageId: 'operation',
          data: { call: label, what: `the ${previous.slice(0, -2)} resource` },
          span,
          unit,
        });
        continue;
      }
      if (AZURE_DELETE.has(call.name) && AZURE_COLLECTIONS.has(previous.toLowerCase()) && call.name !== 'delete') {
        report({ messageId: 'operation', data: { call: label, what: `the Azure ${previous}` }, span, unit });
        continue;
      }
      // boto3: dynamodb.Table("orders").delete(), or a name assigned from one.
      if (call.name === 'delete' && call.args.length === 0 && isDynamoTable(doc, previous)) {
        report({ messageId: 'operation', data: { call: label, what: DELETE_OPERATIONS.deletetable! }, span, unit });
        continue;
      }
      // google-cloud-storage: bucket.delete(force=True) deletes the objects first.
      if (call.name === 'delete' && /bucket/i.test(previous) && (forced(call) || previous.endsWith('()'))) {
        report({
          messageId: 'operation',
          data: { call: label, what: 'the storage bucket and its objects' },
          span,
          unit,
        });
      }
    }
  },
};

/** `ListObjectsV2Command({ Bucket })`, `list_objects_v2(Bucket=b)`: a listing of the whole bucket, no Prefix. */
function isWholeBucketListing(doc: CodeDocument, call: CodeCall): boolean {
  if (!/^listobjects(v2)?(command)?$/.test(operationKey(call.name))) return false;
  const keys = [
    ...call.args.map((a) => a.key),
    ...call.args.flatMap((a) => propertiesOf(a.value, doc.scope).map((p) => p.key)),
  ];
  return keys.includes('Bucket') && !keys.includes('Prefix');
}

/** `Table()` in a chain, or a name assigned `….Table("orders")`: a boto3 DynamoDB table resource. */
function isDynamoTable(doc: CodeDocument, previous: string): boolean {
  if (previous === 'Table()') return doc.language === 'python';
  const assigned = doc.scope.constants.get(previous);
  return doc.language === 'python' && assigned !== undefined && assigned !== null && /\.Table\(/.test(assigned.text);
}

function forced(call: CodeCall): boolean {
  return call.args.some((a) => a.key === 'force' && booleanOf(a.value) === true);
}

function mentionsVersionId(doc: CodeDocument, call: CodeCall): boolean {
  return call.args.some(
    (a) => propertiesOf(a.value, doc.scope).some((p) => p.key === 'VersionId') || a.key === 'VersionId',
  );
}

function callLabel(call: CodeCall): string {
  if (call.isNew) return `new ${call.name}`;
  const receiver = call.receiver.at(-1);
  return receiver && receiver.length <= 40 ? `${receiver}.${call.name}` : call.name;
}
