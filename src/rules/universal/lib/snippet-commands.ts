import type { TargetContext } from '../../../core/environment.js';
import { mapSpan } from '../../../parsers/offset-map.js';
import { parseShell, type VariableAssignment } from '../../../parsers/shell/commands.js';
import { isSentence } from '../../../parsers/universal/candidates.js';
import type { Snippet } from '../../../parsers/universal/text-lines.js';
import { commandContexts } from '../../env/lib/target-contexts.js';
import type { DocumentCommand } from '../../shell/lib/document.js';

/**
 * The commands of one snippet read as a script, in the snippet's own offsets: a line that reads as
 * a sentence ("terraform destroy removes everything.") is prose, not a command. Nothing says where
 * they run, so no runner is taken as thrown away.
 */
export function snippetCommands(snippet: Snippet): { commands: DocumentCommand[]; assignments: VariableAssignment[] } {
  const parsed = parseShell(snippet.text);
  const commands = parsed.commands
    .filter((c) => !isSentence(snippet.text.slice(c.span.start, c.span.end)))
    .map((c) => ({ ...c, origin: { throwaway: false, localHosts: [] } }));
  return { commands, assignments: parsed.assignments };
}

/** A command as the shell rules read it, with its spans in the file. */
export function commandInFile(snippet: Snippet, command: DocumentCommand): DocumentCommand {
  const toFile = snippet.toFile;
  return {
    ...command,
    span: mapSpan(toFile, command.span),
    argSpans: command.argSpans.map((s) => mapSpan(toFile, s)),
    envAssignments: command.envAssignments.map((e) => ({ ...e, span: mapSpan(toFile, e.span) })),
    ...(command.stdinFrom ? { stdinFrom: mapSpan(toFile, command.stdinFrom) } : {}),
    ...(command.stdoutTo ? { stdoutTo: { ...command.stdoutTo, span: mapSpan(toFile, command.stdoutTo.span) } } : {}),
    ...(command.stdin
      ? { stdin: { text: command.stdin.text, map: (o: number) => toFile(command.stdin!.map(o)) } }
      : {}),
  };
}

/**
 * The same evidence of a preview, local or test target as in a script (a compose file for a
 * developer's machine, a name taken from the pull request, a database on localhost), for commands
 * found in a JSON value, a YAML value or a string: `docker compose -f docker-compose.dev.yml down -v`
 * in `.vscode/tasks.json` resets a developer's stack wherever it is written.
 */
export function snippetContexts(path: string, fileText: string, snippets: readonly Snippet[]): TargetContext[] {
  return snippets.flatMap((snippet) => {
    const { commands, assignments } = snippetCommands(snippet);
    return commandContexts(snippet.text, commands, assignments, { scriptWide: true, path, fileText }).map((c) => ({
      ...c,
      span: mapSpan(snippet.toFile, c.span),
    }));
  });
}
