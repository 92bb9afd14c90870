import { runRules, type RawFinding } from '../../core/checker.js';
import type { Rule } from '../../core/rule.js';
import { mapSpan } from '../../parsers/offset-map.js';
import { parseShell } from '../../parsers/shell/commands.js';
import { isSentence } from '../../parsers/universal/candidates.js';
import { snippetSpan, type Snippet } from '../../parsers/universal/snippets.js';
import { cliSqlFindings } from '../shell/lib/checker.js';
import type { DocumentCommand, ShellDocument } from '../shell/lib/document.js';
import { shellRules } from '../shell/lib/index.js';
import type { UniversalDocument } from './lib/document.js';
import { blocks } from './unrecognised-sql.js';

export const unrecognisedCommand: Rule<UniversalDocument, 'command'> = {
  meta: {
    id: 'universal/unrecognised-command',
    family: 'universal',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A destructive command in a file or place no reader of two-key understands (a config value, a text runbook, an extensionless script, a notebook cell): it may run, so it needs approval.',
    messages: {
      command:
        '{inner}; it is written in {context}, a context two-key has no reader for, so whatever runs it is unknown and it needs approval',
    },
    examples: {
      invalid: [
        { code: 'Cutover\n\n$ terraform destroy -auto-approve\n', line: 3, path: 'ops/cutover.txt' },
        {
          code: '[program:reset]\ncommand = dropdb --if-exists shop_production\n',
          line: 2,
          path: 'deploy/supervisor.conf',
        },
        { code: '{\n  "postdeploy": "rm -rf /var/lib/postgresql/data"\n}\n', line: 2, path: 'deploy/hooks.json' },
      ],
      valid: [
        { code: 'terraform destroy removes every resource of the stack.\n', path: 'ops/notes.txt' },
        { code: '[program:web]\ncommand = bundle exec puma -C config/puma.rb\n', path: 'deploy/supervisor.conf' },
        { code: 'Then run terraform destroy in the sandbox account.\n', path: 'ops/sandbox.txt' },
      ],
    },
  },
  check(doc, report) {
    for (const snippet of doc.commands) {
      for (const finding of commandFindings(doc, snippet)) {
        if (!blocks(finding, doc)) continue;
        report({
          messageId: 'command',
          data: { inner: finding.message, context: snippet.context },
          span: finding.span,
          unit: finding.unit,
        });
      }
    }
  },
};

/** Runs the shell rules, and the SQL rules on what database clients are given, over one snippet read as a script. */
function commandFindings(doc: UniversalDocument, snippet: Snippet): RawFinding[] {
  const parsed = parseShell(snippet.text);
  const unit = snippetSpan(snippet);
  const commands: DocumentCommand[] = parsed.commands
    .filter((c) => !isSentence(snippet.text.slice(c.span.start, c.span.end)))
    .map((c) => ({
      ...c,
      span: mapSpan(snippet.toFile, c.span),
      argSpans: c.argSpans.map((s) => mapSpan(snippet.toFile, s)),
      envAssignments: c.envAssignments.map((e) => ({ ...e, span: mapSpan(snippet.toFile, e.span) })),
      ...(c.stdinFrom ? { stdinFrom: mapSpan(snippet.toFile, c.stdinFrom) } : {}),
      ...(c.stdin ? { stdin: { text: c.stdin.text, map: (o: number) => snippet.toFile(c.stdin!.map(o)) } } : {}),
      origin: { throwaway: false, localHosts: [] },
    }));
  if (commands.length === 0) return [];
  const shellDoc: ShellDocument = { path: doc.path, text: doc.text, commands };
  const findings = [...runRules(shellRules, shellDoc, () => false), ...cliSqlFindings(shellDoc, doc.policy).findings];
  return findings.map((f) => ({ ...f, unit: f.unit.start === f.unit.end ? unit : f.unit }));
}
