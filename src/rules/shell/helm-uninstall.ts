import { catalogRule } from './lib/catalog.js';

/** Its commands are rows of the command catalog (command-catalog.ts). */
export const helmUninstall = catalogRule(
  'shell/helm-uninstall',
  '`helm uninstall` (or `delete`): deletes every resource of a release.',
  {
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
);
