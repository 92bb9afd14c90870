import type { CheckedFile, FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import type { TargetContext } from '../../../core/environment.js';
import { isLocalComposeFile } from '../../env/lib/target-contexts.js';
import { readsManifests } from './applies.js';
import type { Rule } from '../../../core/rule.js';
import { isComposePath, readCompose } from '../../../parsers/kubernetes/compose.js';
import { looksLikeKubernetes, readManifests } from '../../../parsers/kubernetes/manifests.js';
import { isHelmTemplatePath } from '../../../parsers/yaml/helm-template.js';
import { composeVolumeRemoved } from '../compose-volume-removed.js';
import type { ManifestDocument } from './manifest-document.js';
import { operatorBackupWeakened } from '../operator-backup-weakened.js';
import { operatorDatabaseRemoved } from '../operator-database-removed.js';
import { reclaimPolicyDelete } from '../reclaim-policy-delete.js';
import { helmKeepPolicyRemoved } from '../helm-keep-policy-removed.js';
import { removedNamespace } from '../removed-namespace.js';
import { removedVolumeClaim } from '../removed-volume-claim.js';
import { volumeClaimRetentionDelete } from '../volume-claim-retention-delete.js';
import { gitopsPruneEnabled } from '../gitops-prune-enabled.js';
import { deletionPolicyDelete } from '../deletion-policy-delete.js';
import { helmPersistenceDisabled } from '../helm-persistence-disabled.js';
import { isHelmValuesPath } from '../../../parsers/kubernetes/recognise.js';
import { parseYaml } from '../../../parsers/yaml/positions.js';

export const manifestRules: readonly Rule<ManifestDocument>[] = [
  removedVolumeClaim,
  removedNamespace,
  reclaimPolicyDelete,
  helmKeepPolicyRemoved,
  composeVolumeRemoved,
  operatorDatabaseRemoved,
  operatorBackupWeakened,
  volumeClaimRetentionDelete,
  gitopsPruneEnabled,
  deletionPolicyDelete,
  helmPersistenceDisabled,
];

/** Kubernetes manifests (kustomize included), Helm chart templates, and docker-compose files. */
export const manifestChecker: FamilyChecker = {
  family: 'iac',
  rules: manifestRules,
  appliesTo: readsManifests,
  prepare: () => Promise.resolve(),
  check(file) {
    const doc: ManifestDocument = { path: file.path, head: [], base: [], headRead: true };
    const notes: string[] = [];
    if (isComposePath(file.path)) {
      const head = file.status === 'removed' ? {} : readCompose(file.text);
      if (head.error !== undefined) throw new Error(`the compose file does not parse (${head.error})`);
      const base = file.baseText === undefined ? {} : readCompose(file.baseText);
      doc.compose = {};
      if (head.compose) doc.compose.head = head.compose;
      if (base.compose) doc.compose.base = base.compose;
      return { findings: runRules(manifestRules, doc, () => false), notes, contexts: localComposeContexts(file) };
    }
    if (isHelmValuesPath(file.path) && !looksLikeKubernetes(file.text)) {
      const root = (text: string | undefined) => (text === undefined ? undefined : parseYaml(text).documents[0]?.root);
      const head = file.status === 'removed' ? undefined : root(file.text);
      const base = root(file.baseText);
      doc.values = { ...(head ? { head } : {}), ...(base ? { base } : {}) };
      return { findings: runRules(manifestRules, doc, () => false), notes };
    }
    const helm = isHelmTemplatePath(file.path);
    if (file.status !== 'removed') {
      const head = readManifests(file.text, helm);
      doc.head = head.objects;
      if (head.error !== undefined) {
        doc.headRead = false;
        // A Helm template can be valid Go template and still not YAML once its actions are blanked.
        if (helm)
          notes.push(
            `${file.path}: the template is not YAML once its actions are blanked (${head.error}); removed objects were not compared`,
          );
        else if (looksLikeKubernetes(file.text)) throw new Error(`the manifest does not parse (${head.error})`);
      }
    }
    if (file.baseText !== undefined) doc.base = readManifests(file.baseText, helm).objects;
    return { findings: runRules(manifestRules, doc, () => false), notes };
  },
};

/**
 * A compose file named for a developer's machine or a CI run (`docker-compose.dev.yml`) holds only
 * throwaway data: what it loses is reported, as routine. A file renamed into such a name keeps the
 * weight of its old one, so a production stack cannot be relabelled away.
 */
function localComposeContexts(file: CheckedFile): TargetContext[] {
  if (!isLocalComposeFile(file.path) || (file.previousPath !== undefined && !isLocalComposeFile(file.previousPath)))
    return [];
  const reason = `local development compose file (${file.path.split('/').pop()})`;
  const contexts: TargetContext[] = [
    { environment: 'local', reason, span: { start: 0, end: file.text.length }, side: 'head' },
  ];
  if (file.baseText !== undefined)
    contexts.push({ environment: 'local', reason, span: { start: 0, end: file.baseText.length }, side: 'base' });
  return contexts;
}
