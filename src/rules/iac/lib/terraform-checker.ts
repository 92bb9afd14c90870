import type { ChangeContext, CheckedFile, FamilyChecker, RawFinding } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { readsTerraform } from './applies.js';
import { LineIndex } from '../../../core/lines.js';
import type { ChangedFile, Span, UnchangedFile } from '../../../core/types.js';
import { parseHcl } from '../../../parsers/hcl/syntax.js';
import { loadGrammar } from '../../../parsers/tree-sitter/loader.js';
import type { TerraformDocument } from './terraform-document.js';
import {
  buildModule,
  dirOf,
  isTerraformFile,
  isTfvarsFile,
  joinPath,
  moduleOf,
  versionOf,
  type Side,
} from './terraform-module.js';
import { tfvarsFindings, type InputValue, type TfvarsDocument } from './terraform-tfvars.js';
import {
  changedEntries,
  isTerragruntConfig,
  isTerragruntFile,
  resolveTerragrunt,
  sourceOf,
  type GeneratedFile,
  type TerragruntInput,
  type TerragruntUnit,
} from './terragrunt.js';
import { readPlan } from './terraform-plan.js';
import { protectionChanges } from './terraform-protections.js';
import { terraformConfigRules, terraformPlanRules, terraformRules } from './terraform-rules.js';

