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
/**
 * The `Resources` mapping of a template; in a Serverless Framework service (`serverless.yml`) the
 * CloudFormation it deploys under `resources.Resources`, or under each item of a `resources` list.
 */
function resourceSections(root: Node | null | undefined): (Node | null)[] | undefined {
  const own = valueOf(root, 'Resources');
  if (own !== undefined) return [own];
  const framework = valueOf(root, 'resources');
  const parts = isSeq(framework) ? itemsOf(framework) : [framework];
  const sections = parts.map((part) => valueOf(part, 'Resources')).filter((section) => section !== undefined);
  return sections.length > 0 ? sections : undefined;
}

export function readTemplate(text: string): CfnRead {
  const stream = parseYaml(text);
  if (stream.error) return { template: undefined, error: stream.error.message };
  const root = stream.documents[0]?.root;
  const sections = resourceSections(root);
  if (sections === undefined) return { template: undefined };
  const out: CfnResource[] = [];
  for (const { key, pair } of sections.flatMap((section) => entriesOf(section))) {
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

export function resourceById(template: CfnTemplate, logicalId: string): CfnResource | undefined {
  return template.resources.find((r) => r.logicalId === logicalId);
}
