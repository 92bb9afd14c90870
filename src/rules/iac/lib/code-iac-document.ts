import type { CodeProperty, CodeRead, CodeResource } from '../../../parsers/iac-code/resources.js';
import { booleanLiteral, propertyOf } from '../../../parsers/iac-code/resources.js';

/** What the CDK and Pulumi rules are given: the resources of both versions of one program file. */
export interface CodeIacDocument {
  path: string;
  cdk: boolean;
  pulumi: boolean;
  head: CodeRead;
  /** Undefined when the change adds the file. */
  base?: CodeRead;
}

/** `rds.DatabaseInstance` + its id: the same resource in both versions. */
export function resourceKey(resource: CodeResource): string {
  return `${resource.resolved}|${resource.logicalName}`;
}

export function baseResourceOf(doc: CodeIacDocument, head: CodeResource): CodeResource | undefined {
  const key = resourceKey(head);
  return doc.base?.resources.find((r) => resourceKey(r) === key);
}

export function isTrue(property: CodeProperty | undefined): boolean {
  return property !== undefined && booleanLiteral(property.value) === true;
}

export function isFalse(property: CodeProperty | undefined): boolean {
  return property !== undefined && booleanLiteral(property.value) === false;
}

/**
 * A protecting flag that was literally true in the base and is now false or gone: reports the
 * head property when it says false, the base property when the head dropped it.
 */
export function turnedOff(
  doc: CodeIacDocument,
  list: (r: CodeResource) => CodeProperty[],
  name: string,
  found: (head: CodeResource, property: CodeProperty, side: 'head' | 'base') => void,
): void {
  for (const head of doc.head.resources) {
    const base = baseResourceOf(doc, head);
    if (!base) continue;
    const before = propertyOf(list(base), name);
    if (!isTrue(before)) continue;
    const after = propertyOf(list(head), name);
    if (after === undefined) found(head, before!, 'base');
    else if (isFalse(after)) found(head, after, 'head');
  }
}
