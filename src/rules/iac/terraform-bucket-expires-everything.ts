import type { Rule } from '../../core/rule.js';
import { evaluate, UNKNOWN, type EvalScope } from '../../parsers/hcl/evaluate.js';
import type { HclAttribute, HclBlock } from '../../parsers/hcl/syntax.js';
import { resourcePairsOfFile, type TerraformDocument } from './lib/terraform-document.js';
import type { TerraformModule, TerraformResource } from './lib/terraform-module.js';

/** Expiry this soon over a whole bucket is deletion of its data, not housekeeping. */
const MAX_DAYS = 7;

/** One lifecycle rule that deletes objects: its age attribute, and whether it is scoped to some objects. */
interface Expiry {
  /** The rule's id when it has one, else its place: how base and head rules are matched. */
  key: string;
  days: HclAttribute;
  scoped: boolean;
  enabled: boolean;
}

const attr = (block: HclBlock | undefined, name: string) => block?.attributes.find((a) => a.name === name);
const child = (block: HclBlock | undefined, type: string) => block?.blocks.find((b) => b.type === type);
const children = (block: HclBlock | undefined, type: string) => block?.blocks.filter((b) => b.type === type) ?? [];

/** A filter that names something (a prefix, a tag, a size) scopes the rule; an empty one does not. */
function scopedBy(values: (HclAttribute | undefined)[], scope: EvalScope): boolean {
  return values.some((a) => {
    if (!a) return false;
    const v = evaluate(a.value, scope);
    if (v === UNKNOWN) return true;
    if (Array.isArray(v)) return v.length > 0;
    return v !== '' && v !== null;
  });
}

function expiries(resource: TerraformResource, scope: EvalScope): Expiry[] {
  const out: Expiry[] = [];
  const on = (a: HclAttribute | undefined, yes: (v: unknown) => boolean) => {
    if (!a) return true;
    const v = evaluate(a.value, scope);
    return v === UNKNOWN || yes(v);
  };
  switch (resource.type) {
    case 'aws_s3_bucket_lifecycle_configuration':
    case 'aws_s3_bucket': {
      const rules = children(resource.block, resource.type === 'aws_s3_bucket' ? 'lifecycle_rule' : 'rule');
      rules.forEach((rule, i) => {
        const filter = child(rule, 'filter');
        const and = child(filter, 'and');
        const scoped =
          scopedBy([attr(rule, 'prefix'), attr(filter, 'prefix'), attr(and, 'prefix')], scope) ||
          children(filter, 'tag').length > 0 ||
          children(and, 'tag').length > 0 ||
          scopedBy([attr(rule, 'tags'), attr(and, 'tags'), attr(filter, 'object_size_greater_than')], scope);
        const enabled =
          resource.type === 'aws_s3_bucket'
            ? on(attr(rule, 'enabled'), (v) => v === true || v === 'true')
            : on(attr(rule, 'status'), (v) => v === 'Enabled');
        const id = attr(rule, 'id');
        const key = id ? String(evaluate(id.value, scope) as unknown) : `#${i}`;
        const days = attr(child(rule, 'expiration'), 'days');
        if (days) out.push({ key: `${key}:current`, days, scoped, enabled });
        const noncurrent =
          attr(child(rule, 'noncurrent_version_expiration'), 'noncurrent_days') ??
          attr(child(rule, 'noncurrent_version_expiration'), 'days');
        if (noncurrent) out.push({ key: `${key}:noncurrent`, days: noncurrent, scoped, enabled });
      });
      return out;
    }
    case 'google_storage_bucket': {
      children(resource.block, 'lifecycle_rule').forEach((rule, i) => {
        const type = attr(child(rule, 'action'), 'type');
        if (!type || evaluate(type.value, scope) !== 'Delete') return;
        const condition = child(rule, 'condition');
        const age = attr(condition, 'age');
        if (!age) return;
        const scoped = scopedBy(
          [
            attr(condition, 'matches_prefix'),
            attr(condition, 'matches_suffix'),
            attr(condition, 'matches_storage_class'),
          ],
          scope,
        );
        out.push({ key: `#${i}`, days: age, scoped, enabled: true });
      });
      return out;
    }
    case 'azurerm_storage_management_policy': {
      children(resource.block, 'rule').forEach((rule, i) => {
        const filters = child(rule, 'filters');
        const scoped =
          scopedBy([attr(filters, 'prefix_match')], scope) || children(filters, 'match_blob_index_tag').length > 0;
        const enabled = on(attr(rule, 'enabled'), (v) => v === true || v === 'true');
        const name = attr(rule, 'name');
        const key = name ? String(evaluate(name.value, scope) as unknown) : `#${i}`;
        const blob = child(child(rule, 'actions'), 'base_blob');
        for (const a of blob?.attributes ?? [])
          if (/^delete_after_days_since_/.test(a.name)) out.push({ key: `${key}:${a.name}`, days: a, scoped, enabled });
      });
      return out;
    }
    default:
      return out;
  }
}

