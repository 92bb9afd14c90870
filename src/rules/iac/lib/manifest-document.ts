import type { Node } from 'yaml';
import type { ComposeFile } from '../../../parsers/kubernetes/compose.js';
import type { KubeObject } from '../../../parsers/kubernetes/manifests.js';

/** What the manifest rules are given: the Kubernetes objects, or the compose file, of both versions. */
export interface ManifestDocument {
  path: string;
  head: KubeObject[];
  base: KubeObject[];
  /** False when the head did not parse: nothing can be called removed then. */
  headRead: boolean;
  compose?: { head?: ComposeFile; base?: ComposeFile };
  /** A Helm values file's root mapping in each version (not Kubernetes objects). */
  values?: { head?: Node; base?: Node };
}

/** Base objects the head no longer has. */
export function removedObjects(doc: ManifestDocument): KubeObject[] {
  if (!doc.headRead) return [];
  const keys = new Set(doc.head.map((o) => o.key));
  return doc.base.filter((o) => !keys.has(o.key));
}
