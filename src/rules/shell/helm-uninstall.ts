import type { Rule } from '../../core/rule.js';
import { option } from './args.js';
import { reportCatalog, type CliCatalog } from './catalog.js';
import type { ShellDocument } from './document.js';

const HELM: CliCatalog = {
  programs: ['helm'],
  withValue: ['-n', '--namespace', '--kube-context', '--kubeconfig', '--timeout', '--cascade', '--description'],
  local: (args) => /^(kind-|k3d-|minikube$|docker-desktop$)/.test(option(args, '--kube-context')?.value ?? ''),
  entries: ['uninstall', 'delete', 'del', 'un'].map((verb) => ({
    path: verb,
    destroys: 'every resource of the release, persistent volume claims the chart created included',
  })),
};

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
    reportCatalog(doc, HELM, report);
  },
};
