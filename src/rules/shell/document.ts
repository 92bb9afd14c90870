import { DYNAMIC, type ShellCommand } from '../../parsers/shell/commands.js';
import { baseName } from '../../parsers/shell/wrappers.js';

/** What the shell rules are given: the commands of one file, with spans in the file's text. */
export interface ShellDocument {
  path: string;
  text: string;
  commands: ShellCommand[];
}

/** The commands whose program is one of these, by file name: `bin/rails` and `/usr/bin/dropdb` included. */
export function commandsRunning(doc: ShellDocument, ...programs: string[]): ShellCommand[] {
  return doc.commands.filter((c) => programs.includes(programOf(c)));
}

export function programOf(command: ShellCommand): string {
  return baseName(command.argv[0] ?? '');
}

/** The value of an environment variable the command sets for itself, the last one winning as in the shell. */
export function envValue(command: ShellCommand, name: string): string | undefined {
  return lastOf(command.envAssignments, (e) => e.name === name)?.value;
}

/** Array#findLast, which the ES2022 library this project compiles against does not declare. */
export function lastOf<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

/** A word for a message: a value only known at run time shows as `…`. */
export function display(value: string): string {
  return value.replaceAll(DYNAMIC, '…');
}
