import { referencedPaths } from '../engine/referenced-files.js';
import { MAX_NEIGHBOURS, moduleDirs, pickNeighbours } from '../engine/neighbour-files.js';
import type { ChangedFile, UnchangedFile } from '../core/types.js';

export { MAX_NEIGHBOURS } from '../engine/neighbour-files.js';
import { loadGrammar } from '../parsers/tree-sitter/loader.js';
import { isTerragruntFile, terragruntModuleDir } from '../rules/iac/lib/terragrunt.js';

export type ListTree = (dir: string) => Promise<{ path: string; id: string }[]>;

/**
 * The unchanged `.tf`/`.tfvars` files of the head tree in the directories of changed Terraform
 * files: a variable changed in `terraform.tfvars` is judged against the resources of `main.tf`
 * even when the change does not touch it. Also the untouched files a changed script sources or a
 * changed Makefile includes (engine/referenced-files.ts), and for a changed `terragrunt.hcl` the
 * files of the module it runs.
 */
export async function readNeighbours(
  files: readonly ChangedFile[],
  listTree: ListTree,
  readTexts: (ids: string[]) => Promise<Map<string, string>>,
): Promise<UnchangedFile[]> {
  const referenced = new Set(referencedPaths(files));
  const dirs = moduleDirs(files, referenced);
  // A Terragrunt file's inputs are judged against the module its local `terraform.source` names.
  const terragrunt = files.filter((f) => isTerragruntFile(f.path) && f.headText !== undefined);
  if (terragrunt.length > 0) await loadGrammar('hcl');
  for (const file of terragrunt) {
    const dir = terragruntModuleDir(file.path, file.headText!);
    if (dir !== undefined && !dirs.includes(dir)) dirs.push(dir);
  }
  const found = await readPicked(files, dirs, referenced, listTree, readTexts, []);
  // What those files reference in turn (the .mk files an untouched Makefile includes): one more round.
  const further = new Set(referencedPaths(found.map((f) => ({ path: f.path, headText: f.text }))));
  for (const f of [...files, ...found]) further.delete(f.path);
  if (!further.size || found.length >= MAX_NEIGHBOURS) return found;
  const more = await readPicked(files, moduleDirs([], further), further, listTree, readTexts, found);
  return [...found, ...more];
}

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
  if (!wanted.length) return [];
  const texts = await readTexts(wanted.map((w) => w.id));
  return wanted.flatMap(({ path, id }) => {
    const text = texts.get(id);
    return text === undefined ? [] : [{ path, text }];
  });
}
