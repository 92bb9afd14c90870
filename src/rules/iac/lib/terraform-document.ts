import type { HclAttribute, HclBlock } from '../../../parsers/hcl/syntax.js';
import { headAddressOf, type Side, type TerraformModule, type TerraformResource } from './terraform-module.js';
import { isStatefulType } from './terraform-stateful-types.js';

/** What the Terraform rules are given: one changed file, and its module (directory) on both sides. */
export interface TerraformDocument {
  /** The file's head path, and its base path (they differ when the file was renamed). */
  path: string;
  basePath: string;
  base: TerraformModule;
  head: TerraformModule;
  /** The module in another directory on one side of the change, for `module` blocks with a local source. */
  moduleAt(side: Side, dir: string): TerraformModule;
}

/** A managed resource of the base that the head no longer has, under its name or a `moved` target. */
export interface LostResource {
  resource: TerraformResource;
  /** Head resources of the same type the base did not have: the likely new name of a rename. */
  renamedTo: TerraformResource[];
  /** A `removed` block that says whether Terraform destroys it or only forgets it. */
  removal: TerraformModule['removals'][number] | undefined;
}

const moduleCaches = new WeakMap<TerraformModule, WeakMap<TerraformModule, Map<string, unknown>>>();

/**
 * A result about a module's two sides, computed once for the change: every file of a directory
 * has its own document over the same module, so work over the whole module done per file would be
 * quadratic in the number of files.
 */
export function perModule<T>(doc: TerraformDocument, key: string, compute: () => T): T {
  let byHead = moduleCaches.get(doc.base);
  if (!byHead) moduleCaches.set(doc.base, (byHead = new WeakMap()));
  let results = byHead.get(doc.head);
  if (!results) byHead.set(doc.head, (results = new Map()));
  if (!results.has(key)) results.set(key, compute());
  return results.get(key) as T;
}

/** Every managed resource of the module the head no longer has, whichever file they were in. */
export function lostResources(doc: TerraformDocument): readonly LostResource[] {
  return perModule(doc, 'lost', () => findLostResources(doc));
}

function findLostResources(doc: TerraformDocument): LostResource[] {
  const lost: LostResource[] = [];
  const targets = new Set([...doc.base.resources.keys()].map((a) => headAddressOf(a, doc.head)));
  const added = [...doc.head.resources.values()].filter(
    (r) => r.mode === 'managed' && !doc.base.resources.has(r.address) && !targets.has(r.address),
  );
  for (const resource of doc.base.resources.values()) {
    if (resource.mode !== 'managed' || headAddressOf(resource.address, doc.head) !== undefined) continue;
    lost.push({
      resource,
      renamedTo: added.filter((r) => r.type === resource.type),
      removal: doc.head.removals.find((r) => r.from === resource.address),
    });
  }
  return lost;
}

/** Stateful resources Terraform will destroy: lost, and not forgotten by a `removed` block with `destroy = false`. */
export function destroyedStateful(doc: TerraformDocument): LostResource[] {
  return lostResources(doc).filter((l) => isStatefulType(l.resource.type) && l.removal?.destroy !== false);
}

/** A resource on both sides (following `moved` blocks), or on one side only. */
export interface ResourcePair {
  base: TerraformResource | undefined;
  head: TerraformResource | undefined;
}

export function resourcePairs(doc: TerraformDocument): readonly ResourcePair[] {
  return perModule(doc, 'pairs', () => findResourcePairs(doc));
}

/** The pairs with a side in this document's file (head path or base path). */
export function resourcePairsOfFile(doc: TerraformDocument): readonly ResourcePair[] {
  const byPath = perModule(doc, 'pairsByPath', () => {
    const map = new Map<string, ResourcePair[]>();
    const add = (path: string, pair: ResourcePair): void => {
      const list = map.get(path);
      if (!list) map.set(path, [pair]);
      else if (list.at(-1) !== pair) list.push(pair);
    };
    for (const pair of resourcePairs(doc)) {
      if (pair.base) add(`base:${pair.base.path}`, pair);
      if (pair.head) add(`head:${pair.head.path}`, pair);
    }
    return map;
  });
  const base = byPath.get(`base:${doc.basePath}`) ?? [];
  const head = byPath.get(`head:${doc.path}`) ?? [];
  if (base.length === 0) return head;
  if (head.length === 0) return base;
  const seen = new Set(base);
  return [...base, ...head.filter((p) => !seen.has(p))];
}

function findResourcePairs(doc: TerraformDocument): ResourcePair[] {
  const pairs: ResourcePair[] = [];
  const matched = new Set<string>();
  for (const base of doc.base.resources.values()) {
    if (base.mode !== 'managed') continue;
    const address = headAddressOf(base.address, doc.head);
    const head = address === undefined ? undefined : doc.head.resources.get(address);
    if (head) matched.add(head.address);
    pairs.push({ base, head });
  }
  for (const head of doc.head.resources.values())
    if (head.mode === 'managed' && !matched.has(head.address)) pairs.push({ base: undefined, head });
  return pairs;
}

/** An attribute somewhere in a resource, by its path of block types: `lifecycle.prevent_destroy`. */
export interface NestedAttribute {
  /** Block types then the attribute name, without instance keys. */
  names: string[];
  /** Unique within the resource: repeated blocks are told apart by their `id` or position. */
  key: string;
  attribute: HclAttribute;
}

export function nestedAttributes(block: HclBlock): NestedAttribute[] {
  const out: NestedAttribute[] = [];
  const visit = (b: HclBlock, names: string[], key: string) => {
    for (const attribute of b.attributes)
      out.push({ names: [...names, attribute.name], key: `${key}${attribute.name}`, attribute });
    const seen = new Map<string, number>();
    for (const child of b.blocks) {
      const index = seen.get(child.type) ?? 0;
      seen.set(child.type, index + 1);
      const id = child.attributes.find((a) => a.name === 'id')?.value;
      const tag = id?.kind === 'literal' ? JSON.stringify(id.value) : String(index);
      visit(child, [...names, child.type], `${key}${child.type}[${tag}].`);
    }
  };
  visit(block, [], '');
  return out;
}
