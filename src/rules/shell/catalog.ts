import { readArgs, type ParsedArgs } from './args.js';
import { at, commandsRunning, display, type DocumentCommand, type ShellDocument } from './document.js';
import type { RuleReport } from '../../core/rule.js';

/** One destructive subcommand of a cloud or platform CLI. */
export interface CatalogEntry {
  /** The operands that name it, after the program's global options: `rds delete-db-instance`. */
  path: string;
  /** What it destroys, for the message. */
  destroys: string;
  /** Extra condition on its options (`s3 rm` only with `--recursive`). */
  when?: (args: ParsedArgs) => boolean;
}

export interface CliCatalog {
  programs: string[];
  /** Options (global and of the subcommands) that take a value, so their values are not read as operands. */
  withValue: string[];
  entries: CatalogEntry[];
  /** A target on this machine (LocalStack, an emulator): nothing kept is at stake. */
  local?: (args: ParsedArgs, command: DocumentCommand) => boolean;
}

/** Reports every command of the document that runs an entry of the catalog. */
export function reportCatalog(
  doc: ShellDocument,
  catalog: CliCatalog,
  report: (r: RuleReport<'destroys'>) => void,
): void {
  for (const command of commandsRunning(doc, ...catalog.programs)) {
    const args = readArgs(command.argv, catalog.withValue);
    if (catalog.local?.(args, command)) continue;
    const operands = args.positionals.map((p) => p.value);
    for (const entry of catalog.entries) {
      const path = entry.path.split(' ');
      if (!path.every((word, i) => operands[i] === word)) continue;
      if (entry.when && !entry.when(args)) continue;
      const target = display(operands.slice(path.length).join(' '));
      report({
        messageId: 'destroys',
        data: {
          command: `${command.argv[0]!.split('/').pop()} ${entry.path}${target ? ' ' + target : ''}`,
          destroys: entry.destroys,
        },
        ...at(command),
      });
      break;
    }
  }
}
