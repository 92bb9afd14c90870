import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  DESTRUCTIVE_WORDS,
  graphqlInfraDelete,
  operationKey,
  providerRequests,
  valueSpan
} from "./chunk-X54T4A62.js";
import {
  INVISIBLE,
  UNKNOWN,
  arrayItems,
  booleanOf,
  evaluate,
  propertiesOf,
  readCode,
  spanOf
} from "./chunk-3RSMXYZE.js";
import {
  cliSqlFindings,
  shellRules,
  toFile
} from "./chunk-K62ZBVT7.js";
import {
  commandContexts
} from "./chunk-2IV7QSKK.js";
import {
  entriesOf,
  parseYaml,
  scalarText,
  spanOf as spanOf2
} from "./chunk-NLWX5JZZ.js";
import {
  isBounded,
  readerFor
} from "./chunk-IXLGDSIJ.js";
import {
  embeddedSqlFindings
} from "./chunk-DDJ2I2V4.js";
import {
  require_dist
} from "./chunk-ZBXWAF4J.js";
import {
  CONFIG_FILE,
  isSpringConfig,
  readsCode
} from "./chunk-HM52GXR3.js";
import {
  codeLanguageOf,
  mayMatterAsCode
} from "./chunk-HJNDF2KS.js";
import {
  checkSql
} from "./chunk-R3RUAV57.js";
import {
  loadPostgresParser
} from "./chunk-25IFS2WD.js";
import {
  parseShell
} from "./chunk-UD7HIGTY.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";
import {
  isProductionName
} from "./chunk-MC2PQM5U.js";
import {
  loadGrammar
} from "./chunk-BG6M7MHB.js";
import {
  fromOffsets
} from "./chunk-GBH2K4QU.js";
import {
  __toESM
} from "./chunk-ZHGBYMEX.js";

