import type { Node, Pair } from 'yaml';
import type { Span } from '../../core/types.js';
import { blankTemplateActions } from '../yaml/helm-template.js';
import { pairOf, parseYaml, scalarText, valueAt } from '../yaml/positions.js';

/** One Kubernetes object of a manifest stream. */
export interface KubeObject {
  kind: string;
  apiVersion: string;
  /** The name as written, template actions included (`{{ include "app.fullname" . }}-data`), so versions compare. */
  name: string;
  namespace: string;
  /** `kind/namespace/name`: the same object in both versions. */
  key: string;
  /** The `kind:` line, where a finding about the whole object points. */
  kindSpan: Span;
  /** The whole document. */
  span: Span;
  root: Node;
}

export type ManifestRead = { objects: KubeObject[]; error?: string };

export { looksLikeKubernetes } from './recognise.js';

/**
 * Reads every object of a multi-document manifest. A Helm template is read with its template
 * actions blanked, every offset unchanged; names keep their source text so they still identify objects.
 */
export function readManifests(text: string, helm: boolean): ManifestRead {
  const source = helm ? blankTemplateActions(text) : text;
  const stream = parseYaml(source);
  const objects: KubeObject[] = [];
  for (const doc of stream.documents) {
    const root = doc.root;
    const kindPair = pairOf(root, 'kind');
    const kind = scalarText(kindPair?.value);
    if (!root || !kindPair || !kind) continue;
    objects.push(...objectsOf(root, kindPair, kind, text));
  }
  return stream.error ? { objects, error: stream.error.message } : { objects };
}

function objectsOf(root: Node, kindPair: Pair<Node, Node | null>, kind: string, text: string): KubeObject[] {
  // A `kind: List` holds its objects under items.
  if (kind === 'List') {
    const items = valueAt(root, 'items');
    const out: KubeObject[] = [];
    if (items && 'items' in items && Array.isArray(items.items))
      for (const item of items.items as Node[]) {
        const itemKind = pairOf(item, 'kind');
        const name = scalarText(itemKind?.value);
        if (itemKind && name) out.push(...objectsOf(item, itemKind, name, text));
      }
    return out;
  }
  const name = sourceOf(valueAt(root, 'metadata', 'name'), text);
  const namespace = sourceOf(valueAt(root, 'metadata', 'namespace'), text);
  const range = root.range!;
  return [
    {
      kind,
      apiVersion: scalarText(valueAt(root, 'apiVersion')) ?? '',
      name,
      namespace,
      key: `${kind}/${namespace}/${name}`,
      kindSpan: { start: kindPair.key.range![0], end: kindPair.value!.range![1] },
      span: { start: range[0], end: range[1] },
      root,
    },
  ];
}

function sourceOf(node: Node | null | undefined, text: string): string {
  const range = node?.range;
  return range ? text.slice(range[0], range[1]).trim() : '';
}
