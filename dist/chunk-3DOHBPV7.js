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
  if (!TERRAGRUNT_TOP.test(text)) return false;
  const outside = text.includes("<<") ? text.replace(HEREDOC, "") : text;
  return !/^(resource|table|schema|source|job|variable)\s+"/m.test(outside);
}
var HEREDOC = /<<-?([A-Za-z_]\w*)[ \t]*\r?\n[\s\S]*?^[ \t]*\1[ \t]*$/gm;

export {
  isTerraformFile,
  isTfvarsFile,
  isTerragruntFile,
  isTerragruntConfig
};
