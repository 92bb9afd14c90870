import type { RawFinding } from '../../../core/checker.js';
import type { Span } from '../../../core/types.js';
import { evaluate, UNKNOWN, type EvalScope, type Evaluated } from '../../../parsers/hcl/evaluate.js';
import { parseHcl, type HclExpr } from '../../../parsers/hcl/syntax.js';
import type { TerraformModule, TerraformResource } from './terraform-module.js';
import { isStatefulType } from './terraform-stateful-types.js';
import { throwawayEnvironment } from './terraform-protection-rule.js';
import { REPLACEMENT_TABLE, terraformReplacementRow, versionFamily } from './replacement-table.js';

/**
 * A changed `.tfvars` file, with its module on both sides (unchanged files of the directory
 * included). The resources are elsewhere; what the change does to them is reported at the
 * value it changes.
 */
export interface TfvarsDocument {
  path: string;
  baseText?: string;
  headText: string;
  base: TerraformModule;
  head: TerraformModule;
  /** Values read by the caller instead of parsing the texts as `.tfvars` (a Terragrunt unit's merged inputs). */
  values?: { base: Map<string, InputValue>; head: Map<string, InputValue> };
  /** How messages name where the value is set, when not just `path`. */
  label?: string;
  /** The path whose folders say which environment this is (a Terragrunt unit's, when a shared file changed). */
  environmentPath?: string;
}

/** A variable's value as one side of the change sets it. */
export interface InputValue {
  value: Evaluated;
  /** The expression as written, spans left out: an unknown value rewritten is a change too. */
  source: string;
  /** Where it is set in the file being checked; undefined when another file sets it (it cannot be the cause). */
  span: Span | undefined;
}

/** One effect of a changed variable value on a stateful resource, at the value that causes it. */
export interface TfvarsEffect {
  resource: TerraformResource;
  attribute: string;
  variable: string;
  before: Evaluated;
  after: Evaluated;
  span: Span;
}

const EMPTY: EvalScope = { local: () => undefined, variable: () => UNKNOWN };

function assignments(text: string | undefined): Map<string, InputValue> {
  const attributes = text === undefined ? [] : parseHcl(text).attributes;
  return new Map(
    attributes.map((a) => [a.name, { value: evaluate(a.value, EMPTY), source: sourceOf(a.value), span: a.span }]),
  );
}

/** The module's scope with this file's values taking precedence (it is the file the run is given). */
function scopeWith(module: TerraformModule, values: Map<string, InputValue>): EvalScope {
  return {
    ...module.scope,
    variable: (name) => {
      const own = values.get(name);
      return own ? own.value : module.scope.variable(name);
    },
  };
}

/** The variables an expression reads, directly or through locals. */
function variablesOf(expr: HclExpr, module: TerraformModule, depth = 0): Set<string> {
  const found = new Set<string>();
  if (depth > 16) return found;
  JSON.stringify(expr, (_key, value: unknown) => {
    if (value && typeof value === 'object' && (value as { kind?: string }).kind === 'traversal') {
      const t = value as { root: string; steps: unknown[] };
      const name = typeof t.steps[0] === 'string' ? t.steps[0] : undefined;
      if (t.root === 'var' && name) found.add(name);
      if (t.root === 'local' && name) {
        const local = module.scope.local(name);
        if (local) for (const v of variablesOf(local, module, depth + 1)) found.add(v);
      }
    }
    return value;
  });
  return found;
}

/**
 * For every stateful resource of the module and each attribute asked about, the values before
 * and after under this file's values, when a variable this file changes is what decides it.
 */
