import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import { fromOffsets, type OffsetMap } from '../offset-map.js';
import type { CodeCall, CodeSyntax } from './read.js';
import { arrayItems, evaluate, UNKNOWN, type CodeValue, type Scope } from './values.js';

/** SQL that application code hands to a database driver, with where each character is in the file. */
export interface ExecutedSql {
  /** The call as written: `cursor.execute`, `db.ExecContext`, `sqlx::query`. */
  call: string;
  value: CodeValue;
  /** The whole call: findings sharing it are weighed together. */
  unit: Span;
}

/** A command line that application code runs, as shell text with where each character is in the file. */
export interface ExecutedCommand {
  call: string;
  text: string;
  toFile: OffsetMap;
  unit: Span;
}

/**
 * Methods and functions that run the SQL text they are given, across drivers and ORMs' escape
 * hatches. Many names are common words (`query`, `execute`, `update`), so a call counts only
 * when its text reads as SQL (see sqlStatementStart).
 */
const SQL_CALLS = new Set([
  // Python DB-API, SQLAlchemy, Django
  'execute',
  'executemany',
  'executescript',
  'exec_driver_sql',
  'raw',
  'RawSQL',
  'mogrify',
  // Node: pg, mysql2, knex, Sequelize, TypeORM, Prisma, postgres.js, better-sqlite3
  'query',
  'unsafe',
  '$executeRaw',
  '$executeRawUnsafe',
  '$queryRaw',
  '$queryRawUnsafe',
  'exec',
  'run',
  'prepare',
  // Rails
  'exec_query',
  'exec_update',
  'exec_delete',
  'exec_insert',
  'select_all',
  'select_value',
  'select_rows',
  'find_by_sql',
  // Go database/sql, sqlx, pgx
  'Exec',
  'ExecContext',
  'Query',
  'QueryContext',
  'QueryRow',
  'QueryRowContext',
  'MustExec',
  'MustExecContext',
  'Prepare',
  'PrepareContext',
  // JDBC, Spring, JPA
  'executeUpdate',
  'executeQuery',
  'executeLargeUpdate',
  'addBatch',
  'prepareStatement',
  'prepareCall',
  'update',
  'batchUpdate',
  'queryForList',
  'queryForObject',
  'queryForMap',
  'queryForRowSet',
  'createNativeQuery',
  // Rust: sqlx, diesel, tokio-postgres, rusqlite; Kotlin Exposed
  'query_as',
  'query_scalar',
  'sql_query',
  'batch_execute',
  'execute_batch',
  'simple_query',
  'execInBatch',
  // PHP: PDO, mysqli, Laravel DB facade, Doctrine DBAL
  'statement',
  'unprepared',
  'executeStatement',
  'real_query',
  'multi_query',
  // C#: EF Core's escape hatches, Dapper, ADO.NET commands
  'ExecuteSqlRaw',
  'ExecuteSqlRawAsync',
  'ExecuteSqlInterpolated',
  'ExecuteSqlInterpolatedAsync',
  'ExecuteSql',
  'ExecuteSqlAsync',
  'ExecuteSqlCommand',
  'ExecuteSqlCommandAsync',
  'FromSqlRaw',
  'FromSqlInterpolated',
  'SqlQueryRaw',
  'Execute',
  'ExecuteAsync',
  'ExecuteScalar',
  'ExecuteScalarAsync',
  'QueryAsync',
  'SqlCommand',
  'NpgsqlCommand',
  'MySqlCommand',
  'SqliteCommand',
  // Elixir: Repo.query!/2, Ecto.Adapters.SQL.query!/3 (and query_many)
  'query_many',
]);

/** Wrappers whose first argument is the SQL: SQLAlchemy `text()`, psycopg `sql.SQL()`, `Prisma.raw()`. */
const SQL_WRAPPERS = new Set(['text', 'SQL', 'raw', 'sql', 'literal', 'RawSQL', 'Sql']);

/** Keywords a SQL statement starts with; a string starting otherwise is not handed to the SQL rules. */
const SQL_START =
  /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/|\()*(select|insert|update|delete|drop|truncate|alter|create|with|grant|revoke|copy|vacuum|merge|replace|rename|comment|reindex|cluster|do|begin|call|exec|execute|set|pragma|attach|detach|lock|upsert)\b/i;

