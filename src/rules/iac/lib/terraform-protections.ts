import type { Span } from '../../../core/types.js';
import { evaluate, UNKNOWN, type Evaluated, type HclValue } from '../../../parsers/hcl/evaluate.js';
import type { HclBlock, HclExpr } from '../../../parsers/hcl/syntax.js';
import {
  nestedAttributes,
  perModule,
  resourcePairs,
  type NestedAttribute,
  type ResourcePair,
  type TerraformDocument,
} from './terraform-document.js';
import {
  headAddressOf,
  joinPath,
  type Side,
  type TerraformModule,
  type TerraformModuleCall,
  type TerraformResource,
} from './terraform-module.js';
import { isStatefulType } from './terraform-stateful-types.js';
import { changedDefinitions } from './terraform-causes.js';

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

/** Resources that exist to refuse deletion, and the attribute that says how. */
const LOCK_RESOURCES: readonly (readonly [string, string])[] = [
  ['azurerm_management_lock', 'lock_level'],
  ['google_resource_manager_lien', 'restrictions'],
  ['aws_backup_vault_lock_configuration', 'backup_vault_name'],
  ['aws_glacier_vault_lock', 'policy'],
  ['aws_s3_bucket_object_lock_configuration', 'bucket'],
];

const AZURE_SOFT_DELETE: readonly string[][] = [
  ['blob_properties', 'delete_retention_policy', 'days'],
  ['blob_properties', 'container_delete_retention_policy', 'days'],
  ['share_properties', 'retention_policy', 'days'],
];

const BACKUP_BUCKET_TYPES = ofTypes('aws_s3_bucket_lifecycle_configuration', 'google_storage_bucket');

