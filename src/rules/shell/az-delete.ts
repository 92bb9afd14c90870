import { catalogRule } from './lib/catalog.js';

/** Its commands are rows of the command catalog (command-catalog.ts). */
export const azDelete = catalogRule(
  'shell/az-delete',
  'An Azure CLI command that deletes stored data: resource groups, SQL databases and servers, storage accounts, disks.',
  {
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
);
