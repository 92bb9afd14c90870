// Whether each reader of infrastructure as code reads a file, apart from the readers themselves:
// the engine decides with these before it loads a reader's parsers (see rules/families.ts).
import type { CodeLanguage } from '../../../parsers/iac-code/resources.js';
import { looksLikeCloudFormation } from '../../../parsers/cloudformation/recognise.js';
import { isPulumiStackConfig, isPulumiYamlPath } from '../../../parsers/iac-code/recognise.js';
import { isComposePath, isHelmValuesPath, looksLikeKubernetes } from '../../../parsers/kubernetes/recognise.js';
import { isHelmTemplatePath } from '../../../parsers/yaml/helm-template.js';
import { isTerraformPlan } from './terraform-plan.js';
import { isTerraformFile, isTerragruntConfig, isTfvarsFile } from './terraform-paths.js';

const TEMPLATE_EXTENSION = /\.(ya?ml|json|template)$/i;
const YAML_EXTENSION = /\.ya?ml$/i;
/** The CDK's packages in TypeScript/JavaScript, Python, Go (aws-cdk-go), Java (software.amazon.awscdk) and C# (Amazon.CDK). */
export const CDK_IMPORT =
  /aws-cdk-lib|@aws-cdk\/|\baws_cdk\b|aws-cdk-go\/awscdk|\bsoftware\.amazon\.awscdk\b|\busing Amazon\.CDK\b/;
export const PULUMI_IMPORT =
  /@pulumi\/|\bimport pulumi\b|\bfrom pulumi\b|\bimport pulumi_\w+|\bfrom pulumi_\w+|"github\.com\/pulumi\/pulumi[\w-]*\/sdk|\busing Pulumi\b/;

/** A CloudFormation or SAM template, a Serverless Framework service (its `resources` are CloudFormation), or a stack policy. */
export function readsCloudFormation(path: string, text: string): boolean {
  return (
    TEMPLATE_EXTENSION.test(path) &&
    (looksLikeCloudFormation(text) || SERVERLESS_SERVICE.test(path) || looksLikeStackPolicy(path, text))
  );
}

/** A JSON document that is a CloudFormation stack policy, by a glance at its text. */
export function looksLikeStackPolicy(path: string, text: string): boolean {
  return /\.json$/i.test(path) && text.includes('"Statement"') && text.includes('Update:');
}

/** `serverless.yml`, `serverless.prod.yaml`: read even when the change leaves it no `AWS::` resource. */
const SERVERLESS_SERVICE = /(^|\/)serverless(\.[\w-]+)?\.ya?ml$/i;

/** Kubernetes manifests, Helm templates, Compose files, and Helm values that configure persistence. */
export function readsManifests(path: string, text: string): boolean {
  if (!YAML_EXTENSION.test(path)) return false;
  return (
    isComposePath(path) ||
    isHelmTemplatePath(path) ||
    looksLikeKubernetes(text) ||
    (isHelmValuesPath(path) && PERSISTENCE_WORD.test(text))
  );
}

/** The keys a values file turns a chart's volumes on and off with (see helm-persistence-disabled). */
export const PERSISTENCE_WORD = /\bpersist(ence|entVolume)\b/;

/** The language a CDK or Pulumi program in this file is read in. */
export function iacLanguageOf(path: string): CodeLanguage | undefined {
  if (/\.d\.ts$/i.test(path)) return undefined;
  if (/\.tsx$/i.test(path)) return 'tsx';
  if (/\.(ts|mts|cts|js|mjs|cjs)$/i.test(path)) return 'typescript';
  if (/\.py$/i.test(path)) return 'python';
  if (/\.go$/i.test(path)) return 'go';
  if (/\.cs$/i.test(path)) return 'csharp';
  if (/\.java$/i.test(path)) return 'java';
  return undefined;
}

/** A CDK app or Pulumi program in code, a Pulumi YAML program, or a Pulumi stack's settings. */
export function readsCodeIac(path: string, text: string): boolean {
  if (isPulumiYamlPath(path)) return /^resources\s*:/m.test(text);
  if (isPulumiStackConfig(path)) return /^config\s*:/m.test(text);
  return iacLanguageOf(path) !== undefined && (CDK_IMPORT.test(text) || PULUMI_IMPORT.test(text));
}

/** Terraform and OpenTofu configuration, variables files, Terragrunt units and shared files, JSON plans. */
export function readsTerraform(path: string, text: string): boolean {
  return (
    isTerraformFile(path) ||
    isTfvarsFile(path) ||
    isTerragruntConfig(path, text) ||
    (/\.json$/i.test(path) && isTerraformPlan(text))
  );
}
