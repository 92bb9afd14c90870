import { referencedPaths } from '../engine/referenced-files.js';
import { MAX_NEIGHBOURS, moduleDirs, pickNeighbours } from '../engine/neighbour-files.js';
import type { ChangedFile, UnchangedFile } from '../core/types.js';

export { MAX_NEIGHBOURS } from '../engine/neighbour-files.js';
import { loadGrammar } from '../parsers/tree-sitter/loader.js';
import { isTerragruntFile } from '../rules/iac/lib/terraform-paths.js';

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
  // The HCL reader is loaded only for a change with a Terragrunt file.
  const { terragruntModuleDir } = terragrunt.length > 0 ? await import('../rules/iac/lib/terragrunt.js') : {};
  if (terragrunt.length > 0) await loadGrammar('hcl');
  for (const file of terragrunt) {
    const dir = terragruntModuleDir!(file.path, file.headText!);
    if (dir !== undefined && !dirs.includes(dir)) dirs.push(dir);
  }
  const wanted: { path: string; id: string }[] = [];
  for (const dir of dirs) {
    const picked = pickNeighbours(files, await listTree(dir), MAX_NEIGHBOURS - wanted.length, referenced);
    wanted.push(...picked.filter((entry) => !wanted.some((w) => w.path === entry.path)));
    if (wanted.length >= MAX_NEIGHBOURS) break;
  }
  if (!wanted.length) return [];
  const texts = await readTexts(wanted.map((w) => w.id));
  return wanted.flatMap(({ path, id }) => {
    const text = texts.get(id);
    return text === undefined ? [] : [{ path, text }];
  });
}