const SETTINGS: readonly ProtectionSetting[] = [
  {
    rule: 'prevent-destroy',
    path: ['lifecycle', 'prevent_destroy'],
    unsafe: isFalse,
    absent: unsafe,
    onResourceRemoved: true,
  },
  {
    rule: 'deletion-protection',
    path: ['deletion_protection'],
    // Bigtable tables spell it as a string.
    unsafe: (v) => isFalse(v) || v === 'UNPROTECTED',
    absent: deletionProtectionDefault,
  },
  // Cloud SQL's API-level guard (apart from the provider's own deletion_protection); off when unset.
  {
    rule: 'deletion-protection',
    path: ['settings', 'deletion_protection_enabled'],
    types: ofTypes('google_sql_database_instance'),
    unsafe: isFalse,
    absent: unsafe,
  },
  // Spanner's database-level drop protection; Key Vault and managed HSM purge protection.
  { rule: 'deletion-protection', path: ['enable_drop_protection'], unsafe: isFalse, absent: unsafe },
  { rule: 'deletion-protection', path: ['purge_protection_enabled'], unsafe: isFalse, absent: unsafe },
  {
    rule: 'deletion-protection',
    path: ['delete_protection_state'],
    unsafe: (v) => v === 'DELETE_PROTECTION_DISABLED',
    absent: unsafe,
  },
  // What destroy does to the data: Firestore and projects are abandoned or refused unless told to delete.
  {
    rule: 'deletion-protection',
    path: ['deletion_policy'],
    types: ofTypes('google_firestore_database', 'google_project', 'google_alloydb_cluster'),
    unsafe: (v) => v === 'DELETE' || v === 'FORCE',
    absent: safe,
  },
  // Backup vaults: soft delete keeps deleted recovery points restorable (on by default).
  { rule: 'deletion-protection', path: ['soft_delete_enabled'], unsafe: isFalse, absent: safe },
  {
    rule: 'deletion-protection',
    path: ['soft_delete'],
    types: ofTypes('azurerm_data_protection_backup_vault'),
    unsafe: (v) => v === 'Off',
    absent: safe,
  },
  // A resource whose only job is to refuse deletion (a management lock, a project lien, a vault lock).
  ...LOCK_RESOURCES.map(([type, attribute]): ProtectionSetting => ({
    rule: 'deletion-protection',
    path: [attribute],
    types: ofTypes(type),
    unsafe: () => false,
    absent: unknown,
    onResourceRemoved: true,
  })),
  // The azurerm provider's own guard: with it off, destroying a resource group deletes what Terraform does not manage in it.
  {
    rule: 'force-destroy',
    path: ['features', 'resource_group', 'prevent_deletion_if_contains_resources'],
    types: ofTypes('provider.azurerm'),
    unsafe: isFalse,
    absent: safe,
  },
  {
    rule: 'force-destroy',
    path: ['features', 'recovery_services_vaults', 'purge_protected_items_from_vault_on_destroy'],
    types: ofTypes('provider.azurerm'),
    unsafe: isTrue,
    absent: safe,
  },
  { rule: 'deletion-protection', path: ['deletion_protection_enabled'], unsafe: isFalse, absent: unsafe },
  { rule: 'deletion-protection', path: ['termination_protection'], unsafe: isFalse, absent: unsafe },
  { rule: 'final-snapshot', path: ['skip_final_snapshot'], unsafe: isTrue, absent: safe },
  { rule: 'force-destroy', path: ['force_destroy'], unsafe: isTrue, absent: safe },
  { rule: 'force-destroy', path: ['force_delete'], unsafe: isTrue, absent: safe },
  // A BigQuery dataset destroyed with its tables instead of refusing while it holds any.
  { rule: 'force-destroy', path: ['delete_contents_on_destroy'], unsafe: isTrue, absent: safe },
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
  // Soft delete: how long deleted vaults, blobs, containers and shares stay restorable.
  { rule: 'backup-retention', path: ['soft_delete_retention_days'], unsafe: isZero, absent: unknown, shortened: true },
  ...AZURE_SOFT_DELETE.map((path): ProtectionSetting => ({
    rule: 'backup-retention',
    path,
    types: ofTypes('azurerm_storage_account'),
    unsafe: isZero,
    // Without the block, deleted data is gone at once.
    absent: unsafe,
    shortened: true,
  })),
  {
    rule: 'backup-retention',
    path: ['soft_delete_policy', 'retention_duration_seconds'],
    types: ofTypes('google_storage_bucket'),
    unsafe: isZero,
    absent: safe,
    shortened: true,
  },
  {
    rule: 'backup-retention',
    path: ['retention_policy', 'retention_period'],
    types: ofTypes('google_storage_bucket'),
    unsafe: isZero,
    absent: unsafe,
    shortened: true,
  },
  // Azure SQL point-in-time and long-term backups; Cosmos DB periodic backups.
  {
    rule: 'backup-retention',
    path: ['short_term_retention_policy', 'retention_days'],
    unsafe: isZero,
    absent: unknown,
    shortened: true,
  },
  ...['weekly_retention', 'monthly_retention', 'yearly_retention'].map((name): ProtectionSetting => ({
    rule: 'backup-retention',
    path: ['long_term_retention_policy', name],
    unsafe: (v) => v === 'PT0S',
    absent: unsafe,
  })),
  {
    rule: 'backup-retention',
    path: ['backup', 'retention_in_hours'],
    types: ofTypes('azurerm_cosmosdb_account'),
    unsafe: isZero,
    absent: unknown,
    shortened: true,
  },
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
    rule: 'point-in-time-recovery',
    path: ['blob_properties', 'restore_policy', 'days'],
    types: ofTypes('azurerm_storage_account'),
    unsafe: isZero,
    absent: unsafe,
    shortened: true,
  },
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
    rule: 'versioning',
    path: ['blob_properties', 'versioning_enabled'],
    types: ofTypes('azurerm_storage_account'),
    unsafe: isFalse,
    absent: unsafe,
  },
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
  /**
   * `unknown`: a stateful resource's safeguard, safe in the base, is now set by an expression
   * two-key cannot evaluate before a plan (fail closed). `viaLocal`: the change to a local that
   * makes another change's value, reported at the local's definition.
   */
  how: 'set' | 'removed' | 'shortened' | 'resourceRemoved' | 'unknown' | 'viaLocal';
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
  /** Why the change cannot weaken anything a stack runs (a variable default every `.tfvars` overrides). */
  downgradedBecause?: string;
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
    for (const pair of resourcePairs(doc)) comparePair(doc, holderPair(pair), result);
    for (const pair of modulePairs(doc)) comparePair(doc, pair, result);
    for (const pair of providerPairs(doc)) comparePair(doc, pair, result);
    result.changes.push(...result.changes.flatMap((change) => blameLocals(doc, change)));
    return result;
  });
}

/** What holds a safeguard: a resource, or a module call whose inputs pass it on to one. */
interface Holder {
  address: string;
  type: string;
  name: string;
  block: HclBlock;
  path: string;
  /** For a module call: the module's own default of an input the call does not set. */
  inputDefault?: (name: string) => Evaluated;
}

interface HolderPair {
  base: Holder | undefined;
  head: Holder | undefined;
  module?: boolean;
}

function holderPair({ base, head }: ResourcePair): HolderPair {
  return { base, head };
}

