import { evaluate, UNKNOWN, type EvalScope } from '../../../parsers/hcl/evaluate.js';
import { parseHcl, type HclAttribute, type HclExpr } from '../../../parsers/hcl/syntax.js';
import { dirOf, joinPath } from './terraform-module.js';

export { isTerragruntFile } from './terraform-paths.js';

/**
 * The directory of the module a Terragrunt file runs, when its `terraform { source = ... }` is a
 * local path: `../../modules//rds?ref=x` is `modules/rds` beside it. Registry and git sources are
 * undefined: their variables are not in the repository.
 */
export function terragruntModuleDir(path: string, text: string): string | undefined {
  const block = parseHcl(text).blocks.find((b) => b.type === 'terraform');
  const source = block?.attributes.find((a) => a.name === 'source')?.value;
  if (source?.kind !== 'literal' || typeof source.value !== 'string') return undefined;
  const local = source.value.replace(/\?.*$/, '').replace('//', '/');
  if (!/^\.\.?\//.test(local)) return undefined;
  return joinPath(dirOf(path), local);
}

/**
 * The `inputs = { ... }` of a Terragrunt file as assignments, like a `.tfvars` file's, with the
 * scope their values are evaluated in: the file's own `locals`. Values from `dependency` outputs,
 * `include`d parents and functions such as `get_env` are unknown.
 */
export function terragruntInputs(text: string | undefined): { values: Map<string, HclAttribute>; scope: EvalScope } {
  const values = new Map<string, HclAttribute>();
  const locals = new Map<string, HclExpr>();
  const scope: EvalScope = { local: (name) => locals.get(name), variable: () => UNKNOWN };
  if (text === undefined) return { values, scope };
  const file = parseHcl(text);
  for (const block of file.blocks)
    if (block.type === 'locals') for (const a of block.attributes) locals.set(a.name, a.value);
  const inputs = file.attributes.find((a) => a.name === 'inputs')?.value;
  if (inputs?.kind !== 'object') return { values, scope };
  for (const { key, value } of inputs.entries) {
    const name = evaluate(key, scope);
    if (typeof name !== 'string') continue;
    values.set(name, { name, value, span: { start: key.span.start, end: value.span.end } });
  }
  return { values, scope };
}
