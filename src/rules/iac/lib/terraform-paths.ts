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

/** `terragrunt.hcl` (and `*.terragrunt.hcl` unit files): inputs fed to a Terraform module. */
export function isTerragruntFile(path: string): boolean {
  return /(^|\/|\.)terragrunt\.hcl$/i.test(path);
}
