import type { ShellWord } from './words.js';

/** `NAME=value` given to a command, before it or through `env`/`sudo`. */
export interface EnvWord {
  name: string;
  value: string;
  word: ShellWord;
}

export interface Unwrapped {
  /** The words of the command that actually runs. */
  words: ShellWord[];
  /** The wrappers removed, outermost first: `sudo`, `npx`, `pnpm exec`. */
  wrappers: string[];
  env: EnvWord[];
}

interface OptionSyntax {
  /** Options whose value is the next word, or attached (`-upostgres`, `--user=postgres`). */
  withValue: readonly string[];
  /** Whether `NAME=value` words after the options are environment for the command. */
  takesEnv?: boolean;
  /** Options that mean the wrapper does not run the command (`command -v`): stop unwrapping. */
  notRunning?: readonly string[];
}

/** Wrappers that run their arguments as a command, with the options they accept. */
const WRAPPERS: Record<string, OptionSyntax> = {
  sudo: {
    withValue: ['-u', '-g', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '-R', '--user', '--group', '--prompt'],
    takesEnv: true,
  },
  doas: { withValue: ['-u', '-C'] },
  env: { withValue: ['-u', '-C', '-S', '--unset', '--chdir', '--split-string'], takesEnv: true },
  command: { withValue: [], notRunning: ['-v', '-V'] },
  exec: { withValue: ['-a'] },
  nohup: { withValue: [] },
  time: { withValue: ['-f', '-o', '--format', '--output'] },
  nice: { withValue: ['-n', '--adjustment'] },
  xargs: {
    withValue: [
      '-I',
      '-n',
      '-P',
      '-d',
      '-L',
      '-s',
      '-E',
      '-a',
      '--max-args',
      '--max-procs',
      '--delimiter',
      '--arg-file',
    ],
  },
  npx: { withValue: ['-p', '--package'], notRunning: ['-c', '--call'] },
  pnpx: { withValue: [] },
  bunx: { withValue: ['-p', '--package'] },
};

/** Tools whose subcommand runs a package's binary: `pnpm exec prisma`, `yarn dlx supabase`. */
const RUNNER_SUBCOMMANDS: Record<string, readonly string[]> = {
  npm: ['exec', 'x'],
  pnpm: ['exec', 'dlx'],
  yarn: ['exec', 'dlx', 'run'],
  bun: ['x'],
  bundle: ['exec'],
};

/** Cluster tools whose `exec ... -- COMMAND` runs the command in a pod, on the cluster's side. */
const REMOTE_EXEC = new Set(['kubectl', 'oc']);

/** pnpm's own commands; any other first word runs a script or a package's binary. */
const PNPM_COMMANDS = new Set(
  'add i install ci it install-test link ln prune rebuild rb remove rm uninstall un unlink update up upgrade audit licenses list ls outdated why dedupe patch patch-commit patch-remove pack publish recursive server store root bin config c env init import doctor setup deploy fetch run run-script test t start restart create exec dlx'.split(
    ' ',
  ),
);

/** Runners that take a package spec, whose `@version` is not part of the binary's name. */
const PACKAGE_RUNNERS = new Set(['npx', 'pnpx', 'bunx', 'npm exec', 'npm x', 'pnpm dlx', 'yarn dlx', 'bun x']);

/** How many wrappers deep to look; real commands nest two or three. */
const MAX_WRAPPERS = 16;

/**
 * Removes the wrappers in front of a command, keeping the environment they set. A leading
 * backslash (`\dropdb`) is already gone: it only skips aliases.
 */
export function unwrap(words: readonly ShellWord[]): Unwrapped {
  let rest = [...words];
  const wrappers: string[] = [];
  const env: EnvWord[] = [];
  for (let n = 0; n < MAX_WRAPPERS && rest.length > 1; n++) {
    const name = baseName(rest[0]!.value);
    const syntax = WRAPPERS[name];
    let wrapper = name;
    let next: number | undefined;
    if (syntax) {
      next = skipOptions(rest, 1, syntax);
      if (next !== undefined && syntax.takesEnv) {
        while (next < rest.length && assignment(rest[next]!)) env.push(assignment(rest[next++]!)!);
      }
    } else if (REMOTE_EXEC.has(name) && rest[1]!.value === 'exec') {
      // `kubectl exec db-0 -- psql ...` runs psql in the pod: what follows `--` is the command.
      wrapper = `${name} exec`;
      const dashes = rest.findIndex((w, i) => i > 1 && w.value === '--');
      next = dashes < 0 ? undefined : dashes + 1;
    } else if (RUNNER_SUBCOMMANDS[name]?.includes(rest[1]!.value)) {
      wrapper = `${name} ${rest[1]!.value}`;
      next = skipOptions(rest, 2, WRAPPERS.npx!);
    } else if (name === 'yarn' && !rest[1]!.value.startsWith('-')) {
      // `yarn prisma ...` runs the package's binary when no script has that name.
      next = 1;
    } else if (name === 'pnpm' && !rest[1]!.value.startsWith('-') && !PNPM_COMMANDS.has(rest[1]!.value)) {
      // `pnpm prisma ...` likewise, when the word is not one of pnpm's own commands.
      next = 1;
    }
    if (next === undefined || next >= rest.length) break;
    rest = rest.slice(next);
    if (PACKAGE_RUNNERS.has(wrapper)) rest[0] = { ...rest[0]!, value: withoutVersion(rest[0]!.value) };
    wrappers.push(wrapper);
  }
  return { words: rest, wrappers, env };
}

/** The index of the first word after the options, or undefined when the wrapper does not run a command. */
function skipOptions(words: readonly ShellWord[], from: number, syntax: OptionSyntax): number | undefined {
  let i = from;
  while (i < words.length) {
    const word = words[i]!.value;
    if (word === '--') return i + 1;
    if (!word.startsWith('-') || word === '-') {
      // `env -` is `env -i`.
      if (word === '-') {
        i++;
        continue;
      }
      return i;
    }
    const takesNext = word.startsWith('--') ? longOption(word, syntax) : shortOptions(word, syntax);
    if (takesNext === undefined) return undefined;
    i += takesNext ? 2 : 1;
  }
  return i;
}

/** Whether `--name` takes the next word as its value; undefined when it means the command does not run. */
function longOption(word: string, syntax: OptionSyntax): boolean | undefined {
  const name = word.split('=')[0]!;
  if (syntax.notRunning?.includes(name)) return undefined;
  return syntax.withValue.includes(name) && !word.includes('=');
}

/** In a cluster (`-Eu postgres`), the first option that takes a value takes the rest of the word or the next word. */
function shortOptions(word: string, syntax: OptionSyntax): boolean | undefined {
  for (let k = 1; k < word.length; k++) {
    const option = `-${word[k]}`;
    if (syntax.notRunning?.includes(option)) return undefined;
    if (syntax.withValue.includes(option)) return k === word.length - 1;
  }
  return false;
}

function assignment(word: ShellWord): EnvWord | undefined {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.value);
  return m ? { name: m[1]!, value: word.value.slice(m[0].length), word } : undefined;
}

/** `/usr/bin/sudo` runs sudo; the directory does not change what the program is. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `supabase@1.176.10` and `@prisma/cli@5` name a package at a version; the binary is the name. */
function withoutVersion(spec: string): string {
  const at = spec.indexOf('@', 1);
  return at > 0 ? spec.slice(0, at) : spec;
}
