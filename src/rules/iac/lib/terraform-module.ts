import type { ChangedFile, UnchangedFile } from '../../../core/types.js';
import { evaluate, sameValue, UNKNOWN, type EvalScope, type Evaluated } from '../../../parsers/hcl/evaluate.js';
import { parseHcl, type HclAttribute, type HclBlock, type HclExpr } from '../../../parsers/hcl/syntax.js';

export type Side = 'base' | 'head';

/** A `resource` or `data` block, by its address in the module. */
export interface TerraformResource {
  /** `aws_db_instance.main`, or `data.aws_ami.ubuntu`. */
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: HclBlock;
  /** The file the block is written in. */
  path: string;
}

export interface TerraformModuleCall {
  /** `module.db`. */
  address: string;
  name: string;
  /** The `source` string, when it is a literal. */
  source: string | undefined;
  block: HclBlock;
  path: string;
}

/** A `moved` block: state at `from` now belongs to `to`, so Terraform neither destroys nor creates. */
export interface TerraformMove {
  from: string;
  to: string;
  block: HclBlock;
  path: string;
}

/** A `removed` block (Terraform 1.7+): `lifecycle { destroy = false }` forgets the object instead of destroying it. */
export interface TerraformRemoval {
  from: string;
  destroy: Evaluated;
  block: HclBlock;
  path: string;
}

/** One Terraform module (a directory) as one side of the change has it. */
export interface TerraformModule {
  dir: string;
  resources: Map<string, TerraformResource>;
  modules: Map<string, TerraformModuleCall>;
  /** `provider` blocks by `provider.<name>` (`provider.<name>.<alias>`): their settings are safeguards too. */
  providers: Map<string, { address: string; name: string; block: HclBlock; path: string }>;
  moves: TerraformMove[];
  removals: TerraformRemoval[];
  scope: EvalScope;
  /** Where each `local.<name>` is defined: a finding about a value a local decides points there too. */
  locals: Map<string, { attribute: HclAttribute; path: string }>;
  /** Where each `variable` block's `default` is written: a changed default is the cause of what it decides. */
  variables: Map<string, { attribute: HclAttribute; path: string }>;
  /** Workspace names the module compares `terraform.workspace` with, and `default`. */
  workspaces: string[];
  /** Files of the module whose HCL has syntax errors: what they declare may be missing here. */
  unreadable: string[];
  /** The module's `.tfvars` files (its stacks), each with the variables it sets. */
  tfvars: { path: string; names: Set<string> }[];
  /**
   * The scope of each way the module is run: one per `.tfvars` file passed with `-var-file`
   * (auto-loaded files under it), or the defaults and auto-loaded files when it has no other.
   */
  stacks: { path: string | undefined; scope: EvalScope }[];
}

export { isTerraformFile, isTfvarsFile } from './terraform-paths.js';
import { isTerraformFile, isTfvarsFile } from './terraform-paths.js';

/** Loaded without `-var-file`: what they set holds for every run of the module. */
export const AUTO_LOADED = /(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)$/i;

export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** The text and path a file has on one side of the change, if it exists there. */
export function versionOf(file: ChangedFile, side: Side): { path: string; text: string } | undefined {
  if (side === 'head') return file.headText === undefined ? undefined : { path: file.path, text: file.headText };
  return file.baseText === undefined ? undefined : { path: file.previousPath ?? file.path, text: file.baseText };
}

const cache = new WeakMap<readonly ChangedFile[], Map<string, TerraformModule>>();

/**
 * The module in `dir` on one side, from the files of the change in that directory. Files the
 * change does not touch come from `neighbours` (the head tree), identical on both sides.
 */
export function moduleOf(
  files: readonly ChangedFile[],
  side: Side,
  dir: string,
  neighbours: readonly UnchangedFile[] = [],
): TerraformModule {
  let byKey = cache.get(files);
  if (!byKey) cache.set(files, (byKey = new Map()));
  const key = `${side}:${dir}`;
  let module = byKey.get(key);
  if (!module) {
    const versions = files.flatMap((f) => {
      const version = versionOf(f, side);
      return version && dirOf(version.path) === dir ? [version] : [];
    });
    // Files of the module the change does not touch are the same on both sides.
    const touched = new Set(files.flatMap((f) => [f.path, f.previousPath ?? f.path]));
    versions.push(...neighbours.filter((n) => dirOf(n.path) === dir && !touched.has(n.path)));
    module = buildModule(dir, versions);
    byKey.set(key, module);
  }
  return module;
}