/**
 * Module calls on both sides: an input named like the provider's argument
 * (`deletion_protection = local.protect`) is the safeguard of the resource it is passed to.
 */
function modulePairs(doc: TerraformDocument): HolderPair[] {
  const pairs: HolderPair[] = [];
  for (const base of doc.base.modules.values()) {
    const address = headAddressOf(base.address, doc.head);
    const head = address === undefined ? undefined : doc.head.modules.get(address);
    if (!head) continue;
    const holder = (call: TerraformModuleCall, side: Side): Holder => ({
      address: call.address,
      type: 'module',
      name: call.name,
      block: call.block,
      path: call.path,
      inputDefault: (name) => {
        if (call.source === undefined || !/^\.\.?\//.test(call.source)) return UNKNOWN;
        const module = doc.moduleAt(side, joinPath((side === 'base' ? doc.base : doc.head).dir, call.source));
        return module.scope.variable(name);
      },
    });
    pairs.push({ base: holder(base, 'base'), head: holder(head, 'head'), module: true });
  }
  return pairs;
}

/** `provider` blocks on both sides, by name and alias: `features` settings of the provider guard every resource. */
function providerPairs(doc: TerraformDocument): HolderPair[] {
  const pairs: HolderPair[] = [];
  for (const base of doc.base.providers.values()) {
    const head = doc.head.providers.get(base.address);
    if (!head) continue;
    const holder = (p: typeof base): Holder => ({ ...p, type: `provider.${p.name}` });
    pairs.push({ base: holder(base), head: holder(head) });
  }
  return pairs;
}

function comparePair(
  doc: TerraformDocument,
  { base, head, module }: HolderPair,
  out: { changes: ProtectionChange[]; unknowns: UnknownProtection[] },
): void {
  const type = (head ?? base)!.type;
  // A module's inputs are its top-level arguments; what their absence means is the module's default.
  const provider = type.startsWith('provider.');
  const settings = SETTINGS.filter((s) =>
    module ? s.path.length === 1 && !s.types : provider ? s.types?.(type) : !s.types || s.types(type),
  ).map((s) => (module ? { ...s, absent: () => absentInModule(s, base!) } : s));
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
      let value = evaluateInEveryWorkspace(after.attribute.value, doc, setting);
      // Written out where the base left it to the default: a choice this change makes, even when the default is as weak.
      let baseState = base && before ? stateOf(setting, type, baseValue) : 'safe';
      let shownBefore = baseValue;
      if (value === UNKNOWN && !module && before) {
        // Stacks (`-var-file`s) that disagree make the merged value unknown: judged one by one.
        const stacks = perStack(doc, before.attribute.value, after.attribute.value);
        if (stacks) {
          const weakened = stacks.find((p) => stateOf(setting, type, p.old) === 'safe' && setting.unsafe(p.now));
          if (!weakened) continue;
          value = weakened.now;
          shownBefore = weakened.old;
          baseState = 'safe';
        }
      }
      if (value === UNKNOWN) {
        if (before && sameSource(before.attribute.value, after.attribute.value) && baseValue === UNKNOWN) continue;
        // Fail closed where data is at stake: a safeguard that held is now up to a value known only at plan time.
        if (base && baseState === 'safe' && (module || isStatefulType(type)))
          out.changes.push({
            rule: setting.rule,
            how: 'unknown',
            side: 'head',
            path: head.path,
            span: after.attribute.span,
            unit: head.block.span,
            address: head.address,
            attribute,
            value: '(unknown)',
            before: baseValue === undefined ? 'unset' : show(baseValue),
          });
        else out.unknowns.push({ path: head.path, span: after.attribute.span, address: head.address, attribute });
        continue;
      }
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
        before: shownBefore === undefined ? 'unset' : show(shownBefore),
      });
    } else if (base && before && stateOf(setting, type, baseValue) === 'safe') {
      if (module && setting.absent(type) === 'safe') continue;
      const removedWithResource = !head;
      if (removedWithResource ? !setting.onResourceRemoved : setting.absent(type) !== 'unsafe' && !module) continue;
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
  if (value !== UNKNOWN || !workspaceOnlyCompared(expr, doc.head)) return value;
  const values = [...doc.head.workspaces, '\u0000any other workspace'].map((workspace) =>
    evaluate(expr, { ...doc.head.scope, workspace }),
  );
  const [first] = values;
  if (first === undefined || first === UNKNOWN || !setting.unsafe(first)) return UNKNOWN;
  return values.every((v) => v !== UNKNOWN && setting.unsafe(v)) ? first : UNKNOWN;
}

