import type { Rule } from '../../core/rule.js';
import { hasOption, option, readArgs } from './lib/args.js';
import { at, commandsRunning, display, type ShellDocument } from './lib/document.js';

const WITH_VALUE = [
  '-n',
  '--namespace',
  '--context',
  '--cluster',
  '--kubeconfig',
  '-l',
  '--selector',
  '-f',
  '--filename',
  '-k',
  '--kustomize',
  '--replicas',
  '-o',
  '--output',
  '--field-selector',
  '--grace-period',
  '--timeout',
  '--user',
  '-s',
  '--server',
  '--prune-allowlist',
];

/** Kinds whose deletion deletes stored data or everything inside them. */
const STATEFUL_KINDS = new Set([
  'namespace',
  'namespaces',
  'ns',
  'persistentvolumeclaim',
  'persistentvolumeclaims',
  'pvc',
  'persistentvolume',
  'persistentvolumes',
  'pv',
  'statefulset',
  'statefulsets',
  'sts',
  'cluster',
  'clusters',
  'postgrescluster',
  'postgresql',
  'database',
  'databases',
  // A custom resource definition takes every resource of its kind with it.
  'customresourcedefinition',
  'customresourcedefinitions',
  'crd',
  'crds',
]);

/** Clusters that live on the machine running the command. */
const LOCAL_CONTEXT = /^(kind-|k3d-|minikube$|docker-desktop$|rancher-desktop$|colima)/;

type MessageId = 'deleteKind' | 'deleteAll' | 'deleteManifests' | 'drain' | 'scaleZero' | 'prune';

export const kubectlDelete: Rule<ShellDocument, MessageId> = {
  meta: {
    id: 'shell/kubectl-delete',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      '`kubectl delete` of namespaces, volumes and claims, stateful sets, `--all` or whole manifests; `drain`, scaling to zero, `apply --prune`.',
    messages: {
      deleteKind: 'kubectl delete {what} deletes it with the volumes and data it holds',
      deleteAll: 'kubectl delete --all deletes every resource of that kind in the namespace',
      deleteManifests: 'kubectl delete -f/-k deletes every resource of the manifests, volumes and namespaces included',
      drain: 'kubectl drain evicts every pod from the node, local volumes (emptyDir) included',
      scaleZero: 'kubectl scale --replicas=0 stops every pod of {what}',
      prune: 'kubectl apply --prune deletes live resources missing from the manifests',
    },
    examples: {
      invalid: [
        {
          code: 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          kubectl delete ns prod --ignore-not-found\n          kubectl create ns prod\n',
          line: 6,
          path: '.github/workflows/deploy.yml',
        },
        {
          code: 'k() { kubectl --context prod "$@"; }\nrecycle() {\n  k delete namespace "$1"\n}\nrecycle payments\n',
          line: 5,
          path: 'ops/helpers.sh',
        },
        { code: 'kubectl -n data delete pvc/postgres-data\n', line: 1, path: 'scripts/x.sh' },
        { code: 'sudo \\\n  kubectl delete --all pods -n prod\n', line: 1, path: 'scripts/x.sh' },
      ],
      valid: [
        { code: 'kubectl -n e2e delete job db-migrate --ignore-not-found\n', path: 'scripts/x.sh' },
        { code: 'kubectl --context kind-e2e delete ns test\n', path: 'scripts/x.sh' },
        { code: 'kubectl get pvc -A\n', path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, 'kubectl', 'oc')) {
      const args = readArgs(command.argv, WITH_VALUE);
      const context = option(args, '--context')?.value;
      if (context !== undefined && LOCAL_CONTEXT.test(context)) continue;
      // `--dry-run=client|server` only prints what would happen; `--dry-run=none` runs.
      const dryRun = option(args, '--dry-run');
      if (dryRun && dryRun.value !== 'none') continue;
      const [verb, ...rest] = args.positionals.map((p) => p.value);
      if (verb === 'delete') {
        if (option(args, '-f', '--filename', '-k', '--kustomize'))
          report({ messageId: 'deleteManifests', ...at(command) });
        else if (hasOption(args, '--all', '--all-namespaces', '-A')) report({ messageId: 'deleteAll', ...at(command) });
        else {
          const kinds = (rest[0] ?? '').split(',').map((k) => k.split('/')[0]!.split('.')[0]!.toLowerCase());
          if (kinds.some((k) => STATEFUL_KINDS.has(k)))
            report({ messageId: 'deleteKind', data: { what: display(rest.slice(0, 2).join(' ')) }, ...at(command) });
        }
      } else if (verb === 'drain') {
        report({ messageId: 'drain', ...at(command) });
      } else if (verb === 'scale' && option(args, '--replicas')?.value === '0') {
        const stateless = statelessScale(rest);
        report({
          messageId: 'scaleZero',
          data: { what: display(rest.join(' ')) },
          ...at(command),
          ...(stateless ? { downgradedBecause: stateless } : {}),
        });
      } else if (verb === 'apply' && hasOption(args, '--prune')) {
        report({ messageId: 'prune', ...at(command) });
      }
    }
  },
};

/** Workloads whose pods keep nothing: their volumes are claims or emptyDirs the workload does not own. */
const STATELESS_WORKLOADS = new Set([
  'deployment',
  'deployments',
  'deploy',
  'replicaset',
  'replicasets',
  'rs',
  'replicationcontroller',
  'rc',
]);

/**
 * Why scaling to zero loses nothing: every workload named is a Deployment or ReplicaSet, whose
 * pods are replaced at will, so scaling back up restores them. A StatefulSet (whose claim
 * retention policy may delete its volumes when scaled down), or a file
 * (`-f`) still blocks.
 */
function statelessScale(rest: readonly string[]): string | undefined {
  const first = rest[0];
  if (first === undefined) return undefined;
  const kinds = first.includes('/')
    ? rest.map((r) => r.split('/')[0]!.split('.')[0]!.toLowerCase())
    : first.split(',').map((k) => k.split('.')[0]!.toLowerCase());
  if (!kinds.every((k) => STATELESS_WORKLOADS.has(k))) return undefined;
  return 'a Deployment or ReplicaSet scaled to zero keeps its spec and volumes: scaling it back up restores it';
}