export function buildModule(dir: string, files: readonly { path: string; text: string }[]): TerraformModule {
  const module: TerraformModule = {
    dir,
    resources: new Map(),
    modules: new Map(),
    providers: new Map(),
    moves: [],
    removals: [],
    scope: { local: () => undefined, variable: () => UNKNOWN },
    locals: new Map(),
    variables: new Map(),
    workspaces: ['default'],
    unreadable: [],
    tfvars: [],
    stacks: [],
  };
  const locals = new Map<string, HclExpr>();
  const defaults = new Map<string, HclExpr>();
  const assigned = new Map<string, HclExpr[]>();
  const byFile = new Map<string, Map<string, HclExpr>>();
  for (const file of files) {
    const isConfig = isTerraformFile(file.path);
    if (!isConfig && !isTfvarsFile(file.path)) continue;
    const parsed = parseHcl(file.text);
    if (parsed.errors.length > 0) module.unreadable.push(file.path);
    if (!isConfig) {
      for (const attribute of parsed.attributes) push(assigned, attribute.name, attribute.value);
      module.tfvars.push({ path: file.path, names: new Set(parsed.attributes.map((a) => a.name)) });
      byFile.set(file.path, new Map(parsed.attributes.map((a) => [a.name, a.value])));
      continue;
    }
    for (const block of parsed.blocks) {
      readTopBlock(module, block, file.path, locals, defaults);
      if (block.type === 'locals')
        for (const attribute of block.attributes) module.locals.set(attribute.name, { attribute, path: file.path });
      const fallback = block.type === 'variable' ? block.attributes.find((a) => a.name === 'default') : undefined;
      if (fallback && block.labels[0] !== undefined)
        module.variables.set(block.labels[0], { attribute: fallback, path: file.path });
      collectWorkspaces(block, module.workspaces);
    }
  }
  const empty: EvalScope = { local: () => undefined, variable: () => UNKNOWN };
  module.scope = {
    local: (name) => locals.get(name),
    variable: (name) => {
      const candidates: Evaluated[] = [];
      const fallback = defaults.get(name);
      if (fallback) candidates.push(evaluate(fallback, empty));
      for (const value of assigned.get(name) ?? []) candidates.push(evaluate(value, empty));
      const [first] = candidates;
      // A variable the tfvars set differently than its default could be either: unknown.
      return first !== undefined && candidates.every((c) => sameValue(c, first)) ? first : UNKNOWN;
    },
  };
  const auto = [...byFile].filter(([path]) => AUTO_LOADED.test(path)).map(([, values]) => values);
  const named = [...byFile].filter(([path]) => !AUTO_LOADED.test(path));
  const stackScope = (own: Map<string, HclExpr> | undefined): EvalScope => ({
    local: (name) => locals.get(name),
    variable: (name) => {
      const set =
        own?.get(name) ??
        [...auto]
          .reverse()
          .find((values) => values.has(name))
          ?.get(name) ??
        defaults.get(name);
      return set ? evaluate(set, empty) : UNKNOWN;
    },
  });
  module.stacks =
    named.length > 0
      ? named.map(([path, values]) => ({ path, scope: stackScope(values) }))
      : [{ path: undefined, scope: stackScope(undefined) }];
  for (const removal of module.removals) {
    const lifecycle = removal.block.blocks.find((b) => b.type === 'lifecycle');
    const destroy = lifecycle?.attributes.find((a) => a.name === 'destroy');
    removal.destroy = destroy ? evaluate(destroy.value, module.scope) : true;
  }
  return module;
}

