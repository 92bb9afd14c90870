import type { Rule } from '../../core/rule.js';
import { hasOption, isLocalUrl, option } from './args.js';
import { reportCatalog, type CliCatalog } from './catalog.js';
import type { ShellDocument } from './document.js';

const recursive = (args: Parameters<NonNullable<CliCatalog['entries'][number]['when']>>[0]) =>
  hasOption(args, '--recursive');

const AWS: CliCatalog = {
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
  ],
  local: (args) => isLocalUrl(option(args, '--endpoint-url')?.value ?? 'https://aws'),
  entries: [
    { path: 'rds delete-db-instance', destroys: 'the database instance and, without a final snapshot, its data' },
    { path: 'rds delete-db-cluster', destroys: 'the database cluster and, without a final snapshot, its data' },
    { path: 'rds delete-db-snapshot', destroys: 'a database snapshot' },
    { path: 'rds delete-db-cluster-snapshot', destroys: 'a database cluster snapshot' },
    { path: 's3 rb', destroys: 'the bucket (with --force, every object in it first)' },
    { path: 's3 rm', destroys: 'every object under the prefix', when: recursive },
    { path: 's3api delete-bucket', destroys: 'the bucket' },
    { path: 's3api delete-objects', destroys: 'every object listed, in one call' },
    {
      path: 's3 sync',
      destroys: 'every object in the bucket that is not in the source (--delete)',
      when: (args) => hasOption(args, '--delete') && /^s3:\/\//.test(args.positionals.at(-1)?.value ?? ''),
    },
    { path: 'ec2 delete-volume', destroys: 'the volume and its data' },
    { path: 'ec2 delete-snapshot', destroys: 'the volume snapshot' },
    {
      path: 'ec2 terminate-instances',
      destroys: 'the instances and their instance-store and delete-on-termination volumes',
    },
    { path: 'dynamodb delete-table', destroys: 'the table and every item in it' },
    { path: 'dynamodb delete-backup', destroys: 'the table backup' },
    {
      path: 'cloudformation delete-stack',
      destroys: 'every resource of the stack whose deletion policy is not Retain',
    },
    { path: 'backup delete-recovery-point', destroys: 'the backup recovery point' },
    { path: 'backup delete-backup-vault', destroys: 'the backup vault' },
    { path: 'efs delete-file-system', destroys: 'the file system and its files' },
    { path: 'elasticache delete-cache-cluster', destroys: 'the cache cluster and its data' },
    { path: 'elasticache delete-replication-group', destroys: 'the replication group and its data' },
    { path: 'redshift delete-cluster', destroys: 'the warehouse cluster and its data' },
    { path: 'docdb delete-db-cluster', destroys: 'the document database cluster' },
    { path: 'opensearch delete-domain', destroys: 'the search domain and its indices' },
    { path: 'es delete-elasticsearch-domain', destroys: 'the search domain and its indices' },
    { path: 'kinesis delete-stream', destroys: 'the stream and its records' },
    { path: 'sqs delete-queue', destroys: 'the queue and its messages' },
    { path: 'ecr delete-repository', destroys: 'the image repository', when: (args) => hasOption(args, '--force') },
  ],
};

export const awsDelete: Rule<ShellDocument, 'destroys'> = {
  meta: {
    id: 'shell/aws-delete',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'An AWS CLI command that deletes stored data: RDS instances and clusters, buckets, volumes, tables, stacks, backups.',
    messages: { destroys: '{command} deletes {destroys}' },
    examples: {
      invalid: [
        { code: 'cleanup:\n\taws s3 rb s3://acme-prod-uploads-legacy --force\n', line: 2, path: 'Makefile' },
        {
          code: 'aws --region eu-west-1 rds delete-db-instance \\\n  --db-instance-identifier prod-db --skip-final-snapshot\n',
          line: 1,
          path: 'scripts/x.sh',
        },
        { code: "echo 'ecrof-- sdaolpu-dorp-emca//:3s br 3s swa' | rev | bash\n", line: 1, path: 'scripts/x.sh' },
        { code: 'RUN ["sh", "-c", "aws s3 rm s3://acme-prod-backups --recursive"]\n', line: 1, path: 'Dockerfile' },
      ],
      valid: [
        { code: 'aws s3 rm s3://acme-tmp/report.csv\naws s3 ls\n', path: 'scripts/x.sh' },
        { code: 'aws --endpoint-url http://localhost:4566 s3 rb s3://test --force\n', path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    reportCatalog(doc, AWS, report);
  },
};
