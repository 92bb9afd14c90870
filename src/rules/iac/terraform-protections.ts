import type { Span } from '../../core/types.js';
import { evaluate, UNKNOWN, type Evaluated, type HclValue } from '../../parsers/hcl/evaluate.js';
import type { HclExpr } from '../../parsers/hcl/syntax.js';
import {
  nestedAttributes,
  perModule,
  resourcePairs,
  type NestedAttribute,
  type ResourcePair,
  type TerraformDocument,
} from './terraform-document.js';
import type { TerraformResource } from './terraform-module.js';

/** The Terraform protection rules, by the part of their id after `iac/terraform-`. */
export type ProtectionRule =
  | 'prevent-destroy'
  | 'deletion-protection'
  | 'final-snapshot'
  | 'force-destroy'
  | 'backup-retention'
  | 'point-in-time-recovery'
  | 'versioning'
  | 'backup-expiry';

/** One safeguard a resource's configuration can hold, and what turning it off looks like. */
interface ProtectionSetting {
  rule: ProtectionRule;
  /** Block types then the attribute, from the resource body. */
  path: readonly string[];
  /** Resource types it applies to; every type when absent. */
  types?: (type: string) => boolean;
  /** The value that turns the safeguard off. */
  unsafe: (value: HclValue) => boolean;
  /** What the provider does when the attribute is not written. */
  absent: (type: string) => 'safe' | 'unsafe' | 'unknown';
  /** A retention in days or copies: a smaller number than before is a weaker safeguard. */
  shortened?: boolean;
  /** Also reported when the whole resource goes: the guard goes with it. */
  onResourceRemoved?: boolean;
  /** Also reported on resources the change adds (a new expiry rule on an existing backup bucket). */
  onNewResource?: boolean;
}

const isFalse = (v: HclValue) => v === false || v === 'false';
const isTrue = (v: HclValue) => v === true || v === 'true';
const isZero = (v: HclValue) => v === 0 || v === '0';
const always = () => true;
const safe = () => 'safe' as const;
const unsafe = () => 'unsafe' as const;
const unknown = () => 'unknown' as const;
const ofTypes =
  (...types: string[]) =>
  (type: string) =>
    types.includes(type);

/** Google's databases default to deletion protection on; AWS's and Azure's to off. */
const deletionProtectionDefault = (type: string) => (type.startsWith('google_') ? 'safe' : 'unsafe');

const BACKUP_BUCKET_TYPES = ofTypes('aws_s3_bucket_lifecycle_configuration', 'google_storage_bucket');

