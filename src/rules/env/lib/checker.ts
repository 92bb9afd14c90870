import type { FamilyChecker } from '../../../core/checker.js';
import type { TargetContext } from '../../../core/environment.js';
import { commandContexts } from './target-contexts.js';
import { composeTargets } from './compose-targets.js';
import { isComposePath } from '../../../parsers/kubernetes/compose.js';
import { readOnlyReason } from './read-only.js';
import type { Span } from '../../../core/types.js';
import { runRules } from '../../../core/checker.js';
import { loadGrammar } from '../../../parsers/tree-sitter/loader.js';
import type { Policy } from '../../../core/policy-schema.js';
import { atAssignments, isShellSource, readCommands } from '../../shell/lib/checker.js';
import { catalogTargets, commandTargets, type Located } from './command-targets.js';
import { databaseConfigTargets, dotenvTargets, isDatabaseConfig, isDotenv } from './config-targets.js';
import type { EnvDocument } from './document.js';
import type { ReadRepoFile } from '../../../parsers/shell/sourced.js';
import { repoFileReader } from '../../shell/lib/repo-files.js';
import { envRules } from './index.js';
import { readsEnvironment, WORKFLOW } from './applies.js';
import { workflowTargets } from './workflow.js';
import { holdsCommandsIn } from '../../shell/lib/sources.js';
import { isMakefile, makefileAssignments } from '../../shell/lib/sources/makefile.js';
import {
  assignmentTarget,
  optionVariables,
  productionNamedExpansions,
  type OptionVariable,
} from './variable-targets.js';

export const envChecker: FamilyChecker = {
  family: 'env',
  rules: envRules,
  appliesTo: readsEnvironment,
  async prepare(file) {
    // A .env file or a database config has no commands: only files with shell in them pay for bash.
    if (isShellSource(file.path, file.text || (file.baseText ?? ''))) await loadGrammar('bash');
  },
  check(file, policy, context) {
    const read = (side: 'head' | 'base') => (context ? repoFileReader(context, side) : undefined);
    const head = file.status === 'removed' ? [] : targetsOf(file.path, file.text, policy, read('head'));
    const base =
      file.baseText === undefined
        ? undefined
        : targetsOf(file.previousPath ?? file.path, file.baseText, policy, read('base'));
    const before = new Set(base?.map((t) => t.label));
    // A new workflow, Makefile or config is weighed by what it does; a new script is run by hand,
    // outside the deploy pipeline, so a new script aimed at production is newly pointed there.
    const newScript = base === undefined && file.status === 'added' && isScript(file.path, file.text);
    const newTargets = base === undefined && !newScript ? [] : head.filter((t) => t.strong && !before.has(t.label));
    const doc: EnvDocument = { path: file.path, targets: head, newTargets };
    const contexts =
      file.status === 'removed' || !isShellSource(file.path, file.text) ? [] : contextsOf(file.path, file.text);
    return { findings: runRules(envRules, doc, () => false), notes: [], contexts };
  },
};

/** Where the file's commands run, when the change says: a preview, a local stack, a test database. */
function contextsOf(path: string, text: string): TargetContext[] {
  const { commands, assignments } = readCommands(path, text);
  // A script's variables hold for the rest of it; a workflow step's or a recipe line's shell ends with it.
  return commandContexts(text, commands, assignments, { scriptWide: isScript(path, text), path });
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** A file the shell runs as a whole (`*.sh`, a shebang), not a kind that holds commands among other things. */
function isScript(path: string, text: string): boolean {
  return isShellSource(path, text) && !holdsCommandsIn(path, text);
}

/** One finding per place: a command's own `NAME=value` is read both as an assignment and as its word. */
function dedupe(found: Located[]): Located[] {
  const seen = new Set<string>();
  return found.filter((t) => {
    const key = `${t.span.start}:${t.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A workflow's `env:` or `environment:` that points a step or a job at production, where every
 * command run in that scope only reads (a `pg_dump`, a `kubectl logs`): read-only work too.
 */
function readOnlyScopes(workflow: Located[], commands: ReturnType<typeof readCommands>['commands'], found: Located[]) {
  for (const target of workflow) {
    if (target.runsActions) continue;
    const inside = commands.filter((c) => c.span.start >= target.unit.start && c.span.end <= target.unit.end);
    const reasons = inside.map((c) => readOnlyReason(c));
    if (inside.length === 0 || reasons.some((r) => r === undefined)) continue;
    const at = found.indexOf(target);
    if (at >= 0) found[at] = { ...target, readOnly: [...new Set(reasons)].join('; ') };
  }
}

/** The production targets of one version of a file, read the way its kind is run or loaded. */
function targetsOf(path: string, text: string, policy: Policy, read?: ReadRepoFile): Located[] {
  const readsShell = isShellSource(path, text);
  const found: Located[] = [];
  // Workflow `run:` steps are shell sources: their commands are read below with the rest.
  const workflow = WORKFLOW.test(path) ? workflowTargets(text, policy) : [];
  found.push(...workflow);
  if (isDotenv(path)) found.push(...dotenvTargets(path, text, policy));
  if (isDatabaseConfig(path)) found.push(...databaseConfigTargets(text, policy));
  if (isComposePath(path)) found.push(...composeTargets(text, policy));
  if (readsShell) {
    const { commands, assignments } = readCommands(path, text, read);
    const uses: OptionVariable[] = [];
    readOnlyScopes(workflow, commands, found);
    for (const command of commands) {
      // Variables a workflow sets for the whole job or step are reported where they are written, by workflowTargets.
      const own = command.envAssignments.filter(
        (e) => e.span.start >= command.span.start && e.span.end <= command.span.end,
      );
      const readOnly = readOnlyReason(command);
      const targets = [
        ...commandTargets({ ...command, envAssignments: own }, policy),
        ...productionNamedExpansions({ ...command, envAssignments: own }, text, policy),
        ...catalogTargets(command, policy),
      ].map((t) => (readOnly && sameSpan(t.unit, command.span) ? { ...t, readOnly } : t));
      found.push(...atAssignments(targets, [command]));
      uses.push(...optionVariables(command, text));
    }
    // A script's own variables hold for the rest of it; a recipe's or a step's for that piece.
    const script = !holdsCommandsIn(path, text);
    for (const a of assignments) {
      const unit = script ? { start: a.span.start, end: text.length } : a.span;
      const target = assignmentTarget(a, uses, policy, unit, text);
      if (target) found.push(target);
    }
    if (isMakefile(path)) {
      for (const a of makefileAssignments(text)) {
        const target = assignmentTarget(a, uses, policy, a.span, text);
        if (target) found.push(target);
      }
    }
  }
  return dedupe(found);
}
