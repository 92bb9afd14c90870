import type { FamilyChecker } from '../../core/checker.js';
import { runRules } from '../../core/checker.js';
import { loadGrammar } from '../../parsers/tree-sitter/loader.js';
import type { Policy } from '../../policy/schema.js';
import { isShellSource, readCommands } from '../shell/checker.js';
import { commandTargets, type Located } from './command-targets.js';
import { databaseConfigTargets, dotenvTargets, isDatabaseConfig, isDotenv } from './config-targets.js';
import type { EnvDocument } from './document.js';
import { envRules } from './index.js';
import { workflowTargets } from './workflow.js';

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;

export const envChecker: FamilyChecker = {
  family: 'env',
  rules: envRules,
  appliesTo(path, text) {
    return WORKFLOW.test(path) || isDotenv(path) || isDatabaseConfig(path) || isShellSource(path, text);
  },
  async prepare(file) {
    // A .env file or a database config has no commands: only files with shell in them pay for bash.
    if (isShellSource(file.path, file.text || (file.baseText ?? ''))) await loadGrammar('bash');
  },
  check(file, policy) {
    const head = file.status === 'removed' ? [] : targetsOf(file.path, file.text, policy);
    const base =
      file.baseText === undefined ? undefined : targetsOf(file.previousPath ?? file.path, file.baseText, policy);
    const before = new Set(base?.map((t) => t.label));
    // Only a file that existed can be newly pointed at production; a new file is weighed by what it does.
    const newTargets = base === undefined ? [] : head.filter((t) => t.strong && !before.has(t.label));
    const doc: EnvDocument = { path: file.path, targets: head, newTargets };
    return { findings: runRules(envRules, doc, () => false), notes: [] };
  },
};

/** The production targets of one version of a file, read the way its kind is run or loaded. */
function targetsOf(path: string, text: string, policy: Policy): Located[] {
  const readsShell = isShellSource(path, text);
  const found: Located[] = [];
  // Workflow `run:` steps are read with the shell family's commands when it reads workflows.
  if (WORKFLOW.test(path)) found.push(...workflowTargets(text, policy, !readsShell));
  if (isDotenv(path)) found.push(...dotenvTargets(path, text, policy));
  if (isDatabaseConfig(path)) found.push(...databaseConfigTargets(text, policy));
  if (readsShell) {
    for (const command of readCommands(path, text).commands) {
      // Variables a workflow sets for the whole job or step are reported where they are written, by workflowTargets.
      const own = command.envAssignments.filter(
        (e) => e.span.start >= command.span.start && e.span.end <= command.span.end,
      );
      found.push(...commandTargets({ ...command, envAssignments: own }, policy));
    }
  }
  return found;
}
