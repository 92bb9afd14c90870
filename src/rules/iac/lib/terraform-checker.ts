import type { ChangeContext, CheckedFile, FamilyChecker, RawFinding } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { readsTerraform } from './applies.js';
import { LineIndex } from '../../../core/lines.js';
import type { ChangedFile } from '../../../core/types.js';
import { parseHcl } from '../../../parsers/hcl/syntax.js';
import { loadGrammar } from '../../../parsers/tree-sitter/loader.js';
import type { TerraformDocument } from './terraform-document.js';
import { dirOf, isTerraformFile, isTfvarsFile, moduleOf } from './terraform-module.js';
import { tfvarsFindings, type TfvarsDocument } from './terraform-tfvars.js';
import { isTerragruntFile, terragruntInputs, terragruntModuleDir } from './terragrunt.js';
import { readPlan } from './terraform-plan.js';
import { protectionChanges } from './terraform-protections.js';
import { terraformConfigRules, terraformPlanRules, terraformRules } from './terraform-rules.js';

/** Terraform and OpenTofu configuration (`.tf`, `.tofu`) and `terraform show -json` plans. */
export const terraformChecker: FamilyChecker = {
  family: 'iac',
  rules: terraformRules,
  appliesTo: readsTerraform,
  prepare: async (file) => {
    if (isTerraformFile(file.path) || isTfvarsFile(file.path) || isTerragruntFile(file.path)) await loadGrammar('hcl');
  },
  check(file, _policy, context) {
    if (isTerragruntFile(file.path)) return checkTerragrunt(file, context);
    if (isTfvarsFile(file.path)) {
      if (file.status === 'removed') return { findings: [], notes: [] };
      const files = withFile(context.files, file);
      const doc: TfvarsDocument = {
        path: file.path,
        headText: file.text,
        base: moduleOf(files, 'base', dirOf(file.previousPath ?? file.path), context.neighbours),
        head: moduleOf(files, 'head', dirOf(file.path), context.neighbours),
        ...(file.baseText !== undefined ? { baseText: file.baseText } : {}),
      };
      return { findings: tfvarsFindings(doc), notes: [] };
    }
    if (!isTerraformFile(file.path)) {
      // A plan the change removes destroys nothing.
      if (file.status === 'removed') return { findings: [], notes: [] };
      return { findings: runRules(terraformPlanRules, readPlan(file.path, file.text), () => false), notes: [] };
    }
    return checkConfig(file, context);
  },
};

function checkConfig(file: CheckedFile, context: ChangeContext): { findings: RawFinding[]; notes: string[] } {
  const notes: string[] = [];
  if (file.status !== 'removed') {
    const errors = parseHcl(file.text).errors;
    // Fail closed: a resource the parser could not see would read as removed, or its guard as unset.
    if (errors.length > 0)
      throw new Error(`HCL syntax error at line ${new LineIndex(file.text).lineOf(errors[0]!.start)}`);
  }
  const files = withFile(context.files, file);
  const basePath = file.previousPath ?? file.path;
  const doc: TerraformDocument = {
    path: file.path,
    basePath,
    base: moduleOf(files, 'base', dirOf(basePath), context.neighbours),
    head: moduleOf(files, 'head', dirOf(file.path), context.neighbours),
    moduleAt: (side, dir) => moduleOf(files, side, dir, context.neighbours),
  };
  for (const path of doc.base.unreadable)
    if (path === basePath)
      notes.push(`${path}: the base version has HCL syntax errors; resources it removes may be missed`);
  const head = new LineIndex(file.text);
  for (const unknown of protectionChanges(doc).unknowns) {
    if (unknown.path !== file.path) continue;
    notes.push(
      `${file.path}:${head.lineOf(unknown.span.start)}: ${unknown.attribute} of ${unknown.address} is set by an expression two-key cannot evaluate before a plan; check that it keeps the safeguard`,
    );
  }
  return { findings: runRules(terraformConfigRules, doc, () => false), notes };
}

/**
 * A Terragrunt file: its `inputs` are the variables of the module its `terraform.source` names,
 * judged like a `.tfvars` file's values at the input that changes them.
 */
function checkTerragrunt(file: CheckedFile, context: ChangeContext): { findings: RawFinding[]; notes: string[] } {
  if (file.status === 'removed') return { findings: [], notes: [] };
  if (parseHcl(file.text).errors.length > 0) throw new Error('the Terragrunt file has HCL syntax errors');
  const dir = terragruntModuleDir(file.path, file.text);
  if (dir === undefined) return { findings: [], notes: [] };
  const files = withFile(context.files, file);
  const base = terragruntInputs(file.baseText);
  const head = terragruntInputs(file.text);
  const doc: TfvarsDocument = {
    path: file.path,
    headText: file.text,
    base: moduleOf(files, 'base', dir, context.neighbours),
    head: moduleOf(files, 'head', dir, context.neighbours),
    values: { base: base.values, head: head.values, baseScope: base.scope, headScope: head.scope },
  };
  const notes =
    doc.head.resources.size === 0
      ? [`${file.path}: the module at ${dir} was not readable here, so its inputs were not judged`]
      : [];
  return { findings: tfvarsFindings(doc), notes };
}

/** The change's files, with this one in them even when a caller checks it alone. */
/** Paths of a change's files, built once per change: a search per file would be quadratic in the change. */
const pathsOf = new WeakMap<readonly ChangedFile[], Set<string>>();

function withFile(files: readonly ChangedFile[], file: CheckedFile): readonly ChangedFile[] {
  let paths = pathsOf.get(files);
  if (!paths) pathsOf.set(files, (paths = new Set(files.map((f) => f.path))));
  if (paths.has(file.path)) return files;
  const changed: ChangedFile = { path: file.path, status: file.status, headChangedLines: [], baseChangedLines: [] };
  if (file.status !== 'removed') changed.headText = file.text;
  if (file.baseText !== undefined) changed.baseText = file.baseText;
  if (file.previousPath !== undefined) changed.previousPath = file.previousPath;
  return [...files, changed];
}
