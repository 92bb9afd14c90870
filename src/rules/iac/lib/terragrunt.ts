import type { Span } from '../../../core/types.js';
import { evaluate, UNKNOWN, type EvalScope, type Evaluated, type HclValue } from '../../../parsers/hcl/evaluate.js';
import { FunctionError } from '../../../parsers/hcl/functions.js';
import { parseHcl, type HclBlock, type HclExpr, type HclFile } from '../../../parsers/hcl/syntax.js';
import { dirOf, joinPath } from './terraform-module.js';
import { generateBlocks, type GeneratedFile } from './terragrunt-generate.js';

export type { GeneratedFile } from './terragrunt-generate.js';

export { isTerragruntConfig, isTerragruntFile } from './terraform-paths.js';

/** Reads a file of one side of the change by repository path; undefined when it is not there (or not known). */
export type TerragruntRead = (path: string) => string | undefined;

/** One input a unit passes to its module, as Terragrunt merges them. */
export interface TerragruntInput {
  value: Evaluated;
  /** The expression as written, and the file and `name = value` entry it is written in. */
  expr: HclExpr;
  path: string;
  span: Span;
  /** Names the value reads (traversal steps, through the locals of the file it is written in). */
  names: Set<string>;
}

export interface TerragruntUnit {
  path: string;
  /** The module's directory, when `terraform.source` (here or in an included file) is a local path. */
  moduleDir: string | undefined;
  inputs: Map<string, TerragruntInput>;
  /** Every file the resolution read: the unit, included files, files read by `read_terragrunt_config`. */
  files: Set<string>;
  /** Every path the resolution asked for, found or not: what a reader should fetch. */
  asked: Set<string>;
  /** The files its `generate` blocks (its own and its parents', the nearer winning by label) write. */
  generated: GeneratedFile[];
}

interface Parsed {
  path: string;
  text: string;
  file: HclFile;
  locals: Map<string, HclExpr>;
}

/** Files read through `read_terragrunt_config` inside `read_terragrunt_config` deeper than this are not followed. */
const MAX_READ_DEPTH = 4;
/** Includes within included files deeper than this are not followed. */
const MAX_INCLUDE_DEPTH = 3;

/**
 * A unit's inputs and module as Terragrunt resolves them: its `include`s (the parent's inputs,
 * shallow- or deep-merged under the child's, or not at all with `merge_strategy = "no_merge"`;
 * `include.<label>.locals` when exposed), `read_terragrunt_config(...)` in locals, and the path
 * functions. A `dependency`'s outputs are unknown before a plan (its `mock_outputs` are stand-ins
 * for a plan without state, never the values an apply uses).
 */
