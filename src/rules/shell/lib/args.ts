import { isDynamic } from '../../../parsers/shell/commands.js';
import { lastOf } from './document.js';

export interface Positional {
  value: string;
  /** Index in argv. */
  index: number;
}

export interface Option {
  /** As written: `--linked`, `-f`. */
  name: string;
  value?: string;
  index: number;
}

export interface ParsedArgs {
  positionals: Positional[];
  options: Option[];
}

/**
 * Splits a command's arguments (after argv[0]) into options and operands, given which options
 * take a value (`--db-url URL`, `--db-url=URL`, `-h HOST`, `-hHOST`). Options are not reordered
 * or merged: a program-specific reading is the rule's.
 */
export function readArgs(argv: readonly string[], withValue: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], options: [] };
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      for (let j = i + 1; j < argv.length; j++) parsed.positionals.push({ value: argv[j]!, index: j });
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      parsed.positionals.push({ value: word, index: i });
      continue;
    }
    const long = word.startsWith('--');
    const eq = word.indexOf('=');
    const name = long ? (eq > 0 ? word.slice(0, eq) : word) : word.slice(0, 2);
    if (!withValue.includes(name)) {
      parsed.options.push(long && eq > 0 ? { name, value: word.slice(eq + 1), index: i } : { name: word, index: i });
      continue;
    }
    const attached = long ? (eq > 0 ? word.slice(eq + 1) : undefined) : word.length > 2 ? word.slice(2) : undefined;
    if (attached !== undefined) {
      parsed.options.push({ name, value: attached, index: i });
    } else {
      parsed.options.push({ name, value: argv[i + 1] ?? '', index: i });
      i++;
    }
  }
  return parsed;
}

/** The last of these options given, as the programs two-key reads let a later option win. */
export function option(args: ParsedArgs, ...names: string[]): Option | undefined {
  return lastOf(args.options, (o) => names.includes(o.name));
}

/** Whether the operands start with this subcommand path (`db reset`). */
export function hasSubcommand(args: ParsedArgs, ...path: string[]): boolean {
  return path.every((word, i) => args.positionals[i]?.value === word);
}

/** The first operand or option name decided at run time, which could be any flag. */
export function dynamicArgument(args: ParsedArgs): string | undefined {
  return args.positionals.find((p) => isDynamic(p.value))?.value ?? args.options.find((o) => isDynamic(o.name))?.name;
}

/** A host that is this machine: a name or address of the loopback interface, or a Unix socket directory. */
export function isLocalHost(host: string): boolean {
  if (isDynamic(host)) return false;
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    h === 'localhost' || h.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(h) || h === '::1' || h.startsWith('/')
  );
}

/** Whether a connection URL's host is this machine; a URL decided at run time is not known to be. */
export function isLocalUrl(url: string): boolean {
  if (isDynamic(url)) return false;
  try {
    return isLocalHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Whether any of these options is given (`-auto-approve`, `--auto-approve`). */
export function hasOption(args: ParsedArgs, ...names: string[]): boolean {
  return args.options.some((o) => names.includes(o.name));
}

/** The operands as one string, for matching a subcommand path: `rds delete-db-instance`. */
export function operandPath(args: ParsedArgs, count: number): string {
  return args.positionals
    .slice(0, count)
    .map((p) => p.value)
    .join(' ');
}
