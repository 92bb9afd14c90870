import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  isTerraformFile,
  isTerragruntConfig,
  isTfvarsFile
} from "./chunk-3DOHBPV7.js";
import {
  isComposePath,
  isHelmValuesPath,
  looksLikeKubernetes
} from "./chunk-Z7S54ZPA.js";
import {
  isHelmTemplatePath
} from "./chunk-VTILP2YK.js";
import {
  parseJson
} from "./chunk-ASCISIAG.js";

// src/rules/iac/lib/terraform-plan.ts
function isTerraformPlan(text) {
  return text.includes('"resource_changes"') && text.includes('"format_version"');
}
function readPlan(path, text) {
  const root = parseJson(text);
  const changes = [];
  const list = memberOf(root, "resource_changes");
  if (list?.type !== "array") return { path, changes };
  for (const entry of list.items) {
    if (entry.type !== "object") continue;
    const actions = memberOf(memberOf(entry, "change"), "actions");
    const addressMember = entry.members.find((m) => m.key.value === "address");
    changes.push({
      address: stringOf(addressMember?.value) ?? "(no address)",
      type: stringOf(memberOf(entry, "type")) ?? "",
      mode: stringOf(memberOf(entry, "mode")) ?? "managed",
      actions: actions?.type === "array" ? actions.items.flatMap((a) => a.type === "string" ? [a.value] : []) : [],
      span: addressMember ? { start: addressMember.key.span.start, end: addressMember.value.span.end } : entry.span,
      unit: entry.span
    });
  }
  return { path, changes };
}
function memberOf(value, name) {
  if (value?.type !== "object") return void 0;
  return value.members.find((m) => m.key.value === name)?.value;
}
function stringOf(value) {
  return value?.type === "string" ? value.value : void 0;
}

// src/parsers/cloudformation/recognise.ts
function looksLikeCloudFormation(text) {
  return /^\s*["']?AWSTemplateFormatVersion["']?\s*:/m.test(text) || // `- Resources:`: an item of the list a Serverless Framework service's `resources:` may be.
  /^\s*(?:-\s+)?["']?Resources["']?\s*:/m.test(text) && /["']?Type["']?\s*:\s*["']?(AWS|Custom)::/.test(text);
}

// src/parsers/iac-code/recognise.ts
function isPulumiYamlPath(path) {
  return /(^|\/)(Pulumi|Main)\.ya?ml$/.test(path);
}
function isPulumiStackConfig(path) {
  return /(^|\/)Pulumi\.[^/]+\.ya?ml$/.test(path);
}
var PULUMI_PROGRAMS = [
  ["index.ts", "typescript"],
  ["index.js", "typescript"],
  ["__main__.py", "python"],
  ["main.go", "go"],
  ["Program.cs", "csharp"]
];

// src/rules/iac/lib/applies.ts
var TEMPLATE_EXTENSION = /\.(ya?ml|json|template)$/i;
var YAML_EXTENSION = /\.ya?ml$/i;
var CDK_IMPORT = /aws-cdk-lib|@aws-cdk\/|\baws_cdk\b|aws-cdk-go\/awscdk|\bsoftware\.amazon\.awscdk\b|\busing Amazon\.CDK\b/;
var PULUMI_IMPORT = /@pulumi\/|\bimport pulumi\b|\bfrom pulumi\b|\bimport pulumi_\w+|\bfrom pulumi_\w+|"github\.com\/pulumi\/pulumi[\w-]*\/sdk|\busing Pulumi\b/;
function readsCloudFormation(path, text) {
  return TEMPLATE_EXTENSION.test(path) && (looksLikeCloudFormation(text) || SERVERLESS_SERVICE.test(path) || looksLikeStackPolicy(path, text));
}
function looksLikeStackPolicy(path, text) {
  return /\.json$/i.test(path) && text.includes('"Statement"') && text.includes("Update:");
}
var SERVERLESS_SERVICE = /(^|\/)serverless(\.[\w-]+)?\.ya?ml$/i;
function readsManifests(path, text) {
  if (!YAML_EXTENSION.test(path)) return false;
  return isComposePath(path) || isHelmTemplatePath(path) || looksLikeKubernetes(text) || isHelmValuesPath(path) && PERSISTENCE_WORD.test(text);
}
var PERSISTENCE_WORD = /\bpersist(ence|entVolume)\b/;
function iacLanguageOf(path) {
  if (/\.d\.ts$/i.test(path)) return void 0;
  if (/\.tsx$/i.test(path)) return "tsx";
  if (/\.(ts|mts|cts|js|mjs|cjs)$/i.test(path)) return "typescript";
  if (/\.py$/i.test(path)) return "python";
  if (/\.go$/i.test(path)) return "go";
  if (/\.cs$/i.test(path)) return "csharp";
  if (/\.java$/i.test(path)) return "java";
  return void 0;
}
function readsCodeIac(path, text) {
  if (isPulumiYamlPath(path)) return /^resources\s*:/m.test(text);
  if (isPulumiStackConfig(path)) return /^config\s*:/m.test(text);
  return iacLanguageOf(path) !== void 0 && (CDK_IMPORT.test(text) || PULUMI_IMPORT.test(text));
}
function readsTerraform(path, text) {
  return isTerraformFile(path) || isTfvarsFile(path) || isTerragruntConfig(path, text) || /\.json$/i.test(path) && isTerraformPlan(text);
}

export {
  isTerraformPlan,
  readPlan,
  looksLikeCloudFormation,
  isPulumiYamlPath,
  isPulumiStackConfig,
  PULUMI_PROGRAMS,
  CDK_IMPORT,
  PULUMI_IMPORT,
  readsCloudFormation,
  looksLikeStackPolicy,
  readsManifests,
  iacLanguageOf,
  readsCodeIac,
  readsTerraform
};