/** Whether the bucket the configuration is for was there before the change: a new bucket holds nothing. */
function bucketExisted(resource: TerraformResource, base: TerraformModule): boolean {
  const bucket = attr(resource.block, 'bucket') ?? attr(resource.block, 'storage_account_id');
  if (bucket?.value.kind !== 'traversal') return true;
  const target = `${bucket.value.root}.${String(bucket.value.steps[0])}`;
  return !/^(aws_s3_bucket|azurerm_storage_account)\./.test(target) || base.resources.has(target);
}

/**
 * A lifecycle rule that deletes every object of a bucket that exists (no prefix, tag or size
 * filter) within days: S3 `expiration`/`noncurrent_version_expiration`, GCS `Delete` with
 * `condition { age }`, Azure `delete_after_days_since_*`. A rule scoped to `tmp/` is housekeeping.
 */
export const terraformBucketExpiresEverything: Rule<TerraformDocument, 'current' | 'noncurrent'> = {
  meta: {
    id: 'iac/terraform-bucket-expires-everything',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A lifecycle rule without a prefix, tag or size filter deletes every object of an existing S3, GCS or Azure bucket within a week (`expiration { days = 1 }`, GCS `Delete` at `age = 0`).',
    messages: {
      current:
        '{address}: lifecycle rule {rule} deletes every object in the bucket after {days} day(s) (was {before}): no prefix, tag or size filter limits it',
      noncurrent:
        '{address}: lifecycle rule {rule} deletes every earlier version in the bucket after {days} day(s) (was {before}): the versions that make it recoverable go',
    },
    examples: {
      invalid: [
        {
          path: 'infra/storage.tf',
          base: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n',
          code: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n\n  rule {\n    id     = "cleanup"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 1\n    }\n  }\n}\n',
          line: 13,
        },
      ],
      valid: [
        {
          path: 'infra/storage.tf',
          base: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n',
          code: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n\n  rule {\n    id     = "tmp"\n    status = "Enabled"\n    filter {\n      prefix = "tmp/"\n    }\n    expiration {\n      days = 1\n    }\n  }\n}\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const { base, head } of resourcePairsOfFile(doc)) {
      if (!head || head.path !== doc.path) continue;
      if (!base && !bucketExisted(head, doc.base)) continue;
      const before = new Map((base ? expiries(base, doc.base.scope) : []).map((e) => [e.key, e]));
      for (const expiry of expiries(head, doc.head.scope)) {
        if (expiry.scoped || !expiry.enabled) continue;
        const days = evaluate(expiry.days.value, doc.head.scope);
        if (typeof days !== 'number' || days > MAX_DAYS) continue;
        const old = before.get(expiry.key);
        const was = old && !old.scoped && old.enabled ? evaluate(old.days.value, doc.base.scope) : undefined;
        if (typeof was === 'number' && was <= days) continue;
        report({
          messageId: expiry.key.endsWith(':noncurrent') ? 'noncurrent' : 'current',
          data: {
            address: head.address,
            rule: expiry.key.replace(/:.*$/, ''),
            days: String(days),
            before: typeof was === 'number' ? `${was} day(s)` : 'no such expiry',
          },
          span: expiry.days.span,
          unit: head.block.span,
        });
      }
    }
  },
};
