import type { ChangedFile, UnchangedFile } from '../core/types.js';
import { loadGrammar } from '../parsers/tree-sitter/loader.js';
import { isTerragruntConfig, isTerragruntFile, resolveTerragrunt } from '../rules/iac/lib/terragrunt.js';

/** The repository's files as a listing: the CLI's head tree, the Action's merge-base listing. */
export interface TreeIndex {
  has(path: string): boolean;
  /** Every file under a folder, at any depth. */
  under(dir: string): readonly string[];
}

/** Units sharing one changed file that are read at most: the nearest first. */
const MAX_UNITS = 60;
/** Reading stops after this many rounds (a unit, then its parents, then their module). */
export const TERRAGRUNT_ROUNDS = 4;

const MODULE_FILE = /\.(tf|tofu|tfvars)$/i;
const dirOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/**
 * The untouched files a changed Terragrunt file needs that are not read yet: for a changed unit,
 * the files it includes or reads and the module it runs; for a changed shared file (a root, an
 * `_envcommon/*.hcl`, an `env.hcl`), the units around it that may include it, and then theirs.
 * Found by resolving with what is known so far: the caller reads them and asks again, a few rounds.
 */
export function terragruntWanted(
  files: readonly ChangedFile[],
  known: readonly UnchangedFile[],
  tree: TreeIndex,
): string[] {
  const texts = new Map<string, string>(known.map((k) => [k.path, k.text]));
  const changed = files.filter((f) => f.headText !== undefined && isTerragruntConfig(f.path, f.headText));
  if (changed.length === 0) return [];
  for (const f of files) if (f.headText !== undefined) texts.set(f.path, f.headText);
  const units = new Set<string>();
  for (const file of changed) {
    if (isTerragruntFile(file.path)) units.add(file.path);
    // A unit that includes nothing may be a root the units below include.
    if (isTerragruntFile(file.path) && /^include\b/m.test(file.headText!)) continue;
    const around = dirOf(dirOf(file.path));
    const candidates = tree
      .under(around)
      .filter((p) => p !== file.path && isTerragruntFile(p))
      .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))
      .slice(0, MAX_UNITS);
    for (const p of candidates) units.add(p);
  }
  const wanted = new Set<string>();
  const want = (p: string) => {
    if (!texts.has(p) && tree.has(p)) wanted.add(p);
  };
  for (const unit of units) {
    if (!texts.has(unit)) {
      want(unit);
      continue;
    }
    const resolved = resolveTerragrunt(unit, (p) => texts.get(p));
    if (!resolved) continue;
    for (const p of resolved.asked) want(p);
    // Only a unit fed by a changed file needs its module read.
    const fed = changed.some((f) => resolved.files.has(f.path));
    if (fed && resolved.moduleDir !== undefined)
      for (const p of tree.under(resolved.moduleDir))
        if (MODULE_FILE.test(p) && dirOf(p) === resolved.moduleDir) want(p);
  }
  return [...wanted];
}

/** A TreeIndex over a list of paths (sorted once; folders found by binary search). */
export function treeIndexOf(paths: Iterable<string>): TreeIndex {
  const sorted = [...paths].sort();
  const all = new Set(sorted);
  return {
    has: (p) => all.has(p),
    under(dir) {
      const prefix = dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out: string[] = [];
      for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
      return out;
    },
  };
}

/**
 * The untouched files changed Terragrunt files need, read in rounds through `read` (the CLI's
 * head tree, the Action's batches), at most `room` of them.
 */
export async function readTerragruntFiles(
  files: readonly ChangedFile[],
  known: readonly UnchangedFile[],
  tree: TreeIndex,
  read: (paths: string[]) => Promise<UnchangedFile[]>,
  room: number,
): Promise<UnchangedFile[]> {
  if (!files.some((f) => f.headText !== undefined && isTerragruntConfig(f.path, f.headText))) return [];
  await loadGrammar('hcl');
  const found: UnchangedFile[] = [];
  for (let round = 0; round < TERRAGRUNT_ROUNDS && found.length < room; round++) {
    const paths = terragruntWanted(files, [...known, ...found], tree).slice(0, room - found.length);
    if (paths.length === 0) break;
    const got = await read(paths);
    if (got.length === 0) break;
    found.push(...got);
  }
  return found;
}