/** Whether text (with run-time parts as UNKNOWN) reads as a SQL statement. */
export function sqlStatementStart(text: string): boolean {
  return SQL_START.test(text.replaceAll(UNKNOWN, ' '));
}

/** Every SQL string the file passes to a driver or ORM escape hatch. */
export function executedSql(syntax: CodeSyntax): ExecutedSql[] {
  const found: ExecutedSql[] = [];
  const seen = new Set<number>();
  for (const call of syntax.calls) {
    if (!isSqlCall(call)) continue;
    // The SQL is the first argument, or the second after a context (`ExecContext(ctx, …)`, `conn.execute(&pool, …)`).
    for (const arg of candidates(call)) {
      const value = sqlValue(call, arg, syntax.scope);
      if (!value || !sqlStatementStart(value.text)) continue;
      if (!seen.has(arg.startIndex))
        found.push({ call: label(call), value, unit: { start: call.span.start, end: call.span.end } });
      seen.add(arg.startIndex);
      break;
    }
  }
  return found;
}

function isSqlCall(call: CodeCall): boolean {
  // `query!`/`sqlx::query` in Rust, `exec("…")` in Kotlin Exposed, `RawSQL("…")` in Django.
  if (SQL_CALLS.has(call.name)) return true;
  return call.name === 'query_as!' || call.name === 'query!' || call.name === 'query_many!';
}

function candidates(call: CodeCall): Node[] {
  const named = call.args.find((a) => a.key === 'sql' || a.key === 'statement' || a.key === 'query');
  if (named) return [named.value];
  return call.args
    .filter((a) => a.key === undefined)
    .slice(0, 2)
    .map((a) => a.value);
}

/**
 * The SQL text of an argument: a string, a constant, or a wrapper around one. The values of a
 * tagged template (`` prisma.$executeRaw`…${id}` ``, `` sql`…` ``) are bound parameters, not text.
 */
function sqlValue(call: CodeCall, arg: Node, scope: Scope, depth = 0): CodeValue | undefined {
  if (depth > 3) return undefined;
  if (arg.type === 'template_string' && call.node.childForFieldName('arguments')?.type === 'template_string')
    return asParameters(evaluate(arg, scope));
  const composed = composedFormat(arg);
  if (composed) return withFields(evaluate(composed, scope), /\{[^{}]*\}/g);
  const inner = wrapped(arg);
  if (inner) return sqlValue(call, inner, scope, depth + 1);
  return evaluate(arg, scope);
}

/** psycopg `sql.SQL("DROP TABLE {}").format(sql.Identifier(name))`: the template inside SQL(). */
function composedFormat(node: Node): Node | undefined {
  if (node.type !== 'call') return undefined;
  const fn = node.childForFieldName('function');
  const receiver = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
  if (fn?.childForFieldName('attribute')?.text !== 'format' || receiver?.type !== 'call') return undefined;
  const inner = receiver.childForFieldName('function');
  const name = inner?.childForFieldName('attribute')?.text ?? inner?.text;
  if (name !== 'SQL') return undefined;
  return receiver.childForFieldName('arguments')?.namedChildren.find((c): c is Node => c !== null) ?? undefined;
}

/** The template's fields as run-time parts. */
function withFields(value: CodeValue, field: RegExp): CodeValue {
  let text = '';
  const at: number[] = [];
  let last = 0;
  for (const match of value.text.matchAll(field)) {
    text += value.text.slice(last, match.index) + UNKNOWN;
    at.push(...value.at.slice(last, match.index), value.at[match.index]!);
    last = match.index + match[0].length;
  }
  text += value.text.slice(last);
  at.push(...value.at.slice(last));
  return { text, at };
}

