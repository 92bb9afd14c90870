import type { Rule } from '../../core/rule.js';
import type { Span } from '../../core/types.js';
import type { CodeResource } from '../../parsers/iac-code/resources.js';
import { baseResourceOf, type CodeIacDocument } from './lib/code-iac-document.js';

/** Expiry this soon over a whole bucket is deletion of its data, not housekeeping (as for Terraform). */
const MAX_DAYS = 7;
const EXPIRIES = new Set(['expiration', 'noncurrentversionexpiration']);
/** Lifecycle rule settings that limit it to some objects. */
const SCOPES = new Set(['prefix', 'tagfilters', 'objectsizegreaterthan', 'objectsizelessthan']);

/** One expiry of one lifecycle rule of a bucket. */
interface Expiry {
  /** The rule's place among the bucket's rules and what it expires: how base and head are matched. */
  key: string;
  days: number;
  text: string;
  scoped: boolean;
  enabled: boolean;
  span: Span;
}

/** `Duration.days(1)`, `cdk.Duration.hours(12)` in days; undefined for anything computed. */
function daysOf(text: string): number | undefined {
  const match = /Duration\.(days|hours|minutes)\(\s*(\d+(?:\.\d+)?)\s*\)$/.exec(text.replace(/\s+/g, ''));
  if (!match) return undefined;
  const amount = Number(match[2]);
  return match[1] === 'days' ? amount : match[1] === 'hours' ? amount / 24 : amount / 1440;
}

/**
 * A bucket's expiries: TypeScript `lifecycleRules: [{ expiration: Duration.days(1) }]` (arguments
 * flattened under `lifecyclerules[i]`), Python `lifecycle_rules=[s3.LifecycleRule(expiration=...)]`
 * (each rule read as a call inside the bucket's own).
 */
function expiriesOf(bucket: CodeResource, all: readonly CodeResource[]): Expiry[] {
  const rules = new Map<string, { name: string; text: string; span: Span }[]>();
  const add = (rule: string, name: string, text: string, span: Span) => {
    const list = rules.get(rule) ?? [];
    list.push({ name, text, span });
    rules.set(rule, list);
  };
  for (const argument of bucket.arguments) {
    const match = /^lifecyclerules\[(\d+)\]\.(\w+)$/.exec(argument.key);
    if (match) add(`#${match[1]}`, match[2]!, argument.text, argument.span);
  }
  const inner = all.filter(
    (r) => r.className === 'LifecycleRule' && r.span.start > bucket.span.start && r.span.end <= bucket.span.end,
  );
  inner.forEach((rule, i) => {
    for (const argument of rule.arguments)
      if (argument.names.length === 1) add(`#${i}`, argument.names[0]!, argument.text, argument.span);
  });
  const out: Expiry[] = [];
  for (const [rule, settings] of rules) {
    const scoped = settings.some((s) => SCOPES.has(s.name));
    const enabled = !settings.some((s) => s.name === 'enabled' && /^(false|False)$/.test(s.text));
    for (const setting of settings) {
      const days = EXPIRIES.has(setting.name) ? daysOf(setting.text) : undefined;
      if (days !== undefined)
        out.push({ key: `${rule}:${setting.name}`, days, text: setting.text, scoped, enabled, span: setting.span });
    }
  }
  return out;
}

/**
 * A lifecycle rule without a prefix, tag or size filter that expires every object of an existing
 * CDK bucket within a week: the CDK twin of iac/terraform-bucket-expires-everything. A new bucket
 * holds nothing yet, and a rule scoped to `tmp/` is housekeeping.
 */
export const cdkBucketExpiresEverything: Rule<CodeIacDocument, 'expires'> = {
  meta: {
    id: 'iac/cdk-bucket-expires-everything',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A lifecycle rule without a prefix, tag or size filter on an existing CDK bucket expires every object (or every earlier version) within a week: `lifecycleRules: [{ expiration: Duration.days(1) }]`.',
    messages: {
      expires:
        '{construct}: lifecycle rule {setting} deletes {what} of the bucket after {text} (was {before}): no prefix, tag or size filter limits it',
    },
    examples: {
      invalid: [
        {
          path: 'lib/storage-stack.ts',
          base: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Uploads', {\n  versioned: true,\n});\n",
          code: "import * as s3 from 'aws-cdk-lib/aws-s3';\nimport { Duration } from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Uploads', {\n  versioned: true,\n  lifecycleRules: [{ expiration: Duration.days(1) }],\n});\n",
          line: 5,
        },
      ],
      valid: [
        {
          path: 'lib/storage-stack.ts',
          base: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Uploads', {\n  versioned: true,\n});\n",
          code: "import * as s3 from 'aws-cdk-lib/aws-s3';\nimport { Duration } from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Uploads', {\n  versioned: true,\n  lifecycleRules: [{ prefix: 'tmp/', expiration: Duration.days(1) }],\n});\n",
        },
      ],
    },
  },
  check(doc, report) {
    if (!doc.cdk || !doc.base) return;
    for (const head of doc.head.resources) {
      if (head.className !== 'Bucket') continue;
      const base = baseResourceOf(doc, head);
      if (!base) continue;
      const before = new Map(expiriesOf(base, doc.base.resources).map((e) => [e.key, e]));
      for (const expiry of expiriesOf(head, doc.head.resources)) {
        if (expiry.scoped || !expiry.enabled || expiry.days > MAX_DAYS) continue;
        const old = before.get(expiry.key);
        if (old && !old.scoped && old.enabled && old.days <= expiry.days) continue;
        report({
          messageId: 'expires',
          data: {
            construct: `${head.qualified}(${head.logicalName})`,
            setting: expiry.key.endsWith(':expiration') ? 'expiration' : 'noncurrentVersionExpiration',
            what: expiry.key.endsWith(':expiration') ? 'every object' : 'every earlier version',
            text: expiry.text,
            before: old ? old.text : 'no such rule',
          },
          span: expiry.span,
          unit: head.span,
        });
      }
    }
  },
};