/**
 * The value before and after in each stack of the module, matched by `.tfvars` file; undefined
 * unless every one is known on both sides (then they decide, not the merged unknown).
 */
function perStack(
  doc: TerraformDocument,
  before: HclExpr,
  after: HclExpr,
): { old: HclValue; now: HclValue }[] | undefined {
  const pairs: { old: HclValue; now: HclValue }[] = [];
  for (const head of doc.head.stacks) {
    const base = doc.base.stacks.find((s) => s.path === head.path);
    if (!base) return undefined;
    const old = evaluate(before, base.scope);
    const now = evaluate(after, head.scope);
    if (old === UNKNOWN || now === UNKNOWN) return undefined;
    pairs.push({ old, now });
  }
  return pairs.length > 0 ? pairs : undefined;
}

/** An input the call stops setting falls back to the module's default: unknown when the module cannot be read. */
function absentInModule(setting: ProtectionSetting, call: Holder): 'safe' | 'unsafe' | 'unknown' {
  const fallback = call.inputDefault?.(setting.path[0]!) ?? UNKNOWN;
  if (fallback === UNKNOWN) return 'unknown';
  return fallback === null ? setting.absent('module') : setting.unsafe(fallback) ? 'unsafe' : 'safe';
}

/**
 * The locals and variable defaults a changed value reads that this change defines anew:
 * `protect = length(...) > 1` is where the safeguard was really turned off, so the finding is
 * reported there too (the resource's own line may not have changed at all).
 */
function blameLocals(doc: TerraformDocument, change: ProtectionChange): ProtectionChange[] {
  if (change.side !== 'head' || change.how === 'viaLocal') return [];
  const holder = doc.head.resources.get(change.address) ?? doc.head.modules.get(change.address);
  const expression = holder ? attributeAt(holder.block, change.attribute.split('.')) : undefined;
  if (!expression) return [];
  return changedDefinitions(expression, doc).map((site) => ({
    ...change,
    how: 'viaLocal' as const,
    path: site.path,
    span: site.span,
    unit: site.span,
    attribute: `${change.attribute} (through ${site.name})`,
    ...(site.unreachable ? { downgradedBecause: site.unreachable } : {}),
  }));
}

function attributeAt(block: HclBlock, names: string[]): HclExpr | undefined {
  const [first, ...rest] = names;
  if (rest.length === 0) return block.attributes.find((a) => a.name === first)?.value;
  const child = block.blocks.find((b) => b.type === first);
  return child ? attributeAt(child, rest) : undefined;
}

/**
 * Whether every use of `terraform.workspace` in an expression (through locals) is compared with
 * a literal: only then do the workspaces the module names stand for all the workspaces there are.
 */
function workspaceOnlyCompared(expr: HclExpr, module: TerraformModule, depth = 0): boolean {
  if (depth > 16) return false;
  const isWorkspace = (e: HclExpr) => e.kind === 'traversal' && e.root === 'terraform' && e.steps[0] === 'workspace';
  const ok = (e: HclExpr): boolean => {
    switch (e.kind) {
      case 'traversal': {
        if (isWorkspace(e)) return false;
        const name = e.root === 'local' && typeof e.steps[0] === 'string' ? e.steps[0] : undefined;
        const definition = name ? module.scope.local(name) : undefined;
        return !definition || workspaceOnlyCompared(definition, module, depth + 1);
      }
      case 'binary':
        if ((e.operator === '==' || e.operator === '!=') && (isWorkspace(e.left) || isWorkspace(e.right)))
          return ok(isWorkspace(e.left) ? e.right : e.left);
        return ok(e.left) && ok(e.right);
      case 'unary':
        return ok(e.operand);
      case 'conditional':
        return ok(e.condition) && ok(e.whenTrue) && ok(e.whenFalse);
      case 'tuple':
        return e.items.every(ok);
      case 'object':
        return e.entries.every((entry) => ok(entry.key) && ok(entry.value));
      case 'call':
        return e.args.every(ok);
      case 'template':
        return e.parts.every((p) => typeof p === 'string' || ok(p));
      case 'for':
        return [e.collection, e.valueExpr, e.keyExpr, e.condition].every((x) => !x || ok(x));
      case 'access':
        return ok(e.target) && e.steps.every((st) => typeof st !== 'object' || ok(st));
      default:
        return true;
    }
  };
  return ok(expr);
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

function looksLikeBackups(resource: Pick<TerraformResource, 'name' | 'block'>, doc: TerraformDocument): boolean {
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
