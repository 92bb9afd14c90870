import { referencedPaths } from '../engine/referenced-files.js';
import { MAX_NEIGHBOURS, moduleDirs, pickNeighbours } from '../engine/neighbour-files.js';
import type { ChangedFile, UnchangedFile } from '../core/types.js';

export { MAX_NEIGHBOURS } from '../engine/neighbour-files.js';

/** Rounds of references of references after the first (a stack, its Pulumi.yaml, the program, its modules). */
const REFERENCE_ROUNDS = 3;

export type ListTree = (dir: string) => Promise<{ path: string; id: string }[]>;

/**
 * The unchanged `.tf`/`.tfvars` files of the head tree in the directories of changed Terraform
 * files: a variable changed in `terraform.tfvars` is judged against the resources of `main.tf`
 * even when the change does not touch it. Also the untouched files a changed script sources or a
 * changed Makefile includes (engine/referenced-files.ts), and for a changed Terragrunt file the
 * files it includes or reads, the units that include it and the modules they run
 * (engine/terragrunt-files.ts, from `listAll`, the whole head tree, listed only then).
 */
export async function readNeighbours(
  files: readonly ChangedFile[],
  listTree: ListTree,
  readTexts: (ids: string[]) => Promise<Map<string, string>>,
  listAll?: ListTree,
): Promise<UnchangedFile[]> {
  const referenced = new Set(referencedPaths(files));
  let near = await readPicked(files, moduleDirs(files, referenced), referenced, listTree, readTexts, []);
  // What those files reference in turn (the .mk files an untouched Makefile includes, the program a
  // Pulumi.yaml's main: names and the modules it re-exports from): a few more rounds.
  let latest = near;
  for (let round = 0; round < REFERENCE_ROUNDS && latest.length && near.length < MAX_NEIGHBOURS; round++) {
    const further = new Set(referencedPaths(latest.map((f) => ({ path: f.path, headText: f.text }))));
    for (const f of [...files, ...near]) further.delete(f.path);
    if (!further.size) break;
    latest = await readPicked(files, moduleDirs([], further), further, listTree, readTexts, near);
    near = [...near, ...latest];
  }
  if (!listAll || near.length >= MAX_NEIGHBOURS) return near;
  let ids: Map<string, string> | undefined;
  const tree = async () => (ids ??= new Map((await listAll('')).map((e) => [e.path, e.id])));
  // The HCL reader is loaded only for a change with an HCL file.
  const { readTerragruntFiles, treeIndexOf } = files.some((f) => /\.hcl$/i.test(f.path))
    ? await import('../engine/terragrunt-files.js')
    : { readTerragruntFiles: undefined, treeIndexOf: undefined };
  const terragrunt = readTerragruntFiles
    ? await readTerragruntFiles(
        files,
        near,
        treeIndexOf!((await tree()).keys()),
        async (paths) =>
          readEntries(
            paths.flatMap((path) => (ids!.has(path) ? [{ path, id: ids!.get(path)! }] : [])),
            readTexts,
          ),
        MAX_NEIGHBOURS - near.length,
      )
    : [];
  return [...near, ...terragrunt];
}

/** The neighbours picked in `dirs` (and the `referenced` files), read; none already in `already`. */
async function readPicked(
  files: readonly ChangedFile[],
  dirs: readonly string[],
  referenced: ReadonlySet<string>,
  listTree: ListTree,
  readTexts: (ids: string[]) => Promise<Map<string, string>>,
  already: readonly UnchangedFile[],
): Promise<UnchangedFile[]> {
  const wanted: { path: string; id: string }[] = [];
  const room = MAX_NEIGHBOURS - already.length;
  for (const dir of dirs) {
    const picked = pickNeighbours(files, await listTree(dir), room - wanted.length, referenced);
    wanted.push(
      ...picked.filter(
        (entry) => !wanted.some((w) => w.path === entry.path) && !already.some((a) => a.path === entry.path),
      ),
    );
    if (wanted.length >= room) break;
  }
  return readEntries(wanted, readTexts);
}

async function readEntries(
  entries: readonly { path: string; id: string }[],
  readTexts: (ids: string[]) => Promise<Map<string, string>>,
): Promise<UnchangedFile[]> {
  if (!entries.length) return [];
  const texts = await readTexts(entries.map((w) => w.id));
  return entries.flatMap(({ path, id }) => {
    const text = texts.get(id);
    return text === undefined ? [] : [{ path, text }];
  });
}
