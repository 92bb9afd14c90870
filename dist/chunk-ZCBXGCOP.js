import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/rules/iac/lib/terraform-paths.ts
var CONFIG_FILE = /\.(tf|tofu)$/i;
var VARS_FILE = /\.tfvars$/i;
function isTerraformFile(path) {
  return CONFIG_FILE.test(path);
}
function isTfvarsFile(path) {
  return VARS_FILE.test(path);
}
function isTerragruntFile(path) {
  return /(^|\/|\.)terragrunt\.hcl$/i.test(path);
}
var OTHER_HCL = /(^|\/)\.terraform\.lock\.hcl$|\.(pkr|nomad|tftest|tfmock)\.hcl$|(^|\/)atlas\.hcl$/i;
var TERRAGRUNT_TOP = /^(locals\s*\{|inputs\s*=|include\s*("[^"]*"\s*)?\{|dependency\s+"|generate\s+")/m;
function isTerragruntConfig(path, text) {
  if (isTerragruntFile(path)) return true;
  if (!/\.hcl$/i.test(path) || OTHER_HCL.test(path)) return false;
  return TERRAGRUNT_TOP.test(text) && !/^(resource|table|schema|source|job|variable)\s+"/m.test(text);
}

export {
  isTerraformFile,
  isTfvarsFile,
  isTerragruntFile,
  isTerragruntConfig
};
