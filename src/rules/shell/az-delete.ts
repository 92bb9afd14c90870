import type { Rule } from '../../core/rule.js';
import { reportCatalog, type CliCatalog } from './catalog.js';
import type { ShellDocument } from './document.js';

const AZ: CliCatalog = {
  programs: ['az'],
  withValue: [
    '-g',
    '--resource-group',
    '-n',
    '--name',
    '--subscription',
    '--server',
    '-s',
    '--account-name',
    '-o',
    '--output',
    '--query',
  ],
  entries: [
    { path: 'group delete', destroys: 'the resource group and every resource in it' },
    { path: 'sql db delete', destroys: 'the database and every table in it' },
    { path: 'sql server delete', destroys: 'the SQL server and its databases' },
    { path: 'storage account delete', destroys: 'the storage account and every blob, file and table in it' },
    { path: 'storage container delete', destroys: 'the container and its blobs' },
    { path: 'cosmosdb delete', destroys: 'the Cosmos DB account and its data' },
    { path: 'postgres flexible-server delete', destroys: 'the PostgreSQL server and its databases' },
    { path: 'postgres server delete', destroys: 'the PostgreSQL server and its databases' },
    { path: 'mysql flexible-server delete', destroys: 'the MySQL server and its databases' },
    { path: 'mysql server delete', destroys: 'the MySQL server and its databases' },
    { path: 'disk delete', destroys: 'the managed disk and its data' },
    { path: 'aks delete', destroys: 'the cluster with its workloads and volumes' },
    { path: 'redis delete', destroys: 'the cache and its data' },
    { path: 'backup vault delete', destroys: 'the backup vault' },
  ],
};

export const azDelete: Rule<ShellDocument, 'destroys'> = {
  meta: {
    id: 'shell/az-delete',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'An Azure CLI command that deletes stored data: resource groups, SQL databases and servers, storage accounts, disks.',
    messages: { destroys: '{command} deletes {destroys}' },
    examples: {
      invalid: [
        { code: 'az group delete --name rg-prod --yes --no-wait\n', line: 1, path: 'scripts/x.sh' },
        {
          code: 'env -u AZURE_DEFAULTS az sql db delete -g rg -s sql-prod -n app --yes\n',
          line: 1,
          path: 'scripts/x.sh',
        },
      ],
      valid: [{ code: 'az group list\naz sql db show -g rg -s sql-prod -n app\n', path: 'scripts/x.sh' }],
    },
  },
  check(doc, report) {
    reportCatalog(doc, AZ, report);
  },
};