/** The SQL inside `text("…")`, `sql.SQL("…").format(…)`, `Prisma.raw("…")`, `&q`, `q.as_str()`. */
function wrapped(node: Node): Node | undefined {
  if (node.type === 'reference_expression' || node.type === 'parenthesized_expression')
    return node.namedChildren.find((c): c is Node => c !== null && c.type !== 'mutable_specifier') ?? undefined;
  if (node.type !== 'call' && node.type !== 'call_expression' && node.type !== 'method_invocation') return undefined;
  const fn = node.childForFieldName('function') ?? node.namedChildren[0];
  const args = node.childForFieldName('arguments');
  const name =
    fn?.childForFieldName('attribute')?.text ??
    fn?.childForFieldName('property')?.text ??
    fn?.childForFieldName('field')?.text ??
    fn?.text;
  const receiver = fn?.childForFieldName('object') ?? fn?.childForFieldName('value');
  if ((name === 'as_str' || name === 'to_string' || name === 'into') && receiver) return receiver;
  if (!name || !SQL_WRAPPERS.has(name.split('.').pop() ?? name)) return undefined;
  const first = args?.namedChildren.find((c): c is Node => c !== null && c.type !== 'comment');
  return first ?? undefined;
}

/** A tagged template's substitutions become bind parameters, so `${id}` reads as `$1`. */
function asParameters(value: CodeValue): CodeValue {
  return withUnknownRunsAs(value, '$1');
}

/** Each run of unknown characters becomes `replacement`, every character of it at the run's start. */
function withUnknownRunsAs(value: CodeValue, replacement: string): CodeValue {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < value.text.length; i++) {
    const c = value.text[i]!;
    if (c !== UNKNOWN) {
      text += c;
      at.push(value.at[i]!);
    } else if (value.text[i - 1] !== UNKNOWN) {
      text += replacement;
      for (let k = 0; k < replacement.length; k++) at.push(value.at[i]!);
    }
  }
  at.push(value.at[value.text.length]!);
  return { text, at };
}

/** The call as a person would name it: `cursor.execute`, `exec.Command`. */
export function label(call: CodeCall): string {
  const receiver = call.receiver.at(-1);
  return receiver && receiver.length <= 40 ? `${receiver}.${call.name}` : call.name;
}

// ---- Commands ---------------------------------------------------------------------------------

type Argv = (CodeValue | undefined)[];

interface CommandForm {
  /** The command as one string a shell runs. */
  shell?: CodeValue;
  /** The command as a program and its arguments (no shell), undefined where unknown. */
  argv?: Argv;
}

const PYTHON_SUBPROCESS = new Set([
  'run',
  'call',
  'Popen',
  'check_call',
  'check_output',
  'getoutput',
  'getstatusoutput',
]);
const NODE_CHILD_PROCESS = new Set(['exec', 'execSync', 'spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']);
const RUBY_SHELL = new Set(['system', 'exec', 'spawn', '`']);
const OPEN3 = new Set(['capture2', 'capture2e', 'capture3', 'popen2', 'popen2e', 'popen3', 'pipeline', 'pipeline_r']);