function readTopBlock(
  module: TerraformModule,
  block: HclBlock,
  path: string,
  locals: Map<string, HclExpr>,
  defaults: Map<string, HclExpr>,
): void {
  const [first, second] = block.labels;
  switch (block.type) {
    case 'resource':
    case 'data':
      if (first !== undefined && second !== undefined) {
        const mode = block.type === 'resource' ? 'managed' : 'data';
        const address = `${mode === 'data' ? 'data.' : ''}${first}.${second}`;
        module.resources.set(address, { address, mode, type: first, name: second, block, path });
      }
      return;
    case 'module':
      if (first !== undefined) {
        const source = block.attributes.find((a) => a.name === 'source')?.value;
        module.modules.set(`module.${first}`, {
          address: `module.${first}`,
          name: first,
          source: source?.kind === 'literal' && typeof source.value === 'string' ? source.value : undefined,
          block,
          path,
        });
      }
      return;
    case 'provider':
      if (first !== undefined) {
        const alias = block.attributes.find((a) => a.name === 'alias')?.value;
        const suffix = alias?.kind === 'literal' && typeof alias.value === 'string' ? `.${alias.value}` : '';
        const address = `provider.${first}${suffix}`;
        module.providers.set(address, { address, name: first, block, path });
      }
      return;
    case 'moved': {
      const from = addressOf(block, 'from');
      const to = addressOf(block, 'to');
      if (from && to) module.moves.push({ from, to, block, path });
      return;
    }
    case 'removed': {
      const from = addressOf(block, 'from');
      if (from) module.removals.push({ from, destroy: true, block, path });
      return;
    }
    case 'locals':
      for (const attribute of block.attributes) locals.set(attribute.name, attribute.value);
      return;
    case 'variable': {
      const fallback = block.attributes.find((a) => a.name === 'default');
      if (first !== undefined && fallback) defaults.set(first, fallback.value);
      return;
    }
    default:
      return;
  }
}

/** The string literals compared with `terraform.workspace` anywhere in a block. */
function collectWorkspaces(block: HclBlock, into: string[]): void {
  const visit = (expr: HclExpr): void => {
    switch (expr.kind) {
      case 'binary': {
        const isWorkspace = (e: HclExpr) =>
          e.kind === 'traversal' && e.root === 'terraform' && e.steps[0] === 'workspace';
        const other = isWorkspace(expr.left) ? expr.right : isWorkspace(expr.right) ? expr.left : undefined;
        if (other?.kind === 'literal' && typeof other.value === 'string' && !into.includes(other.value))
          into.push(other.value);
        visit(expr.left);
        visit(expr.right);
        return;
      }
      case 'unary':
        return visit(expr.operand);
      case 'conditional':
        [expr.condition, expr.whenTrue, expr.whenFalse].forEach(visit);
        return;
      case 'tuple':
        return expr.items.forEach(visit);
      case 'object':
        return expr.entries.forEach((e) => visit(e.value));
      case 'call':
        return expr.args.forEach(visit);
      default:
        return;
    }
  };
  for (const attribute of block.attributes) visit(attribute.value);
  for (const child of block.blocks) collectWorkspaces(child, into);
}

/** `from = aws_db_instance.primary` as the address string, instance keys dropped. */
function addressOf(block: HclBlock, name: string): string | undefined {
  const value = block.attributes.find((a) => a.name === name)?.value;
  if (value?.kind !== 'traversal') return undefined;
  const names = value.steps.filter((s): s is string => typeof s === 'string');
  return [value.root, ...names].join('.');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Where a base address lives in the head, following `moved` blocks: undefined when it is gone. */
export function headAddressOf(address: string, head: TerraformModule): string | undefined {
  let current = address;
  const seen = new Set<string>();
  while (!seen.has(current)) {
    seen.add(current);
    if (head.resources.has(current) || head.modules.has(current)) return current;
    const move = head.moves.find((m) => m.from === current);
    if (!move) break;
    current = move.to;
  }
  // Moved into a child module that exists in the head: the child now manages it.
  const into = /^(module\.[^.]+)\./.exec(current);
  if (current !== address && into && head.modules.has(into[1]!)) return current;
  return undefined;
}

/** A module's local `source` resolved against the calling module's directory. */
export function joinPath(dir: string, relative: string): string {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
