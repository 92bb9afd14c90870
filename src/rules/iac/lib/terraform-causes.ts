import type { Span } from '../../../core/types.js';
import type { HclExpr } from '../../../parsers/hcl/syntax.js';
import type { TerraformDocument } from './terraform-document.js';
import { AUTO_LOADED, type TerraformModule } from './terraform-module.js';

/** A definition the change rewrote that an unchanged expression reads: where its new value comes from. */
export interface ChangedDefinition {
  /** `local.db_name` or `var.protect`. */
  name: string;
  /** The file the definition is in (head side). */
  path: string;
  /** The local's `name = value`, or the variable's `default = value`. */
  span: Span;
  /** A variable's default no stack of the module uses (every `.tfvars` sets it): why it cannot matter. */
  unreachable?: string;
}

/**
 * The nearest locals and variable defaults an expression reads that the change defines anew. A
 * local the change left alone is followed to what it reads in turn; a variable is a cause only
 * when its `default` changed (a changed `.tfvars` value is judged in that file).
 */
export function changedDefinitions(expr: HclExpr, doc: TerraformDocument): ChangedDefinition[] {
  const found: ChangedDefinition[] = [];
  const seen = new Set<string>();
  const visit = (e: HclExpr, depth: number): void => {
    if (depth > 16) return;
    for (const { root, name } of namesRead(e)) {
      const key = `${root}.${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (root === 'local') {
        const head = doc.head.locals.get(name);
        const base = doc.base.locals.get(name);
        if (!head) continue;
        if (base && sameSource(base.attribute.value, head.attribute.value)) visit(head.attribute.value, depth + 1);
        else found.push({ name: key, path: head.path, span: head.attribute.span });
      } else {
        const head = doc.head.variables.get(name);
        const base = doc.base.variables.get(name);
        if (head && (!base || !sameSource(base.attribute.value, head.attribute.value))) {
          const unreachable = defaultUnreachable(doc.head, name);
          found.push({
            name: key,
            path: head.path,
            span: head.attribute.span,
            ...(unreachable ? { unreachable } : {}),
          });
        }
      }
    }
  };
  visit(expr, 0);
  return found;
}

/**
 * Why a variable's default reaches no stack of the module: an auto-loaded `.tfvars` sets the
 * variable, or the module has stacks (`prod.tfvars`, `staging.tfvars`) and every one sets it.
 * Undefined when some stack, or a module without any, falls back to the default.
 */
export function defaultUnreachable(module: TerraformModule, name: string): string | undefined {
  const setting = module.tfvars.filter((f) => f.names.has(name)).map((f) => f.path);
  const auto = setting.find((p) => AUTO_LOADED.test(p));
  if (auto) return `${auto} sets var.${name} for every run, so its default is not used`;
  if (module.tfvars.length === 0 || setting.length < module.tfvars.length) return undefined;
  return `every .tfvars of the module sets var.${name} (${setting.join(', ')}), so its default reaches none of them`;
}

/** The `local.x` and `var.x` names an expression reads, in order. */
function namesRead(expr: HclExpr): { root: 'local' | 'var'; name: string }[] {
  const out: { root: 'local' | 'var'; name: string }[] = [];
  JSON.stringify(expr, (_key, value: unknown) => {
    const t = value as { kind?: string; root?: string; steps?: unknown[] } | null;
    const name = t?.kind === 'traversal' ? t.steps?.[0] : undefined;
    if (typeof name === 'string' && (t!.root === 'local' || t!.root === 'var')) out.push({ root: t!.root, name });
    return value;
  });
  return out;
}

/** Both sides wrote the same expression, whatever the spacing. */
export function sameSource(a: HclExpr, b: HclExpr): boolean {
  const strip = (e: HclExpr) => JSON.stringify(e, (key, value: unknown) => (key === 'span' ? undefined : value));
  return strip(a) === strip(b);
}
