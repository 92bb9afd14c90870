import type { Rule } from '../../core/rule.js';
import { reportCatalog } from './catalog.js';
import type { ShellDocument } from './document.js';

/** Its commands are rows of the command catalog (command-catalog.ts). */
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
    reportCatalog(doc, 'shell/az-delete', report);
  },
};
