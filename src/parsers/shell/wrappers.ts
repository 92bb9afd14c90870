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
  /**
   * A command a wrapper is given as one string that a shell runs (`su -c 'dropdb x'`,
   * `flock -c '...'`, `watch 'dropdb x'`, `parallel 'dropdb {}' ::: a`): read as a script.
   */
  script?: ShellWord;
}

interface OptionSyntax {
  /** Options whose value is the next word, or attached (`-upostgres`, `--user=postgres`). */
  withValue: readonly string[];
  /** Whether `NAME=value` words after the options are environment for the command. */
  takesEnv?: boolean;
  /** Options that mean the wrapper does not run the command (`command -v`): stop unwrapping. */
  notRunning?: readonly string[];
  /** Options whose value is a command line a shell runs (`su -c`, `flock -c`, `env -S`, `nix-shell --run`). */
  commandOption?: readonly string[];
  /** Operands before the command: a duration (`timeout 30`), a lock file (`flock f`), a user (`gosu app`). */
  operands?: number;
  /** Operands that may come before the command option (`su postgres -c '...'`); default `operands`. */
  commandOptionAfter?: number;
  /** Without a command option, nothing after the operands runs as a command (`su postgres` opens a login shell). */
  onlyCommandOption?: boolean;
  /** The words are joined and run by a shell (`watch`, `parallel`): one word with spaces is a script. */
  joinsToShell?: boolean;
  /** A word that ends the command (`parallel dropdb :::: list.txt`). */
  endsAt?: RegExp;
  /** Words that only mark where the arguments given to the command start (`parallel dropdb ::: a b`). */
  argumentMarker?: RegExp;
}

/**
 * Wrappers that run their arguments as a command, with the options they accept: one row per
 * program, so a wrapper an attacker reaches for next is a row, not a special case.
 */