const SETTINGS: readonly ProtectionSetting[] = [
  {
    rule: 'prevent-destroy',
    path: ['lifecycle', 'prevent_destroy'],
    unsafe: isFalse,
    absent: unsafe,
    onResourceRemoved: true,
  },
  { rule: 'deletion-protection', path: ['deletion_protection'], unsafe: isFalse, absent: deletionProtectionDefault },
  { rule: 'deletion-protection', path: ['deletion_protection_enabled'], unsafe: isFalse, absent: unsafe },
  { rule: 'deletion-protection', path: ['termination_protection'], unsafe: isFalse, absent: unsafe },
  { rule: 'final-snapshot', path: ['skip_final_snapshot'], unsafe: isTrue, absent: safe },
  { rule: 'force-destroy', path: ['force_destroy'], unsafe: isTrue, absent: safe },
  { rule: 'force-destroy', path: ['force_delete'], unsafe: isTrue, absent: safe },
  { rule: 'backup-retention', path: ['backup_retention_period'], unsafe: isZero, absent: unknown, shortened: true },
  { rule: 'backup-retention', path: ['backup_retention_days'], unsafe: isZero, absent: unknown, shortened: true },
  { rule: 'backup-retention', path: ['snapshot_retention_limit'], unsafe: isZero, absent: unknown, shortened: true },
  {
    rule: 'backup-retention',
    path: ['settings', 'backup_configuration', 'backup_retention_settings', 'retained_backups'],
    unsafe: isZero,
    absent: unknown,
    shortened: true,
  },
  {
    rule: 'backup-retention',
    path: ['settings', 'backup_configuration', 'transaction_log_retention_days'],
    unsafe: isZero,
    absent: unknown,
    shortened: true,
  },
  { rule: 'backup-retention', path: ['settings', 'backup_configuration', 'enabled'], unsafe: isFalse, absent: unsafe },
  { rule: 'backup-retention', path: ['delete_automated_backups'], unsafe: isTrue, absent: unsafe },
  {
    rule: 'backup-retention',
    path: ['rule', 'lifecycle', 'delete_after'],
    types: ofTypes('aws_backup_plan'),
    unsafe: isZero,
    absent: unknown,
    shortened: true,
  },
  { rule: 'point-in-time-recovery', path: ['point_in_time_recovery', 'enabled'], unsafe: isFalse, absent: unsafe },
  {
    rule: 'point-in-time-recovery',
    path: ['settings', 'backup_configuration', 'point_in_time_recovery_enabled'],
    unsafe: isFalse,
    absent: unsafe,
  },
  {
    rule: 'point-in-time-recovery',
    path: ['settings', 'backup_configuration', 'binary_log_enabled'],
    unsafe: isFalse,
    absent: unsafe,
  },
  { rule: 'point-in-time-recovery', path: ['point_in_time_recovery_enabled'], unsafe: isFalse, absent: unsafe },
  {
    rule: 'versioning',
    path: ['versioning_configuration', 'status'],
    types: ofTypes('aws_s3_bucket_versioning'),
    unsafe: (v) => v === 'Suspended' || v === 'Disabled',
    absent: unknown,
    onResourceRemoved: true,
  },
  { rule: 'versioning', path: ['versioning', 'enabled'], unsafe: isFalse, absent: unknown },
  {
    rule: 'backup-expiry',
    path: ['rule', 'expiration', 'days'],
    types: BACKUP_BUCKET_TYPES,
    unsafe: always,
    absent: safe,
    shortened: true,
    onNewResource: true,
  },
  {
    rule: 'backup-expiry',
    path: ['rule', 'noncurrent_version_expiration', 'noncurrent_days'],
    types: BACKUP_BUCKET_TYPES,
    unsafe: always,
    absent: safe,
    shortened: true,
    onNewResource: true,
  },
  {
    rule: 'backup-expiry',
    path: ['lifecycle_rule', 'condition', 'age'],
    types: BACKUP_BUCKET_TYPES,
    unsafe: always,
    absent: safe,
    shortened: true,
    onNewResource: true,
  },
];

/** One safeguard this change turns off, weakens or removes. */
export interface ProtectionChange {
  rule: ProtectionRule;
  how: 'set' | 'removed' | 'shortened' | 'resourceRemoved';
  side: 'head' | 'base';
  /** The file the span is in, on that side. */
  path: string;
  span: Span;
  /** The resource's block, the unit findings on one resource share. */
  unit: Span;
  address: string;
  attribute: string;
  value: string;
  before: string;
}

/** A safeguard set by an expression two-key cannot evaluate: a note, not a finding. */
export interface UnknownProtection {
  path: string;
  span: Span;
  address: string;
  attribute: string;
}

/** Every safeguard the change to this module weakens, in any of its files. */
export function protectionChanges(doc: TerraformDocument): {
  changes: ProtectionChange[];
  unknowns: UnknownProtection[];
} {
  return perModule(doc, 'protections', () => {
    const result = { changes: [] as ProtectionChange[], unknowns: [] as UnknownProtection[] };
    for (const pair of resourcePairs(doc)) comparePair(doc, pair, result);
    return result;
  });
}

