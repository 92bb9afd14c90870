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
  /** Operands the wrapper takes before the command: `timeout 60 CMD`. */
  operands?: number;
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
  timeout: { withValue: ['-s', '--signal', '-k', '--kill-after'], operands: 1 },
  ionice: { withValue: ['-c', '--class', '-n', '--classdata', '-t'] },
  stdbuf: { withValue: ['-i', '-o', '-e', '--input', '--output', '--error'] },
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

/** pnpm's own commands; any other first word runs a script or a package's binary. */
const PNPM_COMMANDS = new Set(
  'add i install ci it install-test link ln prune rebuild rb remove rm uninstall un unlink update up upgrade audit licenses list ls outdated why dedupe patch patch-commit patch-remove pack publish recursive server store root bin config c env init import doctor setup deploy fetch run run-script test t start restart create exec dlx'.split(
    ' ',
  ),
);

/**
 * Commands that run another command somewhere else, given as words after their own options and
 * a target: `kubectl exec pod -- cmd`, `docker exec db cmd`, `docker compose exec db cmd`,
 * `heroku run -- cmd`. The inner command is judged like any other (where it runs is no safer).
 */
interface RemoteSyntax {
  /** The subcommand words after the program: `exec`, `compose exec`. */
  path: readonly string[];
  withValue: readonly string[];
  /** Operands (a pod, a container, a service) before the command. */
  targets: number;
  /** The command starts only after `--` (kubectl). */
  afterDashes?: boolean;
}

const DOCKER_EXEC = ['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys'];
const DOCKER_RUN = [
  ...DOCKER_EXEC,
  '-v',
  '--volume',
  '-p',
  '--publish',
  '--name',
  '--network',
  '--net',
  '--entrypoint',
  '--mount',
  '-l',
  '--label',
  '--platform',
  '--pull',
  '--restart',
  '-m',
  '--memory',
  '--cpus',
  '-h',
  '--hostname',
  '--add-host',
  '--link',
  '--log-driver',
  '--cidfile',
];
/** Options of kubectl, docker and heroku that take a value and may come before the subcommand. */
const GLOBAL_WITH_VALUE = new Set([
  '-n',
  '--namespace',
  '--context',
  '--kubeconfig',
  '--cluster',
  '-f',
  '--file',
  '-p',
  '--project-name',
  '--project-directory',
  '--env-file',
  '--profile',
  '-H',
  '--host',
  '-c',
  '--config',
  '-a',
  '--app',
  '-r',
  '--remote',
]);

const REMOTE: Record<string, RemoteSyntax[]> = {
  kubectl: [
    {
      path: ['exec'],
      withValue: ['-n', '--namespace', '-c', '--container', '--context', '--kubeconfig', '-f', '--filename'],
      targets: 0,
      afterDashes: true,
    },
  ],
  oc: [{ path: ['exec'], withValue: ['-n', '--namespace', '-c', '--container'], targets: 0, afterDashes: true }],
  docker: [
    { path: ['exec'], withValue: DOCKER_EXEC, targets: 1 },
    { path: ['container', 'exec'], withValue: DOCKER_EXEC, targets: 1 },
    { path: ['compose', 'exec'], withValue: [...DOCKER_EXEC, '--index'], targets: 1 },
    { path: ['compose', 'run'], withValue: [...DOCKER_RUN, '--index'], targets: 1 },
    { path: ['run'], withValue: DOCKER_RUN, targets: 1 },
  ],
  podman: [
    { path: ['exec'], withValue: DOCKER_EXEC, targets: 1 },
    { path: ['run'], withValue: DOCKER_RUN, targets: 1 },
  ],
  'docker-compose': [
    { path: ['exec'], withValue: [...DOCKER_EXEC, '--index'], targets: 1 },
    { path: ['run'], withValue: [...DOCKER_RUN, '--index'], targets: 1 },
  ],
  heroku: [
    {
      path: ['run'],
      withValue: ['-a', '--app', '-r', '--remote', '-s', '--size', '-e', '--env', '--type'],
      targets: 0,
    },
    {
      path: ['run:detached'],
      withValue: ['-a', '--app', '-r', '--remote', '-s', '--size', '-e', '--env', '--type'],
      targets: 0,
    },
  ],
};

/** Wrappers that run their command on another machine or in a container. */
export const REMOTE_WRAPPERS = new Set(
  Object.entries(REMOTE).flatMap(([program, forms]) => forms.map((f) => [program, ...f.path].join(' '))),
);

/** Where the command a remote wrapper runs starts, and the wrapper's name; undefined when it is not one. */
function remoteCommand(words: readonly ShellWord[]): { next: number; wrapper: string } | undefined {
  const program = baseName(words[0]!.value);
  for (const form of REMOTE[program] ?? []) {
    // Global options may come before the subcommand: `kubectl -n api exec`, `docker compose -f x.yml exec`.
    let i = 1;
    let matched = 0;
    while (i < words.length && matched < form.path.length) {
      const word = words[i]!.value;
      if (word === form.path[matched]) {
        matched++;
        i++;
      } else if (word.startsWith('-')) {
        const takesValue = GLOBAL_WITH_VALUE.has(word) || form.withValue.includes(word);
        i += takesValue ? 2 : 1;
      } else break;
    }
    if (matched < form.path.length) continue;
    if (form.afterDashes) {
      const dashes = words.findIndex((w, k) => k >= i && w.value === '--');
      if (dashes < 0) return undefined;
      i = dashes + 1;
    } else {
      let targets = form.targets;
      while (i < words.length) {
        const word = words[i]!.value;
        if (word === '--') {
          i++;
          break;
        }
        if (word.startsWith('-') && word !== '-') {
          const name = word.startsWith('--') ? word.split('=')[0]! : word.slice(0, 2);
          const attached = word.startsWith('--') ? word.includes('=') : word.length > 2;
          i += form.withValue.includes(name) && !attached ? 2 : 1;
          continue;
        }
        if (targets === 0) break;
        targets--;
        i++;
      }
    }
    return i < words.length ? { next: i, wrapper: [program, ...form.path].join(' ') } : undefined;
  }
  return undefined;
}

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
      if (next !== undefined && syntax.operands) next += syntax.operands;
      if (next !== undefined && syntax.takesEnv) {
        while (next < rest.length && assignment(rest[next]!)) env.push(assignment(rest[next++]!)!);
      }
    } else if (remoteCommand(rest)) {
      const remote = remoteCommand(rest)!;
      wrapper = remote.wrapper;
      next = remote.next;
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
