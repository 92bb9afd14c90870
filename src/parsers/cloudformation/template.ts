import type { Node, Pair } from 'yaml';
import type { Span } from '../../core/types.js';
import { isSeq } from 'yaml';
import { entriesOf, itemsOf, pairOf, parseYaml, scalarText, valueOf } from '../yaml/positions.js';

/** One resource of a CloudFormation or SAM template. */
export interface CfnResource {
  logicalId: string;
  /** `AWS::RDS::DBInstance`; empty when the type is not a literal. */
  type: string;
  /** The logical id's key: where a finding about the whole resource points. */
  idSpan: Span;
  /** The whole resource, key to end of its body. */
  span: Span;
  body: Node | null;
  properties: Node | null | undefined;
  attribute(name: 'DeletionPolicy' | 'UpdateReplacePolicy'): Pair<Node, Node | null> | undefined;
}

export interface CfnTemplate {
  resources: CfnResource[];
}

export type CfnRead = { template: CfnTemplate } | { template: undefined; error?: string };

export { looksLikeCloudFormation } from './recognise.js';

/** Reads a template, YAML or JSON (JSON is YAML to the parser, with the same offsets). */
export function readTemplate(text: string): CfnRead {
  const stream = parseYaml(text);
  if (stream.error) return { template: undefined, error: stream.error.message };
  const root = stream.documents[0]?.root;
  const maps = resourceMaps(root);
  if (maps.length === 0) return { template: undefined };
  const out: CfnResource[] = [];
  for (const { key, pair } of maps.flatMap((m) => entriesOf(m))) {
    const body = pair.value;
    const keyRange = pair.key.range!;
    const end = body?.range?.[1] ?? keyRange[1];
    out.push({
      logicalId: key,
      type: scalarText(valueOf(body, 'Type')) ?? '',
      idSpan: { start: keyRange[0], end: keyRange[1] },
      span: { start: keyRange[0], end },
      body,
      properties: valueOf(body, 'Properties'),
      attribute: (name) => pairOf(body, name),
    });
  }
  return { template: { resources: out } };
}

/**
 * Where a file keeps its resources: a template's `Resources`, or the CloudFormation a Serverless
 * Framework service embeds under `resources:` (a map with `Resources`, or a list of such maps).
 */
function resourceMaps(root: Node | null | undefined): Node[] {
  const own = valueOf(root, 'Resources');
  if (own) return [own];
  const embedded = valueOf(root, 'resources');
  const parts = isSeq(embedded) ? itemsOf(embedded) : [embedded];
  return parts.flatMap((part) => {
    const resources = valueOf(part, 'Resources');
    return resources ? [resources] : [];
  });
}

export function resourceById(template: CfnTemplate, logicalId: string): CfnResource | undefined {
  return template.resources.find((r) => r.logicalId === logicalId);
}
