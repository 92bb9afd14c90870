import type { ShellCommand } from '../../../parsers/shell/commands.js';
import type { Span } from '../../../core/types.js';
import { baseName } from '../../../parsers/shell/wrappers.js';

/**
 * Programs that run code they are given, as data: one row per family, so a newcomer adds an
 * interpreter with a row. Where the code comes from is what opaque-execution judges: an option's
 * value (`bash -c`, `python -c`, `node -e`), the script operand (`bash <(curl ...)`), or stdin
 * (`curl ... | python3 -`, `bash < <(wget ...)`).
 */
export interface Interpreter {
  programs: RegExp;
  /** An option whose value is the code itself; matched against the whole word (clusters such as `-xc`, `-ne` included). */
  codeOption?: RegExp;
  /** Options whose value is the next word and is not code (`-o pipefail`, `-r ./setup.js`). */
  valueOption?: RegExp;
  /** Options after which the program runs something else and reads no script (`python -m pip`). */
  runsOther?: RegExp;
  /** An option that makes it read the script from stdin whatever follows (`bash -s -- prod`). */
  stdinOption?: RegExp;
  /** Every argument is code (`eval`). */
  allCode?: boolean;
  /** Its first operand is a script file it runs. */
  scriptOperand: boolean;
  /** With no code option and no script operand (or `-`), it runs what stdin gives it. */
  readsStdin: boolean;
}

export const INTERPRETERS: readonly Interpreter[] = [
  {
    programs: /^(sh|bash|dash|ash|zsh|ksh|mksh|busybox-sh)$/,
    codeOption: /^-[a-zA-Z]*c[a-zA-Z]*$/,
    valueOption: /^([-+][oO]|--rcfile|--init-file)$/,
    stdinOption: /^-[a-zA-Z]*s[a-zA-Z]*$/,
    scriptOperand: true,
    readsStdin: true,
  },
  { programs: /^(source|\.)$/, scriptOperand: true, readsStdin: false },
  { programs: /^eval$/, allCode: true, scriptOperand: false, readsStdin: false },
  // PowerShell's Invoke-Expression: its arguments are code, or with none what the pipe hands it (`iwr … | iex`).
  { programs: /^(iex|invoke-expression)$/, allCode: true, scriptOperand: false, readsStdin: true },
  {
    programs: /^(pwsh|powershell|pwsh\.exe|powershell\.exe)$/,
    codeOption: /^-(c|command|com|comm|comma|comman)$/i,
    valueOption: /^-(ex|executionpolicy|wd|workingdirectory)$/i,
    scriptOperand: true,
    readsStdin: false,
  },
  {
    programs: /^(python|python[23](\.\d+)?|pypy3?)$/,
    codeOption: /^-[a-zA-Z]*c$/,
    valueOption: /^-[WX]$/,
    runsOther: /^-m$/,
    scriptOperand: true,
    readsStdin: true,
  },
  {
    programs: /^(node|nodejs)$/,
    codeOption: /^(-e|--eval|-p|--print|-pe)$/,
    valueOption: /^(-r|--require|--import|--loader|--experimental-loader|--input-type|-C|--conditions)$/,
    scriptOperand: true,
    readsStdin: true,
  },
  { programs: /^bun$/, codeOption: /^(-e|--eval|-p|--print)$/, scriptOperand: false, readsStdin: false },
  {
    programs: /^perl$/,
    codeOption: /^-[a-zA-Z0-9]*[eE]$/,
    valueOption: /^-[IM]$/,
    scriptOperand: true,
    readsStdin: true,
  },
  {
    programs: /^ruby$/,
    codeOption: /^-[a-zA-Z0-9]*e$/,
    valueOption: /^-[IrC]$/,
    scriptOperand: true,
    readsStdin: true,
  },
  {
    programs: /^php(\d+(\.\d+)?)?$/,
    codeOption: /^(-r|--run)$/,
    valueOption: /^(-d|-c)$/,
    scriptOperand: true,
    readsStdin: true,
  },
];

export function interpreterOf(command: ShellCommand): Interpreter | undefined {
  const program = baseName(command.argv[0] ?? '');
  return INTERPRETERS.find((row) => row.programs.test(program));
}

/** Where an interpreter's code comes from, by argv index (a word) or stdin. */
export type CodeSource = { kind: 'code'; index: number } | { kind: 'script'; index: number } | { kind: 'stdin' };

export function codeSourcesOf(command: ShellCommand, row: Interpreter): CodeSource[] {
  const argv = command.argv;
  if (row.allCode) {
    if (argv.length === 1 && row.readsStdin) return [{ kind: 'stdin' }];
    return argv.slice(1).map((_, i) => ({ kind: 'code', index: i + 1 }) as const);
  }
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (row.codeOption?.test(word)) return i + 1 < argv.length ? [{ kind: 'code', index: i + 1 }] : [];
    if (row.stdinOption?.test(word)) return [{ kind: 'stdin' }];
    if (row.runsOther?.test(word)) return [];
    if (row.valueOption?.test(word)) {
      i++;
      continue;
    }
    if (word === '-' || word === '/dev/stdin') return row.readsStdin ? [{ kind: 'stdin' }] : [];
    if (word === '--') {
      if (i + 1 < argv.length) return row.scriptOperand ? [{ kind: 'script', index: i + 1 }] : [];
      break;
    }
    if (/^[-+]./.test(word)) continue;
    return row.scriptOperand ? [{ kind: 'script', index: i }] : [];
  }
  return row.readsStdin ? [{ kind: 'stdin' }] : [];
}

/** Whether `inner` is written inside `outer` (a command inside a `$(...)` or `<(...)` word). */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Commands whose output is text fetched from elsewhere, which the change does not hold: URL
 * clients, and object storage read to stdout (`aws s3 cp s3://ops/x.sh -`, `gsutil cat`).
 */
export function downloaderOf(argv: readonly string[]): string | undefined {
  const program = baseName(argv[0] ?? '');
  if (/^(curl|wget|fetch|http|https|xh|iwr|invoke-webrequest|irm|invoke-restmethod)$/i.test(program)) return program;
  if (program === 'aws' && argv[1] === 's3' && argv[2] === 'cp' && argv.slice(3).includes('-')) return 'aws s3 cp';
  if (program === 'gsutil' && argv[1] === 'cat') return 'gsutil cat';
  if (program === 'gcloud' && argv[1] === 'storage' && argv[2] === 'cat') return 'gcloud storage cat';
  return undefined;
}

/**
 * Local tools whose output is their own shell set-up, written to be `eval`ed
 * (`eval "$(ssh-agent -s)"`, `eval "$(pyenv init -)"`): what runs is decided by the tool the
 * runner installed, not by text fetched at run time.
 */
export function printsShellSetup(argv: readonly string[]): boolean {
  const program = baseName(argv[0] ?? '');
  const sub = argv[1] ?? '';
  if (/^(ssh-agent|dircolors|keychain|gpg-agent)$/.test(program)) return true;
  if (/^(pyenv|rbenv|nodenv|goenv|jenv|phpenv|plenv|zoxide|starship|fnm|rtx|mise)$/.test(program))
    return /^(init|activate|env|virtualenv-init)$/.test(sub);
  if (program === 'brew') return sub === 'shellenv';
  if (program === 'direnv') return sub === 'export' || sub === 'hook';
  if (program === 'opam') return sub === 'env' || sub === 'config';
  if (program === 'conda' || program === 'micromamba' || program === 'mamba') return /^shell\./.test(sub);
  if (program === 'minikube') return sub === 'docker-env' || sub === 'podman-env';
  if (program === 'luarocks') return sub === 'path';
  return false;
}
