import { catalogRule } from './lib/catalog.js';

/** Its commands are rows of the command catalog (command-catalog.ts). */
export const gcloudDelete = catalogRule(
  'shell/gcloud-delete',
  'A Google Cloud CLI command (`gcloud`, `gsutil`, `bq`) that deletes stored data: SQL instances, projects, buckets and objects, disks, datasets.',
  {
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
);
