import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import type { ExecutedSql } from './executed.js';
import { spanOf, type CodeCall, type CodeSyntax } from './read.js';
import { evaluate, type CodeValue } from './values.js';

/**
 * Migration tools whose migrations are plain code, read by the code family with the tool's own
 * meaning: which function or string only runs on rollback, and which strings are SQL the tool runs
 * although no driver call is in sight. (Flyway Java migrations need nothing here: they run SQL
 * through JDBC or JdbcTemplate, which the code family reads; `U__` undo classes are rollback files
 * by the shipped policy.)
 */
export type CodeMigrationTool = 'goose' | 'yoyo' | 'refinery';

export interface CodeMigrationReading {
  tool: CodeMigrationTool;
  /** What runs only when the migration is rolled back. */
  rollback: Span[];
  /** SQL the tool runs from a string the migration hands it: yoyo `step("…")`, refinery's `migration()`. */
  sql: ExecutedSql[];
}

/** goose registers a migration's up and down functions; the last argument is the down one. */
const GOOSE_REGISTER =
  /^Add(Named)?Migration(NoTx)?(Context)?$|^AddNamedMigration(NoTx)?Context$|^AddMigrationNoTxContext$/;

/** Which tool a code migration belongs to, by what it imports and how it is named. */
export function codeMigrationToolOf(path: string, syntax: CodeSyntax, text: string): CodeMigrationTool | undefined {
  if (syntax.language === 'go' && /"github\.com\/pressly\/goose(\/v\d+)?"/.test(text)) return 'goose';
  if (syntax.language === 'python' && /^\s*(from\s+yoyo\s+import|import\s+yoyo)\b/m.test(text)) return 'yoyo';
  // refinery: `V3__drop_sessions.rs` (or `U3__…`, unversioned) exposing `fn migration() -> String`.
  if (syntax.language === 'rust' && /(^|\/)[UV]\d+(\.\d+)?__\w+\.rs$/.test(path) && /\bfn\s+migration\s*\(/.test(text))
    return 'refinery';
  return undefined;
}

export function readCodeMigration(path: string, syntax: CodeSyntax, text: string): CodeMigrationReading | undefined {
  const tool = codeMigrationToolOf(path, syntax, text);
  if (!tool) return undefined;
  if (tool === 'goose') return { tool, rollback: gooseDowns(syntax), sql: [] };
  if (tool === 'yoyo') return { tool, ...yoyoSteps(syntax) };
  return { tool, rollback: [], sql: refinerySql(syntax) };
}

// ---- goose ------------------------------------------------------------------------------------

/**
 * `goose.AddMigration(upX, downX)`, `goose.AddMigrationContext(up, down)`,
 * `goose.AddNamedMigration("00002_x.go", up, down)` and `goose.NewGoMigration(2, up, down)`:
 * the down function, named or written inline, runs only on rollback.
 */
function gooseDowns(syntax: CodeSyntax): Span[] {
  const out: Span[] = [];
  const functions = goFunctions(syntax.root);
  for (const call of syntax.calls) {
    if (call.receiver.at(-1) !== 'goose') continue;
    const positional = call.args.filter((a) => a.key === undefined).map((a) => a.value);
    let down: Node | undefined;
    if (GOOSE_REGISTER.test(call.name)) down = positional.at(-1);
    else if (call.name === 'NewGoMigration') down = positional[2];
    if (!down || positional.length < 2) continue;
    out.push(...downSpans(down, functions));
  }
  return out;
}

/** The function a down argument names, an inline function, or `&goose.GoFunc{RunTx: downX}`. */
function downSpans(node: Node, functions: Map<string, Node>): Span[] {
  if (node.type === 'func_literal') return [spanOf(node)];
  if (node.type === 'identifier') {
    const fn = functions.get(node.text);
    return fn ? [spanOf(fn)] : [];
  }
  if (node.type === 'unary_expression' || node.type === 'composite_literal' || node.type === 'literal_value') {
    // &goose.GoFunc{RunTx: down, RunDB: downNoTx}: every function it carries is the down one.
    const spans: Span[] = [];
    for (const child of node.namedChildren) if (child) spans.push(...downSpans(child, functions));
    return spans;
  }
  if (node.type === 'keyed_element' || node.type === 'literal_element') {
    // `RunTx: downX`: the value, never the key.
    const value = node.namedChildren.at(-1);
    return value ? downSpans(value, functions) : [];
  }
  return [];
}

function goFunctions(root: Node): Map<string, Node> {
  const byName = new Map<string, Node>();
  for (const child of root.namedChildren) {
    if (child?.type !== 'function_declaration') continue;
    const name = child.childForFieldName('name')?.text;
    if (name) byName.set(name, child);
  }
  return byName;
}

// ---- yoyo -------------------------------------------------------------------------------------

/**
 * `step(apply, rollback)`: each is SQL text or a function taking the connection. SQL text is run
 * by yoyo itself, so it is SQL the migration executes; the rollback one (second argument or
 * `rollback=`) runs only when the migration is rolled back.
 */
function yoyoSteps(syntax: CodeSyntax): { rollback: Span[]; sql: ExecutedSql[] } {
  const rollback: Span[] = [];
  const sql: ExecutedSql[] = [];
  const functions = pythonFunctions(syntax.root);
  for (const call of syntax.calls) {
    if (call.name !== 'step' || !['', 'yoyo'].includes(call.receiver.join('.'))) continue;
    const positional = call.args.filter((a) => a.key === undefined).map((a) => a.value);
    const apply = call.args.find((a) => a.key === 'apply')?.value ?? positional[0];
    const back = call.args.find((a) => a.key === 'rollback')?.value ?? positional[1];
    if (apply) sql.push(...yoyoSql(call, apply, syntax));
    if (back) {
      const fn = back.type === 'identifier' ? functions.get(back.text) : undefined;
      rollback.push(spanOf(fn ?? back));
      sql.push(...yoyoSql(call, back, syntax));
    }
  }
  return { rollback, sql };
}

function yoyoSql(call: CodeCall, arg: Node, syntax: CodeSyntax): ExecutedSql[] {
  // A function argument runs its own cursor.execute calls, which the code family reads anyway.
  if (arg.type === 'identifier' && !syntax.scope.constants.get(arg.text)) return [];
  if (arg.type === 'lambda' || arg.type === 'none') return [];
  return [
    { call: 'yoyo step', value: evaluate(arg, syntax.scope), unit: { start: arg.startIndex, end: arg.endIndex } },
  ];
}

function pythonFunctions(root: Node): Map<string, Node> {
  const byName = new Map<string, Node>();
  for (const child of root.namedChildren) {
    const fn = child?.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (fn?.type !== 'function_definition') continue;
    const name = fn.childForFieldName('name')?.text;
    if (name) byName.set(name, child!);
  }
  return byName;
}

// ---- refinery ---------------------------------------------------------------------------------

/** What `fn migration() -> String` returns is the SQL refinery runs. */
function refinerySql(syntax: CodeSyntax): ExecutedSql[] {
  const out: ExecutedSql[] = [];
  for (const child of syntax.root.namedChildren) {
    if (child?.type !== 'function_item' || child.childForFieldName('name')?.text !== 'migration') continue;
    const body = child.childForFieldName('body');
    if (!body) continue;
    for (const returned of returnedValues(body)) {
      const value = rustString(returned, syntax);
      if (value)
        out.push({ call: 'refinery migration()', value, unit: { start: returned.startIndex, end: returned.endIndex } });
    }
  }
  return out;
}

/** The block's tail expression and every `return x`. */
function returnedValues(body: Node): Node[] {
  const out: Node[] = [];
  const tail = body.namedChildren.at(-1);
  if (tail && tail.type !== 'expression_statement' && tail.type !== 'let_declaration' && tail.type !== 'line_comment')
    out.push(tail);
  const visit = (node: Node) => {
    if (node.type === 'closure_expression' || node.type === 'function_item') return;
    if (node.type === 'return_expression') {
      const value = node.namedChildren[0];
      if (value) out.push(value);
      return;
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(body);
  return out;
}

/** `"…".to_string()`, `String::from("…")`, `"…".into()`, `sql.to_owned()`, `format!(…)` (run-time parts). */
function rustString(node: Node, syntax: CodeSyntax, depth = 0): CodeValue | undefined {
  if (depth > 4) return undefined;
  if (node.type === 'call_expression') {
    const fn = node.childForFieldName('function');
    const args = node.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => c !== null) ?? [];
    if (fn?.type === 'field_expression') {
      const method = fn.childForFieldName('field')?.text;
      const value = fn.childForFieldName('value');
      if (value && ['to_string', 'to_owned', 'into', 'as_str'].includes(method ?? ''))
        return rustString(value, syntax, depth + 1);
      return undefined;
    }
    if (fn && /^(String::from|String::from_str|std::string::String::from)$/.test(fn.text) && args[0])
      return rustString(args[0], syntax, depth + 1);
    return undefined;
  }
  if (node.type === 'macro_invocation' && node.childForFieldName('macro')?.text !== 'format') return undefined;
  if (node.type === 'block') {
    const tail = node.namedChildren.at(-1);
    return tail ? rustString(tail, syntax, depth + 1) : undefined;
  }
  if (node.type === 'reference_expression' || node.type === 'parenthesized_expression') {
    const inner = node.namedChildren.at(-1);
    return inner ? rustString(inner, syntax, depth + 1) : undefined;
  }
  return evaluate(node, syntax.scope);
}