export function tfvarsEffects(doc: TfvarsDocument, attributes: readonly string[]): TfvarsEffect[] {
  const before = doc.values?.base ?? assignments(doc.baseText);
  const after = doc.values?.head ?? assignments(doc.headText);
  const changed = [...after].flatMap(([name, a]) => {
    const old = before.get(name);
    const differs =
      !old || JSON.stringify(old.value) !== JSON.stringify(a.value) || (a.value === UNKNOWN && old.source !== a.source);
    return differs && a.span ? [{ name, span: a.span }] : [];
  });
  if (!changed.length) return [];
  const baseScope = scopeWith(doc.base, before);
  const headScope = scopeWith(doc.head, after);
  const effects: TfvarsEffect[] = [];
  for (const resource of doc.head.resources.values()) {
    if (resource.mode !== 'managed' || !isStatefulType(resource.type)) continue;
    const baseResource = doc.base.resources.get(resource.address);
    if (!baseResource) continue;
    for (const name of attributes) {
      const attribute = resource.block.attributes.find((a) => a.name === name);
      const baseAttribute = baseResource.block.attributes.find((a) => a.name === name);
      if (!attribute || !baseAttribute) continue;
      const reads = variablesOf(attribute.value, doc.head);
      const cause = changed.find((c) => reads.has(c.name));
      if (!cause) continue;
      effects.push({
        resource,
        attribute: name,
        variable: cause.name,
        before: evaluate(baseAttribute.value, baseScope),
        after: evaluate(attribute.value, headScope),
        span: cause.span,
      });
    }
  }
  return effects;
}

/** Protections a variable can turn off, with the rule that owns each and the unsafe value. */
const PROTECTIONS: { attribute: string; rule: string; unsafe: (v: Evaluated) => boolean; loses: string }[] = [
  {
    attribute: 'deletion_protection',
    rule: 'iac/terraform-deletion-protection',
    unsafe: (v) => v === false,
    loses: 'deletion protection',
  },
  {
    attribute: 'skip_final_snapshot',
    rule: 'iac/terraform-final-snapshot',
    unsafe: (v) => v === true,
    loses: 'the final snapshot',
  },
  {
    attribute: 'force_destroy',
    rule: 'iac/terraform-force-destroy',
    unsafe: (v) => v === true,
    loses: 'the refusal to delete a non-empty store',
  },
  {
    attribute: 'backup_retention_period',
    rule: 'iac/terraform-backup-retention',
    unsafe: (v) => v === 0,
    loses: 'automated backups',
  },
];

function size(v: Evaluated): number | undefined {
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) return v.length;
  if (v !== UNKNOWN && v && typeof v === 'object') return Object.keys(v).length;
  return undefined;
}

const sourceOf = (e: HclExpr): string =>
  JSON.stringify(e, (key, value: unknown) => (key === 'span' ? undefined : value));

const show = (v: Evaluated) => (v === UNKNOWN ? '(unknown)' : JSON.stringify(v));

/**
 * The findings of a changed `.tfvars` file, under the rules that own each effect: a value that
 * drops instances of a stateful resource (`iac/terraform-instances-reduced`) or turns one of its
 * protections off, reported at the changed value.
 */