const WRAPPERS: Record<string, OptionSyntax> = {
  sudo: {
    withValue: ['-u', '-g', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '-R', '-h', '--user', '--group', '--prompt'],
    takesEnv: true,
  },
  doas: { withValue: ['-u', '-C'] },
  pkexec: { withValue: ['--user'] },
  su: {
    withValue: ['-s', '--shell', '-g', '--group', '-G', '--supp-group', '-w', '--whitelist-environment'],
    commandOption: ['-c', '--command', '--session-command'],
    operands: 1,
    onlyCommandOption: true,
  },
  runuser: {
    withValue: ['-u', '--user', '-s', '--shell', '-g', '--group', '-G', '--supp-group', '-w'],
    commandOption: ['-c', '--command', '--session-command'],
    commandOptionAfter: 1,
  },
  sg: { withValue: [], commandOption: ['-c'], operands: 1, joinsToShell: true },
  gosu: { withValue: [], operands: 1 },
  'su-exec': { withValue: [], operands: 1 },
  's6-setuidgid': { withValue: [], operands: 1 },
  setpriv: { withValue: ['--reuid', '--regid', '--groups', '--inh-caps', '--bounding-set', '--securebits'] },
  chpst: { withValue: ['-u', '-U', '-e', '-n', '-l', '-L', '-m', '-d', '-o', '-p', '-f', '-c'] },
  env: {
    withValue: ['-u', '-C', '--unset', '--chdir'],
    commandOption: ['-S', '--split-string'],
    takesEnv: true,
  },
  command: { withValue: [], notRunning: ['-v', '-V'] },
  builtin: { withValue: [] },
  exec: { withValue: ['-a'] },
  nohup: { withValue: [] },
  setsid: { withValue: [] },
  time: { withValue: ['-f', '-o', '--format', '--output'] },
  nice: { withValue: ['-n', '--adjustment'] },
  ionice: {
    withValue: ['-c', '--class', '-n', '--classdata', '-u', '--uid', '-P', '--pgid'],
    notRunning: ['-p', '--pid'],
  },
  chrt: { withValue: ['-T', '-P', '-D'], operands: 1, notRunning: ['-p', '--pid'] },
  taskset: { withValue: [], operands: 1, notRunning: ['-p', '--pid'] },
  stdbuf: { withValue: ['-i', '-o', '-e', '--input', '--output', '--error'] },
  unbuffer: { withValue: [] },
  timeout: { withValue: ['-s', '--signal', '-k', '--kill-after'], operands: 1 },
  flock: {
    withValue: ['-w', '--wait', '--timeout', '-E', '--conflict-exit-code'],
    commandOption: ['-c', '--command'],
    operands: 1,
  },
  chroot: { withValue: ['--userspec', '--groups'], operands: 1 },
  nsenter: { withValue: ['-t', '--target', '-S', '--setuid', '-G', '--setgid', '--wd', '-w', '--root', '-r'] },
  unshare: { withValue: ['--propagation', '--setgroups', '--map-user', '--map-group'] },
  'systemd-run': {
    withValue: [
      '-u',
      '--unit',
      '-p',
      '--property',
      '-E',
      '--setenv',
      '-M',
      '--machine',
      '-H',
      '--host',
      '--uid',
      '--gid',
      '--nice',
      '--working-directory',
      '--description',
      '--slice',
      '--on-calendar',
      '--on-active',
      '--timer-property',
    ],
  },
  'systemd-inhibit': { withValue: ['--what', '--who', '--why', '--mode'] },
  caffeinate: { withValue: ['-t', '-w'] },
  'xvfb-run': {
    withValue: [
      '-n',
      '--server-num',
      '-s',
      '--server-args',
      '-f',
      '--auth-file',
      '-e',
      '--error-file',
      '-p',
      '--xauth-protocol',
    ],
  },
  faketime: { withValue: ['-m', '-f'], operands: 1 },
  strace: { withValue: ['-o', '-e', '-p', '-s', '-u', '-E'] },
  ltrace: { withValue: ['-o', '-e', '-p', '-s', '-u'] },
  tini: { withValue: ['-p', '-e'] },
  'dumb-init': { withValue: ['-r', '--rewrite'] },
  proxychains: { withValue: ['-f'] },
  proxychains4: { withValue: ['-f'] },
  torsocks: { withValue: ['-u', '-p', '-a', '-P'] },
  firejail: { withValue: [] },
  catchsegv: { withValue: [] },
  busybox: { withValue: [] },
  screen: { withValue: ['-S', '-c', '-t', '-p', '-T', '-e', '-h', '-Logfile'] },
  script: {
    withValue: ['-E', '--echo', '-I', '--log-in', '-O', '--log-out', '-T', '--log-timing', '-B', '--log-io'],
    commandOption: ['-c', '--command'],
    onlyCommandOption: true,
  },
  envdir: { withValue: [], operands: 1 },
  dotenv: { withValue: ['-e', '-c', '-v'] },
  retry: { withValue: ['-t', '--tries', '-d', '--delay', '-m', '--min', '-x', '--max', '--until'] },
  watch: {
    withValue: ['-n', '--interval', '-q', '--equexit', '-g'],
    joinsToShell: true,
  },
  parallel: {
    withValue: [
      '-j',
      '--jobs',
      '-S',
      '--sshlogin',
      '-a',
      '--arg-file',
      '--delay',
      '--timeout',
      '--joblog',
      '--results',
      '-N',
      '-n',
      '--colsep',
      '-d',
      '--delimiter',
      '-I',
      '--tmpdir',
      '--workdir',
      '-L',
      '--max-lines',
      '--sshloginfile',
      '--retries',
      '--tag-string',
      '-E',
    ],
    joinsToShell: true,
    // `parallel dropdb ::: a b` runs `dropdb a`, `dropdb b`: the arguments stay, the marker goes; `::::` names files.
    argumentMarker: /^:::\+?$/,
    endsAt: /^::::\+?$/,
  },
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
  'nix-shell': {
    withValue: ['-p', '--packages', '-I', '--arg', '--argstr', '-A', '--attr'],
    commandOption: ['--run', '--command'],
    onlyCommandOption: true,
  },
};

/** The programs the wrapper table knows, for the cheap tests that skip a wrapper to find the program. */
export const WRAPPER_PROGRAMS: ReadonlySet<string> = new Set(Object.keys(WRAPPERS));