/** Terraform and OpenTofu configuration (`.tf`, `.tofu`) and `terraform show -json` plans. */
export const terraformChecker: FamilyChecker = {
  family: 'iac',
  rules: terraformRules,
  appliesTo: readsTerraform,
  prepare: async (file) => {
    if (isTerraformFile(file.path) || isTfvarsFile(file.path) || /\.hcl$/i.test(file.path)) await loadGrammar('hcl');
  },
  check(file, _policy, context) {
    if (isTerragruntConfig(file.path, file.text || (file.baseText ?? ''))) return checkTerragrunt(file, context);
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
 * A Terragrunt unit, or a file units share (a root, an `_envcommon/*.hcl`, an `env.hcl`): the
 * merged inputs of every unit it feeds are the variables of that unit's module, judged like a
 * `.tfvars` file's values and reported at the line of this file that changes them.
 */
function checkTerragrunt(file: CheckedFile, context: ChangeContext): { findings: RawFinding[]; notes: string[] } {
  if (file.status === 'removed') return { findings: [], notes: [] };
  if (parseHcl(file.text).errors.length > 0) throw new Error('the Terragrunt file has HCL syntax errors');
  const files = withFile(context.files, file);
  const neighbours = context.neighbours ?? [];
  const reader = (side: Side) => {
    const texts = new Map<string, string>();
    for (const n of neighbours) texts.set(n.path, n.text);
    for (const f of files) {
      const version = versionOf(f, side);
      if (version) texts.set(version.path, version.text);
    }
    return (path: string) => texts.get(path);
  };
  const readBase = reader('base');
  const readHead = reader('head');
  const unitPaths = [
    ...(isTerragruntFile(file.path) ? [file.path] : []),
    ...[...new Set([...files.map((f) => f.path), ...neighbours.map((n) => n.path)])].filter(
      (p) => p !== file.path && isTerragruntFile(p),
    ),
  ];
  const edits = changedEntries(file.baseText, file.text);
  const findings: RawFinding[] = [];
  const notes: string[] = [];
  const seen = new Map<string, RawFinding>();
  for (const unitPath of unitPaths) {
    const head = resolveTerragrunt(unitPath, readHead);
    if (!head || (unitPath !== file.path && !head.files.has(file.path))) continue;
    const basePath = unitPath === file.path ? (file.previousPath ?? file.path) : unitPath;
    const base = resolveTerragrunt(basePath, readBase);
    const dir = head.moduleDir;
    if (dir === undefined) continue;
    const values = (unit: TerragruntUnit | undefined, blame: boolean) =>
      new Map<string, InputValue>(
        [...(unit?.inputs ?? [])].map(([name, input]): [string, InputValue] => [
          name,
          {
            value: input.value,
            source: sourceOf(input.expr),
            span: blame ? blameSpan(file.path, input, base?.inputs.get(name), edits) : undefined,
          },
        ]),
      );
    const doc: TfvarsDocument = {
      path: file.path,
      headText: file.text,
      base: moduleOf(files, 'base', base?.moduleDir ?? dir, neighbours),
      head: moduleOf(files, 'head', dir, neighbours),
      values: { base: values(base, false), head: values(head, true) },
      environmentPath: unitPath,
      ...(unitPath === file.path ? {} : { label: `${file.path} (an input of ${unitPath})` }),
    };
    if (doc.head.resources.size === 0) {
      notes.push(`${unitPath}: the module at ${dir} was not readable here, so its inputs were not judged`);
      continue;
    }
    for (const finding of tfvarsFindings(doc)) {
      // One finding per rule and line: the unit where it holds the merge (prod over dev) wins.
      const key = `${finding.ruleId}:${finding.span.start}`;
      const known = seen.get(key);
      if (!known) seen.set(key, finding);
      else if (known.downgradedBecause !== undefined && finding.downgradedBecause === undefined) seen.set(key, finding);
    }
  }
  findings.push(...seen.values());
  const generated = generatedFindings(file, files, neighbours, readBase, readHead);
  findings.push(...generated.findings);
  notes.push(...generated.notes);
  return { findings, notes };
}

/**
 * What this file's `generate` blocks write (a provider, a backend, a resource) judged as the
 * Terraform file it becomes in the unit's folder, base against head, at this file's lines.
 */
function generatedFindings(
  file: CheckedFile,
  files: readonly ChangedFile[],
  neighbours: readonly UnchangedFile[],
  readBase: (path: string) => string | undefined,
  readHead: (path: string) => string | undefined,
): { findings: RawFinding[]; notes: string[] } {
  if (!/^generate\s/m.test(file.text) && !/^generate\s/m.test(file.baseText ?? '')) return { findings: [], notes: [] };
  const basePath = file.previousPath ?? file.path;
  const own = (unit: TerragruntUnit | undefined, path: string) =>
    new Map((unit?.generated ?? []).filter((g) => g.source === path).map((g) => [g.label, g]));
  const head = own(resolveTerragrunt(file.path, readHead), file.path);
  const base =
    file.baseText === undefined
      ? new Map<string, GeneratedFile>()
      : own(resolveTerragrunt(basePath, readBase), basePath);
  const findings: RawFinding[] = [];
  const notes: string[] = [];
  const edits = changedEntries(file.baseText, file.text);
  for (const label of new Set([...base.keys(), ...head.keys()])) {
    const before = base.get(label);
    const after = head.get(label);
    if (before && after && before.text === after.text && before.name === after.name) continue;
    const name = (after ?? before)!.name;
    const unreadable = [before, after].find((g) => g && parseHcl(g.text).errors.length > 0);
    if (unreadable) {
      notes.push(
        `${file.path}: the Terraform that generate "${label}" writes to ${name} cannot be parsed, so it was not judged`,
      );
      continue;
    }
    const path = joinPath(dirOf(file.path), name);
    const sideModule = (g: GeneratedFile | undefined) => buildModule(dirOf(path), g ? [{ path, text: g.text }] : []);
    const doc: TerraformDocument = {
      path,
      basePath: path,
      base: sideModule(before),
      head: sideModule(after),
      moduleAt: (side, dir) => moduleOf(files, side, dir, neighbours),
    };
    for (const finding of runRules(terraformConfigRules, doc, () => false)) {
      const generatedBy = finding.side === 'base' ? before : after;
      if (!generatedBy) continue;
      const at = (span: Span): Span => ({
        start: generatedBy.toSource(span.start),
        end: Math.max(generatedBy.toSource(span.start), generatedBy.toSource(span.end)),
      });
      // A value the generated text takes from a local this change rewrote: reported at that local.
      const cause =
        finding.side === 'base'
          ? undefined
          : edits.find((e) => generatedBy.readsAt(finding.span.start).includes(e.name));
      findings.push({
        ...finding,
        message: `${name}, which generate "${label}" writes: ${finding.message}`,
        span: cause ? cause.span : at(finding.span),
        unit: cause ? cause.span : at(finding.unit),
      });
    }
  }
  return { findings, notes };
}

/**
 * Where in the changed file a unit's input is set: the input itself when this file writes it
 * anew; else the local or input of this file that the value reads and the change rewrote.
 */
function blameSpan(
  path: string,
  input: TerragruntInput,
  before: TerragruntInput | undefined,
  edits: readonly { name: string; span: Span }[],
): Span | undefined {
  if (input.path === path && (!before || before.path !== path || sourceOf(before.expr) !== sourceOf(input.expr)))
    return input.span;
  const named = edits.find((e) => input.names.has(e.name) || input.names.has(e.name.replace(/^\w+\./, '')));
  if (named) return named.span;
  return input.path === path || input.names.size > 0 ? edits[0]?.span : undefined;
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
