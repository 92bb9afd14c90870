import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import { fromOffsets, mapSpan, type OffsetMap } from '../offset-map.js';
import { parserFor } from '../tree-sitter/loader.js';
import { expandCalls, fill, finalize, POSITIONAL_ALL, positional, type Definitions } from './functions.js';
import { inlineCodeScripts } from './inline-code.js';
import { crontabReadsStdin, crontabScript } from './crontab.js';
import { expectCommandText } from './expect.js';
import { parsePowerShell } from './powershell.js';
import { findExecCommands, listedItems } from './per-file.js';
import { pipedText } from './pipes.js';
import { baseName, REMOTE_WRAPPERS, unwrap } from './wrappers.js';
import { decodeHeredoc, decodeWord, DYNAMIC, type ExpansionResolver, type ShellWord } from './words.js';

export { DYNAMIC, isDynamic } from './words.js';

export interface EnvAssignment {
  name: string;
  /** Quotes removed; DYNAMIC where an expansion is. */
  value: string;
  span: Span;
}

/** Text a command reads: a heredoc, a here-string, or literal text piped into it. */
export interface ShellText {
  text: string;
  /** Offset in the text -> offset in the snippet the command was read from. */
  map: OffsetMap;
}

/** A simple command the shell runs, with its wrappers (`sudo`, `npx`) taken off. */
export interface ShellCommand {
  /** What the program receives: quotes removed, escapes resolved, DYNAMIC where an expansion is. */
  argv: string[];
  /** Where each word of argv is. */
  argSpans: Span[];
  /**
   * The whole simple command, assignments and wrappers included: the unit a production finding
   * on the same command pairs with. A command reached through a function call is listed once at
   * the call and once at the body's command, each with its own span.
   */
  span: Span;
  /** `NAME=value` before the command or given through `env`/`sudo`, outermost first. */
  envAssignments: EnvAssignment[];
  /** Wrappers taken off, outermost first; a command read from a `bash -c` string lists the shell too. */
  wrappers: string[];
  /** Its stdin when the snippet spells it (heredoc, here-string, `echo '...' |`, decoded through `rev`/`base64 -d`). */
  stdin?: ShellText;
  /** Where a `<` redirect reads its stdin from: a file, or a process substitution (`bash < <(curl ...)`); or its here-string. */
  stdinFrom?: Span;
  /** The file its standard output is written to (`curl ... > install.sh`, `base64 -d >> x`), as the shell names it. */
  stdoutTo?: { path: string; span: Span };
  /** The argv of the commands piping into it, nearest first: `curl ... | sh` gives sh `[['curl', ...]]`. */
  upstream: string[][];
  /** The functions and aliases defined in the snippet that this command was reached through, outermost first. */
  calledThrough: string[];
  /**
   * The statements that assigned the variables its words expand (`ACTION="${ACTION:-destroy}"`
   * for `terraform $ACTION`): a finding on the command is also reported there, where the
   * destructive word or the production name is written.
   */
  via?: Span[];
}

/** `NAME=value`, `export NAME=value`, `local NAME=value` written as a statement of its own. */
export interface VariableAssignment {
  name: string;
  /** Quotes removed; DYNAMIC where an expansion is. */
  value: string;
  /** The literal of `${NAME:-literal}` when the value is that one expansion: what it is unless the caller sets NAME. */
  fallback?: string;
  /** A statement of the script itself (`X=1`, `export X=1`), not one inside a branch, loop, list or function that may not run. */
  unconditional?: boolean;
  span: Span;
}

export interface ShellParse {
  /** In the order they are written; a command inside another (`$(...)`, `bash -c`) comes after it. */
  commands: ShellCommand[];
  /** Statements that set a variable for the rest of the snippet, in the order they are written (not those inside `bash -c`). */
  assignments: VariableAssignment[];
  /** Offset of the first syntax error; the commands around it are read as far as the parser could. */
  syntaxError?: number;
  /** The bodies of the functions the snippet defines: what runs there runs only when called. */
  functionBodies?: Span[];
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);

/** A `bash -c` string inside a `bash -c` string inside ...; deeper nesting is not read. */
const MAX_DEPTH = 8;

