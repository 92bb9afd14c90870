import type { RawFinding } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import type { Span } from '../../../core/types.js';
import { executedCommands } from '../../../parsers/code/executed.js';
import type { CodeLanguage } from '../../../parsers/code/language.js';
import type { CodeSyntax } from '../../../parsers/code/read.js';
import { parseShell } from '../../../parsers/shell/commands.js';
import type { Policy } from '../../../core/policy-schema.js';
import { cliSqlFindings, toFile } from '../../shell/lib/checker.js';
import type { ShellDocument } from '../../shell/lib/document.js';
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
): { findings: RawFinding[]; notes: string[] } {
  const executed = executedCommands(syntax, text);
  if (executed.length === 0) return { findings: [], notes: [] };
  const doc: ShellDocument = { path, text, commands: [] };
  for (const e of executed) {
    const parsed = parseShell(e.text);
    const source = { text: e.text, toFile: e.toFile, label: e.call };
    // The call is the unit: a production name in the same call pairs with what it runs.
    doc.commands.push(...parsed.commands.map((c) => ({ ...toFile(c, source), span: e.unit })));
  }
  const findings = runRules(shellRules, doc, rollback);
  const sql = cliSqlFindings(doc, policy);
  return {
    findings: [...findings, ...sql.findings.map((f) => ({ ...f, rollbackOnly: f.rollbackOnly || rollback(f.unit) }))],
    notes: sql.notes,
  };
}

const RUNS_COMMANDS =
  /\b(subprocess|os\.system|os\.popen|child_process|execa|execaCommand|zx|shelljs|exec\.Command(Context)?|ProcessBuilder|getRuntime|Command::new|Open3|IO\.popen|system|spawn)\b|\$`/;

/** Whether the file's text could run a command at all: the bash grammar loads only then. */
export function mayRunCommands(language: CodeLanguage, text: string): boolean {
  if (language === 'php') return /\b(shell_exec|exec|system|passthru|popen|proc_open)\s*\(|`/.test(text);
  return RUNS_COMMANDS.test(text) || (language === 'ruby' && /`|%x/.test(text));
}