function comparePair(
  doc: TerraformDocument,
  { base, head }: ResourcePair,
  out: { changes: ProtectionChange[]; unknowns: UnknownProtection[] },
): void {
  const type = (head ?? base)!.type;
  const settings = SETTINGS.filter((s) => !s.types || s.types(type));
  if (settings.length === 0) return;
  const baseAttributes = base ? byKey(nestedAttributes(base.block)) : new Map<string, NestedAttribute>();
  const headAttributes = head ? byKey(nestedAttributes(head.block)) : new Map<string, NestedAttribute>();
  const keys = new Set([...baseAttributes.keys(), ...headAttributes.keys()]);
  for (const key of keys) {
    const before = baseAttributes.get(key);
    const after = headAttributes.get(key);
    const names = (after ?? before)!.names;
    const setting = settings.find((s) => sameNames(s.path, names));
    if (!setting) continue;
    if (setting.rule === 'backup-expiry' && !looksLikeBackups(head ?? base!, doc)) continue;
    const baseValue = before ? evaluate(before.attribute.value, doc.base.scope) : undefined;
    const attribute = names.join('.');
    if (head && after) {
      if (!base && !setting.onNewResource) continue;
      const value = evaluateInEveryWorkspace(after.attribute.value, doc, setting);
      if (value === UNKNOWN) {
        if (!before || !sameSource(before.attribute.value, after.attribute.value))
          out.unknowns.push({ path: head.path, span: after.attribute.span, address: head.address, attribute });
        continue;
      }
      // Written out where the base left it to the default: a choice this change makes, even when the default is as weak.
      const baseState = base && before ? stateOf(setting, type, baseValue) : 'safe';
      const shorter =
        setting.shortened && typeof value === 'number' && typeof baseValue === 'number' && value < baseValue;
      const how = shorter ? 'shortened' : setting.unsafe(value) && baseState !== 'unsafe' ? 'set' : undefined;
      if (!how) continue;
      out.changes.push({
        rule: setting.rule,
        how,
        side: 'head',
        path: head.path,
        span: after.attribute.span,
        unit: head.block.span,
        address: head.address,
        attribute,
        value: show(value),
        before: baseValue === undefined ? 'unset' : show(baseValue),
      });
    } else if (base && before && stateOf(setting, type, baseValue) === 'safe') {
      const removedWithResource = !head;
      if (removedWithResource ? !setting.onResourceRemoved : setting.absent(type) !== 'unsafe') continue;
      out.changes.push({
        rule: setting.rule,
        how: removedWithResource ? 'resourceRemoved' : 'removed',
        side: 'base',
        path: base.path,
        span: before.attribute.span,
        unit: base.block.span,
        address: base.address,
        attribute,
        value: 'unset',
        before: show(baseValue!),
      });
    }
  }
}

/**
 * The value, or when it depends on `terraform.workspace`, the unsafe value it has in every
 * workspace the module names (`a && !a` on the workspace is false in all of them). A value
 * that is unsafe in some workspaces only stays unknown: which workspace is production is
 * another rule's business.
 */
function evaluateInEveryWorkspace(expr: HclExpr, doc: TerraformDocument, setting: ProtectionSetting): Evaluated {
  const value = evaluate(expr, doc.head.scope);
  if (value !== UNKNOWN) return value;
  const values = [...doc.head.workspaces, '\u0000any other workspace'].map((workspace) =>
    evaluate(expr, { ...doc.head.scope, workspace }),
  );
  const [first] = values;
  if (first === undefined || first === UNKNOWN || !setting.unsafe(first)) return UNKNOWN;
  return values.every((v) => v !== UNKNOWN && setting.unsafe(v)) ? first : UNKNOWN;
}

function stateOf(
  setting: ProtectionSetting,
  type: string,
  value: Evaluated | undefined,
): 'safe' | 'unsafe' | 'unknown' {
  if (value === undefined) return setting.absent(type);
  if (value === UNKNOWN) return 'unknown';
  return setting.unsafe(value) ? 'unsafe' : 'safe';
}

function byKey(attributes: NestedAttribute[]): Map<string, NestedAttribute> {
  return new Map(attributes.map((a) => [a.key, a]));
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/** Both sides wrote the same expression: an unknown value the change did not touch is no news. */
function sameSource(a: HclExpr, b: HclExpr): boolean {
  return JSON.stringify(stripSpans(a)) === JSON.stringify(stripSpans(b));
}

function stripSpans(expr: HclExpr): unknown {
  return JSON.parse(JSON.stringify(expr, (key, value: unknown) => (key === 'span' ? undefined : value)));
}

/** Expiry only weakens a safeguard where the bucket keeps backups, snapshots, dumps or archives. */
const BACKUP_WORDS = /backup|snapshot|dump|archive|\bwal\b|restore|recovery|vault/i;

function looksLikeBackups(resource: TerraformResource, doc: TerraformDocument): boolean {
  if (BACKUP_WORDS.test(resource.name)) return true;
  const bucket = resource.block.attributes.find((a) => a.name === 'bucket' || a.name === 'name')?.value;
  if (!bucket) return false;
  if (bucket.kind === 'traversal') {
    const words = [bucket.root, ...bucket.steps.filter((s): s is string => typeof s === 'string')].join('.');
    if (BACKUP_WORDS.test(words)) return true;
    const target = doc.head.resources.get(`${bucket.root}.${String(bucket.steps[0])}`);
    const name = target?.block.attributes.find((a) => a.name === 'bucket')?.value;
    const value = name ? evaluate(name, doc.head.scope) : UNKNOWN;
    return typeof value === 'string' && BACKUP_WORDS.test(value);
  }
  const value = evaluate(bucket, doc.head.scope);
  return typeof value === 'string' && BACKUP_WORDS.test(value);
}

function show(value: Evaluated): string {
  return value === UNKNOWN ? '(unknown)' : JSON.stringify(value);
}
