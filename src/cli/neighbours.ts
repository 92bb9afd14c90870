import type { ChangedFile, UnchangedFile } from '../core/types.js';
import { loadGrammar } from '../parsers/tree-sitter/loader.js';
import { isTerragruntFile, terragruntModuleDir } from '../rules/iac/terragrunt.js';

/** Files whose meaning spans their directory: a Terraform module is every `.tf` and `.tfvars` in it. */
const MODULE_FILE = /\.(tf|tofu|tfvars)$/i;

/** At most this many neighbours are read, so a change in a huge directory stays cheap. */
const MAX_NEIGHBOURS = 200;

export type ListTree = (dir: string) => Promise<{ path: string; id: string }[]>;

/**
 * The unchanged `.tf`/`.tfvars` files of the head tree in the directories of changed Terraform
 * files: a variable changed in `terraform.tfvars` is judged against the resources of `main.tf`
 * even when the change does not touch it. For a changed `terragrunt.hcl`, the files of the
 * module it runs.
 */
export async function readNeighbours(
  files: readonly ChangedFile[],
  listTree: ListTree,
  readTexts: (ids: string[]) => Promise<Map<string, string>>,
): Promise<UnchangedFile[]> {
  const changed = new Set(files.map((f) => f.path));
  const dirs = new Set(
    files.filter((f) => MODULE_FILE.test(f.path)).map((f) => f.path.slice(0, Math.max(0, f.path.lastIndexOf('/')))),
  );
  // A Terragrunt file's inputs are judged against the module its local `terraform.source` names.
  const terragrunt = files.filter((f) => isTerragruntFile(f.path) && f.headText !== undefined);
  if (terragrunt.length > 0) await loadGrammar('hcl');
  for (const file of terragrunt) {
    const dir = terragruntModuleDir(file.path, file.headText!);
    if (dir !== undefined) dirs.add(dir);
  }
  const wanted: { path: string; id: string }[] = [];
  for (const dir of dirs) {
    for (const entry of await listTree(dir)) {
      if (MODULE_FILE.test(entry.path) && !changed.has(entry.path)) wanted.push(entry);
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