export function tfvarsFindings(doc: TfvarsDocument): RawFinding[] {
  const findings: RawFinding[] = [];
  const where = doc.label ?? doc.path;
  const throwaway = throwawayEnvironment(doc.environmentPath ?? doc.path);
  // As for the protections written in the module: given up in a throwaway environment, routine.
  const downgrade = throwaway ? { downgradedBecause: `the module is the ${throwaway} environment's` } : {};
  for (const e of tfvarsEffects(doc, ['count', 'for_each'])) {
    const before = size(e.before);
    const after = size(e.after);
    if (before !== undefined && before > 0 && e.after === UNKNOWN) {
      // Fail closed: a count that held instances now depends on a value known only at plan time.
      findings.push({
        ruleId: 'iac/terraform-instances-reduced',
        kind: 'destructive',
        defaultSeverity: 'block',
        message: `${e.resource.address}: ${e.variable} in ${where} makes ${e.attribute} (${before} instances before) depend on a value two-key cannot evaluate before a plan; if it drops instances, apply destroys them with their data`,
        span: e.span,
        unit: e.span,
        rollbackOnly: false,
      });
      continue;
    }
    if (before === undefined || after === undefined || after >= before) continue;
    findings.push({
      ruleId: 'iac/terraform-instances-reduced',
      kind: 'destructive',
      defaultSeverity: 'block',
      message: `${e.resource.address}: ${e.variable} in ${where} takes ${e.attribute} from ${before} to ${after} instances; terraform apply destroys the rest with their data`,
      span: e.span,
      unit: e.span,
      rollbackOnly: false,
    });
  }
  for (const p of PROTECTIONS) {
    for (const e of tfvarsEffects(doc, [p.attribute])) {
      if (e.before === UNKNOWN || p.unsafe(e.before)) continue;
      if (e.after === UNKNOWN) {
        findings.push({
          ruleId: p.rule,
          kind: 'protection',
          defaultSeverity: 'block',
          ...downgrade,
          message: `${e.resource.address}: ${e.variable} in ${where} sets ${p.attribute} (was ${show(e.before)}) to a value two-key cannot evaluate before a plan; approve only if it keeps ${p.loses}`,
          span: e.span,
          unit: e.span,
          rollbackOnly: false,
        });
        continue;
      }
      if (!p.unsafe(e.after)) continue;
      findings.push({
        ruleId: p.rule,
        kind: 'protection',
        defaultSeverity: 'block',
        ...downgrade,
        message: `${e.resource.address}: ${e.variable} in ${where} sets ${p.attribute} from ${show(e.before)} to ${show(e.after)}, giving up ${p.loses}`,
        span: e.span,
        unit: e.span,
        rollbackOnly: false,
      });
    }
  }
  findings.push(...replacementFindings(doc));
  return findings;
}

/** Every attribute some data store cannot change in place. */
const REPLACING = [...new Set(REPLACEMENT_TABLE.flatMap((r) => [...(r.attributes ?? []), ...(r.family ?? [])]))];

/**
 * A changed value that changes an attribute the provider cannot update in place on a data store
 * (`identifier = var.db_name`): `iac/terraform-replacement-attribute`, at the value.
 */
function replacementFindings(doc: TfvarsDocument): RawFinding[] {
  const findings: RawFinding[] = [];
  const where = doc.label ?? doc.path;
  for (const e of tfvarsEffects(doc, REPLACING)) {
    const row = terraformReplacementRow(e.resource.type);
    if (!row || e.before === UNKNOWN || ignores(e.resource, e.attribute)) continue;
    const family = row.family?.includes(e.attribute) ?? false;
    if (!family && !row.attributes?.includes(e.attribute)) continue;
    if (e.after !== UNKNOWN) {
      const same = family
        ? JSON.stringify(versionFamily(e.before)) === JSON.stringify(versionFamily(e.after))
        : JSON.stringify(e.before) === JSON.stringify(e.after);
      if (same) continue;
    }
    findings.push({
      ruleId: 'iac/terraform-replacement-attribute',
      kind: 'destructive',
      defaultSeverity: 'block',
      message:
        e.after === UNKNOWN
          ? `${e.resource.address}: ${e.variable} in ${where} makes ${e.attribute} (was ${show(e.before)}) a value two-key cannot evaluate before a plan; if it differs, the provider replaces the ${row.store} and its data is lost`
          : `${e.resource.address}: ${e.variable} in ${where} changes ${e.attribute} from ${show(e.before)} to ${show(e.after)}; the provider replaces the ${row.store}, destroying it with its data`,
      span: e.span,
      unit: e.span,
      rollbackOnly: false,
    });
  }
  return findings;
}

/** `lifecycle { ignore_changes = [attr] }` (or `all`) on the resource: Terraform does not act on it. */
function ignores(resource: TerraformResource, attribute: string): boolean {
  const value = resource.block.blocks
    .find((b) => b.type === 'lifecycle')
    ?.attributes.find((a) => a.name === 'ignore_changes')?.value;
  if (!value) return false;
  if (value.kind === 'traversal' && value.root === 'all') return true;
  return (
    value.kind === 'tuple' &&
    value.items.some(
      (i) => (i.kind === 'traversal' && i.root === attribute) || (i.kind === 'literal' && i.value === attribute),
    )
  );
}
