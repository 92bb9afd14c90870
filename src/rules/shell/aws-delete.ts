import { catalogRule } from './lib/catalog.js';

/** Its commands are rows of the command catalog (command-catalog.ts). */
export const awsDelete = catalogRule(
  'shell/aws-delete',
  'An AWS CLI command that deletes stored data: RDS instances and clusters, buckets, volumes, tables, stacks, backups.',
  {
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
);
