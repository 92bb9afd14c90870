import type { Node, Pair } from 'yaml';
import type { Span } from '../../../core/types.js';
import { resourceById, type CfnResource, type CfnTemplate } from '../../../parsers/cloudformation/template.js';
import { pairOf, pairSpan, scalarText } from '../../../parsers/yaml/positions.js';

/** What the CloudFormation rules are given: both versions of a template, when they read. */
export interface CfnDocument {
  path: string;
  /** Undefined when the change removes the file (or the head is no longer a template). */
  head?: CfnTemplate;
  /** Undefined when the change adds the file. */
  base?: CfnTemplate;
  /** A stack policy's statements in each version (a policy file, or a Serverless `provider.stackPolicy`). */
  policyHead?: Node;
  policyBase?: Node;
}

/** Each head resource with its base version, when the base had one of the same logical id and type. */
export function pairedResources(doc: CfnDocument): { head: CfnResource; base: CfnResource }[] {
  if (!doc.head || !doc.base) return [];
  const out: { head: CfnResource; base: CfnResource }[] = [];
  for (const head of doc.head.resources) {
    const base = resourceById(doc.base, head.logicalId);
    if (base && base.type === head.type) out.push({ head, base });
  }
  return out;
}

export function propertyPair(resource: CfnResource, name: string): Pair<Node, Node | null> | undefined {
  return pairOf(resource.properties, name);
}

/** A literal boolean (`true`, `"false"`); undefined when the value is an intrinsic or absent. */
export function booleanValue(pair: Pair<Node, Node | null> | undefined): boolean | undefined {
  const text = scalarText(pair?.value)?.toLowerCase();
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

export function spanOfPair(pair: Pair<Node, Node | null>): Span {
  return pairSpan(pair);
}
