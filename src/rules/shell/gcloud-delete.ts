import type { Rule } from '../../core/rule.js';
import { hasOption } from './args.js';
import { reportCatalog, type CliCatalog } from './catalog.js';
import type { ShellDocument } from './document.js';

const GCLOUD: CliCatalog = {
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
  entries: [
    { path: 'sql instances delete', destroys: 'the Cloud SQL instance, its databases and its backups' },
    { path: 'sql databases delete', destroys: 'the database and every table in it' },
    { path: 'projects delete', destroys: 'the whole project and every resource in it' },
    {
      path: 'storage rm',
      destroys: 'every object under the path',
      when: (a) => hasOption(a, '-r', '-R', '--recursive'),
    },
    { path: 'storage buckets delete', destroys: 'the bucket' },
    { path: 'compute disks delete', destroys: 'the disks and their data' },
    { path: 'compute instances delete', destroys: 'the instances and their auto-delete disks' },
    { path: 'compute snapshots delete', destroys: 'the disk snapshots' },
    { path: 'container clusters delete', destroys: 'the cluster with its workloads and volumes' },
    { path: 'spanner instances delete', destroys: 'the Spanner instance and its databases' },
    { path: 'spanner databases delete', destroys: 'the Spanner database' },
    { path: 'firestore databases delete', destroys: 'the Firestore database' },
    { path: 'bigtable instances delete', destroys: 'the Bigtable instance and its tables' },
    { path: 'redis instances delete', destroys: 'the Memorystore instance and its data' },
    { path: 'filestore instances delete', destroys: 'the file share and its files' },
  ],
};

const GSUTIL: CliCatalog = {
  programs: ['gsutil'],
  withValue: ['-o', '-h', '-p', '-u'],
  entries: [
    { path: 'rm', destroys: 'every object under the path', when: (a) => hasOption(a, '-r', '-R', '-a') },
    { path: 'rm', destroys: 'every object the wildcard matches' },
    { path: 'rb', destroys: 'the bucket' },
  ],
};

const BQ: CliCatalog = {
  programs: ['bq'],
  withValue: ['--project_id', '--location', '--format'],
  entries: [{ path: 'rm', destroys: 'the dataset or table and its rows' }],
};

export const gcloudDelete: Rule<ShellDocument, 'destroys'> = {
  meta: {
    id: 'shell/gcloud-delete',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A Google Cloud CLI command (`gcloud`, `gsutil`, `bq`) that deletes stored data: SQL instances, projects, buckets and objects, disks, datasets.',
    messages: { destroys: '{command} deletes {destroys}' },
    examples: {
      invalid: [
        {
          code: 'jobs:\n  purge:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gsutil -m rm -r "gs://acme-prod-db-backups/**"\n',
          line: 5,
          path: '.github/workflows/purge.yml',
        },
        { code: 'gcloud sql instances delete prod-db --quiet\n', line: 1, path: 'scripts/x.sh' },
        { code: "eval 'gcloud projects delete acme-prod'\n", line: 1, path: 'scripts/x.sh' },
      ],
      valid: [{ code: 'gcloud sql instances list\ngsutil ls gs://acme-prod-db-backups\n', path: 'scripts/x.sh' }],
    },
  },
  check(doc, report) {
    for (const catalog of [GCLOUD, GSUTIL, BQ]) reportCatalog(doc, catalog, report);
  },
};
