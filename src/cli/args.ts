import { parseRuntime, RUNTIME_HELP, type RuntimeCommand } from './hook-args.js';

export type OutputFormat = 'text' | 'json' | 'markdown' | 'sarif';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'markdown', 'sarif'];

export interface CheckCommand {
  command: 'check';
  /** Directory of the repository; `.` when not given. */
  repo: string;
  base?: string;
  head?: string;
  /** Policy file path. */
  policy?: string;
  prAuthor?: string;
  branch?: string;
  /** Path of a file holding the pull request's body; the caller reads it. */
  prBodyFile?: string;
  /** Path of a `terraform show -json` plan to check with the change; the caller reads it. */
  terraformPlanFile?: string;
  /** Judge the index (`staged`) or the working tree (`worktree`) against `--base` (default `HEAD`). */
  local?: 'staged' | 'worktree';
  format: OutputFormat;
}

export interface ExplainCommand {
  command: 'explain';
  rule: string;
}

export interface HelpCommand {
  command: 'help';
}

export interface VersionCommand {
  command: 'version';
}

export interface GitHookCommand {
  command: 'hook-git';
  action: 'install';
  repo: string;
}

export interface InitCommand {
  command: 'init';
  repo: string;
  apply: boolean;
  actionRef?: string;
  githubRepo?: string;
  appId?: number;
}

export type Command =
  CheckCommand | ExplainCommand | HelpCommand | VersionCommand | GitHookCommand | InitCommand | RuntimeCommand;

/** Bad command line; `message` is one line, fit for `two-key: <message>` on stderr before exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const HELP_TEXT = `Usage:
  two-key check [--repo DIR] [--base REF] [--head REF] [--policy FILE]
                [--pr-author LOGIN] [--branch NAME] [--pr-body FILE]
                [--terraform-plan FILE] [--format text|json|markdown|sarif]
                [--staged | --worktree]
  two-key explain RULE
  two-key hook-git install [--repo DIR]
  two-key init [--repo DIR] [--action OWNER/REPO@v1] [--apply [--github-repo OWNER/NAME] [--app-id N]]
${RUNTIME_HELP}  two-key --help | --version

check    Inspects the change from the merge base of --base and --head to --head.
  --repo DIR        repository to read (default: the current directory)
  --base REF        base of the change (default: the default branch: origin/HEAD, main or master)
  --head REF        head of the change (default: HEAD)
  --policy FILE     policy file to apply
  --pr-author LOGIN pull request author, for agent detection and approval rules
  --branch NAME     head branch name (default: the branch --head names, if any)
  --pr-body FILE    file holding the pull request description, for agent markers
  --terraform-plan FILE
                    a plan as \`terraform show -json PLANFILE\` prints it: its deletes and
                    replacements of resources that hold data are checked with the change
  --format FORMAT   text (default), json, markdown or sarif
  --staged          judge what is staged for the next commit, against --base (default: HEAD)
  --worktree        judge the working tree, untracked files included, against --base (default: HEAD)
explain  Prints what a rule catches and how to get a change it flags approved.
init     Writes the gate's two workflows and a starter .github/two-key.yml (files that
         exist are kept) and prints the ruleset to apply; --apply creates or updates it
         through the API with the token in GITHUB_TOKEN (admin rights).
hook-git install
         Adds a git pre-commit hook that runs \`two-key check --staged\` (an existing
         hook of your own is left alone).

Exit status: 0 allow, 1 block, 2 bad input or internal error.
`;

type CheckOption =
  'repo' | 'base' | 'head' | 'policy' | 'pr-author' | 'branch' | 'pr-body' | 'terraform-plan' | 'format';

const CHECK_OPTIONS: ReadonlySet<string> = new Set<CheckOption>([
  'repo',
  'base',
  'head',
  'policy',
  'pr-author',
  'branch',
  'pr-body',
  'terraform-plan',
  'format',
]);

/** An argument as it can appear in a one-line message: control characters escaped, length capped. */
function show(arg: string): string {
  return JSON.stringify(arg.length > 80 ? `${arg.slice(0, 77)}...` : arg);
}

function isHelp(arg: string): boolean {
  return arg === '--help' || arg === '-h';
}

/** `--` alone, or anything but a lone `-`, starting with a dash, is an option rather than a value. */
function looksLikeOption(arg: string): boolean {
  return arg.startsWith('-') && arg !== '-';
}

function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (isHelp(arg)) return true;
  }
  return false;
}

