// Terraform's files by name, apart from the modules that parse them: the engine and the CLI ask
// this of every changed file before they load any HCL reader.

const CONFIG_FILE = /\.(tf|tofu)$/i;
const VARS_FILE = /\.tfvars$/i;

export function isTerraformFile(path: string): boolean {
  return CONFIG_FILE.test(path);
}

export function isTfvarsFile(path: string): boolean {
  return VARS_FILE.test(path);
}

/** `terragrunt.hcl` (and `*.terragrunt.hcl` unit files): a unit that runs a Terraform module. */
export function isTerragruntFile(path: string): boolean {
  return /(^|\/|\.)terragrunt\.hcl$/i.test(path);
}

/** HCL files of other tools that share the extension. */
const OTHER_HCL = /(^|\/)\.terraform\.lock\.hcl$|\.(pkr|nomad|tftest|tfmock)\.hcl$|(^|\/)atlas\.hcl$/i;
/** What a Terragrunt parent or shared file holds at the top: `locals {`, `inputs =`, `include`, `dependency`. */
const TERRAGRUNT_TOP = /^(locals\s*\{|inputs\s*=|include\s*("[^"]*"\s*)?\{|dependency\s+"|generate\s+")/m;

/**
 * A Terragrunt unit, or a file units share: a root (`root.hcl`), an `_envcommon/*.hcl` they
 * `include`, an `env.hcl` they read with `read_terragrunt_config`. A cheap sniff: the parse decides.
 */
export function isTerragruntConfig(path: string, text: string): boolean {
  if (isTerragruntFile(path)) return true;
  if (!/\.hcl$/i.test(path) || OTHER_HCL.test(path)) return false;
  if (!TERRAGRUNT_TOP.test(text)) return false;
  // A `generate` block's heredoc holds Terraform (`resource "..."`): not a sign of another tool.
  const outside = text.includes('<<') ? text.replace(HEREDOC, '') : text;
  return !/^(resource|table|schema|source|job|variable)\s+"/m.test(outside);
}

/** A heredoc's body, through the line that closes it. */
const HEREDOC = /<<-?([A-Za-z_]\w*)[ \t]*\r?\n[\s\S]*?^[ \t]*\1[ \t]*$/gm;