/**
 * Tools whose subcommand runs another command with their own options: secret injectors
 * (`doppler run --`, `op run --`, `aws-vault exec prod --`), environment managers (`uv run`,
 * `poetry run`, `mise exec`), `nix develop -c`.
 */
const SUBCOMMAND_WRAPPERS: Record<string, Record<string, OptionSyntax>> = {
  doppler: { run: { withValue: ['-p', '--project', '-c', '--config', '--token', '--mount', '--command'] } },
  op: { run: { withValue: ['--env-file', '--account'] } },
  infisical: {
    run: { withValue: ['--env', '--path', '--projectId', '--token', '--domain'], commandOption: ['--command'] },
  },
  dotenvx: { run: { withValue: ['-f', '--env-file', '-e', '--env', '--convention'] } },
  'aws-vault': { exec: { withValue: ['-d', '--duration', '-t', '--mfa-token', '-r', '--region'], operands: 1 } },
  chamber: { exec: { withValue: ['-b', '--backend'], operands: 0 } },
  uv: {
    run: {
      withValue: [
        '--with',
        '--python',
        '-p',
        '--env-file',
        '--project',
        '--directory',
        '--package',
        '--extra',
        '--group',
        '--index',
        '--index-url',
      ],
    },
  },
  poetry: { run: { withValue: ['-C', '--directory', '-P', '--project'] } },
  pipenv: { run: { withValue: [] } },
  pdm: { run: { withValue: ['-p', '--project'] } },
  hatch: { run: { withValue: [] } },
  conda: { run: { withValue: ['-n', '--name', '-p', '--prefix', '--cwd'] } },
  mamba: { run: { withValue: ['-n', '--name', '-p', '--prefix'] } },
  micromamba: { run: { withValue: ['-n', '--name', '-p', '--prefix'] } },
  mise: { exec: { withValue: ['-C', '--cd', '-j', '--jobs'] }, x: { withValue: ['-C', '--cd', '-j', '--jobs'] } },
  asdf: { exec: { withValue: [] } },
  rbenv: { exec: { withValue: [] } },
  pyenv: { exec: { withValue: [] } },
  direnv: { exec: { withValue: [], operands: 1 } },
  devbox: { run: { withValue: ['-c', '--config', '-e', '--env', '--env-file'] } },
  nix: {
    develop: { withValue: ['-i', '--keep', '--unset'], commandOption: ['-c', '--command'], onlyCommandOption: true },
  },
  sops: { 'exec-env': { withValue: [], operands: 1, joinsToShell: true } },
  tmux: {
    'new-session': { withValue: ['-s', '-n', '-c', '-t', '-x', '-y', '-e', '-F'], joinsToShell: true },
    new: { withValue: ['-s', '-n', '-c', '-t', '-x', '-y', '-e', '-F'], joinsToShell: true },
    'new-window': { withValue: ['-n', '-c', '-t', '-e', '-F'], joinsToShell: true },
  },
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
const KUBECTL_RUN = [
  '-n',
  '--namespace',
  '--context',
  '--kubeconfig',
  '--image',
  '--env',
  '--labels',
  '-l',
  '--overrides',
  '--restart',
  '--serviceaccount',
  '--port',
  '--image-pull-policy',
  '--annotations',
  '--pod-running-timeout',
  '--target',
  '-c',
  '--container',
  '--profile',
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
    // `kubectl run tmp --rm -i --image=postgres -- psql ...`: a throwaway pod in the cluster runs it.
    { path: ['run'], withValue: KUBECTL_RUN, targets: 0, afterDashes: true },
    { path: ['debug'], withValue: KUBECTL_RUN, targets: 0, afterDashes: true },
  ],
  oc: [
    { path: ['exec'], withValue: ['-n', '--namespace', '-c', '--container'], targets: 0, afterDashes: true },
    { path: ['run'], withValue: KUBECTL_RUN, targets: 0, afterDashes: true },
    { path: ['debug'], withValue: KUBECTL_RUN, targets: 0, afterDashes: true },
  ],
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
    const sub = SUBCOMMAND_WRAPPERS[name]?.[rest[1]!.value];
    const syntax = WRAPPERS[name] ?? sub;
    let wrapper = sub ? `${name} ${rest[1]!.value}` : name;
    let next: number | undefined;
    if (syntax) {
      const read = readWrapper(rest, sub ? 2 : 1, syntax);
      // The wrapper is then the command, as `bash -c` is, and its script's commands are read after it.
      if (read?.script) return { words: rest, wrappers, env, script: read.script };
      next = read?.next;
      if (next !== undefined && syntax.takesEnv) {
        while (next < rest.length && assignment(rest[next]!)) env.push(assignment(rest[next++]!)!);
      }
      if (next !== undefined && syntax.endsAt) {
        const end = rest.findIndex((w, k) => k >= next! && syntax.endsAt!.test(w.value));
        if (end >= 0) rest = rest.slice(0, end);
      }
      // `watch 'dropdb shop'`, `parallel 'dropdb {}' ::: a`: one word that a shell splits and runs.
      const after = next === undefined ? undefined : rest[next + 1]?.value;
      const alone = after === undefined || (syntax.argumentMarker?.test(after) ?? false);
      if (next !== undefined && syntax.joinsToShell && next < rest.length && alone && /\s/.test(rest[next]!.value)) {
        return { words: rest, wrappers, env, script: rest[next]! };
      }
      if (next !== undefined && syntax.argumentMarker) {
        const from = next;
        rest = rest.filter((w, k) => k < from || !syntax.argumentMarker!.test(w.value));
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

/**
 * Where a wrapper's command starts (after its options and leading operands), or the command line
 * it was given as an option's value; undefined when it runs no command.
 */
function readWrapper(
  words: readonly ShellWord[],
  from: number,
  syntax: OptionSyntax,
): { next?: number; script?: ShellWord } | undefined {
  // A command option may come after the operands (`su postgres -c '...'`, `flock /tmp/l -c '...'`).
  const script = commandOptionValue(words, from, syntax);
  if (script) return { script };
  if (syntax.onlyCommandOption) return undefined;
  let next = skipOptions(words, from, syntax);
  for (let k = 0; next !== undefined && k < (syntax.operands ?? 0); k++) {
    next = next < words.length ? skipOptions(words, next + 1, syntax) : undefined;
  }
  return next === undefined ? undefined : { next };
}

/** The value of the wrapper's command option, looked for before the command starts. */
function commandOptionValue(words: readonly ShellWord[], from: number, syntax: OptionSyntax): ShellWord | undefined {
  if (!syntax.commandOption) return undefined;
  let operands = syntax.commandOptionAfter ?? syntax.operands ?? 0;
  for (let i = from; i < words.length; i++) {
    const word = words[i]!.value;
    if (word === '--') return undefined;
    const name = word.startsWith('--') ? word.split('=')[0]! : word;
    if (syntax.commandOption.includes(name)) {
      if (word.includes('=') && word.startsWith('--')) return sliceWord(words[i]!, name.length + 1);
      return words[i + 1];
    }
    // `-c'dropdb x'` is rare; an attached short value is read too.
    const short = syntax.commandOption.find((o) => /^-\w$/.test(o) && word.startsWith(o) && word.length > 2);
    if (short && !word.startsWith('--')) return sliceWord(words[i]!, 2);
    if (word.startsWith('-') && word !== '-') {
      if (syntax.withValue.includes(name) && !word.includes('=')) i++;
      continue;
    }
    // `su - postgres`: `-` is a login flag; a user or lock file is an operand; anything else is the command.
    if (word === '-') continue;
    if (operands-- > 0) continue;
    if (!syntax.onlyCommandOption) return undefined;
  }
  return undefined;
}

/** The rest of a word after its first `skip` characters: the value of `--command=...`. */
function sliceWord(word: ShellWord, skip: number): ShellWord {
  return {
    ...word,
    value: word.value.slice(skip),
    script: word.script.slice(skip),
    scriptOffsets: word.scriptOffsets.slice(skip),
  };
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
