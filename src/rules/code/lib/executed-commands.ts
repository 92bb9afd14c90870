import type { RawFinding } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import type { Span } from '../../../core/types.js';
import { executedCommands } from '../../../parsers/code/executed.js';
import type { CodeLanguage } from '../../../parsers/code/language.js';
import type { CodeSyntax } from '../../../parsers/code/read.js';
import { parseShell, type ShellParse } from '../../../parsers/shell/commands.js';
import type { TargetContext } from '../../../core/environment.js';
import { commandContexts } from '../../env/lib/target-contexts.js';
import type { Policy } from '../../../core/policy-schema.js';
import { cliSqlFindings, toFile } from '../../shell/lib/checker.js';
import type { DocumentCommand, ShellDocument } from '../../shell/lib/document.js';
import { shellRules } from '../../shell/lib/index.js';

/**
 * Judges the commands code runs (`subprocess.run([...])`, `execSync('…')`, `exec.Command(…)`,
 * `ProcessBuilder`, `system`, backticks, `Command::new`) with the command family's rules, exactly
 * as if they were written in a script; the SQL given to database CLIs among them goes to the SQL rules.
 */
export function executedCommandFindings(
  path: string,
  text: string,
  syntax: CodeSyntax,
  policy: Policy,
  rollback: (span: Span) => boolean,
): { findings: RawFinding[]; notes: string[]; contexts: TargetContext[] } {
  const executed = executedCommands(syntax, text);
  if (executed.length === 0) return { findings: [], notes: [], contexts: [] };
  const doc: ShellDocument = { path, text, commands: [] };
  const contexts: TargetContext[] = [];
  for (const e of executed) {
    const parsed = parseShell(e.text);
    const source = { text: e.text, toFile: e.toFile, label: e.call };
    // The call is the unit: a production name in the same call pairs with what it runs.
    const commands = parsed.commands.map((c) => ({ ...toFile(c, source), span: e.unit }));
    doc.commands.push(...commands);
    const context = callContext(path, text, e.text, parsed, commands, policy);
    if (context) contexts.push({ ...context, span: e.unit });
  }
  const findings = runRules(shellRules, doc, rollback);
  const sql = cliSqlFindings(doc, policy);
  return {
    findings: [...findings, ...sql.findings.map((f) => ({ ...f, rollbackOnly: f.rollbackOnly || rollback(f.unit) }))],
    notes: sql.notes,
    contexts,
  };
}

/**
 * Where one call's commands run, when the call itself says (`docker compose -f
 * docker-compose.test.yml down -v`, a database on localhost): the evidence of a script, read in the
 * call's own text. It holds for the call only when every command of it that a rule reports on
 * carries it, since the call is the unit its findings share.
 */
function callContext(
  path: string,
  fileText: string,
  callText: string,
  parsed: ShellParse,
  commands: readonly DocumentCommand[],
  policy: Policy,
): Omit<TargetContext, 'span'> | undefined {
  const own = parsed.commands.map((c, i) => ({ ...c, origin: commands[i]!.origin }));
  const evidence = commandContexts(callText, own, parsed.assignments, { scriptWide: true, path, fileText });
  let found: Omit<TargetContext, 'span'> | undefined;
  for (const [i, command] of commands.entries()) {
    const single: ShellDocument = { path: '', text: '', commands: [command] };
    const reported =
      runRules(shellRules, single, () => false).length > 0 || cliSqlFindings(single, policy).findings.length > 0;
    if (!reported) continue;
    const context = evidence.find((c) => c.span.start === own[i]!.span.start && c.span.end === own[i]!.span.end);
    if (!context) return undefined;
    found ??= { environment: context.environment, reason: context.reason };
  }
  return found;
}

const RUNS_COMMANDS =
  /\b(subprocess|os\.system|os\.popen|child_process|execa|execaCommand|zx|shelljs|exec\.Command(Context)?|ProcessBuilder|getRuntime|Command::new|Open3|IO\.popen|system|spawn)\b|\$`/;

/** Whether the file's text could run a command at all: the bash grammar loads only then. */
export function mayRunCommands(language: CodeLanguage, text: string): boolean {
  if (language === 'php') return /\b(shell_exec|exec|system|passthru|popen|proc_open)\s*\(|`/.test(text);
  return RUNS_COMMANDS.test(text) || (language === 'ruby' && /`|%x/.test(text));
}
