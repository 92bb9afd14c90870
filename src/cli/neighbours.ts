import { referencedPaths } from '../core/referenced-files.js';
import type { ChangedFile, UnchangedFile } from '../core/types.js';

/** Files whose meaning spans their directory: a Terraform module is every `.tf` and `.tfvars` in it. */
const MODULE_FILE = /\.(tf|tofu|tfvars)$/i;

/** At most this many neighbours are read, so a change in a huge directory stays cheap. */
const MAX_NEIGHBOURS = 200;

export type ListTree = (dir: string) => Promise<{ path: string; id: string }[]>;

/**
 * The unchanged `.tf`/`.tfvars` files of the head tree in the directories of changed Terraform
 * files: a variable changed in `terraform.tfvars` is judged against the resources of `main.tf`
 * even when the change does not touch it. Also the untouched files a changed script sources or a
 * changed Makefile includes (core/referenced-files.ts).
 */
export async function readNeighbours(
  files: readonly ChangedFile[],
  listTree: ListTree,
  readTexts: (ids: string[]) => Promise<Map<string, string>>,
): Promise<UnchangedFile[]> {
  const changed = new Set(files.map((f) => f.path));
  const dirOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
  const dirs = new Set(files.filter((f) => MODULE_FILE.test(f.path)).map((f) => dirOf(f.path)));
  // Files a changed script sources or a changed Makefile includes, where the head tree has them.
  const referenced = new Set(referencedPaths(files));
  for (const path of referenced) dirs.add(dirOf(path));
  const wanted: { path: string; id: string }[] = [];
  for (const dir of dirs) {
    for (const entry of await listTree(dir)) {
      if (changed.has(entry.path) || wanted.some((w) => w.path === entry.path)) continue;
      if (MODULE_FILE.test(entry.path) || referenced.has(entry.path)) wanted.push(entry);
      if (wanted.length >= MAX_NEIGHBOURS) break;
    }
  }
  if (!wanted.length) return [];
  const texts = await readTexts(wanted.map((w) => w.id));
  return wanted.flatMap(({ path, id }) => {
    const text = texts.get(id);
    return text === undefined ? [] : [{ path, text }];
  });
}
