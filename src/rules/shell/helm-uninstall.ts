import type { Rule } from '../../core/rule.js';
import { reportCatalog } from './catalog.js';
import type { ShellDocument } from './document.js';

/** Its commands are rows of the command catalog (command-catalog.ts). */
export const helmUninstall: Rule<ShellDocument, 'destroys'> = {
  meta: {
    id: 'shell/helm-uninstall',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: '`helm uninstall` (or `delete`): deletes every resource of a release.',
    messages: { destroys: '{command} deletes {destroys}' },
    examples: {
      invalid: [
        { code: 'helm uninstall postgres -n data --wait\n', line: 1, path: 'scripts/x.sh' },
        { code: 'teardown:\n\t@helm --kube-context prod delete redis\n', line: 2, path: 'Makefile' },
      ],
      valid: [
        {
          code: 'helm upgrade --install api ./chart -n prod\nhelm --kube-context kind-ci uninstall api\n',
          path: 'scripts/x.sh',
        },
      ],
    },
  },
  check(doc, report) {
    reportCatalog(doc, 'shell/helm-uninstall', report);
  },
};