function parseCheck(args: readonly string[]): CheckCommand {
  const values = new Map<CheckOption, string>();
  let local: 'staged' | 'worktree' | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      const extra = args[i + 1];
      if (extra !== undefined) throw new UsageError(`check takes no arguments, got ${show(extra)}`);
      break;
    }
    if (!arg.startsWith('--')) {
      if (looksLikeOption(arg)) throw new UsageError(`unknown option ${show(arg)} (see two-key --help)`);
      throw new UsageError(`check takes no arguments, got ${show(arg)}`);
    }
    if (arg === '--staged' || arg === '--worktree') {
      const mode = arg.slice(2) as 'staged' | 'worktree';
      if (local !== undefined) throw new UsageError(`--${local} and --${mode} cannot be combined`);
      local = mode;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (!CHECK_OPTIONS.has(name)) {
      throw new UsageError(`unknown option ${show(eq < 0 ? arg : arg.slice(0, eq))} (see two-key --help)`);
    }
    const option = name as CheckOption;
    let value: string | undefined;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = args[i + 1];
      if (next !== undefined && !looksLikeOption(next)) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') throw new UsageError(`option --${option} needs a value`);
    if (values.has(option)) throw new UsageError(`option --${option} given more than once`);
    values.set(option, value);
  }

  const format = values.get('format') ?? 'text';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`invalid --format ${show(format)}: expected text, json, markdown or sarif`);
  }
  const command: CheckCommand = { command: 'check', repo: values.get('repo') ?? '.', format: format as OutputFormat };
  const optional: [
    CheckOption,
    'base' | 'head' | 'policy' | 'prAuthor' | 'branch' | 'prBodyFile' | 'terraformPlanFile',
  ][] = [
    ['base', 'base'],
    ['head', 'head'],
    ['policy', 'policy'],
    ['pr-author', 'prAuthor'],
    ['branch', 'branch'],
    ['pr-body', 'prBodyFile'],
    ['terraform-plan', 'terraformPlanFile'],
  ];
  for (const [option, key] of optional) {
    const value = values.get(option);
    if (value !== undefined) command[key] = value;
  }
  if (local !== undefined) {
    if (command.head !== undefined)
      throw new UsageError(
        `--${local} judges the ${local === 'staged' ? 'index' : 'working tree'}: it takes no --head`,
      );
    command.local = local;
  }
  return command;
}

function parseExplain(args: readonly string[]): ExplainCommand {
  const rules: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      rules.push(...args.slice(i + 1));
      break;
    }
    if (looksLikeOption(arg)) throw new UsageError(`unknown option ${show(arg)} (see two-key --help)`);
    rules.push(arg);
  }
  const [rule, extra] = rules;
  if (rule === undefined || rule === '') {
    throw new UsageError('explain needs a rule id, as in: two-key explain sql/drop-table');
  }
  if (extra !== undefined) throw new UsageError(`explain takes one rule id, got also ${show(extra)}`);
  return { command: 'explain', rule };
}

/** Parses the arguments after the program name (`process.argv.slice(2)`). */
function parseInit(args: readonly string[]): InitCommand {
  const command: InitCommand = { command: 'init', repo: '.', apply: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--apply') {
      command.apply = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!['--repo', '--action', '--github-repo', '--app-id'].includes(name)) {
      throw new UsageError(`unknown argument ${show(arg)} (see two-key --help)`);
    }
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '' || (eq < 0 && looksLikeOption(value)))
      throw new UsageError(`option ${name} needs a value`);
    if (name === '--repo') command.repo = value;
    if (name === '--action') {
      if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+(\/[^@\s]+)?@[^\s]+$/.test(value)) {
        throw new UsageError(`invalid --action ${show(value)}: expected OWNER/REPO@REF`);
      }
      command.actionRef = value;
    }
    if (name === '--github-repo') {
      if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(value))
        throw new UsageError(`invalid --github-repo ${show(value)}: expected OWNER/NAME`);
      command.githubRepo = value;
    }
    if (name === '--app-id') {
      if (!/^[1-9][0-9]*$/.test(value))
        throw new UsageError(`invalid --app-id ${show(value)}: expected the App's numeric id`);
      command.appId = Number(value);
    }
  }
  return command;
}

function parseGitHook(args: readonly string[]): GitHookCommand {
  const [action, ...rest] = args;
  if (action !== 'install')
    throw new UsageError(`hook-git takes install, got ${action === undefined ? 'nothing' : show(action)}`);
  let repo = '.';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = arg === '--repo' ? rest[++i] : arg.startsWith('--repo=') ? arg.slice(7) : undefined;
    if (value === undefined || value === '') {
      throw new UsageError(
        arg === '--repo' || arg === '--repo='
          ? 'option --repo needs a value'
          : `unknown argument ${show(arg)} (see two-key --help)`,
      );
    }
    repo = value;
  }
  return { command: 'hook-git', action: 'install', repo };
}

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command: try two-key check, or two-key --help');
  if (isHelp(first) || first === 'help') return { command: 'help' };
  if (first === '--version') return { command: 'version' };
  if (first === 'check' || first === 'explain') {
    if (wantsHelp(rest)) return { command: 'help' };
    return first === 'check' ? parseCheck(rest) : parseExplain(rest);
  }
  if (first === 'init') {
    if (wantsHelp(rest)) return { command: 'help' };
    return parseInit(rest);
  }
  if (first === 'hook-git') {
    if (wantsHelp(rest)) return { command: 'help' };
    return parseGitHook(rest);
  }
  if (first === 'hook' || first === 'approve' || first === 'doctor') return parseRuntime(first, rest);
  if (looksLikeOption(first)) throw new UsageError(`unknown option ${show(first)} (see two-key --help)`);
  throw new UsageError(
    `unknown command ${show(first)}: expected check, explain, init, hook-git, hook, approve or doctor`,
  );
}