/**
 * Reads the simple commands of a shell snippet: through pipelines, lists, subshells, compound
 * statements, function bodies, command and process substitutions, `sh -c` strings, `eval` of
 * literals, heredocs and literal text piped to a shell. Variables assigned a literal in the
 * snippet are substituted (`$DB`, `${DB:?}`); calls of functions and aliases defined in it are
 * expanded with their arguments. Offsets are UTF-16 positions in `text`. Needs
 * loadGrammar('bash'); never throws on bad input.
 */
export function parseShell(text: string): ShellParse {
  const parsed = parseAt(text, 0);
  return { ...parsed, commands: parsed.commands.map(finalize) };
}

function parseAt(text: string, depth: number): ShellParse {
  const tree = parserFor('bash').parse(withoutAliasEscapes(text));
  if (!tree) return { commands: [], assignments: [], syntaxError: 0 };
  try {
    return new SnippetReader(text, depth).read(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/**
 * `\\dropdb` at the start of a line only skips aliases, but the grammar joins it to the line
 * before as one word; a space of the same length keeps every offset and the command's meaning.
 */
function withoutAliasEscapes(text: string): string {
  return text.replace(/(^|\n)([ \t]*)\\(?=[A-Za-z_])/g, '$1$2 ');
}

class SnippetReader {
  private readonly commands: ShellCommand[] = [];
  private readonly assignments: VariableAssignment[] = [];
  /** Variables by name: the literal last assigned, or undefined once a value is decided at run time. */
  private readonly variables = new Map<string, string | undefined>();
  /** Where each variable was last assigned. */
  private readonly assignedAt = new Map<string, Span>();
  /** The assignments the words being decoded expanded, while a command is read. */
  private via: Span[] | undefined;
  private readonly definitions: Definitions = { functions: new Map(), aliases: new Map() };
  /** The first command read from each command node, to find what pipes into a command. */
  private readonly byNode = new Map<number, ShellCommand>();
  private syntaxError: number | undefined;

  constructor(
    private readonly text: string,
    private readonly depth: number,
  ) {}

  read(root: Node): ShellParse {
    // Iterative and in source order, because a generated script can nest deeper than the call
    // stack, and a variable counts from where it is assigned.
    const stack: Node[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      this.visit(node);
      for (let i = node.childCount - 1; i >= 0; i--) stack.push(node.child(i)!);
    }
    const expanded = expandCalls(this.commands, this.definitions);
    const commands = [...this.commands, ...expanded].sort((a, b) => a.span.start - b.span.start);
    const assignments = this.assignments;
    const functionBodies = [...this.definitions.functions.values()];
    return {
      commands,
      assignments,
      ...(this.syntaxError === undefined ? {} : { syntaxError: this.syntaxError }),
      ...(functionBodies.length ? { functionBodies } : {}),
    };
  }

  private visit(node: Node): void {
    const error = errorOffset(node);
    if (error !== undefined && (this.syntaxError === undefined || error < this.syntaxError)) this.syntaxError = error;
    switch (node.type) {
      case 'variable_assignment':
        if (node.parent?.type !== 'command') this.assign(node);
        return;
      case 'for_statement': {
        const variable = node.childForFieldName('variable')?.text;
        if (variable) this.variables.set(variable, undefined);
        return;
      }
      case 'function_definition': {
        const name = node.childForFieldName('name')?.text;
        const body = node.childForFieldName('body');
        if (name && body) this.definitions.functions.set(name, { start: body.startIndex, end: body.endIndex });
        return;
      }
      case 'command':
        this.readCommand(node);
        return;
    }
  }

  private assign(node: Node): void {
    const name = node.childForFieldName('name')?.text;
    if (!name) return;
    const value = node.childForFieldName('value');
    const decoded = value ? decodeWord(value, this.text, this.resolver).value : '';
    this.variables.set(name, decoded.includes(DYNAMIC) ? undefined : decoded);
    this.assignedAt.set(name, { start: node.startIndex, end: node.endIndex });
    const fallback = value ? fallbackOf(value) : undefined;
    this.assignments.push({
      name,
      value: decoded,
      ...(fallback !== undefined ? { fallback } : {}),
      ...(isUnconditional(node) ? { unconditional: true } : {}),
      span: { start: node.startIndex, end: node.endIndex },
    });
  }

  /** `$DB`, `${DB}`, `${DB:?}` of a variable assigned a literal; `$1`, `$@` as markers a function call fills. */
  private readonly resolver: ExpansionResolver = (node) => {
    if (node.type !== 'simple_expansion' && node.type !== 'expansion') return undefined;
    const variable = node.namedChildren.find((c) => c?.type === 'variable_name' || c?.type === 'special_variable_name');
    if (!variable) return undefined;
    const operator = node.childForFieldName('operator')?.text;
    const extra = node.namedChildren.filter((c) => c !== variable && c?.type !== 'variable_name');
    if (variable.type === 'special_variable_name') {
      return (variable.text === '@' || variable.text === '*') && !operator ? POSITIONAL_ALL : undefined;
    }
    if (/^\d+$/.test(variable.text)) return operator || extra.length ? undefined : positional(Number(variable.text));
    // `${DB:?message}` fails when DB is empty, else is DB; `${DB:-x}` is DB when DB is set.
    if (operator !== undefined && ![':?', '?', ':-', '-', ':=', '='].includes(operator)) return undefined;
    if (operator === undefined && extra.length) return undefined;
    if (!this.variables.has(variable.text) && operator !== undefined && DEFAULTS.includes(operator)) {
      return this.defaultOf(extra);
    }
    const value = this.variables.get(variable.text);
    const at = this.assignedAt.get(variable.text);
    if (value !== undefined && !value.startsWith('-') && at && this.via && !this.via.includes(at)) this.via.push(at);
    return value;
  };

  /**
   * `${ACTION:-destroy}` of a variable the snippet never sets is its default unless the caller
   * sets it, so the default is what runs by default. A default that would make the command look
   * harmless (a local host, a test database, a URL or path) is not taken: the caller that runs it
   * for real sets the variable.
   */
  private defaultOf(parts: readonly (Node | null)[]): string | undefined {
    let value = '';
    for (const part of parts) {
      if (!part) return undefined;
      const decoded = decodeWord(part, this.text, this.resolver).value;
      if (decoded.includes(DYNAMIC)) return undefined;
      value += decoded;
    }
    if (!/^[A-Za-z0-9_.-]+$/.test(value) || isLocalLooking(value)) return undefined;
    return value;
  }

  /** The command, then the commands of a script it runs (`sh -c`, `eval`, a heredoc or pipe fed to a shell). */
  private readCommand(node: Node): void {
    const words: ShellWord[] = [];
    const env: EnvAssignment[] = [];
    const via: Span[] = [];
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i)!;
      const field = node.fieldNameForChild(i);
      if (child.type === 'variable_assignment') env.push(this.readAssignment(child));
      else if (field === 'name' || field === 'argument') {
        // An option's value (`--region "$REGION"`) says how, not what: only operands count as via.
        const previous = words[words.length - 1]?.value;
        this.via = previous !== undefined && /^-[^=]*$/.test(previous) ? undefined : via;
        words.push(decodeWord(child, this.text, this.resolver));
      }
    }
    this.via = undefined;
    if (!words.length) return;
    const unwrapped = unwrap(words);
    const upstream = this.upstreamOf(node);
    const stdin = this.stdinOf(node) ?? pipedText(upstream);
    const stdinFrom = stdinRedirectOf(node);
    const stdoutTo = this.stdoutRedirectOf(node);
    // `ls /data | xargs rm -rf`: xargs hands the command what the listing printed.
    const handed =
      unwrapped.wrappers.includes('xargs') && upstream[0] ? listedItems(upstream[0].argv, upstream[0].argSpans) : [];
    const command: ShellCommand = {
      argv: [...unwrapped.words.map((w) => w.value), ...handed.map((h) => h.value)],
      argSpans: [...unwrapped.words.map((w) => w.span), ...handed.map((h) => h.span)],
      span: { start: node.startIndex, end: node.endIndex },
      envAssignments: [...env, ...unwrapped.env.map(({ name, value, word }) => ({ name, value, span: word.span }))],
      wrappers: unwrapped.wrappers,
      upstream: upstream.map((c) => c.argv),
      calledThrough: [],
      ...(stdin ? { stdin } : {}),
      ...(stdinFrom ? { stdinFrom } : {}),
      ...(stdoutTo ? { stdoutTo } : {}),
      ...(via.length ? { via } : {}),
    };
    this.byNode.set(node.id, command);
    this.commands.push(command);
    this.define(command);
    this.readScript(command, unwrapped.script ? wordScript(unwrapped.script) : scriptOf(unwrapped.words, command));
    // `python3 -c "import os; os.system('dropdb x')"`: the command lines the inline code runs.
    for (const inline of inlineCodeScripts(unwrapped.words)) this.readScript(command, inline);
    // `pwsh -Command 'Remove-Item …'`, `powershell -EncodedCommand …`: PowerShell, read as such.
    const powershell = powerShellScript(unwrapped.words);
    if (powershell) this.readScript(command, { ...powershell, powershell: true });
    // `find /data -exec rm -rf {} +`: the command find runs on every file it finds.
    for (const words of findExecCommands(unwrapped.words)) {
      const inner = unwrap(words);
      const run: ShellCommand = {
        ...command,
        argv: inner.words.map((w) => w.value),
        argSpans: inner.words.map((w) => w.span),
        envAssignments: [
          ...command.envAssignments,
          ...inner.env.map(({ name, value, word }) => ({ name, value, span: word.span })),
        ],
        wrappers: [...command.wrappers, 'find -exec', ...inner.wrappers],
      };
      this.commands.push(run);
      this.readScript(run, inner.script ? wordScript(inner.script) : scriptOf(inner.words, run));
    }
  }

  /** The commands of a script the command runs, at their places in the snippet. */
  private readScript(command: ShellCommand, script: Script | undefined): void {
    if (!script || this.depth >= MAX_DEPTH) return;
    const parsed = script.powershell ? parsePowerShell(script.text) : parseAt(script.text, this.depth + 1);
    for (const inner of parsed.commands) {
      // `sh -c 'rm -rf "$1"' _ /data`: the words after the script are its `$0`, `$1`, ...
      const filled = script.args ? { ...inner, argv: fill(inner.argv, script.args) } : inner;
      this.commands.push(inherit(command, remap(filled, script.map)));
    }
  }

  /** `alias kd='kubectl delete'` and `read VAR` change what later words mean. */
  private define(command: ShellCommand): void {
    const program = command.argv[0];
    if (program === 'alias') {
      for (const arg of command.argv.slice(1)) {
        const eq = arg.indexOf('=');
        if (eq <= 0) continue;
        const first = parseAt(arg.slice(eq + 1), MAX_DEPTH).commands[0];
        if (first) this.definitions.aliases.set(arg.slice(0, eq), first.argv);
      }
    } else if (program === 'read' || program === 'mapfile' || program === 'readarray') {
      for (const arg of command.argv.slice(1)) if (/^[A-Za-z_]\w*$/.test(arg)) this.variables.set(arg, undefined);
    }
  }

  private readAssignment(node: Node): EnvAssignment {
    const name = node.childForFieldName('name')?.text ?? '';
    const value = node.childForFieldName('value');
    return {
      name,
      value: value ? decodeWord(value, this.text, this.resolver).value : '',
      span: { start: node.startIndex, end: node.endIndex },
    };
  }

  /** The commands piping into this one, nearest first, as far as they were read. */
  private upstreamOf(node: Node): ShellCommand[] {
    const found: ShellCommand[] = [];
    let current: Node | null = node;
    while (current) {
      const pipeline: Node | null = current.parent;
      if (pipeline?.type !== 'pipeline') break;
      let previous: Node | null = current.previousNamedSibling;
      // `cat <<EOF | sh`: the grammar hangs the pipe off the heredoc of the command before it.
      if (!previous && pipeline.parent?.type === 'heredoc_redirect') {
        previous = pipeline.parent.parent?.childForFieldName('body') ?? null;
      }
      const command = previous ? this.commandIn(previous) : undefined;
      if (!command) break;
      found.push(command);
      current = previous;
    }
    return found;
  }

  private commandIn(node: Node): ShellCommand | undefined {
    if (node.type === 'command') return this.byNode.get(node.id);
    if (node.type === 'redirected_statement') {
      const body = node.childForFieldName('body');
      return body ? this.commandIn(body) : undefined;
    }
    // `(crontab -l; echo '…') | crontab -`: the group's last command is the one whose output ends the stream.
    if (node.type === 'subshell' || node.type === 'compound_statement') {
      for (let k = node.namedChildCount - 1; k >= 0; k--) {
        const inner = node.namedChild(k);
        const command = inner ? this.commandIn(inner) : undefined;
        if (command) return command;
      }
    }
    return undefined;
  }

  /** The file a `>`/`>>` redirect sends the command's output to; a pipeline's redirect belongs to its last command. */
  private stdoutRedirectOf(node: Node): { path: string; span: Span } | undefined {
    const holders = [node];
    let parent = node.parent;
    if (parent?.type === 'pipeline' && parent.lastNamedChild?.id === node.id) {
      holders.push(parent);
      parent = parent.parent;
    }
    if (parent?.type === 'redirected_statement') holders.push(parent);
    for (const holder of holders) {
      for (const redirect of holder.children) {
        if (redirect?.type !== 'file_redirect') continue;
        const descriptor = redirect.childForFieldName('descriptor')?.text;
        if (descriptor !== undefined && descriptor !== '1') continue;
        if (!redirect.children.some((c) => c && /^(>|>>|>\||&>|&>>)$/.test(c.text))) continue;
        const destination = redirect.childForFieldName('destination');
        if (!destination) continue;
        const word = decodeWord(destination, this.text, this.resolver);
        return { path: word.value, span: word.span };
      }
    }
    return undefined;
  }

  /** A heredoc or here-string given to the command. */
  private stdinOf(node: Node): ShellText | undefined {
    const holders = [node];
    if (node.parent?.type === 'redirected_statement') holders.push(node.parent);
    for (const holder of holders) {
      for (const redirect of holder.children) {
        if (redirect?.type === 'herestring_redirect' && redirect.namedChild(0)) {
          return asText(decodeWord(redirect.namedChild(0)!, this.text, this.resolver));
        }
        if (redirect?.type !== 'heredoc_redirect') continue;
        const body = redirect.namedChildren.find((c) => c?.type === 'heredoc_body');
        const start = redirect.namedChildren.find((c) => c?.type === 'heredoc_start');
        if (!body) continue;
        const expands = !/['"\\]/.test(start?.text ?? '');
        return asText(decodeHeredoc(body, this.text, expands, this.resolver));
      }
    }
    return undefined;
  }
}

const DEFAULTS = [':-', '-', ':=', '='];

/** The source of a `<` redirect on the command (`bash < <(curl ...)`, `psql < dump.sql`), or its here-string (`sh <<< "$(curl ...)"`). */
function stdinRedirectOf(node: Node): Span | undefined {
  const holders = [node];
  if (node.parent?.type === 'redirected_statement') holders.push(node.parent);
  for (const holder of holders) {
    for (const redirect of holder.children) {
      const string = redirect?.type === 'herestring_redirect' ? redirect.namedChild(0) : null;
      if (string) return { start: string.startIndex, end: string.endIndex };
      if (redirect?.type !== 'file_redirect' || !redirect.children.some((c) => c?.text === '<')) continue;
      const source = redirect.childForFieldName('destination') ?? redirect.namedChildren[redirect.namedChildCount - 1];
      if (source) return { start: source.startIndex, end: source.endIndex };
    }
  }
  return undefined;
}

/** A value that points at this machine or a throwaway database: `localhost`, `app_test`, `dev`. */
function isLocalLooking(value: string): boolean {
  return (
    /(^|[_\-.])(localhost|local|test|tests|testing|e2e|ci|dev|development)([_\-.]|$)/i.test(value) ||
    /^127\./.test(value)
  );
}

/** `${X:-literal}`, `"${X:=literal}"`: the literal, when the value is that one expansion and the literal has no expansion in it. */
function fallbackOf(value: Node): string | undefined {
  const expansion = value.type === 'string' && value.namedChildCount === 1 ? value.namedChild(0) : value;
  if (expansion?.type !== 'expansion') return undefined;
  const operator = expansion.childForFieldName('operator');
  if (!operator || ![':-', '-', ':=', '='].includes(operator.text)) return undefined;
  const literal = expansion.text.slice(operator.endIndex - expansion.startIndex, -1);
  const unquoted = /^(["'])(.*)\1$/s.exec(literal)?.[2] ?? literal;
  return /[$`"'\\]/.test(unquoted) ? undefined : unquoted;
}

function asText(word: ShellWord): ShellText {
  return { text: word.value, map: fromOffsets(word.scriptOffsets.length ? word.scriptOffsets : [word.span.start]) };
}

/**
 * Where a syntax error is: an ERROR node often begins with commands that are fine, so the error
 * is its first token that no construct explains (a stray `if`, an unclosed quote).
 */
function errorOffset(node: Node): number | undefined {
  if (node.isMissing) return node.startIndex;
  if (!node.isError) return undefined;
  let nested = false;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i)!;
    if (!child.isNamed) return child.startIndex;
    nested ||= child.hasError;
  }
  // An error further in is found when the walk reaches it.
  return nested ? undefined : node.startIndex;
}

/** The script a command runs: `bash -c 'script'`, `eval 'literal'`, or a heredoc or pipe fed to a shell. */
/** A script a command runs, with the arguments it is run with (`$0`, `$1`, ... of `sh -c script a b`). */
interface Script {
  text: string;
  map: OffsetMap;
  args?: string[];
  /** The script is PowerShell. */
  powershell?: boolean;
}

/** `pwsh -c '…'`, `powershell.exe -Command "…"`, `pwsh -EncodedCommand <base64 UTF-16>`: the PowerShell it runs. */
function powerShellScript(words: readonly ShellWord[]): Script | undefined {
  if (!/^(pwsh|powershell)(\.exe)?$/i.test(baseName(words[0]?.value ?? ''))) return undefined;
  for (let i = 1; i < words.length - 1; i++) {
    const option = words[i]!.value.toLowerCase();
    if (/^-(c|command|com|comm|comma|comman)$/.test(option)) {
      // `-Command` takes the rest of the line as one script.
      const rest = words.slice(i + 1);
      return rest.length === 1 ? wordScript(rest[0]!) : evalScript(rest);
    }
    if (/^-(e|ec|en|enc|encodedcommand|encoded\w*)$/.test(option)) {
      const word = words[i + 1]!;
      const decoded = Buffer.from(word.value, 'base64').toString('utf16le');
      return { text: decoded, map: () => word.span.start };
    }
  }
  return undefined;
}

function scriptOf(words: readonly ShellWord[], command: ShellCommand): Script | undefined {
  const program = baseName(words[0]?.value ?? '');
  if (program === 'eval') return evalScript(words.slice(1));
  // `echo 'dropdb x' | at now`: at and batch run what stdin gives them, later.
  if ((program === 'at' || program === 'batch') && !words.some((w) => w.value === '-f')) return command.stdin;
  // `expect -c 'spawn psql …; send "DROP …\r"'`: what it spawns and types, read as shell.
  if (program === 'expect') {
    const at = words.findIndex((w, i) => i > 0 && w.value === '-c');
    const code = at > 0 ? words[at + 1] : undefined;
    const text = code && expectCommandText(code.script);
    return code && text ? { text, map: fromOffsets(code.scriptOffsets) } : undefined;
  }
  // `crontab - <<EOF`, `echo '0 3 * * * dropdb x' | crontab -`: the jobs it installs, each line a command.
  if (program === 'crontab' && crontabReadsStdin(command.argv)) {
    const table = command.stdin ?? echoedText(command);
    return table ? crontabScript(table) : undefined;
  }
  if (program === 'ssh') return sshScript(words);
  if (program === 'ansible') return ansibleScript(words);
  // `heroku run "rails db:drop && ..."`, `docker exec db "psql ..."`: one string run by a shell there.
  if (words.length === 1 && /\s/.test(words[0]!.value) && command.wrappers.some((w) => REMOTE_WRAPPERS.has(w))) {
    return wordScript(words[0]!);
  }
  if (program === 'npx' || (program === 'npm' && ['exec', 'x'].includes(words[1]?.value ?? ''))) {
    const call = words.findIndex((w) => w.value === '-c' || w.value === '--call');
    return call > 0 && words[call + 1] ? wordScript(words[call + 1]!) : undefined;
  }
  if (!SHELLS.has(program)) return undefined;
  let readsString = false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!.value;
    if (word === '--' || word === '-') continue;
    if (/^([-+][oO]|--rcfile|--init-file)$/.test(word)) {
      i++;
      continue;
    }
    if (/^[-+]/.test(word)) {
      readsString ||= /^-[a-zA-Z]*c/.test(word);
      continue;
    }
    // Without -c the first operand is a script file, which is checked as a file of its own.
    if (!readsString) return undefined;
    const args = words.slice(i + 1).map((w) => w.value);
    return { ...wordScript(words[i]!), ...(args.length ? { args } : {}) };
  }
  // A shell with no script operand reads its script from stdin.
  return readsString ? undefined : command.stdin;
}

/**
 * `(crontab -l; echo '0 3 * * * x') | crontab -`: the literal lines the commands piping into it
 * print, where no single text is spelled; every character points at the command.
 */
function echoedText(command: ShellCommand): ShellText | undefined {
  const printed = command.upstream
    .filter((argv) => /^(echo|printf)$/.test(baseName(argv[0] ?? '')) && argv.length > 1)
    .map((argv) =>
      argv
        .slice(1)
        .filter((a) => !/^-[neE]+$/.test(a))
        .join(' '),
    )
    .filter((line) => !line.includes(DYNAMIC));
  if (!printed.length) return undefined;
  const text = printed.join('\n');
  const at = command.span.start;
  return { text, map: () => at };
}

function wordScript(word: ShellWord): { text: string; map: OffsetMap } {
  return { text: word.script, map: fromOffsets(word.scriptOffsets) };
}

const SSH_WITH_VALUE = /^-[bcDEeFIiJLlmOopQRSWwB]$/;

/** `ssh [options] host command...`: ssh joins the words after the host and the remote shell runs them. */
function sshScript(words: readonly ShellWord[]): { text: string; map: OffsetMap } | undefined {
  let i = 1;
  while (i < words.length && words[i]!.value.startsWith('-')) {
    if (words[i]!.value === '--') {
      i++;
      break;
    }
    i += SSH_WITH_VALUE.test(words[i]!.value) ? 2 : 1;
  }
  const command = words.slice(i + 1);
  if (!command.length) return undefined;
  return command.length === 1 ? wordScript(command[0]!) : evalScript(command);
}

/** Ansible modules whose `-a` argument is a command line (`command` is the default module). */
const ANSIBLE_COMMAND_MODULE = /^(ansible\.(builtin|legacy)\.)?(command|shell|raw)$/;

/** `ansible web -m shell -a 'rm -rf /srv/data'`: the ad hoc command runs on every host the pattern names. */
function ansibleScript(words: readonly ShellWord[]): { text: string; map: OffsetMap } | undefined {
  let module = 'command';
  let args: ShellWord | undefined;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!.value;
    if (word === '-m' || word === '--module-name') module = words[i + 1]?.value ?? '';
    else if (word.startsWith('--module-name=')) module = word.slice('--module-name='.length);
    else if (word === '-a' || word === '--args') args = words[i + 1];
  }
  return args && ANSIBLE_COMMAND_MODULE.test(module) ? wordScript(args) : undefined;
}

/** `eval` joins its arguments with spaces and runs them; only literal arguments can be read. */
function evalScript(words: readonly ShellWord[]): { text: string; map: OffsetMap } | undefined {
  if (!words.length || words.some((w) => w.value.includes(DYNAMIC))) return undefined;
  let text = '';
  const offsets: number[] = [];
  for (const [i, word] of words.entries()) {
    if (i > 0) {
      text += ' ';
      offsets.push(word.span.start);
    }
    text += word.value;
    offsets.push(...word.scriptOffsets.slice(0, word.value.length));
  }
  offsets.push(words[words.length - 1]!.span.end);
  return { text, map: fromOffsets(offsets) };
}

function remap(command: ShellCommand, map: OffsetMap): ShellCommand {
  const stdin = command.stdin;
  return {
    ...command,
    argSpans: command.argSpans.map((s) => mapSpan(map, s)),
    span: mapSpan(map, command.span),
    envAssignments: command.envAssignments.map((e) => ({ ...e, span: mapSpan(map, e.span) })),
    ...(stdin ? { stdin: { text: stdin.text, map: (offset: number) => map(stdin.map(offset)) } } : {}),
    ...(command.stdinFrom ? { stdinFrom: mapSpan(map, command.stdinFrom) } : {}),
    ...(command.stdoutTo ? { stdoutTo: { ...command.stdoutTo, span: mapSpan(map, command.stdoutTo.span) } } : {}),
    ...(command.via ? { via: command.via.map((s) => mapSpan(map, s)) } : {}),
  };
}

/** A command inside `sh -c` runs with the environment and privileges of the shell that reads it. */
function inherit(outer: ShellCommand, inner: ShellCommand): ShellCommand {
  return {
    ...inner,
    envAssignments: [...outer.envAssignments, ...inner.envAssignments],
    wrappers: [...outer.wrappers, baseName(outer.argv[0] ?? ''), ...inner.wrappers],
  };
}

/** Whether an assignment always runs when the script does: a statement of the script, or of `export`/`declare` there. */
function isUnconditional(node: Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'program') return true;
    if (parent.type === 'declaration_command' && parent.child(0)?.type !== 'local') continue;
    if (parent.type === 'variable_assignments') continue;
    return false;
  }
  return false;
}
