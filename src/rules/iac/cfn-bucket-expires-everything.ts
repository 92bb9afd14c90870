import type { Node, Pair } from 'yaml';
import type { Rule } from '../../core/rule.js';
import { itemsOf, pairOf, pairSpan, scalarText, valueAt } from '../../parsers/yaml/positions.js';
import { pairedResources, type CfnDocument } from './lib/cloudformation-document.js';

/** Expiry this soon over a whole bucket is deletion of its data, not housekeeping. */
const MAX_DAYS = 7;

interface Expiry {
  key: string;
  days: Pair<Node, Node | null>;
  current: boolean;
}

/** The enabled rules of a bucket's `LifecycleConfiguration` with no prefix, tag or size filter, and what they expire. */
function unscopedExpiries(properties: Node | null | undefined): Expiry[] {
  const out: Expiry[] = [];
  itemsOf(valueAt(properties, 'LifecycleConfiguration', 'Rules')).forEach((rule, i) => {
    if (scalarText(valueAt(rule, 'Status')) !== 'Enabled') return;
    const prefix = scalarText(valueAt(rule, 'Prefix'));
    const scoped =
      (prefix !== undefined && prefix !== '') ||
      itemsOf(valueAt(rule, 'TagFilters')).length > 0 ||
      valueAt(rule, 'ObjectSizeGreaterThan') != null ||
      (valueAt(rule, 'Prefix') != null && prefix === undefined);
    if (scoped) return;
    const key = scalarText(valueAt(rule, 'Id')) ?? `#${i}`;
    const current = pairOf(rule, 'ExpirationInDays');
    if (current) out.push({ key: `${key}:current`, days: current, current: true });
    const noncurrent =
      pairOf(valueAt(rule, 'NoncurrentVersionExpiration'), 'NoncurrentDays') ??
      pairOf(rule, 'NoncurrentVersionExpirationInDays');
    if (noncurrent) out.push({ key: `${key}:noncurrent`, days: noncurrent, current: false });
  });
  return out;
}

const daysOf = (pair: Pair<Node, Node | null> | undefined) => {
  const n = Number(scalarText(pair?.value));
  return Number.isFinite(n) ? n : undefined;
};

/**
 * An `AWS::S3::Bucket` that already exists gains a lifecycle rule, without a prefix, tag or size
 * filter, that expires every object (or every earlier version) within a week.
 */
export const cfnBucketExpiresEverything: Rule<CfnDocument, 'current' | 'noncurrent'> = {
  meta: {
    id: 'iac/cfn-bucket-expires-everything',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A CloudFormation (or CDK-synthesised) S3 bucket that exists gains a lifecycle rule without a prefix, tag or size filter that expires every object, or every earlier version, within a week.',
    messages: {
      current:
        '{id}: lifecycle rule {rule} expires every object in the bucket after {days} day(s) (was {before}): no prefix, tag or size filter limits it',
      noncurrent:
        '{id}: lifecycle rule {rule} expires every earlier version in the bucket after {days} day(s) (was {before}): the versions that make it recoverable go',
    },
    examples: {
      invalid: [
        {
          path: 'templates/storage.yaml',
          base: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Exports:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-exports\n',
          code: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Exports:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-exports\n      LifecycleConfiguration:\n        Rules:\n          - Id: cleanup\n            Status: Enabled\n            ExpirationInDays: 1\n',
          line: 11,
        },
      ],
      valid: [
        {
          path: 'templates/storage.yaml',
          base: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Exports:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-exports\n',
          code: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Exports:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-exports\n      LifecycleConfiguration:\n        Rules:\n          - Id: cleanup\n            Status: Enabled\n            Prefix: tmp/\n            ExpirationInDays: 1\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const { head, base } of pairedResources(doc)) {
      if (head.type !== 'AWS::S3::Bucket') continue;
      const before = new Map(unscopedExpiries(base.properties).map((e) => [e.key, daysOf(e.days)]));
      for (const expiry of unscopedExpiries(head.properties)) {
        const days = daysOf(expiry.days);
        if (days === undefined || days > MAX_DAYS) continue;
        const was = before.get(expiry.key);
        if (was !== undefined && was <= days) continue;
        report({
          messageId: expiry.current ? 'current' : 'noncurrent',
          data: {
            id: head.logicalId,
            rule: expiry.key.replace(/:.*$/, ''),
            days: String(days),
            before: was === undefined ? 'no such expiry' : `${was} day(s)`,
          },
          span: pairSpan(expiry.days),
          unit: head.span,
        });
      }
    }
  },
};
