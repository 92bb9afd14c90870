import { runRules, type RawFinding } from '../../core/checker.js';
import type { Rule } from '../../core/rule.js';
import { snippetSpan, type Snippet } from '../../parsers/universal/text-lines.js';
import type { ShellDocument } from '../shell/lib/document.js';
import type { UniversalDocument } from './lib/document.js';
import { loadedReaders } from './lib/lazy-readers.js';
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
          // What the SQL or shell rule saw that makes it routine (a test database, a scratch table) holds here too.
          ...(finding.downgradedBecause ? { downgradedBecause: finding.downgradedBecause } : {}),
        });
      }
    }
  },
};

/** Runs the shell rules, and the SQL rules on what database clients are given, over one snippet read as a script. */
function commandFindings(doc: UniversalDocument, snippet: Snippet): RawFinding[] {
  const { cliSqlFindings, commandInFile, shellRules, snippetCommands } = loadedReaders();
  const unit = snippetSpan(snippet);
  const commands = snippetCommands(snippet).commands.map((c) => commandInFile(snippet, c));
  if (commands.length === 0) return [];
  const shellDoc: ShellDocument = { path: doc.path, text: doc.text, commands };
  const findings = [...runRules(shellRules, shellDoc, () => false), ...cliSqlFindings(shellDoc, doc.policy).findings];
  return findings.map((f) => ({ ...f, unit: f.unit.start === f.unit.end ? unit : f.unit }));
}