/** Every command line the file runs through a shell-out. */
export function executedCommands(syntax: CodeSyntax, text: string): ExecutedCommand[] {
  const out: ExecutedCommand[] = [];
  const scope = syntax.scope;
  const importsChildProcess = /child_process|['"]execa['"]|['"]zx['"]|\bshelljs\b/.test(text);
  for (const call of syntax.calls) {
    const form = commandForm(syntax, call, scope, importsChildProcess);
    if (!form) continue;
    const source = form.shell ? shellSource(form.shell) : form.argv ? argvSource(form.argv) : undefined;
    if (!source || !/[^\s"'$]/.test(source.text.replace(/\$\{computed\}/g, ''))) continue;
    out.push({ call: label(call), ...source, unit: call.span });
  }
  if (syntax.language === 'ruby' || syntax.language === 'php') out.push(...backtickCommands(syntax.root, scope));
  return out;
}

function commandForm(syntax: CodeSyntax, call: CodeCall, scope: Scope, childProcess: boolean): CommandForm | undefined {
  const { name, receiver } = call;
  const owner = receiver.at(-1) ?? '';
  const positional = call.args.filter((a) => a.key === undefined).map((a) => a.value);
  const first = positional[0];
  switch (syntax.language) {
    case 'python': {
      const viaShell = call.args.some((a) => a.key === 'shell' && a.value.text === 'True');
      if ((owner === 'os' && (name === 'system' || name === 'popen')) || (owner === 'commands' && name === 'getoutput'))
        return first ? { shell: evaluate(first, scope) } : undefined;
      const subprocess = owner === 'subprocess' || (owner === '' && /^(Popen|check_call|check_output)$/.test(name));
      if (!subprocess || !PYTHON_SUBPROCESS.has(name) || !first) return undefined;
      if (name === 'getoutput' || name === 'getstatusoutput') return { shell: evaluate(first, scope) };
      const items = listItems(first, scope);
      if (items) return viaShell ? { shell: joinedText(items, scope) } : { argv: items.map((i) => known(i, scope)) };
      return { shell: evaluate(first, scope) };
    }
    case 'javascript':
    case 'typescript':
    case 'tsx': {
      // zx and execa: $`cmd ${arg}` quotes each substitution as one argument.
      if ((name === '$' || name === '$sync') && call.node.childForFieldName('arguments')?.type === 'template_string')
        return first ? { shell: quotedSubstitutions(evaluate(first, scope)) } : undefined;
      if (name === 'execaCommand' || name === 'execaCommandSync' || (owner === 'shell' && name === 'exec'))
        return first ? { shell: evaluate(first, scope) } : undefined;
      if (name === 'execa' || name === 'execaSync' || (owner === 'execa' && name === 'sync') || name === 'execaNode') {
        const args = positional[1] ? listItems(positional[1], scope) : [];
        return first
          ? { argv: [known(first, scope), ...(args ?? [undefined]).map((a) => known(a, scope))] }
          : undefined;
      }
      const cp = /^(child_?process|cp|childProcess|proc)$/i.test(owner) || (owner === '' && childProcess);
      if (!cp || !NODE_CHILD_PROCESS.has(name) || !first) return undefined;
      if (name === 'exec' || name === 'execSync') return { shell: evaluate(first, scope) };
      const args = positional[1] ? listItems(positional[1], scope) : [];
      const shellOption = positional.some((p) => /\bshell\s*:\s*(true|['"])/.test(p.text));
      const argv = [known(first, scope), ...(args ?? [undefined]).map((a) => known(a, scope))];
      return shellOption ? { shell: joinedText([first, ...(args ?? [])], scope) } : { argv };
    }
    case 'go': {
      if (owner !== 'exec' || (name !== 'Command' && name !== 'CommandContext')) return undefined;
      const rest = name === 'CommandContext' ? positional.slice(1) : positional;
      return rest.length ? { argv: rest.flatMap((a) => spread(a, scope)) } : undefined;
    }
    case 'java':
    case 'kotlin': {
      if (name === 'exec' && owner === 'getRuntime()' && first) {
        const items = listItems(first, scope);
        return items ? { argv: items.map((i) => known(i, scope)) } : { shell: evaluate(first, scope) };
      }
      if (name === 'ProcessBuilder' && positional.length) {
        const items = positional.length === 1 ? listItems(first!, scope) : undefined;
        return { argv: (items ?? positional).map((i) => known(i, scope)) };
      }
      return undefined;
    }
    case 'ruby': {
      if (OPEN3.has(name) && owner === 'Open3') return first ? rubyCommand(positional, scope) : undefined;
      if (name === 'popen' && owner === 'IO') return first ? rubyCommand(positional, scope) : undefined;
      if (RUBY_SHELL.has(name) && (owner === '' || owner === 'Kernel' || owner === 'Process'))
        return first ? rubyCommand(positional, scope) : undefined;
      return undefined;
    }
    case 'php': {
      if (!['shell_exec', 'exec', 'system', 'passthru', 'popen', 'proc_open'].includes(name) || owner !== '')
        return undefined;
      if (!first) return undefined;
      const items = listItems(first, scope);
      return items ? { argv: items.map((i) => known(i, scope)) } : { shell: evaluate(first, scope) };
    }
    case 'rust': {
      if (name !== 'new' || owner !== 'Command' || !first) return undefined;
      return { argv: [known(first, scope), ...rustArgs(call.node, scope)] };
    }
    default:
      return undefined;
  }
}

/** Ruby `system("a b")` runs through a shell; `system("a", "b")` does not. A leading env hash is skipped. */
function rubyCommand(positional: Node[], scope: Scope): CommandForm {
  const args = positional.filter((p) => p.type !== 'hash');
  if (args.length === 1) return { shell: evaluate(args[0]!, scope) };
  return { argv: args.map((a) => known(a, scope)) };
}

/** Ruby `` `cmd` `` and `%x(cmd)`, PHP `` `cmd` ``. */
function backtickCommands(root: Node, scope: Scope): ExecutedCommand[] {
  const out: ExecutedCommand[] = [];
  const visit = (node: Node) => {
    if (node.type === 'subshell' || node.type === 'shell_command_expression') {
      const value = backtickValue(node, scope);
      const source = shellSource(value);
      if (/[^\s"'$]/.test(source.text.replace(/\$\{computed\}/g, '')))
        out.push({ call: '`…`', ...source, unit: { start: node.startIndex, end: node.endIndex } });
      return;
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return out;
}

function backtickValue(node: Node, scope: Scope): CodeValue {
  const parts: CodeValue[] = [];
  const source = node.tree.rootNode.text;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_content')
      parts.push({
        text: source.slice(child.startIndex, child.endIndex),
        at: Array.from({ length: child.endIndex - child.startIndex + 1 }, (_, i) => child.startIndex + i),
      });
    else if (child.type === 'interpolation' || child.type === 'variable_name') {
      const inner = child.type === 'variable_name' ? child : child.namedChildren.find((c): c is Node => c !== null);
      const v = inner ? evaluate(inner, scope) : undefined;
      parts.push(
        v && !v.text.includes(UNKNOWN)
          ? { text: v.text, at: [...Array.from(v.text, () => child.startIndex), child.endIndex] }
          : { text: UNKNOWN, at: [child.startIndex, child.endIndex] },
      );
    }
  }
  let text = '';
  const at: number[] = [];
  for (const p of parts) {
    text += p.text;
    at.push(...p.at.slice(0, p.text.length));
  }
  at.push(node.endIndex);
  return { text, at };
}

/** `Command::new("x").arg("a").args(["b", "c"])`: the calls chained on the constructor. */
function rustArgs(node: Node, scope: Scope): (CodeValue | undefined)[] {
  const argv: (CodeValue | undefined)[] = [];
  let current: Node = node;
  for (;;) {
    const field = current.parent;
    const call = field?.parent;
    if (field?.type !== 'field_expression' || call?.type !== 'call_expression') break;
    const method = field.childForFieldName('field')?.text;
    const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c): c is Node => c !== null);
    if (method === 'arg' && args[0]) argv.push(known(args[0], scope));
    else if (method === 'args' && args[0]) {
      const items = listItems(args[0], scope);
      argv.push(...(items ? items.map((i) => known(i, scope)) : [undefined]));
    }
    current = call;
  }
  return argv;
}

/** The items of a list literal, also `List.of(…)`, `listOf(…)`, `Arrays.asList(…)`, `vec![…]`, `&[…]`. */
function listItems(node: Node, scope: Scope): Node[] | undefined {
  const direct = arrayItems(node, scope);
  if (direct) return direct;
  if (node.type === 'reference_expression') {
    const inner = node.namedChildren.find((c): c is Node => c !== null);
    return inner ? listItems(inner, scope) : undefined;
  }
  if (node.type === 'macro_invocation' && node.childForFieldName('macro')?.text === 'vec') {
    const tree = node.namedChildren.find((c) => c?.type === 'token_tree');
    return tree?.namedChildren.filter((c): c is Node => c !== null);
  }
  const name =
    node.childForFieldName('name')?.text ??
    node.childForFieldName('function')?.text ??
    (node.type === 'call_expression' ? node.namedChildren[0]?.text : undefined);
  if (!name || !/(^|\.)(of|asList|listOf|arrayOf|mutableListOf)$/.test(name)) return undefined;
  const args =
    node.childForFieldName('arguments') ?? node.namedChildren.find((c) => c?.type === 'value_arguments') ?? null;
  return args?.namedChildren
    .filter((c): c is Node => c !== null)
    .map((c) => (c.type === 'value_argument' ? (c.namedChildren.at(-1) ?? c) : c));
}

/** Go `exec.Command("sh", args...)`: a spread slice gives its items, or one unknown argument. */
function spread(node: Node, scope: Scope): (CodeValue | undefined)[] {
  if (node.type === 'variadic_argument') {
    const inner = node.namedChildren.find((c): c is Node => c !== null);
    const items = inner ? listItems(inner, scope) : undefined;
    return items ? items.map((i) => known(i, scope)) : [undefined];
  }
  return [known(node, scope)];
}

function known(node: Node | undefined, scope: Scope): CodeValue | undefined {
  return node ? evaluate(node, scope) : undefined;
}

function joinedText(items: Node[], scope: Scope): CodeValue {
  const values = items.map((i) => evaluate(i, scope));
  let text = '';
  const at: number[] = [];
  values.forEach((v, i) => {
    if (i > 0) {
      text += ' ';
      at.push(v.at[0] ?? 0);
    }
    text += v.text;
    at.push(...v.at.slice(0, v.text.length));
  });
  at.push(values.at(-1)?.at.at(-1) ?? 0);
  return { text, at };
}

const COMPUTED = '${computed}';

/** A string run by a shell, with each run-time part as an expansion the shell parser reads as dynamic. */
function shellSource(value: CodeValue): { text: string; toFile: OffsetMap } {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < value.text.length; i++) {
    const c = value.text[i]!;
    if (c !== UNKNOWN) {
      text += c;
      offsets.push(value.at[i]!);
    } else if (value.text[i - 1] !== UNKNOWN) {
      text += COMPUTED;
      for (let k = 0; k < COMPUTED.length; k++) offsets.push(value.at[i]!);
    }
  }
  offsets.push(value.at[value.text.length] ?? offsets.at(-1) ?? 0);
  return { text, toFile: fromOffsets(offsets) };
}

/** zx/execa `$` quotes each substitution as one word. */
function quotedSubstitutions(value: CodeValue): CodeValue {
  return withUnknownRunsAs(value, `"${UNKNOWN}"`);
}

/** Program and arguments joined as shell words, each single-quoted so the shell reads it as one word. */
function argvSource(argv: Argv): { text: string; toFile: OffsetMap } | undefined {
  if (argv.length === 0 || !argv[0]) return undefined;
  let text = '';
  const offsets: number[] = [];
  argv.forEach((word, i) => {
    const anchor = word?.at[0] ?? offsets.at(-1) ?? 0;
    if (i > 0) {
      text += ' ';
      offsets.push(anchor);
    }
    if (!word || word.text.includes(UNKNOWN)) {
      // An argument known only in part (`"--table=" + t`) is one double-quoted word, in order.
      const source = word ?? { text: UNKNOWN, at: [anchor, anchor] };
      text += '"';
      offsets.push(anchor);
      for (let k = 0; k < source.text.length; k++) {
        const c = source.text[k]!;
        const at = source.at[k] ?? anchor;
        const piece =
          c === UNKNOWN ? (source.text[k - 1] === UNKNOWN ? '' : COMPUTED) : /["\\$`]/.test(c) ? `\\${c}` : c;
        text += piece;
        for (let n = 0; n < piece.length; n++) offsets.push(at);
      }
      text += '"';
      offsets.push(source.at[source.text.length] ?? anchor);
      return;
    }
    text += "'";
    offsets.push(anchor);
    for (let k = 0; k < word.text.length; k++) {
      const c = word.text[k]!;
      if (c === "'") {
        text += "'\\''";
        offsets.push(word.at[k]!, word.at[k]!, word.at[k]!, word.at[k]!);
      } else {
        text += c;
        offsets.push(word.at[k]!);
      }
    }
    text += "'";
    offsets.push(word.at[word.text.length] ?? anchor);
  });
  offsets.push(offsets.at(-1) ?? 0);
  return { text, toFile: fromOffsets(offsets) };
}