export function resolveTerragrunt(path: string, read: TerragruntRead): TerragruntUnit | undefined {
  const unit: TerragruntUnit = {
    path,
    moduleDir: undefined,
    inputs: new Map(),
    files: new Set(),
    asked: new Set(),
    generated: [],
  };
  const unitDir = dirOf(path);
  const cache = new Map<string, Parsed | undefined>();
  const load = (p: string): Parsed | undefined => {
    if (cache.has(p)) return cache.get(p);
    unit.asked.add(p);
    const text = read(p);
    let parsed: Parsed | undefined;
    if (text !== undefined) {
      const file = parseHcl(text);
      const locals = new Map<string, HclExpr>();
      for (const block of file.blocks)
        if (block.type === 'locals') for (const a of block.attributes) locals.set(a.name, a.value);
      parsed = { path: p, text, file, locals };
      unit.files.add(p);
    }
    cache.set(p, parsed);
    return parsed;
  };
  const self = load(path);
  if (!self) return undefined;

  /** `find_in_parent_folders()` and friends return repository paths as `/a/b`: told apart from relative ones. */
  const resolveFrom = (dir: string, p: string) => (p.startsWith('/') ? joinPath('', p) : joinPath(dir, p));
  const resolve = (p: string) => resolveFrom(unitDir, p);

  /**
   * `ctx` is the folder Terragrunt evaluates a file from: the unit's for the unit and the files it
   * includes, the read file's own for a file read with `read_terragrunt_config` (its relative
   * paths, `find_in_parent_folders()` and `get_terragrunt_dir()` start there).
   */
  const scopeOf = (config: Parsed, exposed: Map<string, HclValue>, depth: number, ctx = unitDir): EvalScope => {
    const scope: EvalScope = {
      local: (name) => config.locals.get(name),
      variable: () => UNKNOWN,
      root: (name) => {
        if (name === 'include') {
          const object: { [key: string]: HclValue } = {};
          for (const [label, value] of exposed) {
            if (label === '' && value && typeof value === 'object') Object.assign(object, value);
            else object[label] = value;
          }
          return object;
        }
        // dependency.<name>.outputs: known after the dependency's apply, not before.
        return undefined;
      },
      call: (name, args) => callTerragrunt(name, args, config, depth, ctx),
    };
    return scope;
  };

  const callTerragrunt = (
    name: string,
    args: Evaluated[],
    config: Parsed,
    depth: number,
    ctx: string,
  ): Evaluated | undefined => {
    const text = (i: number) => (typeof args[i] === 'string' ? (args[i] as string) : undefined);
    switch (name) {
      case 'find_in_parent_folders': {
        if (args.some((a) => a === UNKNOWN)) return UNKNOWN;
        const wanted = text(0) ?? 'terragrunt.hcl';
        for (let dir = dirOf(ctx), last = false; !last; dir = dirOf(dir)) {
          last = dir === '';
          const candidate = joinPath(dir, wanted);
          if (load(candidate)) return `/${candidate}`;
        }
        if (args.length > 1) return args[1]!;
        throw new FunctionError(`no ${wanted} in a parent folder`);
      }
      case 'get_terragrunt_dir':
        return `/${ctx}`;
      case 'get_original_terragrunt_dir':
        return `/${unitDir}`;
      case 'get_parent_terragrunt_dir':
        return `/${dirOf(config.path)}`;
      case 'get_repo_root':
        return '';
      case 'path_relative_to_include':
        return relative(dirOf(config.path), unitDir);
      case 'path_relative_from_include':
        return relative(unitDir, dirOf(config.path));
      case 'dirname':
        return text(0) === undefined ? undefined : text(0)!.replace(/\/[^/]*$/, '') || '/';
      case 'basename':
        return text(0) === undefined ? undefined : text(0)!.replace(/^.*\//, '');
      case 'read_terragrunt_config': {
        const target = text(0);
        if (target === undefined || depth >= MAX_READ_DEPTH) return UNKNOWN;
        const other = load(resolveFrom(ctx, target));
        if (!other) {
          if (args.length > 1) return args[1]!;
          throw new FunctionError(`${target} cannot be read`);
        }
        return configValue(other, new Map(), depth + 1, dirOf(other.path));
      }
      default:
        return undefined;
    }
  };

  /** `{ locals = {...}, inputs = {...} }` of a file, its unknown values left out. */
  const configValue = (config: Parsed, exposed: Map<string, HclValue>, depth: number, ctx = unitDir): HclValue => {
    const scope = scopeOf(config, exposed, depth, ctx);
    const locals: { [key: string]: HclValue } = {};
    for (const [name, expr] of config.locals) {
      const value = evaluate(expr, scope);
      if (value !== UNKNOWN) locals[name] = value;
    }
    const inputs: { [key: string]: HclValue } = {};
    for (const [name, input] of inputsOf(config, scope)) if (input.value !== UNKNOWN) inputs[name] = input.value;
    return { locals, inputs };
  };

  // The includes: each parent evaluated in this unit's context, as Terragrunt does; a parent's
  // own includes (a root under an `env.hcl`) first, so the nearer file wins.
  const exposed = new Map<string, HclValue>();
  const selfScopeNoIncludes = scopeOf(self, exposed, 0);
  const merged = new Map<string, TerragruntInput>();
  let source: { expr: HclExpr; config: Parsed } | undefined;
  let deep = false;
  const generated = new Map<string, GeneratedFile>();
  const addGenerated = (config: Parsed, scope: EvalScope) => {
    for (const g of generateBlocks(config.path, config.text, config.file, scope)) generated.set(g.label, g);
  };
  const includeParents = (config: Parsed, depth: number, seen: Set<string>) => {
    const scope = config === self ? selfScopeNoIncludes : scopeOf(config, new Map(), 0);
    for (const block of config.file.blocks) {
      if (block.type !== 'include') continue;
      const label = block.labels[0] ?? '';
      const where = attribute(block, 'path');
      const target = where ? evaluate(where, scope) : UNKNOWN;
      if (typeof target !== 'string') continue;
      const parentPath = resolve(target);
      if (seen.has(parentPath)) continue;
      const parent = load(parentPath);
      if (!parent) continue;
      const parentScope = scopeOf(parent, new Map(), 0);
      const expose = attribute(block, 'expose');
      if (config === self && expose && evaluate(expose, scope) === true)
        exposed.set(label, configValue(parent, new Map(), 0));
      const strategy = attribute(block, 'merge_strategy');
      const how = strategy ? evaluate(strategy, scope) : 'shallow';
      if (how === 'no_merge') continue;
      if (depth < MAX_INCLUDE_DEPTH) includeParents(parent, depth + 1, new Set([...seen, parentPath]));
      for (const [name, input] of inputsOf(parent, parentScope)) merged.set(name, input);
      addGenerated(parent, parentScope);
      const parentSource = terraformSource(parent);
      if (parentSource) source = { expr: parentSource, config: parent };
      if (how === 'deep') deep = true;
    }
  };
  includeParents(self, 0, new Set([path]));
  const selfScope = scopeOf(self, exposed, 0);
  for (const [name, input] of inputsOf(self, selfScope)) {
    const under = merged.get(name);
    // deep: maps merge key by key, the child's keys winning.
    if (deep && under && isMap(under.value) && isMap(input.value))
      merged.set(name, { ...input, value: deepMerge(under.value, input.value) });
    else merged.set(name, input);
  }
  unit.inputs = merged;
  addGenerated(self, selfScope);
  unit.generated = [...generated.values()];
  const ownSource = terraformSource(self);
  if (ownSource) source = { expr: ownSource, config: self };
  if (source) {
    const value = evaluate(source.expr, scopeOf(source.config, exposed, 0));
    if (typeof value === 'string') unit.moduleDir = localModuleDir(value, resolve);
  }
  return unit;
}

function attribute(block: HclBlock, name: string): HclExpr | undefined {
  return block.attributes.find((a) => a.name === name)?.value;
}

function terraformSource(config: Parsed): HclExpr | undefined {
  const block = config.file.blocks.find((b) => b.type === 'terraform');
  return block ? attribute(block, 'source') : undefined;
}

/**
 * A local `source` (`../../modules//rds?ref=x` is `modules/rds` beside the unit). Registry and
 * git sources are undefined: their variables are not in the repository.
 */
function localModuleDir(source: string, resolve: (p: string) => string): string | undefined {
  const local = source.replace(/\?.*$/, '').replace('//', '/');
  if (!/^(\.\.?\/|\/)/.test(local) || /^\/\//.test(local)) return undefined;
  return resolve(local);
}

/** The `inputs` of one file: entries of an object literal, or the keys of a value it evaluates to. */
function inputsOf(config: Parsed, scope: EvalScope): Map<string, TerragruntInput> {
  const out = new Map<string, TerragruntInput>();
  const attr = config.file.attributes.find((a) => a.name === 'inputs');
  if (!attr) return out;
  if (attr.value.kind === 'object') {
    for (const { key, value } of attr.value.entries) {
      const name = evaluate(key, scope);
      if (typeof name !== 'string') continue;
      out.set(name, {
        value: evaluate(value, scope),
        expr: value,
        path: config.path,
        span: { start: key.span.start, end: value.span.end },
        names: namesRead(value, config),
      });
    }
    return out;
  }
  // `inputs = merge(local.common, { ... })`: each key of the value, at the whole attribute.
  const whole = evaluate(attr.value, scope);
  if (!isMap(whole)) return out;
  for (const [name, value] of Object.entries(whole))
    out.set(name, {
      value,
      expr: attr.value,
      path: config.path,
      span: attr.span,
      names: namesRead(attr.value, config),
    });
  return out;
}

/** The names an expression reads, following the locals of its own file. */
function namesRead(expr: HclExpr, config: Parsed): Set<string> {
  const names = new Set<string>();
  const visit = (e: HclExpr, depth: number) => {
    if (depth > 16) return;
    JSON.stringify(e, (_key, value: unknown) => {
      const t = value as { kind?: string; root?: string; steps?: unknown[] } | null;
      if (t?.kind !== 'traversal') return value;
      for (const step of t.steps ?? []) if (typeof step === 'string') names.add(step);
      const first = t.steps?.[0];
      if (t.root === 'local' && typeof first === 'string') {
        const definition = config.locals.get(first);
        if (definition && !names.has(`local.${first}`)) {
          names.add(`local.${first}`);
          visit(definition, depth + 1);
        }
      }
      return value;
    });
  };
  visit(expr, 0);
  return names;
}

function isMap(v: Evaluated): v is { [key: string]: HclValue } {
  return v !== UNKNOWN && v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deepMerge(under: { [key: string]: HclValue }, over: { [key: string]: HclValue }): HclValue {
  const out: { [key: string]: HclValue } = { ...under };
  for (const [k, v] of Object.entries(over)) {
    const u = out[k];
    out[k] = u !== undefined && isMap(u) && isMap(v) ? deepMerge(u, v) : v;
  }
  return out;
}

/** The path from one repository folder to another, as `path_relative_to_include()` gives it. */
function relative(from: string, to: string): string {
  const a = from ? from.split('/') : [];
  const b = to ? to.split('/') : [];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || '.';
}

/**
 * The definitions of a shared file the change rewrote (its locals and inputs whose expression
 * differs from the base's), by name: where a unit's changed input is blamed when the file that
 * changed is not the one the input is written in.
 */
export function changedEntries(baseText: string | undefined, headText: string): { name: string; span: Span }[] {
  const entries = (text: string) => {
    const file = parseHcl(text);
    const out = new Map<string, { source: string; span: Span }>();
    for (const block of file.blocks)
      if (block.type === 'locals')
        for (const a of block.attributes) out.set(`local.${a.name}`, { source: sourceOf(a.value), span: a.span });
    const inputs = file.attributes.find((a) => a.name === 'inputs')?.value;
    if (inputs?.kind === 'object')
      for (const { key, value } of inputs.entries)
        if (key.kind === 'literal' && typeof key.value === 'string')
          out.set(`inputs.${key.value}`, {
            source: sourceOf(value),
            span: { start: key.span.start, end: value.span.end },
          });
    return out;
  };
  const before = baseText === undefined ? new Map<string, { source: string; span: Span }>() : entries(baseText);
  return [...entries(headText)]
    .filter(([name, entry]) => before.get(name)?.source !== entry.source)
    .map(([name, entry]) => ({ name, span: entry.span }));
}

export function sourceOf(expr: HclExpr): string {
  return JSON.stringify(expr, (key, value: unknown) => (key === 'span' ? undefined : value));
}