// src/parsers/code/migration-tools.ts
var GOOSE_REGISTER = /^Add(Named)?Migration(NoTx)?(Context)?$|^AddNamedMigration(NoTx)?Context$|^AddMigrationNoTxContext$/;
function codeMigrationToolOf(path, syntax, text) {
  if (syntax.language === "go" && /"github\.com\/pressly\/goose(\/v\d+)?"/.test(text)) return "goose";
  if (syntax.language === "python" && /^\s*(from\s+yoyo\s+import|import\s+yoyo)\b/m.test(text)) return "yoyo";
  if (syntax.language === "rust" && /(^|\/)[UV]\d+(\.\d+)?__\w+\.rs$/.test(path) && /\bfn\s+migration\s*\(/.test(text))
    return "refinery";
  return void 0;
}
function readCodeMigration(path, syntax, text) {
  const tool = codeMigrationToolOf(path, syntax, text);
  if (!tool) return void 0;
  if (tool === "goose") return { tool, rollback: gooseDowns(syntax), sql: [] };
  if (tool === "yoyo") return { tool, ...yoyoSteps(syntax) };
  return { tool, rollback: [], sql: refinerySql(syntax) };
}
function gooseDowns(syntax) {
  const out = [];
  const functions = goFunctions(syntax.root);
  for (const call of syntax.calls) {
    if (call.receiver.at(-1) !== "goose") continue;
    const positional = call.args.filter((a) => a.key === void 0).map((a) => a.value);
    let down;
    if (GOOSE_REGISTER.test(call.name)) down = positional.at(-1);
    else if (call.name === "NewGoMigration") down = positional[2];
    if (!down || positional.length < 2) continue;
    out.push(...downSpans(down, functions));
  }
  return out;
}
function downSpans(node, functions) {
  if (node.type === "func_literal") return [spanOf(node)];
  if (node.type === "identifier") {
    const fn = functions.get(node.text);
    return fn ? [spanOf(fn)] : [];
  }
  if (node.type === "unary_expression" || node.type === "composite_literal" || node.type === "literal_value") {
    const spans = [];
    for (const child of node.namedChildren) if (child) spans.push(...downSpans(child, functions));
    return spans;
  }
  if (node.type === "keyed_element" || node.type === "literal_element") {
    const value = node.namedChildren.at(-1);
    return value ? downSpans(value, functions) : [];
  }
  return [];
}
function goFunctions(root) {
  const byName = /* @__PURE__ */ new Map();
  for (const child of root.namedChildren) {
    if (child?.type !== "function_declaration") continue;
    const name = child.childForFieldName("name")?.text;
    if (name) byName.set(name, child);
  }
  return byName;
}
function yoyoSteps(syntax) {
  const rollback = [];
  const sql = [];
  const functions = pythonFunctions(syntax.root);
  for (const call of syntax.calls) {
    if (call.name !== "step" || !["", "yoyo"].includes(call.receiver.join("."))) continue;
    const positional = call.args.filter((a) => a.key === void 0).map((a) => a.value);
    const apply = call.args.find((a) => a.key === "apply")?.value ?? positional[0];
    const back = call.args.find((a) => a.key === "rollback")?.value ?? positional[1];
    if (apply) sql.push(...yoyoSql(call, apply, syntax));
    if (back) {
      const fn = back.type === "identifier" ? functions.get(back.text) : void 0;
      rollback.push(spanOf(fn ?? back));
      sql.push(...yoyoSql(call, back, syntax));
    }
  }
  return { rollback, sql };
}
function yoyoSql(call, arg, syntax) {
  if (arg.type === "identifier" && !syntax.scope.constants.get(arg.text)) return [];
  if (arg.type === "lambda" || arg.type === "none") return [];
  return [
    { call: "yoyo step", value: evaluate(arg, syntax.scope), unit: { start: arg.startIndex, end: arg.endIndex } }
  ];
}
function pythonFunctions(root) {
  const byName = /* @__PURE__ */ new Map();
  for (const child of root.namedChildren) {
    const fn = child?.type === "decorated_definition" ? child.childForFieldName("definition") : child;
    if (fn?.type !== "function_definition") continue;
    const name = fn.childForFieldName("name")?.text;
    if (name) byName.set(name, child);
  }
  return byName;
}
function refinerySql(syntax) {
  const out = [];
  for (const child of syntax.root.namedChildren) {
    if (child?.type !== "function_item" || child.childForFieldName("name")?.text !== "migration") continue;
    const body = child.childForFieldName("body");
    if (!body) continue;
    for (const returned of returnedValues(body)) {
      const value = rustString(returned, syntax);
      if (value)
        out.push({ call: "refinery migration()", value, unit: { start: returned.startIndex, end: returned.endIndex } });
    }
  }
  return out;
}
function returnedValues(body) {
  const out = [];
  const tail = body.namedChildren.at(-1);
  if (tail && tail.type !== "expression_statement" && tail.type !== "let_declaration" && tail.type !== "line_comment")
    out.push(tail);
  const visit = (node) => {
    if (node.type === "closure_expression" || node.type === "function_item") return;
    if (node.type === "return_expression") {
      const value = node.namedChildren[0];
      if (value) out.push(value);
      return;
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(body);
  return out;
}
function rustString(node, syntax, depth = 0) {
  if (depth > 4) return void 0;
  if (node.type === "call_expression") {
    const fn = node.childForFieldName("function");
    const args = node.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null) ?? [];
    if (fn?.type === "field_expression") {
      const method = fn.childForFieldName("field")?.text;
      const value = fn.childForFieldName("value");
      if (value && ["to_string", "to_owned", "into", "as_str"].includes(method ?? ""))
        return rustString(value, syntax, depth + 1);
      return void 0;
    }
    if (fn && /^(String::from|String::from_str|std::string::String::from)$/.test(fn.text) && args[0])
      return rustString(args[0], syntax, depth + 1);
    return void 0;
  }
  if (node.type === "macro_invocation" && node.childForFieldName("macro")?.text !== "format") return void 0;
  if (node.type === "block") {
    const tail = node.namedChildren.at(-1);
    return tail ? rustString(tail, syntax, depth + 1) : void 0;
  }
  if (node.type === "reference_expression" || node.type === "parenthesized_expression") {
    const inner = node.namedChildren.at(-1);
    return inner ? rustString(inner, syntax, depth + 1) : void 0;
  }
  return evaluate(node, syntax.scope);
}

// src/rules/code/assembled-destructive-name.ts
var assembledDestructiveName = {
  meta: {
    id: "code/assembled-destructive-name",
    family: "code",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A destructive word (`Delete`, `drop`, `destroy`\u2026) put together from pieces that do not contain it, the way code hides a call from a reader.",
    messages: {
      assembled: '"{word}" is assembled at run time from pieces ({pieces}) so that no literal in the file shows it; what it names needs a reviewer'
    },
    examples: {
      invalid: [
        {
          code: "const resource = 'volume';\nconst action = ['Del', 'ete'].join('');\nexport const op = `${resource}${action}`;\n",
          line: 2,
          path: "src/ops/storage.ts"
        },
        { code: 'VERB = "de" + "lete"\nfn = getattr(client, VERB + "_bucket")\n', line: 1, path: "ops/x.py" }
      ],
      valid: [
        { code: "const label = 'Delete' + ' ' + name;\n", path: "src/ui.ts" },
        { code: 'name = f"{prefix}-backup"\n', path: "ops/names.py" }
      ]
    }
  },
  check(doc, report) {
    for (const assembly of doc.scope.assemblies.values()) {
      const text = assembly.text.toLowerCase();
      const pieces = assembly.pieces.map((p) => p.toLowerCase());
      const word = DESTRUCTIVE_WORDS.find((w) => text.includes(w) && !pieces.some((p) => p.includes(w)));
      if (!word) continue;
      report({
        messageId: "assembled",
        data: { word, pieces: assembly.pieces.map((p) => JSON.stringify(p)).join(" + ") },
        span: assembly.span
      });
    }
  }
};

// src/rules/code/disguised-text.ts
var DESTRUCTIVE_SQL = /\b(drop\s+(?:table|schema|database)|truncate|delete\s+from)\b/i;
var FULLWIDTH = /[\uff01-\uff5e]/u;
function revealed(text) {
  return text.normalize("NFKC").replace(INVISIBLE, "");
}
var disguisedText = {
  meta: {
    id: "code/disguised-text",
    family: "code",
    kind: "destructive",
    defaultSeverity: "block",
    description: "Destructive SQL hidden with invisible or fullwidth characters, and the normalisation that turns it back into a statement that runs.",
    messages: {
      literal: 'this string hides "{statement}" behind invisible or fullwidth characters',
      reveal: 'this rewrite turns disguised text back into "{statement}"'
    },
    examples: {
      invalid: [
        {
          code: "const STATEMENT = 'DR\u200BOP SCHE\u200BMA IF EXISTS $1 CASCADE';\nexport const sql = STATEMENT.replace(/\\u200b/g, '');\n",
          line: 1,
          path: "src/admin/reset.ts"
        },
        {
          code: 'import unicodedata\nTEMPLATE = "\uFF24\uFF32\uFF2F\uFF30 \uFF34\uFF21\uFF22\uFF2C\uFF25 {name}"\nsql = unicodedata.normalize("NFKC", TEMPLATE.format(name=n))\n',
          line: 3,
          path: "app/cleanup.py"
        }
      ],
      valid: [
        { code: "const title = '\uFF24\uFF32\uFF2F\uFF30 zone';\n", path: "src/ui.ts" },
        { code: "const sql = 'DROP TABLE scratch';\n", path: "src/x.ts" }
      ]
    }
  },
  check(doc, report) {
    for (const { node, value } of doc.strings) {
      const text = value.text;
      if (!FULLWIDTH.test(text) && !new RegExp(INVISIBLE.source, "u").test(text)) continue;
      const match = DESTRUCTIVE_SQL.exec(revealed(text));
      if (!match || DESTRUCTIVE_SQL.test(text)) continue;
      report({
        messageId: "literal",
        data: { statement: match[0].toUpperCase() },
        span: { start: node.startIndex, end: node.endIndex }
      });
    }
    for (const transform of doc.scope.transforms.values()) {
      const match = DESTRUCTIVE_SQL.exec(transform.after);
      if (!match || DESTRUCTIVE_SQL.test(transform.before)) continue;
      report({ messageId: "reveal", data: { statement: match[0].toUpperCase() }, span: transform.span });
    }
  }
};

// src/parsers/code/executed.ts
var SQL_CALLS = /* @__PURE__ */ new Set([
  // Python DB-API, SQLAlchemy, Django
  "execute",
  "executemany",
  "executescript",
  "exec_driver_sql",
  "raw",
  "RawSQL",
  "mogrify",
  // Node: pg, mysql2, knex, Sequelize, TypeORM, Prisma, postgres.js, better-sqlite3
  "query",
  "unsafe",
  "$executeRaw",
  "$executeRawUnsafe",
  "$queryRaw",
  "$queryRawUnsafe",
  "exec",
  "run",
  "prepare",
  // Rails
  "exec_query",
  "exec_update",
  "exec_delete",
  "exec_insert",
  "select_all",
  "select_value",
  "select_rows",
  "find_by_sql",
  // Go database/sql, sqlx, pgx
  "Exec",
  "ExecContext",
  "Query",
  "QueryContext",
  "QueryRow",
  "QueryRowContext",
  "MustExec",
  "MustExecContext",
  "Prepare",
  "PrepareContext",
  // JDBC, Spring, JPA
  "executeUpdate",
  "executeQuery",
  "executeLargeUpdate",
  "addBatch",
  "prepareStatement",
  "prepareCall",
  "update",
  "batchUpdate",
  "queryForList",
  "queryForObject",
  "queryForMap",
  "queryForRowSet",
  "createNativeQuery",
  // Rust: sqlx, diesel, tokio-postgres, rusqlite; Kotlin Exposed
  "query_as",
  "query_scalar",
  "sql_query",
  "batch_execute",
  "execute_batch",
  "simple_query",
  "execInBatch",
  // PHP: PDO, mysqli, Laravel DB facade, Doctrine DBAL
  "statement",
  "unprepared",
  "executeStatement",
  "real_query",
  "multi_query",
  // C#: EF Core's escape hatches, Dapper, ADO.NET commands
  "ExecuteSqlRaw",
  "ExecuteSqlRawAsync",
  "ExecuteSqlInterpolated",
  "ExecuteSqlInterpolatedAsync",
  "ExecuteSql",
  "ExecuteSqlAsync",
  "ExecuteSqlCommand",
  "ExecuteSqlCommandAsync",
  "FromSqlRaw",
  "FromSqlInterpolated",
  "SqlQueryRaw",
  "Execute",
  "ExecuteAsync",
  "ExecuteScalar",
  "ExecuteScalarAsync",
  "QueryAsync",
  "SqlCommand",
  "NpgsqlCommand",
  "MySqlCommand",
  "SqliteCommand",
  // Elixir: Repo.query!/2, Ecto.Adapters.SQL.query!/3 (and query_many)
  "query_many"
]);
var SQL_WRAPPERS = /* @__PURE__ */ new Set(["text", "SQL", "raw", "sql", "literal", "RawSQL", "Sql"]);
var SQL_START = /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/|\()*(select|insert|update|delete|drop|truncate|alter|create|with|grant|revoke|copy|vacuum|merge|replace|rename|comment|reindex|cluster|do|begin|call|exec|execute|set|pragma|attach|detach|lock|upsert)\b/i;
function sqlStatementStart(text) {
  return SQL_START.test(text.replaceAll(UNKNOWN, " "));
}
function executedSql(syntax) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  for (const call of syntax.calls) {
    if (!isSqlCall(call)) continue;
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
function isSqlCall(call) {
  if (SQL_CALLS.has(call.name)) return true;
  return call.name === "query_as!" || call.name === "query!" || call.name === "query_many!";
}
function candidates(call) {
  const named = call.args.find((a) => a.key === "sql" || a.key === "statement" || a.key === "query");
  if (named) return [named.value];
  return call.args.filter((a) => a.key === void 0).slice(0, 2).map((a) => a.value);
}
function sqlValue(call, arg, scope, depth = 0) {
  if (depth > 3) return void 0;
  if (arg.type === "template_string" && call.node.childForFieldName("arguments")?.type === "template_string")
    return asParameters(evaluate(arg, scope));
  const composed = composedFormat(arg);
  if (composed) return withFields(evaluate(composed, scope), /\{[^{}]*\}/g);
  const inner = wrapped(arg);
  if (inner) return sqlValue(call, inner, scope, depth + 1);
  return evaluate(arg, scope);
}
function composedFormat(node) {
  if (node.type !== "call") return void 0;
  const fn = node.childForFieldName("function");
  const receiver = fn?.type === "attribute" ? fn.childForFieldName("object") : null;
  if (fn?.childForFieldName("attribute")?.text !== "format" || receiver?.type !== "call") return void 0;
  const inner = receiver.childForFieldName("function");
  const name = inner?.childForFieldName("attribute")?.text ?? inner?.text;
  if (name !== "SQL") return void 0;
  return receiver.childForFieldName("arguments")?.namedChildren.find((c) => c !== null) ?? void 0;
}
function withFields(value, field) {
  let text = "";
  const at = [];
  let last = 0;
  for (const match of value.text.matchAll(field)) {
    text += value.text.slice(last, match.index) + UNKNOWN;
    at.push(...value.at.slice(last, match.index), value.at[match.index]);
    last = match.index + match[0].length;
  }
  text += value.text.slice(last);
  at.push(...value.at.slice(last));
  return { text, at };
}
function wrapped(node) {
  if (node.type === "reference_expression" || node.type === "parenthesized_expression")
    return node.namedChildren.find((c) => c !== null && c.type !== "mutable_specifier") ?? void 0;
  if (node.type !== "call" && node.type !== "call_expression" && node.type !== "method_invocation") return void 0;
  const fn = node.childForFieldName("function") ?? node.namedChildren[0];
  const args = node.childForFieldName("arguments");
  const name = fn?.childForFieldName("attribute")?.text ?? fn?.childForFieldName("property")?.text ?? fn?.childForFieldName("field")?.text ?? fn?.text;
  const receiver = fn?.childForFieldName("object") ?? fn?.childForFieldName("value");
  if ((name === "as_str" || name === "to_string" || name === "into") && receiver) return receiver;
  if (!name || !SQL_WRAPPERS.has(name.split(".").pop() ?? name)) return void 0;
  const first = args?.namedChildren.find((c) => c !== null && c.type !== "comment");
  return first ?? void 0;
}
function asParameters(value) {
  return withUnknownRunsAs(value, "$1");
}
function withUnknownRunsAs(value, replacement) {
  let text = "";
  const at = [];
  for (let i = 0; i < value.text.length; i++) {
    const c = value.text[i];
    if (c !== UNKNOWN) {
      text += c;
      at.push(value.at[i]);
    } else if (value.text[i - 1] !== UNKNOWN) {
      text += replacement;
      for (let k = 0; k < replacement.length; k++) at.push(value.at[i]);
    }
  }
  at.push(value.at[value.text.length]);
  return { text, at };
}
function label(call) {
  const receiver = call.receiver.at(-1);
  return receiver && receiver.length <= 40 ? `${receiver}.${call.name}` : call.name;
}
var PYTHON_SUBPROCESS = /* @__PURE__ */ new Set([
  "run",
  "call",
  "Popen",
  "check_call",
  "check_output",
  "getoutput",
  "getstatusoutput"
]);
var NODE_CHILD_PROCESS = /* @__PURE__ */ new Set(["exec", "execSync", "spawn", "spawnSync", "execFile", "execFileSync", "fork"]);
var RUBY_SHELL = /* @__PURE__ */ new Set(["system", "exec", "spawn", "`"]);
var OPEN3 = /* @__PURE__ */ new Set(["capture2", "capture2e", "capture3", "popen2", "popen2e", "popen3", "pipeline", "pipeline_r"]);
function executedCommands(syntax, text) {
  const out = [];
  const scope = syntax.scope;
  const importsChildProcess = /child_process|['"]execa['"]|['"]zx['"]|\bshelljs\b/.test(text);
  for (const call of syntax.calls) {
    const form = commandForm(syntax, call, scope, importsChildProcess);
    if (!form) continue;
    const source = form.shell ? shellSource(form.shell) : form.argv ? argvSource(form.argv) : void 0;
    if (!source || !/[^\s"'$]/.test(source.text.replace(/\$\{computed\}/g, ""))) continue;
    out.push({ call: label(call), ...source, unit: call.span });
  }
  if (syntax.language === "ruby" || syntax.language === "php") out.push(...backtickCommands(syntax.root, scope));
  return out;
}
function commandForm(syntax, call, scope, childProcess) {
  const { name, receiver } = call;
  const owner = receiver.at(-1) ?? "";
  const positional = call.args.filter((a) => a.key === void 0).map((a) => a.value);
  const first = positional[0];
  switch (syntax.language) {
    case "python": {
      const viaShell = call.args.some((a) => a.key === "shell" && a.value.text === "True");
      if (owner === "os" && (name === "system" || name === "popen") || owner === "commands" && name === "getoutput")
        return first ? { shell: evaluate(first, scope) } : void 0;
      const subprocess = owner === "subprocess" || owner === "" && /^(Popen|check_call|check_output)$/.test(name);
      if (!subprocess || !PYTHON_SUBPROCESS.has(name) || !first) return void 0;
      if (name === "getoutput" || name === "getstatusoutput") return { shell: evaluate(first, scope) };
      const items = listItems(first, scope);
      if (items) return viaShell ? { shell: joinedText(items, scope) } : { argv: items.map((i) => known(i, scope)) };
      return { shell: evaluate(first, scope) };
    }
    case "javascript":
    case "typescript":
    case "tsx": {
      if ((name === "$" || name === "$sync") && call.node.childForFieldName("arguments")?.type === "template_string")
        return first ? { shell: quotedSubstitutions(evaluate(first, scope)) } : void 0;
      if (name === "execaCommand" || name === "execaCommandSync" || owner === "shell" && name === "exec")
        return first ? { shell: evaluate(first, scope) } : void 0;
      if (name === "execa" || name === "execaSync" || owner === "execa" && name === "sync" || name === "execaNode") {
        const args2 = positional[1] ? listItems(positional[1], scope) : [];
        return first ? { argv: [known(first, scope), ...(args2 ?? [void 0]).map((a) => known(a, scope))] } : void 0;
      }
      const cp = /^(child_?process|cp|childProcess|proc)$/i.test(owner) || owner === "" && childProcess;
      if (!cp || !NODE_CHILD_PROCESS.has(name) || !first) return void 0;
      if (name === "exec" || name === "execSync") return { shell: evaluate(first, scope) };
      const args = positional[1] ? listItems(positional[1], scope) : [];
      const shellOption = positional.some((p) => /\bshell\s*:\s*(true|['"])/.test(p.text));
      const argv = [known(first, scope), ...(args ?? [void 0]).map((a) => known(a, scope))];
      return shellOption ? { shell: joinedText([first, ...args ?? []], scope) } : { argv };
    }
    case "go": {
      if (owner !== "exec" || name !== "Command" && name !== "CommandContext") return void 0;
      const rest = name === "CommandContext" ? positional.slice(1) : positional;
      return rest.length ? { argv: rest.flatMap((a) => spread(a, scope)) } : void 0;
    }
    case "java":
    case "kotlin": {
      if (name === "exec" && owner === "getRuntime()" && first) {
        const items = listItems(first, scope);
        return items ? { argv: items.map((i) => known(i, scope)) } : { shell: evaluate(first, scope) };
      }
      if (name === "ProcessBuilder" && positional.length) {
        const items = positional.length === 1 ? listItems(first, scope) : void 0;
        return { argv: (items ?? positional).map((i) => known(i, scope)) };
      }
      return void 0;
    }
    case "ruby": {
      if (OPEN3.has(name) && owner === "Open3") return first ? rubyCommand(positional, scope) : void 0;
      if (name === "popen" && owner === "IO") return first ? rubyCommand(positional, scope) : void 0;
      if (RUBY_SHELL.has(name) && (owner === "" || owner === "Kernel" || owner === "Process"))
        return first ? rubyCommand(positional, scope) : void 0;
      return void 0;
    }
    case "php": {
      if (!["shell_exec", "exec", "system", "passthru", "popen", "proc_open"].includes(name) || owner !== "")
        return void 0;
      if (!first) return void 0;
      const items = listItems(first, scope);
      return items ? { argv: items.map((i) => known(i, scope)) } : { shell: evaluate(first, scope) };
    }
    case "rust": {
      if (name !== "new" || owner !== "Command" || !first) return void 0;
      return { argv: [known(first, scope), ...rustArgs(call.node, scope)] };
    }
    default:
      return void 0;
  }
}
function rubyCommand(positional, scope) {
  const args = positional.filter((p) => p.type !== "hash");
  if (args.length === 1) return { shell: evaluate(args[0], scope) };
  return { argv: args.map((a) => known(a, scope)) };
}
function backtickCommands(root, scope) {
  const out = [];
  const visit = (node) => {
    if (node.type === "subshell" || node.type === "shell_command_expression") {
      const value = backtickValue(node, scope);
      const source = shellSource(value);
      if (/[^\s"'$]/.test(source.text.replace(/\$\{computed\}/g, "")))
        out.push({ call: "`\u2026`", ...source, unit: { start: node.startIndex, end: node.endIndex } });
      return;
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return out;
}
function backtickValue(node, scope) {
  const parts2 = [];
  const source = node.tree.rootNode.text;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "string_content")
      parts2.push({
        text: source.slice(child.startIndex, child.endIndex),
        at: Array.from({ length: child.endIndex - child.startIndex + 1 }, (_, i) => child.startIndex + i)
      });
    else if (child.type === "interpolation" || child.type === "variable_name") {
      const inner = child.type === "variable_name" ? child : child.namedChildren.find((c) => c !== null);
      const v = inner ? evaluate(inner, scope) : void 0;
      parts2.push(
        v && !v.text.includes(UNKNOWN) ? { text: v.text, at: [...Array.from(v.text, () => child.startIndex), child.endIndex] } : { text: UNKNOWN, at: [child.startIndex, child.endIndex] }
      );
    }
  }
  let text = "";
  const at = [];
  for (const p of parts2) {
    text += p.text;
    at.push(...p.at.slice(0, p.text.length));
  }
  at.push(node.endIndex);
  return { text, at };
}
function rustArgs(node, scope) {
  const argv = [];
  let current = node;
  for (; ; ) {
    const field = current.parent;
    const call = field?.parent;
    if (field?.type !== "field_expression" || call?.type !== "call_expression") break;
    const method = field.childForFieldName("field")?.text;
    const args = (call.childForFieldName("arguments")?.namedChildren ?? []).filter((c) => c !== null);
    if (method === "arg" && args[0]) argv.push(known(args[0], scope));
    else if (method === "args" && args[0]) {
      const items = listItems(args[0], scope);
      argv.push(...items ? items.map((i) => known(i, scope)) : [void 0]);
    }
    current = call;
  }
  return argv;
}
function listItems(node, scope) {
  const direct = arrayItems(node, scope);
  if (direct) return direct;
  if (node.type === "reference_expression") {
    const inner = node.namedChildren.find((c) => c !== null);
    return inner ? listItems(inner, scope) : void 0;
  }
  if (node.type === "macro_invocation" && node.childForFieldName("macro")?.text === "vec") {
    const tree = node.namedChildren.find((c) => c?.type === "token_tree");
    return tree?.namedChildren.filter((c) => c !== null);
  }
  const name = node.childForFieldName("name")?.text ?? node.childForFieldName("function")?.text ?? (node.type === "call_expression" ? node.namedChildren[0]?.text : void 0);
  if (!name || !/(^|\.)(of|asList|listOf|arrayOf|mutableListOf)$/.test(name)) return void 0;
  const args = node.childForFieldName("arguments") ?? node.namedChildren.find((c) => c?.type === "value_arguments") ?? null;
  return args?.namedChildren.filter((c) => c !== null).map((c) => c.type === "value_argument" ? c.namedChildren.at(-1) ?? c : c);
}
function spread(node, scope) {
  if (node.type === "variadic_argument") {
    const inner = node.namedChildren.find((c) => c !== null);
    const items = inner ? listItems(inner, scope) : void 0;
    return items ? items.map((i) => known(i, scope)) : [void 0];
  }
  return [known(node, scope)];
}
function known(node, scope) {
  return node ? evaluate(node, scope) : void 0;
}
function joinedText(items, scope) {
  const values = items.map((i) => evaluate(i, scope));
  let text = "";
  const at = [];
  values.forEach((v, i) => {
    if (i > 0) {
      text += " ";
      at.push(v.at[0] ?? 0);
    }
    text += v.text;
    at.push(...v.at.slice(0, v.text.length));
  });
  at.push(values.at(-1)?.at.at(-1) ?? 0);
  return { text, at };
}
var COMPUTED = "${computed}";
function shellSource(value) {
  let text = "";
  const offsets = [];
  for (let i = 0; i < value.text.length; i++) {
    const c = value.text[i];
    if (c !== UNKNOWN) {
      text += c;
      offsets.push(value.at[i]);
    } else if (value.text[i - 1] !== UNKNOWN) {
      text += COMPUTED;
      for (let k = 0; k < COMPUTED.length; k++) offsets.push(value.at[i]);
    }
  }
  offsets.push(value.at[value.text.length] ?? offsets.at(-1) ?? 0);
  return { text, toFile: fromOffsets(offsets) };
}
function quotedSubstitutions(value) {
  return withUnknownRunsAs(value, `"${UNKNOWN}"`);
}
function argvSource(argv) {
  if (argv.length === 0 || !argv[0]) return void 0;
  let text = "";
  const offsets = [];
  argv.forEach((word, i) => {
    const anchor = word?.at[0] ?? offsets.at(-1) ?? 0;
    if (i > 0) {
      text += " ";
      offsets.push(anchor);
    }
    if (!word || word.text.includes(UNKNOWN)) {
      const source = word ?? { text: UNKNOWN, at: [anchor, anchor] };
      text += '"';
      offsets.push(anchor);
      for (let k = 0; k < source.text.length; k++) {
        const c = source.text[k];
        const at = source.at[k] ?? anchor;
        const piece = c === UNKNOWN ? source.text[k - 1] === UNKNOWN ? "" : COMPUTED : /["\\$`]/.test(c) ? `\\${c}` : c;
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
      const c = word.text[k];
      if (c === "'") {
        text += "'\\''";
        offsets.push(word.at[k], word.at[k], word.at[k], word.at[k]);
      } else {
        text += c;
        offsets.push(word.at[k]);
      }
    }
    text += "'";
    offsets.push(word.at[word.text.length] ?? anchor);
  });
  offsets.push(offsets.at(-1) ?? 0);
  return { text, toFile: fromOffsets(offsets) };
}

// src/rules/code/lib/executed-commands.ts
function executedCommandFindings(path, text, syntax, policy, rollback) {
  const executed = executedCommands(syntax, text);
  if (executed.length === 0) return { findings: [], notes: [], contexts: [] };
  const doc = { path, text, commands: [] };
  const contexts = [];
  for (const e of executed) {
    const parsed = parseShell(e.text);
    const source = { text: e.text, toFile: e.toFile, label: e.call };
    const commands = parsed.commands.map((c) => ({ ...toFile(c, source), span: e.unit }));
    doc.commands.push(...commands);
    const context = callContext(path, text, e.text, parsed, commands, policy);
    if (context) contexts.push({ ...context, span: e.unit });
  }
  const findings = runRules(shellRules, doc, rollback);
  const sql = cliSqlFindings(doc, policy);
  return {
    findings: [...findings, ...sql.findings.map((f) => ({ ...f, rollbackOnly: f.rollbackOnly || rollback(f.unit) }))],
    notes: sql.notes,
    contexts
  };
}
function callContext(path, fileText, callText, parsed, commands, policy) {
  const own = parsed.commands.map((c, i) => ({ ...c, origin: commands[i].origin }));
  const evidence = commandContexts(callText, own, parsed.assignments, { scriptWide: true, path, fileText });
  let found;
  for (const [i, command] of commands.entries()) {
    const single = { path: "", text: "", commands: [command] };
    const reported = runRules(shellRules, single, () => false).length > 0 || cliSqlFindings(single, policy).findings.length > 0;
    if (!reported) continue;
    const context = evidence.find((c) => c.span.start === own[i].span.start && c.span.end === own[i].span.end);
    if (!context) return void 0;
    found ??= { environment: context.environment, reason: context.reason };
  }
  return found;
}
var RUNS_COMMANDS = /\b(subprocess|os\.system|os\.popen|child_process|execa|execaCommand|zx|shelljs|exec\.Command(Context)?|ProcessBuilder|getRuntime|Command::new|Open3|IO\.popen|system|spawn)\b|\$`/;
function mayRunCommands(language, text) {
  if (language === "php") return /\b(shell_exec|exec|system|passthru|popen|proc_open)\s*\(|`/.test(text);
  return RUNS_COMMANDS.test(text) || language === "ruby" && /`|%x/.test(text);
}

// src/rules/code/lib/executed-sql.ts
var PLACEHOLDER = "computed_at_run_time";
function executedSqlFindings(path, syntax, policy, rollback, toolSql = []) {
  const executed = [...executedSql(syntax), ...toolSql].sort((a, b) => a.unit.start - b.unit.start);
  const constant = executed.filter((e) => !e.value.text.includes(UNKNOWN));
  const pieces = constant.map((e) => ({
    text: e.value.text,
    toFile: fromOffsets(e.value.at),
    call: e.call,
    unit: e.unit,
    rollbackOnly: rollback(e.unit),
    ...e.value.from ? { covers: e.value.from } : {}
  }));
  const forward = embeddedSqlFindings(
    path,
    pieces.filter((p) => !p.rollbackOnly),
    policy
  );
  const back = embeddedSqlFindings(
    path,
    pieces.filter((p) => p.rollbackOnly),
    policy
  );
  const embedded = { findings: [...forward.findings, ...back.findings], notes: [...forward.notes, ...back.notes] };
  const dynamic = executed.filter((e) => e.value.text.includes(UNKNOWN)).flatMap((e) => dynamicShape(path, e, policy));
  return { ...embedded, dynamic };
}
function dynamicShape(path, executed, policy) {
  const text = withPlaceholders(executed.value);
  const { findings } = checkSql(`${path}.sql`, text, policy);
  const destructive = findings.find((f) => f.kind === "destructive" && !f.rollbackOnly);
  if (!destructive) return [];
  return [
    {
      call: executed.call,
      shape: destructive.message.replaceAll(PLACEHOLDER, "\u2026").replaceAll(`"${PLACEHOLDER}"`, "\u2026"),
      span: executed.unit,
      unit: executed.unit
    }
  ];
}
function withPlaceholders(value) {
  return value.text.replace(new RegExp(`${UNKNOWN}+`, "g"), PLACEHOLDER);
}

// src/rules/code/cloud-sdk-delete.ts
var DELETE_OPERATIONS = {
  deletedbinstance: "the RDS database instance",
  deletedbcluster: "the RDS/Aurora database cluster",
  deleteglobalcluster: "the Aurora global database",
  deletedbsnapshot: "an RDS snapshot (a backup)",
  deletedbclustersnapshot: "an RDS cluster snapshot (a backup)",
  deletedbinstanceautomatedbackup: "the retained automated backups of an RDS instance",
  deletebucket: "the storage bucket",
  deletetable: "the table and every item in it",
  deletebackup: "a table backup",
  deletevolume: "the block storage volume and its data",
  deletesnapshot: "a volume snapshot (a backup)",
  terminateinstances: "the EC2 instances and their attached root volumes",
  deletestack: "the CloudFormation stack and every resource it created",
  deletefilesystem: "the file system and its files",
  deleterecoverypoint: "an AWS Backup recovery point",
  deletebackupvault: "an AWS Backup vault",
  deletecachecluster: "the ElastiCache cluster and its data",
  deletereplicationgroup: "the ElastiCache replication group and its data",
  deleteserverlesscache: "the ElastiCache serverless cache and its data",
  deletecluster: "the cluster",
  deletekeyspace: "the keyspace and its tables",
  deletestream: "the stream and its records",
  deletequeue: "the queue and its messages",
  deleteloggroup: "the log group and its logs",
  deleterepository: "the repository and its images",
  deletedatabase: "the database",
  deletedataset: "the dataset and its tables",
  deleteinstance: "the database instance",
  deletecontainer: "the container and everything in it",
  deleteshare: "the file share and its files",
  deleteelasticsearchdomain: "the search domain and its indices"
};
var GCP_COLLECTIONS = /* @__PURE__ */ new Set([
  "instances",
  "disks",
  "databases",
  "backupRuns",
  "snapshots",
  "buckets",
  "datasets",
  "tables",
  "clusters",
  "backups"
]);
var AZURE_COLLECTIONS = /* @__PURE__ */ new Set([
  "resource_groups",
  "resourcegroups",
  "servers",
  "databases",
  "storage_accounts",
  "storageaccounts",
  "disks",
  "virtual_machines",
  "virtualmachines",
  "managed_instances",
  "managedinstances",
  "managed_clusters",
  "managedclusters",
  "vaults",
  "backup_vaults",
  "backupvaults",
  "snapshots",
  "database_accounts",
  "databaseaccounts",
  "flexible_servers",
  "flexibleservers",
  "blob_containers",
  "blobcontainers",
  "file_shares",
  "fileshares"
]);
var AZURE_DELETE = /* @__PURE__ */ new Set(["begin_delete", "beginDelete", "beginDeleteAndWait", "delete"]);
var cloudSdkDelete = {
  meta: {
    id: "code/cloud-sdk-delete",
    family: "code",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A cloud SDK call that deletes a database, bucket, table, volume, stack or backup (AWS SDK v2/v3, boto3, Go, Ruby, GCP, Azure).",
    messages: {
      operation: "{call} deletes {what}",
      versions: "{call} deletes object versions, so bucket versioning cannot bring them back",
      emptyBucket: "{call} deletes every object in the bucket",
      computed: "a {call} chosen at run time ({name}); two-key cannot see which delete it calls"
    },
    examples: {
      invalid: [
        {
          code: "import { RDSClient, DeleteDBInstanceCommand } from '@aws-sdk/client-rds';\nconst rds = new RDSClient({});\nawait rds.send(\n  new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'payments', SkipFinalSnapshot: true }),\n);\n",
          line: 4,
          path: "scripts/teardown.ts"
        },
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\nrds.delete_db_cluster(DBClusterIdentifier="orders")\n',
          line: 4,
          path: "ops/teardown.py"
        },
        {
          code: 'package ops\n\nfunc Teardown(ctx context.Context, c *rds.Client) error {\n	_, err := c.DeleteDBInstance(ctx, &rds.DeleteDBInstanceInput{DBInstanceIdentifier: aws.String("orders")})\n	return err\n}\n',
          line: 4,
          path: "internal/ops/teardown.go"
        },
        {
          code: 'import boto3\n\nbucket = boto3.resource("s3").Bucket("acme-uploads")\nbucket.object_versions.all().delete()\n',
          line: 4,
          path: "ops/empty_bucket.py"
        },
        {
          code: 'from googleapiclient import discovery\n\nsqladmin = discovery.build("sqladmin", "v1")\nsqladmin.instances().delete(project="acme", instance="orders").execute()\n',
          line: 4,
          path: "ops/gcp.py"
        },
        {
          code: 'def drop_group(client):\n    poller = client.resource_groups.begin_delete("rg-prod")\n    return poller.result()\n',
          line: 2,
          path: "ops/azure.py"
        }
      ],
      valid: [
        {
          code: "import { S3Client, DeleteObjectCommand } from '@aws-sdk/client-s3';\nawait new S3Client({}).send(new DeleteObjectCommand({ Bucket: 'uploads', Key: key }));\n",
          path: "src/uploads.ts"
        },
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\nrds.create_db_snapshot(DBInstanceIdentifier="x", DBSnapshotIdentifier="y")\n',
          path: "ops/snap.py"
        },
        { code: 's3 = boto3.client("s3")\ns3.delete_object(Bucket="uploads", Key=key)\n', path: "app/files.py" }
      ]
    }
  },
  check(doc, report) {
    const listsVersions = doc.calls.some((c) => operationKey(c.name) === "listobjectversions");
    const listsWholeBucket = doc.calls.some((c) => isWholeBucketListing(doc, c));
    for (const call of doc.calls) {
      const label2 = callLabel(call);
      const unit = call.span;
      const span = call.isNew ? call.span : { start: call.nameSpan.start, end: call.span.end };
      if (call.name.includes(UNKNOWN)) {
        if (/delete|destroy|terminate|drop/i.test(call.name))
          report({
            messageId: "computed",
            data: { call: "method", name: call.name.replaceAll(UNKNOWN, "\u2026") },
            span,
            unit
          });
        continue;
      }
      const key = operationKey(call.name);
      const what = DELETE_OPERATIONS[key];
      if (what) {
        report({ messageId: "operation", data: { call: label2, what }, span, unit });
        continue;
      }
      if ((key === "deleteobjects" || key === "deleteobject") && (listsVersions || mentionsVersionId(doc, call))) {
        report({ messageId: "versions", data: { call: label2 }, span, unit });
        continue;
      }
      if (key === "deleteobjects" && listsWholeBucket) {
        report({ messageId: "emptyBucket", data: { call: label2 }, span, unit });
        continue;
      }
      if (call.name === "delete" && call.receiver.includes("object_versions")) {
        report({ messageId: "versions", data: { call: label2 }, span, unit });
        continue;
      }
      if (call.name === "delete" && call.receiver.includes("objects") && call.receiver.some((r) => /bucket/i.test(r))) {
        report({ messageId: "emptyBucket", data: { call: label2 }, span, unit });
        continue;
      }
      if (call.name === "deleteFiles" && call.args.length === 0) {
        report({ messageId: "emptyBucket", data: { call: label2 }, span, unit });
        continue;
      }
      const previous = call.receiver.at(-1) ?? "";
      if (call.name === "delete" && previous.endsWith("()") && GCP_COLLECTIONS.has(previous.slice(0, -2))) {
        report({
          messageId: "operation",
          data: { call: label2, what: `the ${previous.slice(0, -2)} resource` },
          span,
          unit
        });
        continue;
      }
      if (AZURE_DELETE.has(call.name) && AZURE_COLLECTIONS.has(previous.toLowerCase()) && call.name !== "delete") {
        report({ messageId: "operation", data: { call: label2, what: `the Azure ${previous}` }, span, unit });
        continue;
      }
      if (call.name === "delete" && call.args.length === 0 && isDynamoTable(doc, previous)) {
        report({ messageId: "operation", data: { call: label2, what: DELETE_OPERATIONS.deletetable }, span, unit });
        continue;
      }
      if (call.name === "delete" && /bucket/i.test(previous) && (forced(call) || previous.endsWith("()"))) {
        report({
          messageId: "operation",
          data: { call: label2, what: "the storage bucket and its objects" },
          span,
          unit
        });
      }
    }
  }
};
function isWholeBucketListing(doc, call) {
  if (!/^listobjects(v2)?(command)?$/.test(operationKey(call.name))) return false;
  const keys = [
    ...call.args.map((a) => a.key),
    ...call.args.flatMap((a) => propertiesOf(a.value, doc.scope).map((p) => p.key))
  ];
  return keys.includes("Bucket") && !keys.includes("Prefix");
}
function isDynamoTable(doc, previous) {
  if (previous === "Table()") return doc.language === "python";
  const assigned = doc.scope.constants.get(previous);
  return doc.language === "python" && assigned !== void 0 && assigned !== null && /\.Table\(/.test(assigned.text);
}
function forced(call) {
  return call.args.some((a) => a.key === "force" && booleanOf(a.value) === true);
}
function mentionsVersionId(doc, call) {
  return call.args.some(
    (a) => propertiesOf(a.value, doc.scope).some((p) => p.key === "VersionId") || a.key === "VersionId"
  );
}
function callLabel(call) {
  if (call.isNew) return `new ${call.name}`;
  const receiver = call.receiver.at(-1);
  return receiver && receiver.length <= 40 ? `${receiver}.${call.name}` : call.name;
}

// src/rules/code/dynamic-sql.ts
var codeDynamicSql = {
  meta: {
    id: "code/dynamic-sql",
    family: "code",
    kind: "destructive",
    defaultSeverity: "block",
    description: "Application code runs SQL built from pieces (f-strings, format, concatenation, template literals) whose known part is destructive: `DROP TABLE ${name}` in a loop drops whatever the names turn out to be.",
    messages: {
      dynamicSql: "{call} runs SQL built at run time in a destructive shape ({shape}); what it destroys is decided when it runs"
    },
    examples: {
      invalid: [
        {
          code: 'def purge(cur, tables):\n    for t in tables:\n        cur.execute(f"DROP TABLE IF EXISTS {t} CASCADE")\n',
          line: 3,
          path: "ops/purge.py"
        },
        {
          code: 'export async function wipe(pool, table) {\n  await pool.query("TRUNCATE " + table);\n}\n',
          line: 2,
          path: "src/admin/wipe.js"
        },
        {
          code: 'package main\n\nfunc reset(db *sql.DB, t string) {\n	db.Exec(fmt.Sprintf("DELETE FROM %s", t))\n}\n',
          line: 4,
          path: "cmd/reset/main.go"
        }
      ],
      valid: [
        {
          code: 'def expire(cur, days):\n    cur.execute("DELETE FROM sessions WHERE created_at < now() - %s::interval", (days,))\n',
          path: "app/jobs.py"
        },
        {
          code: "export const byId = (pool, id) => pool.query(`SELECT * FROM orders WHERE id = ${Number(id)}`);\n",
          path: "src/orders.js"
        }
      ]
    }
  },
  check(doc, report) {
    for (const d of doc.dynamicSql) {
      report({ messageId: "dynamicSql", data: { call: d.call, shape: d.shape }, span: d.span, unit: d.unit });
    }
  }
};

// src/rules/code/datastore-wipe.ts
var REDIS_WIPES = {
  FLUSHALL: "deletes every key of every Redis database",
  FLUSHDB: "deletes every key of the Redis database"
};
var RAW_COMMAND_CALLS = /* @__PURE__ */ new Set([
  "call",
  "sendCommand",
  "send_command",
  "execute_command",
  "Do",
  "command",
  // Elixir's Redix
  "command!"
]);
var datastoreWipe = {
  meta: {
    id: "code/datastore-wipe",
    family: "code",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A client call that empties or drops a datastore outside SQL: a MongoDB database or collection `drop()` or `remove({})`, an Elasticsearch/OpenSearch index deletion or `delete_by_query` over `match_all`, a Firestore `recursiveDelete`, Redis `FLUSHALL`/`FLUSHDB` (go-redis, raw commands).",
    messages: { wipe: "{call} {what}" },
    examples: {
      invalid: [
        {
          code: "module.exports = {\n  async up(db) {\n    await db.collection('events').drop();\n  },\n};\n",
          line: 3,
          path: "scripts/reset-events.js"
        },
        {
          code: 'from elasticsearch import Elasticsearch\n\nes = Elasticsearch(ES_URL)\nes.indices.delete(index="orders-*")\n',
          line: 4,
          path: "ops/reindex.py"
        },
        {
          code: "await client.deleteByQuery({ index: 'orders', query: { match_all: {} } });\n",
          line: 1,
          path: "scripts/purge.ts"
        },
        {
          code: "package cache\n\nfunc Warm(ctx context.Context, rdb *redis.Client) {\n	rdb.FlushAll(ctx)\n}\n",
          line: 4,
          path: "internal/cache/warm.go"
        },
        {
          code: "await firestore.recursiveDelete(firestore.collection('orders'));\n",
          line: 1,
          path: "scripts/reset.ts"
        }
      ],
      valid: [
        {
          code: "await db.collection('sessions').deleteMany({ expiresAt: { $lt: new Date() } });\n",
          path: "src/jobs/expire.js"
        },
        {
          code: 'es.indices.create(index="orders-v2")\nes.delete(index="orders", id=order_id)\n',
          path: "ops/index.py"
        },
        { code: "await redis.del(`session:${id}`);\n", path: "src/session.ts" },
        {
          code: "export const onUserDeleted = auth.user().onDelete(async (user) => {\n  await db.recursiveDelete(db.collection('users').doc(user.uid));\n});\n",
          path: "functions/src/onUserDeleted.ts"
        },
        { code: 'df = df.drop(columns=["tmp"])\n', path: "etl/clean.py" }
      ]
    }
  },
  check(doc, report) {
    for (const call of doc.calls) {
      const what = wipeOf(doc, call);
      if (what) report({ messageId: "wipe", data: { call: label(call), what }, span: call.span });
    }
  }
};
function wipeOf(doc, call) {
  const { name, receiver, args } = call;
  const lowerReceiver = receiver.map((r) => r.toLowerCase());
  const mongo = lowerReceiver.some((r) => r.includes("collection")) || receiver[0] === "db" && receiver.length >= 2;
  if (name === "drop" && args.length === 0 && mongo && doc.language !== "go")
    return "drops the MongoDB collection and every document in it";
  if (name === "remove" && mongo && args[0] && isEmptyFilter(doc, args[0].value))
    return "deletes every document of the MongoDB collection";
  if (name === "Drop" && doc.language === "go" && lowerReceiver.some((r) => r.startsWith("collection")))
    return "drops the MongoDB collection and every document in it";
  if ((name === "drop" || name === "Drop") && /^(get)?database\(\)$/.test(lowerReceiver.at(-1) ?? ""))
    return "drops the MongoDB database and every collection in it";
  if (/^(delete|Delete)$/.test(name) && lowerReceiver.at(-1) === "indices")
    return `deletes the search ${indexTarget(doc, call)} and every document in it`;
  if (/^(delete_by_query|deleteByQuery|DeleteByQuery)$/.test(name) && /match_all/.test(call.node.text))
    return "deletes every document of the index (match_all)";
  if ((name === "recursiveDelete" || name === "recursive_delete") && args[0]) {
    if (!underOneDocument(doc, args[0].value)) return "deletes the Firestore collection and everything under it";
    if (!endsInCollection(doc, args[0].value) && !DELETION_TRIGGER.test(doc.text))
      return "deletes the Firestore document and every subcollection under it";
  } else if (name === "recursiveDelete" || name === "recursive_delete")
    return "deletes the Firestore collection and everything under it";
  if (/^(FlushAll|FlushDB|FlushAllAsync|FlushDBAsync|flush_all|flush_db)$/.test(name))
    return REDIS_WIPES[name.toUpperCase().replace(/_|ASYNC$/g, "")] ?? REDIS_WIPES.FLUSHDB;
  if (SCRIPT_CALLS.has(name) && (receiver.length > 0 || name === "NewScript")) {
    const script = scriptText(doc, call);
    const flush = /redis\.p?call\(\s*['"](flushall|flushdb)['"]/i.exec(script);
    if (flush) return REDIS_WIPES[flush[1].toUpperCase()];
    const listsAll = /redis\.p?call\(\s*['"]keys['"]\s*,\s*['"]\*['"]/i.test(script) || /redis\.p?call\(\s*['"]scan['"]/i.test(script) && !/['"]match['"]/i.test(script);
    if (listsAll && /redis\.p?call\(\s*['"](del|unlink)['"]/i.test(script))
      return "runs a Lua script that lists every key and deletes it";
  }
  if (RAW_COMMAND_CALLS.has(name)) {
    for (const arg of args) {
      const first = arrayHead(arg.value) ?? arg.value;
      const command = evaluate(first, doc.scope).text.toUpperCase();
      if (Object.hasOwn(REDIS_WIPES, command)) return REDIS_WIPES[command];
    }
  }
  return void 0;
}
var DELETION_TRIGGER = /\.onDelete\s*\(|\bonDocumentDeleted\b|\bbeforeUserDeleted\b|\bon_document_deleted\b|\bon_user_deleted\b|\bonUserDeleted\b/;
var DOCUMENT_CALLS = /* @__PURE__ */ new Set(["doc", "Doc", "document", "Document"]);
function underOneDocument(doc, node) {
  const call = referenceCall(doc, node);
  if (!call || call.computedName) return false;
  return [...call.receiverCalls.map((c) => c.name), call.name].some((n) => DOCUMENT_CALLS.has(n));
}
function referenceCall(doc, node, depth = 0) {
  if (depth > 4) return void 0;
  if (node.type === "identifier") {
    const assigned = doc.scope.constants.get(node.text);
    return assigned ? referenceCall(doc, assigned, depth + 1) : void 0;
  }
  return doc.calls.find((c) => c.node.startIndex === node.startIndex && c.node.endIndex === node.endIndex);
}
function endsInCollection(doc, node) {
  return /^(collection|Collection)$/.test(referenceCall(doc, node)?.name ?? "");
}
var SCRIPT_CALLS = /* @__PURE__ */ new Set([
  "eval",
  "Eval",
  "EVAL",
  "eval_ro",
  "register_script",
  "registerScript",
  "defineCommand",
  "script_load",
  "scriptLoad",
  "ScriptLoad",
  "NewScript"
]);
function scriptText(doc, call) {
  const texts = [];
  for (const arg of call.args) {
    const lua = propertiesOf(arg.value, doc.scope).find((p) => p.key === "lua");
    texts.push(evaluate(lua?.value ?? arg.value, doc.scope).text);
  }
  return texts.join("\n");
}
function indexTarget(doc, call) {
  const arg = call.args.find((a) => a.key === "index") ?? call.args[0];
  if (!arg) return "index";
  const prop = propertiesOf(arg.value, doc.scope).find((p) => p.key === "index");
  const text = evaluate(prop?.value ?? arg.value, doc.scope).text;
  if (text === "_all" || text === "*") return "indices (all of them)";
  return /^[\w.*,-]+$/.test(text) ? `index ${text}` : "index";
}
function isEmptyFilter(doc, node) {
  return (node.type === "object" || node.type === "dictionary") && propertiesOf(node, doc.scope).length === 0;
}
function arrayHead(node) {
  if (node.type !== "array" && node.type !== "list") return void 0;
  return node.namedChildren.find((c) => c !== null) ?? void 0;
}

// src/parsers/code/flow.ts
var BINDERS = /* @__PURE__ */ new Set([
  "assignment",
  "assignment_expression",
  "assignment_statement",
  "augmented_assignment",
  "variable_declarator",
  "short_var_declaration",
  "var_spec",
  "named_expression",
  "let_declaration",
  // Loops: the variable walks what the loop iterates.
  "for_statement",
  "for_in_statement",
  "for_in_clause",
  "range_clause",
  "enhanced_for_statement",
  "foreach_statement",
  "for_expression",
  "for"
]);
var FUNCTION_LITERALS = /* @__PURE__ */ new Set([
  "arrow_function",
  "function_expression",
  "function",
  "lambda",
  "lambda_expression",
  "anonymous_function",
  "func_literal",
  "closure_expression",
  "block",
  "do_block"
]);
var NAME_TYPES = /* @__PURE__ */ new Set([
  "identifier",
  "variable_name",
  "shorthand_property_identifier",
  "shorthand_property_identifier_pattern",
  "simple_identifier"
]);
var SCOPE = /function|method|lambda|closure|block|body|^program$|^module$|^source$|^source_file$|compilation_unit/;
function flowFrom(root, sources) {
  const tainted = /* @__PURE__ */ new Map();
  const within = (inner, outer) => outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
  const holdsSource = (node) => sources.some((s) => within(s, node));
  const sourceIds = new Set(sources.map((s) => s.id));
  const carries = (node, exclude) => {
    if (exclude && node.id === exclude.id) return false;
    if (sourceIds.has(node.id)) return true;
    if (NAME_TYPES.has(node.type) && taintedAt(node)) return true;
    for (const child of node.namedChildren) if (child && carries(child, exclude)) return true;
    return false;
  };
  const bound = /* @__PURE__ */ new Map();
  const taintedAt = (use) => {
    const scopes = tainted.get(use.text);
    if (!scopes) return false;
    let innermost;
    for (const scope of bound.get(use.text) ?? [])
      if (within(use, scope) && (!innermost || scope.startIndex >= innermost.startIndex)) innermost = scope;
    return innermost !== void 0 && scopes.some((s) => s.id === innermost.id);
  };
  if (sources.length === 0) return { holdsSource, carries };
  const bindings = bindingsOf(root);
  for (const binding of bindings)
    for (const name of binding.targets) bound.set(name, [...bound.get(name) ?? [], binding.scope]);
  for (let round = 0, changed = true; changed && round < 8; round++) {
    changed = false;
    for (const binding of bindings) {
      if (!binding.values.some((v) => carries(v, binding.exclude))) continue;
      for (const name of binding.targets) {
        const scopes = tainted.get(name) ?? [];
        if (scopes.some((s) => s.id === binding.scope.id)) continue;
        tainted.set(name, [...scopes, binding.scope]);
        changed = true;
      }
    }
  }
  return { holdsSource, carries };
}
function bindingsOf(root) {
  const out = [];
  const visit = (node) => {
    const binding = bindingOf(node) ?? callbackOf(node);
    if (binding) out.push(binding);
    for (const child of node.namedChildren) if (child && child.type !== "comment") visit(child);
  };
  visit(root);
  return out;
}
function bindingOf(node) {
  let left = null;
  let right = null;
  if (BINDERS.has(node.type)) {
    left = node.childForFieldName("left") ?? node.childForFieldName("name") ?? node.childForFieldName("pattern");
    right = node.childForFieldName("right") ?? node.childForFieldName("value");
    if (left && !right && node.type === "variable_declarator") right = node.namedChildren.at(-1) ?? null;
    if (!left && !right && node.type === "foreach_statement") {
      right = node.namedChildren[0] ?? null;
      left = node.namedChildren[1] ?? null;
    }
  } else if (node.type === "binary_operator") {
    const operator = node.childForFieldName("operator")?.text;
    if (operator === "=" || operator === "<-") {
      left = node.childForFieldName("left");
      right = node.childForFieldName("right");
    }
  }
  if (!left || !right || left.id === right.id) return void 0;
  return { targets: namesIn(left), values: [right], scope: scopeOf(node) };
}
function callbackOf(node) {
  if (!/call|invocation/.test(node.type)) return void 0;
  const argumentLists = node.namedChildren.filter((c) => c !== null && /arguments|argument_list/.test(c.type));
  const literal = [...node.namedChildren, ...argumentLists.flatMap((a) => a?.namedChildren ?? [])].find(
    (c) => c !== null && FUNCTION_LITERALS.has(c.type)
  );
  if (!literal) return void 0;
  const parameters = parametersOf(literal);
  if (!parameters) return void 0;
  const targets = namesIn(parameters);
  if (targets.length === 0) return void 0;
  return { targets, values: [node], exclude: literal, scope: literal };
}
function parametersOf(literal) {
  const field = literal.childForFieldName("parameter") ?? literal.childForFieldName("parameters");
  if (field) return field;
  for (const child of literal.namedChildren) {
    if (!child) continue;
    if (/parameters|parameter_list/.test(child.type)) return child;
    if (child.type === "stab_clause") return child.childForFieldName("left") ?? void 0;
  }
  return void 0;
}
function namesIn(node) {
  const names = [];
  const visit = (n) => {
    if (NAME_TYPES.has(n.type)) names.push(n.text);
    else for (const child of n.namedChildren) if (child) visit(child);
  };
  visit(node);
  return names;
}
function scopeOf(node) {
  let scope = node.parent;
  while (scope?.parent && !SCOPE.test(scope.type)) scope = scope.parent;
  return scope ?? node;
}

// src/rules/code/delete-over-listing.ts
var KEY_LISTINGS = /* @__PURE__ */ new Set([
  "keys",
  "KEYS",
  "Keys",
  "scan_iter",
  "scanIter",
  "scan",
  "SCAN",
  "Scan",
  "scanStream",
  "scanIterator",
  "ScanIterator"
]);
var STORE_LISTINGS = /* @__PURE__ */ new Set([
  // GCS, Azure Blob
  "list_blobs",
  "list_blob_names",
  "getFiles",
  "listBlobsFlat",
  "listBlobsByHierarchy",
  // S3
  "list_objects",
  "list_objects_v2",
  "listObjects",
  "listObjectsV2",
  "ListObjects",
  "ListObjectsV2",
  "ListObjectsCommand",
  "ListObjectsV2Command",
  "paginateListObjectsV2",
  "NewListObjectsV2Paginator",
  // DynamoDB (a scan reads every item unless it filters)
  "ScanCommand",
  "paginateScan",
  "NewScanPaginator",
  // Firestore
  "listDocuments",
  "list_documents"
]);
var BOUNDS = /* @__PURE__ */ new Set([
  "match",
  "MATCH",
  "pattern",
  "prefix",
  "Prefix",
  "name_starts_with",
  "FilterExpression",
  "ScanFilter",
  "KeyConditionExpression",
  "where"
]);
var MANAGERS = /* @__PURE__ */ new Set(["objects", "_default_manager", "_base_manager"]);
var DELETES = /* @__PURE__ */ new Set([
  "delete",
  "Delete",
  "del",
  "Del",
  "DEL",
  "unlink",
  "Unlink",
  "UNLINK",
  "destroy",
  "destroy!",
  "delete!",
  // A batch of a relation: `Order.in_batches { |batch| batch.delete_all }`.
  "delete_all",
  "destroy_all",
  "forceDelete",
  "remove",
  "deleteAll",
  "deleteAllInBatch",
  "deleteInBatch",
  "deleteOne",
  "delete_one",
  "delete_many",
  "deleteMany",
  "delete_item",
  "deleteItem",
  "DeleteItem",
  "delete_blob",
  "delete_blobs",
  "deleteBlob",
  "deleteIfExists",
  "delete_object",
  "delete_objects",
  "deleteObject",
  "deleteObjects",
  "DeleteObject",
  "DeleteObjects",
  "DeleteObjectCommand",
  "DeleteObjectsCommand",
  "DeleteItemCommand",
  "DeleteCommand",
  "batch_delete"
]);
var BATCH_WRITES = /* @__PURE__ */ new Set([
  "batch_write_item",
  "batchWrite",
  "batchWriteItem",
  "BatchWriteItem",
  "BatchWriteCommand",
  "BatchWriteItemCommand"
]);
var RAW_COMMAND_CALLS2 = /* @__PURE__ */ new Set([
  "call",
  "sendCommand",
  "send_command",
  "execute_command",
  "Do",
  "command",
  "command!",
  "pipeline",
  "pipeline!"
]);
var deleteOverListing = {
  meta: {
    id: "code/delete-over-listing",
    family: "code",
    kind: "destructive",
    defaultSeverity: "block",
    description: 'A delete fed by a listing of the whole store: every Redis key from `keys("*")` or an unbounded `SCAN`, every item of a DynamoDB `scan()`, every object of a bucket or container listed without a prefix, every row of `Model.objects.all()`. The listing may reach the delete directly, through a variable, a loop or a callback.',
    messages: {
      fed: "{call} deletes what {listing} lists, and that listing has no prefix, pattern or filter: everything in the store is deleted"
    },
    examples: {
      invalid: [
        {
          code: "import redis\n\nr = redis.Redis.from_url(REDIS_URL)\nfor key in r.scan_iter('*'):\n    r.delete(key)\n",
          line: 5,
          path: "ops/reset_cache.py"
        },
        {
          code: "const keys = await redis.keys('*');\nif (keys.length) await redis.unlink(...keys);\n",
          line: 2,
          path: "scripts/flush.ts"
        },
        {
          code: "table = boto3.resource('dynamodb').Table('orders')\nitems = table.scan()['Items']\nwith table.batch_writer() as batch:\n    for item in items:\n        batch.delete_item(Key={'id': item['id']})\n",
          line: 5,
          path: "ops/purge_orders.py"
        },
        {
          code: "bucket = storage.Client().bucket('uploads')\nbucket.delete_blobs(list(bucket.list_blobs()))\n",
          line: 2,
          path: "jobs/cleanup.py"
        }
      ],
      valid: [
        {
          code: "for key in r.scan_iter(f'session:{session_id}:*'):\n    r.delete(key)\n",
          path: "app/sessions.py"
        },
        { code: "await redis.del(`cart:${userId}`);\n", path: "src/cart.ts" },
        {
          code: "for blob in bucket.list_blobs(prefix=f'exports/{job_id}/'):\n    blob.delete()\n",
          path: "jobs/exports.py"
        },
        {
          code: "resp = table.scan(FilterExpression=Attr('expires_at').lt(now))\nfor item in resp['Items']:\n    table.delete_item(Key={'id': item['id']})\n",
          path: "jobs/expire.py"
        }
      ]
    }
  },
  check(doc, report) {
    const listings = doc.calls.filter((c) => isUnboundedListing(doc, c));
    if (listings.length === 0) return;
    const flow = flowFrom(
      doc.root,
      listings.map((c) => c.node)
    );
    const listingBefore = (call) => listings.filter((l) => l.span.start <= call.span.start).at(-1) ?? listings[0];
    for (const call of doc.calls) {
      if (!isDelete(doc, call)) continue;
      const { callee, args } = parts(call);
      const fed = args.some((a) => flow.carries(a)) || callee !== void 0 && carriesByName(flow, callee, listings);
      if (!fed) continue;
      report({
        messageId: "fed",
        data: { call: label(call), listing: label(listingBefore(call)) },
        span: { start: call.nameSpan.start, end: call.span.end },
        unit: call.span
      });
    }
  }
};
function isUnboundedListing(doc, call) {
  const { name, receiver, args } = call;
  if (RAW_COMMAND_CALLS2.has(name)) {
    const words = rawWords(doc, call);
    if (words[0] !== "KEYS" && words[0] !== "SCAN") return false;
    return !patternBounded(words.slice(1).filter((w, i, all) => !isCountOption(w, all[i - 1])));
  }
  if (KEY_LISTINGS.has(name)) {
    if (namedBound(doc, call) !== void 0) return !namedBound(doc, call);
    const positional = args.filter(
      (a) => a.key === void 0 && !isCursorOrContext(a.value) && propertiesOf(a.value, doc.scope).length === 0
    ).filter((a) => !/^(object|dictionary|hash|composite_literal|unary_expression|keywords)$/.test(a.value.type)).map((a) => evaluate(a.value, doc.scope).text).filter((w, i, all) => w !== "MATCH" && !isCountOption(w, all[i - 1]));
    return !patternBounded(positional);
  }
  if (STORE_LISTINGS.has(name) || name === "paginate" && paginatesListing(doc, call)) {
    return namedBound(doc, call) !== true;
  }
  if (name === "all" && args.length === 0 && MANAGERS.has(receiver.at(-1) ?? "")) return true;
  if (MODEL_LISTINGS.has(name) && args.every((a) => a.key !== void 0 && BATCH_OPTIONS.test(a.key) || isEmptyOptions(doc, a.value))) {
    const model = receiver.at(-1) ?? "";
    if (/^[A-Z]\w*$/.test(model) || name === "findAll" && /repo(sitory)?$/i.test(model)) return true;
  }
  if (name === "findMany" && receiver.length >= 2 && args.every((a) => isEmptyOptions(doc, a.value))) return true;
  if (ELOQUENT_ITERATIONS.has(name) && /^[A-Z]\w*$/.test(receiver[0] ?? "") && receiver.length >= 2)
    return receiver.slice(1).every((r) => ELOQUENT_WHOLE.has(r));
  if ((name === "get" || name === "stream") && args.length === 0) {
    const steps = call.receiverCalls.map((c) => c.name);
    return (steps.at(-1) === "collection" || steps.at(-1) === "collection_group") && steps.length <= 3;
  }
  return false;
}
var BATCH_OPTIONS = /^(batch_size|of|start|finish|order|lean|batchSize|select|orderBy|include)$/;
var ELOQUENT_ITERATIONS = /* @__PURE__ */ new Set(["each", "lazy", "cursor", "get", "chunk", "chunkById", "lazyById", "eachById"]);
var ELOQUENT_WHOLE = /* @__PURE__ */ new Set(["query()", "newQuery()", "withTrashed()", "withoutGlobalScopes()", "all()"]);
var MODEL_LISTINGS = /* @__PURE__ */ new Set(["findAll", "find", "all", "find_each", "find_in_batches", "in_batches"]);
function isEmptyOptions(doc, node) {
  if (/block|lambda|function|block_argument/.test(node.type)) return true;
  if (/^(object|dictionary|hash|pair)$/.test(node.type))
    return propertiesOf(node, doc.scope).every((p) => BATCH_OPTIONS.test(p.key));
  return false;
}
function namedBound(doc, call) {
  const values = [];
  for (const arg of call.args) {
    if (arg.key !== void 0) {
      if (BOUNDS.has(arg.key)) values.push(arg.value);
      continue;
    }
    for (const p of propertiesOf(arg.value, doc.scope)) if (BOUNDS.has(p.key)) values.push(p.value);
  }
  if (values.length === 0) return void 0;
  return patternBounded(values.map((v) => evaluate(v, doc.scope).text));
}
function patternBounded(patterns) {
  return patterns.some((p) => p.includes(UNKNOWN) || /[^*?\s[\]]/.test(p.replaceAll(UNKNOWN, "")));
}
function isCountOption(word, before) {
  return /^(COUNT|TYPE)$/i.test(word) || /^(COUNT|TYPE)$/i.test(before ?? "");
}
function isCursorOrContext(node) {
  if (/^(integer|number|int_literal|decimal_integer_literal|integer_literal)$/.test(node.type)) return true;
  return /^(ctx|context|c|cursor|cur|conn|_)$/i.test(node.text) || node.text === "context.Background()";
}
function paginatesListing(doc, call) {
  const made = call.receiverCalls.at(-1) ?? (call.receiver.length === 1 ? doc.calls.find((c) => c.node.id === doc.scope.constants.get(call.receiver[0])?.id) : void 0);
  if (made?.name !== "get_paginator" || !made.args[0]) return false;
  return /^(list_objects(_v2)?|scan|list_blobs)$/.test(evaluate(made.args[0].value, doc.scope).text);
}
function isDelete(doc, call) {
  if (DELETES.has(call.name)) return true;
  if (/^(p?expire|P?Expire)$/.test(call.name))
    return call.args.some((a) => /^-?[01]$/.test(a.value.text) && a.value.text !== "1");
  if (BATCH_WRITES.has(call.name)) return /DeleteRequest/.test(call.node.text);
  if (RAW_COMMAND_CALLS2.has(call.name)) {
    const word = rawWords(doc, call)[0];
    return word === "DEL" || word === "UNLINK";
  }
  return false;
}
function rawWords(doc, call) {
  const words = [];
  for (const arg of call.args) {
    const items = arg.value.type === "list" || arg.value.type === "array" ? arg.value.namedChildren : [arg.value];
    for (const item of items) {
      if (!item) continue;
      const text = evaluate(item, doc.scope).text;
      if (words.length === 0 && text.includes(UNKNOWN)) continue;
      words.push(words.length === 0 ? text.toUpperCase() : text);
    }
  }
  return words;
}
function parts(call) {
  const args = call.args.map((a) => a.value);
  const callee = call.node.childForFieldName("function") ?? call.node.childForFieldName("target") ?? call.node.childForFieldName("object") ?? call.node.childForFieldName("receiver") ?? void 0;
  return { callee, args };
}
function carriesByName(flow, callee, listings) {
  if (listings.some((l) => callee.startIndex <= l.span.start && l.span.end <= callee.endIndex)) return false;
  return flow.carries(callee);
}

// src/rules/code/schema-reset.ts
var TEST_SUPPORT = /(^|\/)conftest\.py$/;
var RESETS = {
  drop_all: { does: "drops every table the models map", languages: ["python"] },
  drop_tables: { does: "drops the tables it is given, with their rows", languages: ["python"] },
  dropAllTables: { does: "drops every table of the database" },
  dropAllSchemas: { does: "drops every schema of the database" },
  DropTable: { does: "drops the table and its rows", languages: ["go"] },
  // EF Core: context.Database.EnsureDeleted()
  EnsureDeleted: { does: "drops the whole database", languages: ["csharp"] },
  EnsureDeletedAsync: { does: "drops the whole database", languages: ["csharp"] },
  // Ecto: Repo.__adapter__().storage_down(config), Ecto.Adapters.Postgres.storage_down(config)
  storage_down: { does: "drops the whole database", languages: ["elixir"] }
};
var MIX_DROPS = /* @__PURE__ */ new Set(["ecto.drop", "ecto.reset", "ecto.rollback --all"]);
var schemaReset = {
  meta: {
    id: "code/schema-reset",
    family: "code",
    kind: "destructive",
    defaultSeverity: "block",
    description: 'Application code that drops its schema when it runs, typically at boot: SQLAlchemy/Flask `drop_all()`, `sequelize.sync({ force: true })`, TypeORM `dropSchema: true` or `synchronize(true)`, Django `call_command("flush")`, GORM `Migrator().DropTable`.',
    messages: {
      call: "{call} {does}: wherever this code runs, production included, the data is gone",
      option: "{option} makes {owner} drop the schema and every row in it each time it connects",
      alias: "the mix alias {alias} runs {task}, which drops the database: wherever `mix {alias}` runs (a deploy, a release, a CI job), the data is gone"
    },
    examples: {
      invalid: [
        {
          code: "def create_app():\n    app = Flask(__name__)\n    db.init_app(app)\n    with app.app_context():\n        db.drop_all()\n        db.create_all()\n    return app\n",
          line: 5,
          path: "app/__init__.py"
        },
        { code: "await sequelize.sync({ force: true });\napp.listen(3000);\n", line: 1, path: "src/server.js" },
        {
          code: "export const AppDataSource = new DataSource({\n  type: 'postgres',\n  url: process.env.DATABASE_URL,\n  synchronize: true,\n  dropSchema: true,\n});\n",
          line: 5,
          path: "src/data-source.ts"
        },
        {
          code: "from django.core.management import call_command\n\ndef reset():\n    call_command('flush', interactive=False)\n",
          line: 4,
          path: "shop/startup.py"
        }
      ],
      valid: [
        { code: "def init_db():\n    db.create_all()\n", path: "app/db.py" },
        { code: "await sequelize.sync();\nawait sequelize.sync({ alter: false });\n", path: "src/server.js" },
        {
          code: "export const TestDataSource = new DataSource({ type: 'sqlite', database: ':memory:', dropSchema: process.env.NODE_ENV === 'test' });\n",
          path: "src/data-source.ts"
        },
        {
          code: "import pytest\n\n@pytest.fixture\ndef db():\n    Base.metadata.create_all(engine)\n    yield\n    Base.metadata.drop_all(engine)\n",
          path: "conftest.py"
        }
      ]
    }
  },
  check(doc, report) {
    if (TEST_SUPPORT.test(doc.path)) return;
    for (const call of doc.calls) {
      const found = resetCall(doc, call);
      if (found) report({ messageId: "call", data: { call: label(call), does: found }, span: call.span });
    }
    if (doc.language === "elixir" && MIX_PROJECT.test(doc.path)) {
      for (const found of mixAliasDrops(doc.root)) report({ messageId: "alias", data: found.data, span: found.span });
    }
    for (const option of dropSchemaOptions(doc.root)) {
      report({ messageId: "option", data: { option: "dropSchema: true", owner: "TypeORM" }, span: spanOf(option) });
    }
  }
};
function resetCall(doc, call) {
  const { name, receiver, args } = call;
  const reset = Object.hasOwn(RESETS, name) ? RESETS[name] : void 0;
  if (reset && receiver.length > 0 && (!reset.languages || reset.languages.includes(doc.language))) {
    if (name === "drop_all" && boundToMemory(doc, call)) return void 0;
    return reset.does;
  }
  if (doc.language === "elixir") return elixirReset(doc, call);
  if ((name === "Migrate" || name === "MigrateAsync") && doc.language === "csharp" && args[0]) {
    const target = args[0].value.text === "Migration.InitialDatabase" ? "0" : evaluate(args[0].value, doc.scope).text;
    if (target === "0") return "rolls back every migration: each Down drops what its Up made";
  }
  if (name === "sync" && args[0] && (doc.language === "javascript" || doc.language === "typescript" || doc.language === "tsx")) {
    const force = propertiesOf(args[0].value, doc.scope).find((p) => p.key === "force");
    if (force && booleanOf(force.value) === true) return "with force: true drops every table and creates it again";
  }
  if (name === "synchronize" && args[0] && booleanOf(args[0].value) === true)
    return "with dropBeforeSync drops every table and creates it again";
  if (name === "call_command" && args[0]) {
    const command = evaluate(args[0].value, doc.scope).text;
    if (command === "flush") return "deletes every row of every table";
    if (command === "reset_db" || command === "reset_schema") return "drops and recreates the database";
  }
  return void 0;
}
function elixirReset(doc, call) {
  const { name, receiver, args } = call;
  const task = receiver.join(".");
  if (name === "run" && (task === "Mix.Task" || task === "Mix.Task.rerun") && args[0]) {
    const command = evaluate(args[0].value, doc.scope).text.trim();
    if (MIX_DROPS.has(command)) return `runs ${command}, which drops the database`;
  }
  if (name === "run" && (task === "Mix.Tasks.Ecto.Drop" || task === "Mix.Tasks.Ecto.Reset"))
    return "drops the database";
  if (name === "run" && task.endsWith("Migrator") && args.some((a) => a.value.text === ":down")) {
    if (args.some((a) => a.key === "all" && booleanOf(a.value) === true))
      return "rolls back every migration: each down drops what its up made";
  }
  return void 0;
}
var MIX_PROJECT = /(^|\/)mix\.exs$/;
var DEVELOPER_ALIASES = /^(ecto\.reset|reset|db\.reset|test(\..*)?)$/;
function mixAliasDrops(root) {
  const found = [];
  for (const pair of root.descendantsOfType("pair")) {
    const key = pair?.childForFieldName("key");
    const value = pair?.childForFieldName("value");
    if (!pair || !key || value?.type !== "list") continue;
    const alias = key.text.replace(/:\s*$/, "").replace(/^"|"$/g, "");
    if (DEVELOPER_ALIASES.test(alias)) continue;
    for (const entry of value.namedChildren) {
      const task = entry?.type === "string" ? entry.text.slice(1, -1).trim() : "";
      if (!/^ecto\.(drop|reset)\b/.test(task)) continue;
      found.push({ data: { alias, task: task.split(/\s/)[0] }, span: spanOf(entry) });
    }
  }
  return found;
}
function boundToMemory(doc, call) {
  const bind = call.args.find((a) => a.key === "bind") ?? call.args.find((a) => a.key === void 0);
  if (!bind) return false;
  const engine = bind.value.type === "identifier" ? doc.scope.constants.get(bind.value.text) : bind.value;
  if (!engine) return false;
  const url = engine.type === "call" ? engine.childForFieldName("arguments")?.namedChildren[0] : void 0;
  const text = url ? evaluate(url, doc.scope).text : "";
  return /^sqlite(\+\w+)?:\/\/(\/:memory:)?$/.test(text) || text.includes(":memory:");
}
function dropSchemaOptions(root) {
  const found = [];
  const visit = (node) => {
    if (node.type === "pair") {
      const key = node.childForFieldName("key")?.text.replace(/['"]/g, "");
      const value = node.childForFieldName("value");
      if (key === "dropSchema" && value && booleanOf(value) === true) found.push(node);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return found;
}

// src/rules/code/production-target.ts
var NAME = /^[\w.:@/-]{2,120}$/;
var ENVIRONMENT_KEYS = /* @__PURE__ */ new Set(["environment", "env", "stage", "environmentname", "environment_name", "target_env"]);
var PRODUCTION_VALUES = /* @__PURE__ */ new Set(["production", "prod", "prd", "live"]);
function configuredKey(node) {
  const parent = node.parent;
  if (!parent) return void 0;
  const key = parent.type === "pair" && parent.childForFieldName("value")?.id === node.id ? parent.childForFieldName("key") : parent.type === "keyword_argument" && parent.childForFieldName("value")?.id === node.id ? parent.childForFieldName("name") : void 0;
  return key?.text.replace(/^[:"'`]+|[:"'`]+$/g, "").toLowerCase();
}
var productionTarget = {
  meta: {
    id: "code/production-target",
    family: "code",
    kind: "production",
    defaultSeverity: "warn",
    description: 'A string naming a production resource (`"payments-prod"`, a prod host) in code that also deletes infrastructure or data: the deletion is pointed at production.',
    messages: {
      productionTarget: '"{name}" names production, in code that deletes infrastructure or data',
      configured: "configures what this code talks to for production ({key}: {name})"
    },
    examples: {
      invalid: [
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\n\n\ndef drop(identifier="payments-prod"):\n    rds.delete_db_instance(DBInstanceIdentifier=identifier, SkipFinalSnapshot=False)\n',
          line: 6,
          path: "ops/drop.py"
        },
        {
          code: "export const config = {\n  railway: {\n    environment: 'production',\n  },\n};\n",
          line: 3,
          path: "tools/sync/config.ts"
        }
      ],
      valid: [
        { code: 'export const isProd = process.env.NODE_ENV === "production";\n', path: "src/env.ts" },
        { code: "export const config = { railway: { environment: 'staging' } };\n", path: "tools/sync/config.ts" },
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\nrds.delete_db_instance(DBInstanceIdentifier="payments-staging", SkipFinalSnapshot=False)\n',
          path: "ops/drop.py"
        }
      ]
    }
  },
  check(doc, report) {
    for (const { node, value } of doc.strings) {
      const key = configuredKey(node);
      if (key === void 0 || !ENVIRONMENT_KEYS.has(key) || !PRODUCTION_VALUES.has(value.text.toLowerCase())) continue;
      if (doc.destroysSomething && doc.isProductionName(value.text)) continue;
      report({ messageId: "configured", data: { key, name: value.text }, span: valueSpan(value) });
    }
    if (!doc.destroysSomething) return;
    for (const { value } of doc.strings) {
      if (!NAME.test(value.text) || !doc.isProductionName(value.text)) continue;
      report({ messageId: "productionTarget", data: { name: value.text }, span: valueSpan(value) });
    }
  }
};

// src/rules/code/provider-http-delete.ts
var providerHttpDelete = {
  meta: {
    id: "code/provider-http-delete",
    family: "code",
    kind: "destructive",
    defaultSeverity: "block",
    description: "An HTTP DELETE to a hosting or database provider API (Heroku, Render, Fly.io, Railway, Supabase, Neon, PlanetScale, DigitalOcean, Vercel\u2026).",
    messages: {
      delete: "HTTP DELETE to the {provider} API ({path}) deletes what it names there, with nothing to undo it",
      dynamicMethod: "a request to the {provider} API ({path}) whose HTTP method is decided at run time; it may be a DELETE"
    },
    examples: {
      invalid: [
        {
          code: "export async function dropApp(app: string) {\n  await fetch(`https://api.heroku.com/apps/${app}`, {\n    method: 'DELETE',\n    headers: { Authorization: `Bearer ${process.env.HEROKU_API_KEY}` },\n  });\n}\n",
          line: 2,
          path: "scripts/heroku.ts"
        },
        {
          code: 'import requests\n\n\ndef drop(service_id):\n    requests.delete(\n        f"https://api.render.com/v1/services/{service_id}",\n        headers={"Authorization": "Bearer x"},\n    )\n',
          line: 5,
          path: "ops/render.py"
        },
        {
          code: 'package ops\n\nfunc Drop(id string) {\n	req, _ := http.NewRequest(http.MethodDelete, "https://api.digitalocean.com/v2/databases/"+id, nil)\n	_ = req\n}\n',
          line: 4,
          path: "ops/do.go"
        }
      ],
      valid: [
        {
          code: "const res = await fetch(`https://api.heroku.com/apps/${app}`, { headers });\n",
          path: "scripts/heroku.ts"
        },
        { code: "await fetch(`https://example.com/items/${id}`, { method: 'DELETE' });\n", path: "src/items.ts" }
      ]
    }
  },
  check(doc, report) {
    for (const request of providerRequests(doc)) {
      if (request.api.graphql) continue;
      const data = {
        provider: request.api.provider,
        path: request.url.text.replaceAll(UNKNOWN, "\u2026").replace(/^\s*https?:\/\//, "")
      };
      const span = request.call.span;
      if (request.method === "DELETE") report({ messageId: "delete", data, span });
      else if (request.method === void 0) report({ messageId: "dynamicMethod", data, span });
    }
  }
};

// src/rules/code/skip-final-snapshot.ts
var SAFEGUARDS = {
  SkipFinalSnapshot: { when: true, what: "no final snapshot is taken before the database is deleted" },
  skip_final_snapshot: { when: true, what: "no final snapshot is taken before the database is deleted" },
  DeleteAutomatedBackups: { when: true, what: "the automated backups are deleted with the database" },
  delete_automated_backups: { when: true, what: "the automated backups are deleted with the database" },
  DeletionProtection: { when: false, what: "deletion protection is turned off" }
};
var skipFinalSnapshot = {
  meta: {
    id: "code/skip-final-snapshot",
    family: "code",
    kind: "protection",
    defaultSeverity: "block",
    description: "An SDK call that skips the final snapshot, deletes automated backups or turns deletion protection off (`SkipFinalSnapshot=True`).",
    messages: { safeguard: "{key} = {value}: {what}" },
    examples: {
      invalid: [
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\nrds.delete_db_instance(\n    DBInstanceIdentifier="orders",\n    SkipFinalSnapshot=True,\n)\n',
          line: 6,
          path: "ops/teardown.py"
        },
        {
          code: "await rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: id, DeletionProtection: false }));\n",
          line: 1,
          path: "scripts/unprotect.ts"
        }
      ],
      valid: [
        {
          code: 'rds.delete_db_instance(DBInstanceIdentifier="x", SkipFinalSnapshot=False, FinalDBSnapshotIdentifier="x-final")\n',
          path: "ops/teardown.py"
        },
        { code: "new aws.rds.Instance('db', { skipFinalSnapshot: true });\n", path: "infra/index.ts" }
      ]
    }
  },
  check(doc, report) {
    const seen = /* @__PURE__ */ new Set();
    const flag = (key, keyStart, keyEnd, value) => {
      const safeguard = SAFEGUARDS[key];
      if (!safeguard || seen.has(keyStart) || booleanOf(value) !== safeguard.when) return;
      seen.add(keyStart);
      report({
        messageId: "safeguard",
        data: { key, value: String(safeguard.when), what: safeguard.what },
        span: { start: keyStart, end: Math.max(keyEnd, value.endIndex) }
      });
    };
    for (const call of doc.calls) {
      for (const arg of call.args) {
        if (arg.key && arg.keySpan) flag(arg.key, arg.keySpan.start, arg.keySpan.end, arg.value);
        for (const p of propertiesOf(arg.value, doc.scope)) flag(p.key, p.keySpan.start, p.keySpan.end, p.value);
      }
    }
  }
};

// src/rules/code/lib/development-guard.ts
var DEVELOPMENT_TESTS = [
  /^Rails\.env\.(?:development|test|local)\?$/,
  /^Rails\.env\s*==\s*(["'])(?:development|test)\1$/,
  /^process\.env\.NODE_ENV\s*===?\s*(["'])(?:development|test)\1$/,
  /^(["'])(?:development|test)\1\s*===?\s*process\.env\.NODE_ENV$/,
  /^(?:app\(\)->|App::)environment\(\s*(["'])(?:local|testing)\1\s*\)$/,
  /^(?:app\(\)->|App::)(?:isLocal|runningUnitTests)\(\)$/
];
var NEGATED_TESTS = [
  /^process\.env\.NODE_ENV\s*!==?\s*(["'])(?:development|test)\1$/,
  /^(["'])(?:development|test)\1\s*!==?\s*process\.env\.NODE_ENV$/,
  /^Rails\.env\s*!=\s*(["'])(?:development|test)\1$/
];
var IF_TYPES = /* @__PURE__ */ new Set(["if_statement", "if", "unless", "if_modifier", "unless_modifier"]);
var EXIT_TYPES = /* @__PURE__ */ new Set(["return_statement", "return", "throw_statement", "raise_statement"]);
var EXIT_CALLS = /^(?:raise|abort|exit|exit!|process\.exit|die)\b/;
function developmentGuardOf(call) {
  let child = call.node;
  for (let node = call.node.parent; node; child = node, node = node.parent) {
    if (IF_TYPES.has(node.type)) {
      const test = guardedBranchTest(node, child);
      if (test) return `runs only in development or tests: it is inside \`if ${test}\` (line ${line(node)})`;
    }
    for (let sibling = child.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling) {
      const test = exitGuardTest(sibling);
      if (test) return `runs only in development or tests: the guard on line ${line(sibling)} leaves first (${test})`;
    }
  }
  return void 0;
}
function guardedBranchTest(ifNode, child) {
  const condition = conditionOf(ifNode);
  if (!condition || child.id === condition.id) return void 0;
  const text = normalise(condition.text);
  const negated = ifNode.type === "unless" || ifNode.type === "unless_modifier";
  const alternative = ifNode.childForFieldName("alternative");
  if (alternative && child.id === alternative.id) return void 0;
  if (ifNode.namedChildren.some(
    (c) => c && /^(else|else_clause|elsif|elif_clause|else_if_clause)$/.test(c.type) && c.id === child.id
  ))
    return void 0;
  return !negated && DEVELOPMENT_TESTS.some((re) => re.test(text)) ? text : void 0;
}
function exitGuardTest(statement) {
  if (!IF_TYPES.has(statement.type)) return void 0;
  const condition = conditionOf(statement);
  if (!condition) return void 0;
  const text = normalise(condition.text);
  const unless = statement.type === "unless" || statement.type === "unless_modifier";
  const failsTest = unless ? DEVELOPMENT_TESTS.some((re) => re.test(text)) : NEGATED_TESTS.some((re) => re.test(text)) || text.startsWith("!") && DEVELOPMENT_TESTS.some((re) => re.test(normalise(text.slice(1))));
  if (!failsTest || !alwaysExits(statement, condition)) return void 0;
  return `${unless ? "unless" : "if"} ${text}`;
}
function alwaysExits(statement, condition) {
  if (statement.childForFieldName("alternative")) return false;
  const body = statement.namedChildren.filter((c) => c !== null && c.id !== condition.id);
  if (body.some((c) => /else/.test(c.type))) return false;
  const last = lastStatement(body.at(-1));
  if (!last) return false;
  if (EXIT_TYPES.has(last.type)) return true;
  const text = last.type === "expression_statement" ? last.namedChild(0)?.text ?? "" : last.text;
  return EXIT_CALLS.test(text.trim());
}
function lastStatement(node) {
  let current = node;
  while (current && /^(statement_block|compound_statement|block|then|body_statement|colon_block)$/.test(current.type)) {
    const children = current.namedChildren.filter((c) => c !== null && c.type !== "comment");
    current = children.at(-1);
  }
  return current;
}
function conditionOf(node) {
  return node.childForFieldName("condition") ?? void 0;
}
function normalise(text) {
  let t = text.trim();
  while (t.startsWith("(") && t.endsWith(")") && balanced(t.slice(1, -1))) t = t.slice(1, -1).trim();
  return t.replace(/\s+/g, " ");
}
function balanced(text) {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}
function line(node) {
  return node.startPosition.row + 1;
}

// src/rules/code/lib/whole-table/conditions.ts
function tautologyText(text) {
  return /^["'`]?\s*\(?\s*(1\s*=\s*1|0\s*=\s*0|true|'(\w*)'\s*=\s*'\2')\s*\)?\s*["'`]?$/i.test(text.trim());
}
function isTautology(node, scope) {
  if (/^\(?\s*\w+\s*\)?\s*=>\s*true$/.test(node.text.trim())) return true;
  return tautologyText(evaluate(node, scope).text);
}
var KEY_FIELD = /^(id|_id|pk)$/i;
var NOTHING = /^(null|undefined|None|nil)$/;
var CREATED_FIELD = /^(created|inserted|updated)(At|_at|On|_on)$/;
var NOW = /^(new Date\(\)|new Date\(Date\.now\(\)\)|Date\.now\(\)|NOW\(\)|now\(\))$/;
function beforeNow(value, scope) {
  const inner = propertiesOf(value, scope);
  if (inner.length !== 1 || value.type !== "object") return false;
  const op = operatorOf(inner[0].key);
  return (op === "lt" || op === "lte") && NOW.test(inner[0].value.text.replace(/\s+/g, " ").trim());
}
function operatorOf(key) {
  return key.replace(/^\[|\]$/g, "").replace(/^(Op|Sequelize\.Op)\./, "").replace(/^\$/, "");
}
function matchesEveryRow(node, scope, options = {}, depth = 0) {
  if (node.type === "identifier" && depth < 3) {
    const assigned = scope.constants.get(node.text);
    return assigned ? matchesEveryRow(assigned, scope, options, depth + 1) : false;
  }
  if (!["object", "dictionary", "hash"].includes(node.type)) return false;
  const props = propertiesOf(node, scope);
  if (node.namedChildren.some((c) => c?.type === "spread_element" || c?.type === "dictionary_splat")) return false;
  return props.every((p) => {
    if (p.key === "AND" && p.value.type === "array" && p.value.namedChildren.length === 0) return true;
    if (CREATED_FIELD.test(p.key)) return beforeNow(p.value, scope);
    return KEY_FIELD.test(p.key) && keyAlwaysMatches(p.value, scope, options);
  });
}
function keyAlwaysMatches(value, scope, options) {
  const text = value.text.replace(/\s+/g, "");
  if (options.undefinedIsNoFilter && text === "undefined") return true;
  if (/^Not\(IsNull\(\)\)$|^MoreThan(OrEqual)?\(0\)$/.test(text)) return true;
  const inner = propertiesOf(value, scope);
  if (inner.length !== 1 || !["object", "dictionary", "hash"].includes(value.type)) return false;
  const op = operatorOf(inner[0].key);
  const operand = inner[0].value.text.trim();
  if ((op === "not" || op === "ne") && NOTHING.test(operand)) return true;
  if (op === "exists") return operand === "true" || operand === "True";
  if ((op === "gt" || op === "gte") && operand === "0") return true;
  return false;
}
function isEmptyObject(node, scope, depth = 0) {
  if ((node.type === "identifier" || node.type === "shorthand_property_identifier") && depth < 3) {
    const assigned = scope.constants.get(node.text);
    return assigned ? isEmptyObject(assigned, scope, depth + 1) : false;
  }
  return (node.type === "object" || node.type === "dictionary" || node.type === "hash") && propertiesOf(node, scope).length === 0 && !node.namedChildren.some((c) => c?.type === "spread_element" || c?.type === "dictionary_splat");
}

// src/rules/code/lib/whole-table/declared-types.ts
var cache = /* @__PURE__ */ new WeakMap();
function declaredTypeOf(root, name) {
  let types = cache.get(root);
  if (!types) {
    types = collect(root);
    cache.set(root, types);
  }
  return types.get(name) ?? void 0;
}
function collect(root) {
  const types = /* @__PURE__ */ new Map();
  const record = (name, type) => {
    if (!name || !type) return;
    const typeName = baseName(type);
    if (!typeName) return;
    const known2 = types.get(name.text);
    types.set(name.text, known2 === void 0 || known2 === typeName ? typeName : null);
  };
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    switch (node.type) {
      // TypeScript
      case "required_parameter":
      case "optional_parameter":
        record(node.childForFieldName("pattern"), node.childForFieldName("type"));
        break;
      case "public_field_definition":
      case "variable_declarator":
        if (node.childForFieldName("type")) record(node.childForFieldName("name"), node.childForFieldName("type"));
        break;
      // Java
      case "formal_parameter":
        record(node.childForFieldName("name"), node.childForFieldName("type"));
        break;
      case "field_declaration":
      case "local_variable_declaration":
        for (const declarator of node.childrenForFieldName("declarator"))
          record(declarator?.childForFieldName("name"), node.childForFieldName("type"));
        break;
      // Kotlin: the name and its user_type are children without fields.
      case "class_parameter":
      case "variable_declaration":
      case "parameter": {
        const name = node.namedChildren.find((c) => c?.type === "identifier" || c?.type === "simple_identifier");
        const type = node.namedChildren.find((c) => c?.type === "user_type");
        if (name && type) record(name, type);
        break;
      }
      default:
        break;
    }
    for (let i = node.namedChildCount - 1; i >= 0; i--) {
      const child = node.namedChild(i);
      if (child && child.type !== "comment") stack.push(child);
    }
  }
  return types;
}
function baseName(type) {
  const text = type.text.replace(/^:\s*/, "").replace(/<.*$/s, "").replace(/[?!\s]/g, "");
  const last = text.split(".").pop();
  return last && /^[A-Za-z_]\w*$/.test(last) ? last : void 0;
}
function isRepositoryType(type) {
  return type !== void 0 && /(Repository|Repo)$/.test(type);
}

// src/rules/code/lib/whole-table/types.ts
function quoted(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 60 ? flat : `${flat.slice(0, 57)}...`;
}

// src/rules/code/lib/whole-table/query-builder.ts
var KEEP_ALL = /* @__PURE__ */ new Set([
  "createQueryBuilder",
  "getQueryBuilder",
  "qb",
  "delete",
  "deleteFrom",
  "from",
  "getQuery",
  "returning",
  "returningAll",
  "setParameters",
  "setParameter",
  "useTransaction",
  "callListeners",
  "comment",
  "output",
  "withSchema"
]);
var WHERE = /^(where|andWhere|orWhere)$/;
function builderDelete(doc, call) {
  const steps = call.receiverCalls;
  const names = steps.map((s) => s.name);
  const kysely = names.includes("deleteFrom");
  if (!kysely && !(names.includes("delete") && (names.includes("createQueryBuilder") || names.includes("from"))))
    return void 0;
  let condition;
  for (const step of steps) {
    if (WHERE.test(step.name)) {
      const [only] = step.args;
      const always = step.args.length === 1 && (isTautology(only.value, doc.scope) || isEmptyObject(only.value, doc.scope));
      if (!always) return void 0;
      condition ??= quoted(step.node.text.slice(step.nameSpan.start - step.node.startIndex));
      continue;
    }
    if (!KEEP_ALL.has(step.name)) return void 0;
    if (step.name === "delete" && doc.language !== "php" && step.args.length > 0) {
      if (step.args.length > 1 || !isEmptyObject(step.args[0].value, doc.scope)) return void 0;
    }
  }
  return condition ? { messageId: "alwaysTrue", data: { condition } } : { messageId: "queryDelete" };
}

// src/rules/code/lib/whole-table/javascript.ts
function javascriptWholeTable(doc, call) {
  switch (call.name) {
    case "del":
    case "delete":
    case "truncate":
      return knexDelete(doc, call) ?? repositoryDelete(doc, call) ?? drizzleDelete(doc, call);
    case "clear":
    case "deleteAll":
      return repositoryClear(doc, call);
    case "nativeDelete":
      return mikroNativeDelete(doc, call);
    case "execute":
    case "executeTakeFirst":
    case "executeTakeFirstOrThrow":
      return builderDelete(doc, call);
    default:
      return void 0;
  }
}
var NOT_A_TABLE = /* @__PURE__ */ new Set(["require", "import", "fetch", "$", "axios", "jQuery", "get", "post", "request"]);
var KNEX_KEEP_ALL = /* @__PURE__ */ new Set([
  "from",
  "table",
  "into",
  "withSchema",
  "returning",
  "timeout",
  "transacting",
  "debug",
  "clearWhere",
  "clearOrder",
  "clearSelect",
  "connection",
  "queryContext"
]);
function knexDelete(doc, call) {
  const truncate = call.name === "truncate";
  if (truncate ? call.args.length > 0 : !call.args.every((a) => isReturning(a.value)) || call.args.length > 1)
    return void 0;
  const [root, ...rest] = call.receiverCalls;
  if (!root || !isTableRoot(root) || narrowedAfter(call.node)) return void 0;
  if (truncate) return { messageId: "wipe", data: { what: "empties the table (TRUNCATE)" } };
  let condition;
  for (const step of rest) {
    if (KNEX_KEEP_ALL.has(step.name)) continue;
    if (!knexWhereMatchesAll(doc, step)) return void 0;
    condition ??= quoted(step.node.text.slice(step.nameSpan.start - step.node.startIndex));
  }
  return condition ? { messageId: "alwaysTrue", data: { condition } } : { messageId: "queryDelete" };
}
var RUNS_AS_IS = /* @__PURE__ */ new Set(["then", "catch", "finally", "returning", "timeout", "transacting"]);
function narrowedAfter(node) {
  const member = node.parent;
  if (member?.type !== "member_expression" || member.childForFieldName("object")?.id !== node.id) return false;
  return !RUNS_AS_IS.has(member.childForFieldName("property")?.text ?? "");
}
function isReturning(node) {
  return node.type === "string" || node.type === "array" && node.namedChildren.every((c) => c?.type === "string");
}
function isTableRoot(root) {
  const [only] = root.args;
  const table = root.args.length === 1 && (only.value.type === "string" || only.value.type === "template_string");
  const bare = root.receiver.length === 0 || root.receiver.length === 1 && root.receiver[0] === "this";
  if (bare && table && !NOT_A_TABLE.has(root.name)) return true;
  if ((root.name === "from" || root.name === "table" || root.name === "into") && table) return true;
  return root.name === "query" && /^[A-Z]/.test(root.receiver.at(-1) ?? "") && root.args.length <= 1;
}
function knexWhereMatchesAll(doc, step) {
  const args = step.args.map((a) => a.value);
  const key = (node) => /^['"`]([\w.]+\.)?(id|pk)['"`]$/.test(node?.text ?? "");
  switch (step.name) {
    case "where":
    case "andWhere":
    case "orWhere":
      if (args.length === 1)
        return isEmptyObject(args[0], doc.scope) || args[0].text === "true" || isTautology(args[0], doc.scope) || rawTautology(doc, args[0]);
      return args.length === 3 && key(args[0]) && /^['"`]>=?['"`]$/.test(args[1].text) && args[2].text === "0";
    case "whereRaw":
    case "andWhereRaw":
    case "orWhereRaw":
      return args.length === 1 && isTautology(args[0], doc.scope);
    case "whereNotNull":
      return args.length === 1 && key(args[0]);
    default:
      return false;
  }
}
function rawTautology(doc, node) {
  const text = node.text.replace(/\s+/g, " ");
  if (/^\w+`\s*(true|1 ?= ?1)\s*`$/i.test(text)) return true;
  const call = doc.calls.find((c) => c.node.id === node.id);
  return call?.name === "raw" && call.args.length === 1 && isTautology(call.args[0].value, doc.scope);
}
function isRepository(doc, call) {
  const previous = call.receiver.at(-1) ?? "";
  return /repo(sitory)?$/i.test(previous) || previous === "getRepository()" || isRepositoryType(declaredTypeOf(doc.root, previous));
}
function isEntityManager(doc, call) {
  const previous = call.receiver.at(-1) ?? "";
  return /^(manager|em|entityManager)$/.test(previous) || declaredTypeOf(doc.root, previous) === "EntityManager";
}
function repositoryDelete(doc, call) {
  if (call.name !== "delete") return void 0;
  const filter = call.args.length === 1 && isRepository(doc, call) ? call.args[0].value : call.args.length === 2 && isEntityManager(doc, call) ? call.args[1].value : void 0;
  if (!filter) return void 0;
  if (isEmptyObject(filter, doc.scope)) return { messageId: "deleteMany" };
  if (matchesEveryRow(filter, doc.scope, { undefinedIsNoFilter: true }))
    return { messageId: "alwaysTrue", data: { condition: quoted(filter.text) } };
  return void 0;
}
function repositoryClear(doc, call) {
  if (call.args.length > 0 || !isRepository(doc, call)) return void 0;
  return { messageId: "clear" };
}
var DRIZZLE_DB = /^(db|tx|trx|database|drizzle|conn|connection|client)$|Db$/i;
function drizzleDelete(doc, call) {
  if (call.name !== "delete" || call.args.length !== 1) return void 0;
  const table = call.args[0].value;
  if (table.type !== "identifier" && table.type !== "member_expression") return void 0;
  if (!DRIZZLE_DB.test(call.receiver.at(-1) ?? "")) return void 0;
  if (!doc.text.includes("drizzle") && !importedFromSchema(doc.root, table.text.split(".")[0])) return void 0;
  let condition;
  for (let node = call.node; ; ) {
    const member = node.parent;
    const outer = member?.parent;
    if (member?.type !== "member_expression" || outer?.type !== "call_expression") break;
    const method = member.childForFieldName("property")?.text;
    if (method === "where") {
      const args = outer.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null) ?? [];
      const arg = args[0];
      const empty = args.length === 0 || /^(undefined|and\(\)|or\(\))$/.test(arg.text) || rawTautology(doc, arg);
      if (!empty) return void 0;
      condition = quoted(outer.text.slice(member.childForFieldName("property").startIndex - outer.startIndex));
    }
    node = outer;
  }
  return condition ? { messageId: "alwaysTrue", data: { condition } } : { messageId: "queryDelete" };
}
function importedFromSchema(root, name) {
  for (const statement of root.namedChildren) {
    if (statement?.type !== "import_statement") continue;
    const source = statement.childForFieldName("source")?.text ?? "";
    if (!/schema|tables?\b|\bdb\b|models?\b/i.test(source)) continue;
    const names = statement.descendantsOfType("import_specifier").map((s) => (s?.childForFieldName("alias") ?? s?.childForFieldName("name"))?.text);
    if (names.includes(name)) return true;
    if (statement.descendantsOfType("namespace_import").some((n) => n?.namedChildren[0]?.text === name)) return true;
  }
  return false;
}
function mikroNativeDelete(doc, call) {
  const filter = call.args.at(-1)?.value;
  if (!filter || call.args.length > 2) return void 0;
  if (isEmptyObject(filter, doc.scope)) return { messageId: "deleteMany" };
  if (matchesEveryRow(filter, doc.scope)) return { messageId: "alwaysTrue", data: { condition: quoted(filter.text) } };
  return void 0;
}

// src/rules/code/lib/whole-table/jvm-go.ts
function jvmWholeTable(doc, call) {
  if (call.name === "deleteAllInBatch" && call.args.length === 0) return { messageId: "clear" };
  if (call.name === "deleteAll" && call.args.length === 0) {
    const previous = call.receiver.at(-1) ?? "";
    return isRepositoryType(declaredTypeOf(doc.root, previous)) ? { messageId: "clear" } : void 0;
  }
  if ((call.name === "remove" || call.name === "findAllAndRemove") && call.args.length >= 2) {
    const query = call.args[0].value.text.replace(/\s+/g, "");
    if (/^(new)?Query\(\)$/.test(query)) return { messageId: "deleteMany" };
  }
  return void 0;
}
function goWholeTable(doc, call) {
  const names = call.receiverCalls.map((c) => c.name);
  if (call.name === "Exec" || call.name === "ExecX") {
    const del = call.receiverCalls.find((c) => c.name === "Delete");
    if (del && del.args.length === 0 && !names.includes("Where")) return { messageId: "queryDelete" };
    if (names[0] === "NewDelete") {
      const wheres = call.receiverCalls.filter((c) => c.name === "Where");
      if (wheres.length > 0 && wheres.every((w) => w.args.length === 1 && isTautology(w.args[0].value, doc.scope)))
        return {
          messageId: "alwaysTrue",
          data: {
            condition: quoted(wheres[0].node.text.slice(wheres[0].nameSpan.start - wheres[0].node.startIndex))
          }
        };
    }
  }
  if ((call.name === "DeleteAll" || call.name === "DeleteAllG") && call.receiverCalls.length === 1) {
    const query = call.receiverCalls[0];
    if (query.args.length === 0 && /^[A-Z]/.test(query.name) && query.receiver.length === 1)
      return { messageId: "queryDelete" };
  }
  return void 0;
}

// src/rules/code/lib/whole-table/php.ts
var ELOQUENT_KEEP_ALL = /* @__PURE__ */ new Set([
  "query",
  "newQuery",
  "newModelQuery",
  "withTrashed",
  "withoutGlobalScopes",
  "toBase"
]);
var LOADS_ALL = /* @__PURE__ */ new Set(["all", "get", "cursor", "lazy", "lazyById", ...ELOQUENT_KEEP_ALL]);
function phpWholeTable(doc, call) {
  if (call.name === "execute") return builderDelete(doc, call);
  if (call.name !== "delete" && call.name !== "forceDelete" || call.args.length > 0) return void 0;
  const eachProxy = /^([A-Z]\w*)::((?:\w+\(\)->)*)each$/.exec(call.receiver.at(-1) ?? "");
  if (eachProxy && call.receiver.length === 1) {
    const steps = [...eachProxy[2].matchAll(/(\w+)\(\)->/g)].map((m) => m[1]);
    return steps.length > 0 && steps.every((s) => LOADS_ALL.has(s)) ? { messageId: "queryDelete" } : void 0;
  }
  const [model] = call.receiver;
  if (!model || !/^[A-Z]\w*$/.test(model) || model === "DB" || call.receiverCalls.length === 0) return void 0;
  if (call.receiverCalls[0].receiver.length !== 1) return void 0;
  let condition;
  for (const step of call.receiverCalls) {
    if (ELOQUENT_KEEP_ALL.has(step.name)) continue;
    if (!eloquentWhereMatchesAll(doc, step)) return void 0;
    condition ??= quoted(step.node.text.slice(step.nameSpan.start - step.node.startIndex));
  }
  return condition ? { messageId: "alwaysTrue", data: { condition } } : { messageId: "queryDelete" };
}
function eloquentWhereMatchesAll(doc, step) {
  const args = step.args.map((a) => a.value);
  const key = (text) => /^['"]([\w.]+\.)?(id|pk)['"]$/.test(text ?? "");
  switch (step.name) {
    case "whereNotNull":
      return args.length === 1 && key(args[0].text);
    case "whereRaw":
      return args.length === 1 && isTautology(args[0], doc.scope);
    case "where":
      return args.length === 3 && key(args[0].text) && /^['"]>=?['"]$/.test(args[1].text) && args[2].text === "0";
    default:
      return false;
  }
}

// src/rules/code/lib/whole-table/python.ts
function pythonWholeTable(doc, call) {
  switch (call.name) {
    case "delete":
      return sqlalchemyStatement(doc, call) ?? sessionQuery(call) ?? tortoiseDelete(call) ?? coreTableDelete(call);
    case "execute":
      return peeweeDelete(call);
    case "truncate_table":
      return call.args.length === 0 && /^[A-Z]/.test(call.receiver.at(-1) ?? "") ? { messageId: "wipe", data: { what: "empties the table (TRUNCATE)" } } : void 0;
    default:
      return void 0;
  }
}
var FILTERS = /* @__PURE__ */ new Set(["where", "filter", "filter_by"]);
var KEEP_ALL2 = /* @__PURE__ */ new Set(["execution_options", "options", "order_by", "returning", "enable_eagerloads", "with_hint"]);
function alwaysTrue(node) {
  const text = node.text.replace(/\s+/g, "");
  if (/^((sa|sqlalchemy|sql)\.)?(true\(\)|literal\(True\)|True)$/.test(text)) return true;
  const raw = /^((sa|sqlalchemy|sql)\.)?text\((['"])(.*)\3\)$/.exec(text);
  if (raw && tautologyText(raw[4])) return true;
  return /^\w+(\.__table__\.c)?\.(id|pk)(\.(isnot|is_not)\(None\)|!=None|>0|>=0)$/.test(text);
}
function narrowsNothing(args) {
  return args.every((a) => a.key === void 0 && alwaysTrue(a.value));
}
function stepsAfter(node) {
  const steps = [];
  for (let current = node; ; ) {
    const attribute = current.parent;
    const outer = attribute?.parent;
    if (attribute?.type !== "attribute" || outer?.type !== "call" || attribute.childForFieldName("object")?.id !== current.id)
      break;
    const args = outer.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null) ?? [];
    const name = attribute.childForFieldName("attribute")?.text ?? "";
    steps.push({
      name,
      args,
      text: outer.text.slice(attribute.childForFieldName("attribute").startIndex - outer.startIndex)
    });
    current = outer;
  }
  return steps;
}
function sqlalchemyStatement(doc, call) {
  if (call.args.length !== 1 || call.args[0].key !== void 0) return void 0;
  const bare = call.receiver.length === 0 && importsFromSqlalchemy(doc.root, "delete");
  const qualified = call.receiver.length === 1 && /^(sa|sqlalchemy|sql)$/.test(call.receiver[0]);
  if (!bare && !qualified) return void 0;
  let condition;
  for (const step of stepsAfter(call.node)) {
    if (KEEP_ALL2.has(step.name)) continue;
    if (!FILTERS.has(step.name) || !step.args.every((a) => a.type !== "keyword_argument" && alwaysTrue(a)))
      return void 0;
    condition ??= quoted(step.text);
  }
  const bound = call.node.parent?.type === "assignment" ? call.node.parent.childForFieldName("left")?.text : void 0;
  if (bound !== void 0) {
    if (doc.scope.constants.get(bound) === null) return void 0;
    if (doc.calls.some((c) => c.receiver[0] === bound && FILTERS.has(c.name) && !narrowsNothing(c.args)))
      return void 0;
  }
  return condition ? { messageId: "alwaysTrue", data: { condition } } : { messageId: "queryDelete" };
}
function importsFromSqlalchemy(root, name) {
  for (const statement of root.namedChildren) {
    if (statement?.type !== "import_from_statement") continue;
    if (!/^sqlalchemy(\.|$)/.test(statement.childForFieldName("module_name")?.text ?? "")) continue;
    for (const imported of statement.childrenForFieldName("name")) {
      const alias = imported?.type === "aliased_import" ? imported.childForFieldName("alias") : null;
      const original = imported?.type === "aliased_import" ? imported.childForFieldName("name") : imported;
      if (original?.text === name && !alias) return true;
    }
  }
  return false;
}
function sessionQuery(call) {
  if (!call.args.every((a) => a.key === "synchronize_session")) return void 0;
  const { receiver } = call;
  const session = receiver.lastIndexOf("query()");
  const flask = receiver.lastIndexOf("query");
  const start = session >= 1 ? session : flask >= 1 && /^[A-Z]/.test(receiver[flask - 1]) ? flask : -1;
  if (start < 0) return void 0;
  let condition;
  for (const step of receiver.slice(start + 1)) {
    const name = step.replace(/\(\)$/, "");
    if (KEEP_ALL2.has(name)) continue;
    if (!FILTERS.has(name)) return void 0;
  }
  for (const step of call.receiverCalls) {
    if (!FILTERS.has(step.name)) continue;
    if (!narrowsNothing(step.args)) return void 0;
    if (step.args.length > 0) condition ??= quoted(step.node.text.slice(step.nameSpan.start - step.node.startIndex));
  }
  return condition ? { messageId: "alwaysTrue", data: { condition } } : { messageId: "queryDelete" };
}
function tortoiseDelete(call) {
  if (call.args.length > 0 || call.receiver.length !== 2 || !/^[A-Z]/.test(call.receiver[0])) return void 0;
  const step = call.receiverCalls.at(-1);
  if (!step || step.name !== "all" && step.name !== "filter" || step.args.length > 0) return void 0;
  return { messageId: "queryDelete" };
}
function coreTableDelete(call) {
  if (call.args.length > 0 || call.receiver.length === 0) return void 0;
  const list = call.node.parent;
  const outer = list?.parent;
  if (list?.type !== "argument_list" || outer?.type !== "call") return void 0;
  const method = outer.childForFieldName("function");
  const name = method?.type === "attribute" ? method.childForFieldName("attribute")?.text : method?.text;
  if (name !== "execute" || list.namedChildren[0]?.id !== call.node.id) return void 0;
  return { messageId: "queryDelete" };
}
function peeweeDelete(call) {
  const [first, ...rest] = call.receiverCalls;
  if (!first || first.name !== "delete" || first.args.length > 0) return void 0;
  if (first.receiver.length !== 1 || !/^[A-Z]/.test(first.receiver[0])) return void 0;
  if (rest.some((s) => !KEEP_ALL2.has(s.name))) return void 0;
  return { messageId: "queryDelete" };
}

// src/rules/code/lib/whole-table/ruby.ts
var RAILS_WHOLE_TABLE = /* @__PURE__ */ new Set([
  "not()",
  "all()",
  "unscoped()",
  "in_batches()",
  "where()",
  "rewhere()",
  "all",
  "unscoped",
  "in_batches"
]);
var RAILS_EACH = /* @__PURE__ */ new Set(["find_each", "each", "find_in_batches", "in_batches"]);
function isWholeModel(call) {
  const [model, ...rest] = call.receiver;
  return !!model && /^[A-Z]/.test(model) && rest.every((r) => RAILS_WHOLE_TABLE.has(r)) && !scoped(call);
}
function scoped(call) {
  return call.receiverCalls.some(
    (c) => (c.name === "where" || c.name === "rewhere" || c.name === "not") && !c.args.every(
      (a) => (
        // `where.not(id: nil)`: every row has an id.
        c.name === "not" && /^(id|pk)$/.test(a.key ?? "") && a.value.type === "nil" || a.key === void 0 && (a.value.type === "nil" || a.value.type === "hash" && a.value.namedChildren.length === 0 || tautologyText(a.value.text))
      )
    )
  );
}
function rubyWholeTable(call) {
  if (call.name === "in_batches" && call.args.some((a) => /^&:(delete_all|destroy_all)$/.test(a.value.text))) {
    return isWholeModel(call) ? { messageId: "railsAll" } : void 0;
  }
  if ((call.name === "truncate" || call.name === "truncate_tables") && call.args.length > 0) {
    if (/^connection(\(\))?$/.test(call.receiver.at(-1) ?? ""))
      return { messageId: "wipe", data: { what: "empties the table (TRUNCATE)" } };
  }
  if ((call.name === "delete" || call.name === "truncate") && call.args.length === 0) {
    const previous = call.receiver.at(-1) ?? "";
    const dataset = call.receiver.length === 1 && /^(DB|\w*(Db|DB|_db)|db)\[\s*:\w+\s*\]$/.test(previous) || previous === "from()" && call.receiverCalls.length === 1 && /^(DB|db)$/.test(call.receiver[0] ?? "");
    if (dataset)
      return call.name === "truncate" ? { messageId: "wipe", data: { what: "empties the table (TRUNCATE)" } } : { messageId: "queryDelete" };
  }
  return void 0;
}

// src/rules/code/lib/whole-table/index.ts
function wholeTableDelete(doc, call) {
  switch (doc.language) {
    case "javascript":
    case "typescript":
    case "tsx":
      return javascriptWholeTable(doc, call);
    case "python":
      return pythonWholeTable(doc, call);
    case "ruby":
      return rubyWholeTable(call);
    case "php":
      return phpWholeTable(doc, call);
    case "java":
    case "kotlin":
      return jvmWholeTable(doc, call);
    case "go":
      return goWholeTable(doc, call);
    default:
      return void 0;
  }
}

// src/rules/code/unbounded-orm-delete.ts
var WIPES = {
  dropDatabase: "drops the whole database",
  drop_database: "drops the whole database",
  flushall: "deletes every key on every Redis database",
  flushAll: "deletes every key on every Redis database",
  flushdb: "deletes every key of the Redis database",
  flushDb: "deletes every key of the Redis database",
  dropCollection: "drops the collection and its documents",
  drop_collection: "drops the collection and its documents"
};
var unboundedOrmDelete = {
  meta: {
    id: "code/unbounded-orm-delete",
    family: "code",
    kind: "destructive",
    defaultSeverity: "block",
    description: "An ORM or datastore call in application code that deletes every row (`deleteMany({})`, `destroy_all`, `.objects.all().delete()`, `truncate: true`, `FLUSHALL`).",
    messages: {
      deleteMany: "{call} with no filter deletes every row of the table",
      destroy: "{call} with {how} deletes every row of the table",
      clear: "{call} deletes every row of the entity's table",
      djangoAll: "{call} deletes every row of the model's table (and cascades to related rows)",
      railsAll: "{call} without a scope deletes every row of the model's table",
      gormGlobal: "{call} with AllowGlobalUpdate deletes every row of the table",
      queryDelete: "{call} with no filter deletes every row the query selects: the whole table",
      wipe: "{call} {what}",
      alwaysTrue: "{call} with a condition every row meets ({condition}) deletes every row of the table"
    },
    examples: {
      invalid: [
        {
          code: "import { prisma } from '../db';\n\nexport async function resetDemo() {\n  await prisma.booking.deleteMany({});\n}\n",
          line: 4,
          path: "src/admin/reset.ts"
        },
        {
          code: "class PurgeJob\n  def perform\n    Booking.destroy_all\n  end\nend\n",
          line: 3,
          path: "app/jobs/purge_job.rb"
        },
        {
          code: "def handle(self, *args, **opts):\n    Booking.objects.all().delete()\n",
          line: 2,
          path: "app/management/commands/purge.py"
        },
        { code: "await Booking.destroy({ truncate: true });\n", line: 1, path: "src/jobs/purge.js" }
      ],
      valid: [
        { code: "await prisma.booking.deleteMany({ where: { id } });\n", path: "src/bookings.ts" },
        { code: "user.bookings.destroy_all\nBooking.where(expired: true).delete_all\n", path: "app/models/user.rb" },
        { code: "Booking.objects.filter(expired=True).delete()\n", path: "app/tasks.py" },
        { code: "cache.clear();\n", path: "src/cache.ts" }
      ]
    }
  },
  check(doc, report) {
    for (const call of doc.calls) {
      const found = classify(doc, call);
      if (!found) continue;
      const receiver = call.receiver.at(-1);
      const label2 = receiver && receiver.length <= 40 ? `${receiver}.${call.name}` : call.name;
      report({
        messageId: found.messageId,
        data: { call: label2, ...found.data },
        span: { start: call.nameSpan.start, end: call.span.end },
        unit: call.span,
        ...withReason(developmentGuardOf(call))
      });
    }
  }
};
function withReason(reason) {
  return reason === void 0 ? {} : { downgradedBecause: reason };
}
function classify(doc, call) {
  const { name, receiver, args } = call;
  if (receiver.length === 0) return wholeTableDelete(doc, call);
  const previous = receiver.at(-1);
  if (Object.hasOwn(WIPES, name)) return { messageId: "wipe", data: { what: WIPES[name] } };
  if (name === "deleteMany" || name === "delete_many" || name === "DeleteMany" && doc.language === "go") {
    const given = args[doc.language === "go" ? 1 : 0]?.value;
    if (!given) return { messageId: "deleteMany" };
    const filter = resolved(doc, given) ?? given;
    if (isEmptyBsonFilter(filter)) return { messageId: "deleteMany" };
    const props = propertiesOf(filter, doc.scope);
    const literalObject = filter.type === "object" || filter.type === "dictionary";
    if (!literalObject) return void 0;
    if (props.length === 0) return { messageId: "deleteMany" };
    if (props.length === 1 && matchesEveryDocument(doc, props[0])) return { messageId: "deleteMany" };
    const where = props.find((p) => p.key === "where");
    if (where && props.length === 1 && isEmptyObject(where.value, doc.scope)) return { messageId: "deleteMany" };
    if (where && (where.value.text === "undefined" || matchesEveryRow(where.value, doc.scope, { undefinedIsNoFilter: true })))
      return { messageId: "alwaysTrue", data: { condition: `where: ${where.value.text.replace(/\s+/g, " ")}` } };
    return void 0;
  }
  if (name === "destroy" && args[0]) {
    const props = propertiesOf(args[0].value, doc.scope);
    const truncate = props.find((p) => p.key === "truncate");
    if (truncate && booleanOf(truncate.value) === true)
      return { messageId: "destroy", data: { how: "truncate: true" } };
    const where = props.find((p) => p.key === "where");
    if (where && isEmptyObject(where.value, doc.scope))
      return { messageId: "destroy", data: { how: "an empty where" } };
    if (where && matchesEveryRow(where.value, doc.scope))
      return { messageId: "alwaysTrue", data: { condition: `where: ${where.value.text.replace(/\s+/g, " ")}` } };
    return void 0;
  }
  if (name === "execute" && (doc.language === "java" || doc.language === "kotlin")) {
    const steps = call.receiverCalls.map((c) => c.name);
    const built = steps.find((n) => Object.hasOwn(JOOQ_WIPES, n));
    if (built) return { messageId: "wipe", data: { what: JOOQ_WIPES[built] } };
    if (steps.some((n) => n === "deleteFrom" || n === "delete") && !steps.some((n) => /^where|^condition$/.test(n)))
      return { messageId: "queryDelete" };
  }
  if (doc.language === "php" && (name === "truncate" || name === "delete" && args.length === 0)) {
    const steps = call.receiverCalls.map((c) => c.name);
    if (steps.some((n) => n === "table" || n === "query") && steps.every((n) => LARAVEL_UNSCOPED.has(n)))
      return name === "truncate" ? { messageId: "wipe", data: { what: JOOQ_WIPES.truncate } } : { messageId: "queryDelete" };
  }
  if (doc.language === "php" && (name === "drop" || name === "dropIfExists") && previous === "Schema")
    return { messageId: "wipe", data: { what: JOOQ_WIPES.dropTable } };
  if (name === "truncate" && /^[A-Z]/.test(previous) && (receiver.length === 1 || doc.language !== "php" && args.every((a) => isObjectLiteral(a.value))) && ["javascript", "typescript", "tsx", "php"].includes(doc.language))
    return { messageId: "destroy", data: { how: "truncate" } };
  if (name === "clear" && (/repo(sitory)?$/i.test(previous) || previous === "getRepository()" || previous === "manager" && args.length === 1))
    return { messageId: "clear" };
  if (name === "delete" && args.length === 0 && doc.language === "python") {
    const chain = throughVariable(doc, call);
    const steps = chain.receiver;
    const manager = Math.max(...[...DJANGO_MANAGERS].map((m) => steps.lastIndexOf(m)));
    if (manager >= 0 && steps.slice(manager + 1).every((r) => DJANGO_WHOLE_TABLE.has(r)) && chain.receiverCalls.every(
      (c) => !DJANGO_FILTERS.has(c.name) || c.args.every((a) => djangoMatchesAll(doc, c.name, a))
    ) && !steps.some((r) => /bucket/i.test(r)))
      return { messageId: "djangoAll" };
    if (previous === "query()" && receiver.length >= 2) return { messageId: "queryDelete" };
  }
  if ((name === "destroy_all" || name === "delete_all") && doc.language === "ruby" && args.length === 0) {
    if (isWholeModel(call)) return { messageId: "railsAll" };
  }
  if (doc.language === "ruby" && RAILS_EACH.has(name) && args.some((a) => /^&:(destroy|delete)!?$/.test(a.value.text))) {
    if (isWholeModel(call)) return { messageId: "railsAll" };
  }
  if ((name === "ExecuteDelete" || name === "ExecuteDeleteAsync") && doc.language === "csharp") {
    const bounded = call.receiverCalls.some(
      (c) => EF_BOUNDS.has(c.name) && !c.args.every((a) => isTautology(a.value, doc.scope))
    );
    if (!bounded) return { messageId: "queryDelete" };
  }
  if (name === "RemoveRange" && doc.language === "csharp" && args.length === 1) {
    const text = args[0].value.text.replace(/\s+/g, "");
    const root = receiver[0];
    const whole = /^(await)?([\w]+)\.[\w]+(<[\w.]+>\(\))?(\.(ToList|ToArray|AsEnumerable|AsQueryable|IgnoreQueryFilters)(Async)?\(\))*$/.exec(
      text
    );
    if (whole && whole[2] === root) return { messageId: "queryDelete" };
  }
  if (name === "delete_all" && doc.language === "elixir" && /repo(\(\))?$/i.test(previous) && args[0]) {
    const query = resolved(doc, args[0].value);
    if (query && (!isBounded(query) || onlyTrueWhere(query.text))) return { messageId: "queryDelete" };
  }
  if (name === "Delete" && doc.language === "go") {
    const session = call.receiverCalls.find((c) => c.name === "Session");
    const global = session?.args.some(
      (a) => propertiesOf(a.value, doc.scope).some((p) => p.key === "AllowGlobalUpdate" && booleanOf(p.value) === true)
    );
    if (global) return { messageId: "gormGlobal" };
    const wheres = call.receiverCalls.filter((c) => c.name === "Where");
    const conditions = args.slice(1);
    if (wheres.length > 0 && wheres.every((c) => c.args.length === 1 && isTautology(c.args[0].value, doc.scope)) || wheres.length === 0 && conditions.length === 1 && isTautology(conditions[0].value, doc.scope))
      return { messageId: "queryDelete" };
  }
  return wholeTableDelete(doc, call);
}
var DJANGO_MANAGERS = /* @__PURE__ */ new Set(["objects", "_default_manager", "_base_manager"]);
var DJANGO_FILTERS = /* @__PURE__ */ new Set(["filter", "exclude"]);
var DJANGO_WHOLE_TABLE = /* @__PURE__ */ new Set([
  "all()",
  "filter()",
  "exclude()",
  "using()",
  "order_by()",
  "select_related()",
  "prefetch_related()",
  "only()",
  "defer()",
  "distinct()",
  "reverse()"
]);
function djangoMatchesAll(doc, filter, arg) {
  if (arg.key === void 0) {
    const value = arg.value.type === "identifier" ? doc.scope.constants.get(arg.value.text) : arg.value;
    return value !== void 0 && value !== null && /^(models\.)?Q\(\)$/.test(value.text);
  }
  if (filter === "exclude") {
    if (/^(pk|id)$/.test(arg.key)) return arg.value.text === "None";
    if (/^(pk|id)__isnull$/.test(arg.key)) return arg.value.text === "True";
    return false;
  }
  if (/^(pk|id)__isnull$/.test(arg.key)) return arg.value.text === "False";
  if (/^(pk|id)__gte?$/.test(arg.key)) return arg.value.text === "0";
  return false;
}
function matchesEveryDocument(doc, prop) {
  if (prop.key !== "_id") return false;
  const inner = propertiesOf(prop.value, doc.scope);
  if (inner.length !== 1) return false;
  const [only] = inner;
  return only.key === "$exists" && booleanOf(only.value) === true || only.key === "$ne" && /^(null|None|nil|undefined)$/.test(only.value.text);
}
function onlyTrueWhere(text) {
  const wheres = [...text.matchAll(/\bwhere:\s*([^,\])]+)/g)];
  return wheres.length > 0 && wheres.every((m) => m[1].trim() === "true") && !/\bwhere\(/.test(text);
}
var EF_BOUNDS = /* @__PURE__ */ new Set([
  "Where",
  "Take",
  "Skip",
  "TakeWhile",
  "SkipWhile",
  "FromSqlRaw",
  "FromSqlInterpolated",
  "FromSql"
]);
function throughVariable(doc, call) {
  if (call.receiver.length !== 1) return call;
  const value = doc.scope.constants.get(call.receiver[0]);
  const made = value ? doc.calls.find((c) => c.node.id === value.id) : void 0;
  if (!made) return call;
  return { receiver: [...made.receiver, `${made.name}()`], receiverCalls: [...made.receiverCalls, made] };
}
function resolved(doc, node) {
  if (node.type !== "identifier") return node;
  return doc.scope.constants.get(node.text) ?? void 0;
}
function isObjectLiteral(node) {
  return node.type === "object";
}
var JOOQ_WIPES = {
  truncate: "empties the table (TRUNCATE)",
  truncateTable: "empties the table (TRUNCATE)",
  dropTable: "drops the table and every row in it",
  dropTableIfExists: "drops the table and every row in it",
  dropSchema: "drops the schema and every table in it",
  dropSchemaIfExists: "drops the schema and every table in it"
};
var LARAVEL_UNSCOPED = /* @__PURE__ */ new Set(["table", "query", "withTrashed", "withoutGlobalScopes", "newQuery", "from"]);
function isEmptyBsonFilter(node) {
  const text = node.text.replace(/\s+/g, "");
  return /^(new(org\.bson\.)?(Document|BasicDBObject|BsonDocument)\(\)|Filters\.empty\(\)|bson\.[DM]\{\}|primitive\.[DM]\{\})$/.test(
    text
  );
}

// src/rules/code/lib/index.ts
var codeRules = [
  graphqlInfraDelete,
  cloudSdkDelete,
  providerHttpDelete,
  unboundedOrmDelete,
  schemaReset,
  datastoreWipe,
  deleteOverListing,
  codeDynamicSql,
  skipFinalSnapshot,
  assembledDestructiveName,
  disguisedText,
  productionTarget
];

// src/rules/code/lib/rollback.ts
var MIGRATION_FOLDER = /(^|\/)(migrations?|migrate|db\/migrate|alembic\/versions)\//i;
var ROLLBACK_NAME = /^(down|downgrade|rollback|revert|undo)([A-Z0-9_]\w*)?$|^Down([A-Z0-9_]\w*)?$/;
function rollbackRanges(path, syntax, known2 = []) {
  const ranges = [...known2];
  const inRanges = (span) => ranges.some((r) => span.start >= r.start && span.start < r.end);
  if (!MIGRATION_FOLDER.test(path)) return ranges.length === 0 ? () => false : inRanges;
  const visit = (node) => {
    const name = rollbackName(node);
    if (name !== void 0 && ROLLBACK_NAME.test(name)) {
      ranges.push({ start: node.startIndex, end: node.endIndex });
      return;
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(syntax.root);
  if (ranges.length === 0) return () => false;
  return inRanges;
}
function rollbackName(node) {
  switch (node.type) {
    case "method_definition":
    case "function_declaration":
    case "function_definition":
    case "method":
    case "function_item":
    case "method_declaration":
      return node.childForFieldName("name")?.text;
    case "pair":
      return node.childForFieldName("key")?.text.replace(/['"]/g, "");
    case "assignment_expression": {
      const left = node.childForFieldName("left");
      return left?.childForFieldName("property")?.text;
    }
    default:
      return void 0;
  }
}

// src/rules/code/lib/spring-config.ts
var import_yaml = __toESM(require_dist(), 1);

// src/rules/code/schema-reset-config.ts
var SCHEMA_RESET = [
  {
    keys: [
      "spring.jpa.hibernate.ddlauto",
      "spring.jpa.properties.hibernate.hbm2ddl.auto",
      "hibernate.hbm2ddl.auto",
      "jpa.default.properties.hibernate.hbm2ddl.auto"
    ],
    values: /^(create|create-drop)$/i,
    does: "Hibernate drops and recreates every mapped table when the application starts"
  },
  {
    keys: [
      "spring.jpa.properties.javax.persistence.schemageneration.database.action",
      "spring.jpa.properties.jakarta.persistence.schemageneration.database.action",
      "javax.persistence.schemageneration.database.action",
      "jakarta.persistence.schemageneration.database.action",
      "quarkus.hibernateorm.database.generation",
      "quarkus.hibernateorm.schemamanagement.strategy"
    ],
    values: /^(drop-and-create|drop|drop-and-create-and-drop)$/i,
    does: "the persistence provider drops the schema when the application starts"
  },
  {
    keys: ["spring.flyway.cleanonvalidationerror", "flyway.cleanonvalidationerror"],
    values: /^true$/i,
    does: "Flyway wipes the whole schema the first time a migration fails to validate"
  }
];
var schemaResetConfig = {
  meta: {
    id: "code/schema-reset-config",
    family: "code",
    kind: "destructive",
    defaultSeverity: "block",
    description: "Application configuration that drops the database schema when the application starts: Spring/Hibernate `ddl-auto=create|create-drop`, `hbm2ddl.auto`, JPA `schema-generation.database.action=drop-and-create`, Quarkus `database.generation=drop-and-create`, Flyway `clean-on-validation-error`.",
    messages: { reset: "{key}={value}: {does}" },
    examples: {
      invalid: [
        {
          code: "spring.datasource.url=${DATABASE_URL}\nspring.jpa.hibernate.ddl-auto=create-drop\n",
          line: 2,
          path: "src/main/resources/application.properties"
        },
        {
          code: "spring:\n  jpa:\n    hibernate:\n      ddl-auto: create\n",
          line: 4,
          path: "src/main/resources/application-prod.yml"
        }
      ],
      valid: [
        { code: "spring.jpa.hibernate.ddl-auto=validate\n", path: "src/main/resources/application.properties" },
        {
          code: "spring:\n  jpa:\n    hibernate:\n      ddl-auto: create-drop\n",
          path: "src/main/resources/application-test.yml"
        }
      ]
    }
  },
  check(doc, report) {
    for (const setting of doc.settings) {
      const key = normalise2(setting.key);
      const reset = SCHEMA_RESET.find((r) => r.keys.includes(key) && r.values.test(setting.value.trim()));
      if (!reset) continue;
      report({
        messageId: "reset",
        data: { key: setting.key, value: setting.value.trim(), does: reset.does },
        span: setting.span
      });
    }
  }
};
function normalise2(key) {
  return key.toLowerCase().replace(/[-_]/g, "");
}

// src/rules/code/lib/spring-config.ts
var LOCAL_PROFILE = /^(test|tests|local|h2|it|unittest|integration-test)$/i;
var springConfigRules = [schemaResetConfig];
function checkSpringConfig(file) {
  const profile = CONFIG_FILE.exec(file.path)?.[4];
  if (profile && LOCAL_PROFILE.test(profile)) return { findings: [], notes: [] };
  const settings = /\.properties$/i.test(file.path) ? propertiesSettings(file.text) : yamlSettings(file.text);
  return { findings: runRules([schemaResetConfig], { path: file.path, settings }, () => false), notes: [] };
}
function propertiesSettings(text) {
  const settings = [];
  let offset = 0;
  for (const line2 of text.split("\n")) {
    const m = /^(\s*)([^#!\s=:][^=:\s]*)\s*[=:\s]\s*(.*?)\s*$/.exec(line2);
    if (m)
      settings.push({
        key: m[2],
        value: m[3].replace(/\\$/, ""),
        span: { start: offset + m[1].length, end: offset + line2.length }
      });
    offset += line2.length + 1;
  }
  return settings;
}
function yamlSettings(text) {
  const settings = [];
  for (const doc of parseYaml(text).documents) {
    const leaves = [];
    collect2(doc.root, "", leaves);
    const profile = leaves.find((l) => /^spring\.(config\.activate\.on-profile|profiles)$/i.test(l.key))?.value;
    if (profile && profile.split(/[,\s]+/).every((p) => LOCAL_PROFILE.test(p.replace(/^!/, "")))) continue;
    settings.push(...leaves);
  }
  return settings;
}
function collect2(node, prefix, out) {
  if (!(0, import_yaml.isMap)(node)) return;
  for (const { key, pair } of entriesOf(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const value = pair.value;
    if ((0, import_yaml.isMap)(value)) collect2(value, path, out);
    else if ((0, import_yaml.isScalar)(value)) {
      const text = scalarText(value);
      const span = spanOf2(pair.key);
      if (text !== void 0 && span)
        out.push({ key: path, value: text, span: { start: span.start, end: spanOf2(value)?.end ?? span.end } });
    }
  }
}

// src/rules/code/lib/checker.ts
var destructiveRules = codeRules.filter((r) => r !== productionTarget);
var disguiseRules = [assembledDestructiveName, disguisedText];
var MAY_HOLD_SQL = /\b(select|insert|update|delete|drop|truncate|alter|create)\b/i;
var codeChecker = {
  family: "code",
  rules: [...codeRules, ...springConfigRules],
  appliesTo: readsCode,
  async prepare(file) {
    const language = codeLanguageOf(file.path);
    if (!language || !mayMatterAsCode(language, file.text)) return;
    await loadGrammar(language);
    if (mayRunCommands(language, file.text)) await loadGrammar("bash");
    if (MAY_HOLD_SQL.test(file.text)) await loadPostgresParser();
  },
  check(file, policy) {
    if (isSpringConfig(file.path)) return checkSpringConfig(file);
    const language = codeLanguageOf(file.path);
    const text = file.text;
    if (!language || text === "" || !mayMatterAsCode(language, text)) return { findings: [], notes: [] };
    const syntax = readCode(language, text);
    const notes = syntax.hasErrors ? [`${file.path}: the ${language} parser met a syntax error; its strings and calls were read as far as it could`] : [];
    if (readerFor(file.path, text) !== void 0) {
      const disguised = {
        path: file.path,
        text,
        ...syntax,
        isProductionName: (name) => isProductionName(name, policy),
        destroysSomething: false,
        dynamicSql: []
      };
      return { findings: runRules(disguiseRules, disguised, () => false), notes };
    }
    const tool = readCodeMigration(file.path, syntax, text);
    const rollback = rollbackRanges(file.path, syntax, tool?.rollback);
    const sql = MAY_HOLD_SQL.test(text) ? executedSqlFindings(file.path, syntax, policy, rollback, tool?.sql) : { findings: [], notes: [], dynamic: [] };
    const commands = mayRunCommands(language, text) ? executedCommandFindings(file.path, text, syntax, policy, rollback) : { findings: [], notes: [], contexts: [] };
    const doc = {
      path: file.path,
      text,
      ...syntax,
      isProductionName: (name) => isProductionName(name, policy),
      destroysSomething: false,
      dynamicSql: sql.dynamic
    };
    const findings = [...runRules(destructiveRules, doc, rollback), ...sql.findings, ...commands.findings];
    doc.destroysSomething = findings.some((f) => f.kind === "destructive");
    return {
      findings: [...findings, ...runRules([productionTarget], doc, () => false)],
      notes: [...notes, ...sql.notes, ...commands.notes],
      contexts: commands.contexts
    };
  }
};

export {
  codeChecker
};
