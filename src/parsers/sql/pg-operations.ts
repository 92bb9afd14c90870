import type { Span } from '../../core/types.js';
import type { DroppedObjectType, QualifiedName, SqlOperation, WhereBound } from '../../core/sql-operations.js';
import { fieldsOf, list, rangeVarName, str, stringsOf, typeNameText, walk } from './pg-ast.js';
import type { PgNode } from './pg-parser.js';
import { isTautology } from './pg-tautology.js';
import type { SqlToken } from './tokenizer.js';

/** Where a statement sits and how to turn its node locations into offsets in the file. */
export interface PgStatementContext {
  text: string;
  span: Span;
  /** Code tokens (no comments) of the statement, with offsets in the file. */
  tokens: SqlToken[];
  /** Node `location` -> file offset. */
  locate: (location: number) => number;
  /** Reads SQL found inside the statement (a function body, an EXECUTE'd literal); spans are file offsets. */
  readEmbedded: (sql: string, at: number) => SqlOperation[];
  /** Reads a PL/pgSQL routine body found inside the statement. */
  readPlpgsql: (createFunctionSql: string, at: number) => SqlOperation[];
}

const DROP_TYPES: Record<string, DroppedObjectType> = {
  OBJECT_TABLE: 'table',
  OBJECT_FOREIGN_TABLE: 'table',
  OBJECT_SCHEMA: 'schema',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized-view',
  OBJECT_INDEX: 'index',
  OBJECT_SEQUENCE: 'sequence',
  OBJECT_FUNCTION: 'function',
  OBJECT_PROCEDURE: 'function',
  OBJECT_ROUTINE: 'function',
  OBJECT_TYPE: 'type',
  OBJECT_DOMAIN: 'type',
  OBJECT_EXTENSION: 'extension',
  OBJECT_TRIGGER: 'trigger',
};

/** What a statement parsed by the Postgres parser does, including statements nested in it (CTEs, bodies). */
export function pgOperations(stmt: PgNode, ctx: PgStatementContext): SqlOperation[] {
  const ops: SqlOperation[] = [];
  walk(stmt, (type, fields) => {
    const handler = HANDLERS[type];
    if (handler) ops.push(...handler(fields, ctx));
    if (type === 'RangeVar') {
      ops.push({ op: 'reference', name: rangeVarName(fields), span: nameSpan(ctx, fields.location) });
    }
  });
  return ops;
}

type Handler = (fields: Record<string, unknown>, ctx: PgStatementContext) => SqlOperation[];

const HANDLERS: Record<string, Handler> = {
  DropStmt(f, ctx) {
    const objectType = DROP_TYPES[str(f.removeType) ?? ''] ?? 'other';
    const names: QualifiedName[] = list(f.objects).map((o) => stringsOf(o));
    const cascade = f.behavior === 'DROP_CASCADE';
    const span = keywordSpan(ctx, ['DROP']);
    const references = names.map((name): SqlOperation => ({ op: 'reference', name, span }));
    return [{ op: 'drop', objectType, names, temporary: false, cascade, span }, ...references];
  },
  DropdbStmt(f, ctx) {
    const name = [str(f.dbname) ?? ''];
    return [
      {
        op: 'drop',
        objectType: 'database',
        names: [name],
        temporary: false,
        cascade: false,
        span: keywordSpan(ctx, ['DROP']),
      },
    ];
  },
  DropOwnedStmt(f, ctx) {
    const roles = list(f.roles).map((r) => str(fieldsOf(r, 'RoleSpec')?.rolename) ?? 'CURRENT_USER');
    return [{ op: 'drop-owned', roles, span: keywordSpan(ctx, ['DROP']) }];
  },
  ReassignOwnedStmt(f, ctx) {
    const roles = list(f.roles).map((r) => str(fieldsOf(r, 'RoleSpec')?.rolename) ?? 'CURRENT_USER');
    return [{ op: 'reassign-owned', roles, span: keywordSpan(ctx, ['REASSIGN']) }];
  },
  TruncateStmt(f, ctx) {
    const relations = list(f.relations).map((r) => fieldsOf(r, 'RangeVar'));
    const at = ctx.locate(Number(relations[0]?.location ?? 0));
    return [{ op: 'truncate', tables: relations.map(rangeVarName), span: keywordBefore(ctx, at, ['TRUNCATE']) }];
  },
  /** Databricks `SET spark.databricks.delta.retentionDurationCheck.enabled = false` is valid Postgres syntax. */
  VariableSetStmt(f, ctx) {
    const name = str(f.name)?.toLowerCase() ?? '';
    const last = ctx.tokens.at(-1);
    if (!name.endsWith('.retentiondurationcheck.enabled') || (last?.value ?? last?.text)?.toLowerCase() !== 'false') {
      return [];
    }
    const setting = 'delta.retentionDurationCheck.enabled = false (the guard on short VACUUM retention)';
    return [{ op: 'history-off', target: [], setting, span: keywordSpan(ctx, ['SET']) }];
  },
  DeleteStmt(f, ctx) {
    return [rowChange('delete', f, ctx)];
  },
  UpdateStmt(f, ctx) {
    return [rowChange('update', f, ctx)];
  },
  AlterTableStmt(f, ctx) {
    if (f.objtype !== 'OBJECT_TABLE' && f.objtype !== undefined) return [];
    const relation = fieldsOf({ RangeVar: f.relation }, 'RangeVar');
    const table = rangeVarName(relation);
    const clauses = alterClauses(ctx, ctx.locate(Number(relation?.location ?? 0)));
    return list(f.cmds).flatMap((cmd, i) => alterCommand(fieldsOf(cmd, 'AlterTableCmd') ?? {}, table, clauses[i], ctx));
  },
  RenameStmt(f, ctx) {
    const table = rangeVarName(fieldsOf({ RangeVar: f.relation }, 'RangeVar'));
    const span = keywordSpan(ctx, ['RENAME']);
    if (f.renameType === 'OBJECT_TABLE') return [{ op: 'rename-table', from: table, to: str(f.newname) ?? '', span }];
    if (f.renameType === 'OBJECT_COLUMN') {
      return [{ op: 'rename-column', table, from: str(f.subname) ?? '', to: str(f.newname) ?? '', span }];
    }
    return [];
  },
  CreateStmt(f, ctx) {
    const relation = fieldsOf({ RangeVar: f.relation }, 'RangeVar');
    const columns = list(f.tableElts)
      .map((e) => fieldsOf(e, 'ColumnDef'))
      .filter((c): c is Record<string, unknown> => c !== undefined)
      .map((c) => ({
        name: str(c.colname) ?? '',
        type: typeNameText(fieldsOf({ TypeName: c.typeName }, 'TypeName')),
        ...(list(c.constraints).some((k) => fieldsOf(k, 'Constraint')?.contype === 'CONSTR_GENERATED')
          ? { generated: true as const }
          : {}),
      }));
    const temporary = relation?.relpersistence === 't';
    const ifNotExists = f.if_not_exists === true ? { ifNotExists: true } : {};
    return [{ op: 'create-table', name: rangeVarName(relation), temporary, columns, span: ctx.span, ...ifNotExists }];
  },
  CreateTableAsStmt(f, ctx) {
    const into = fieldsOf({ IntoClause: f.into }, 'IntoClause');
    const relation = fieldsOf({ RangeVar: into?.rel }, 'RangeVar');
    const temporary = relation?.relpersistence === 't';
    const ifNotExists = f.if_not_exists === true ? { ifNotExists: true } : {};
    return [
      { op: 'create-table', name: rangeVarName(relation), temporary, columns: [], span: ctx.span, ...ifNotExists },
    ];
  },
  CallStmt(f, ctx) {
    const call = fieldsOf({ FuncCall: f.funccall }, 'FuncCall');
    return [{ op: 'call', name: list(call?.funcname).flatMap(stringsOf), span: keywordSpan(ctx, ['CALL']) }];
  },
  FuncCall(f, ctx) {
    return [{ op: 'call', name: list(f.funcname).flatMap(stringsOf), span: nameSpan(ctx, f.location) }];
  },
  DoStmt(f, ctx) {
    const body = routineBody(f.args);
    if (body === undefined) return [];
    const at = ctx.text.indexOf(body, ctx.span.start);
    if (at < 0) return [];
    // PL/pgSQL is parsed through a function definition; the DO body is wrapped in one.
    const prefix = 'CREATE FUNCTION pg_temp.two_key_do() RETURNS void LANGUAGE plpgsql AS $two_key$';
    return ctx.readPlpgsql(`${prefix}${body}$two_key$`, at - prefix.length);
  },
  CreateFunctionStmt(f, ctx) {
    const name = list(f.funcname).flatMap(stringsOf);
    const body = routineBody(f.options);
    const language = routineLanguage(f.options);
    const define: SqlOperation = { op: 'define-routine', name, span: ctx.span, body: ctx.span };
    if (body === undefined) return [define];
    const at = ctx.text.indexOf(body, ctx.span.start);
    if (at < 0) return [define];
    if (language === 'plpgsql') {
      return [define, ...ctx.readPlpgsql(ctx.text.slice(ctx.span.start, ctx.span.end), ctx.span.start)];
    }
    if (language === 'sql') return [define, ...ctx.readEmbedded(body, at)];
    return [define];
  },
};

function rowChange(op: 'delete' | 'update', f: Record<string, unknown>, ctx: PgStatementContext): SqlOperation {
  const relation = fieldsOf({ RangeVar: f.relation }, 'RangeVar');
  const at = ctx.locate(Number(relation?.location ?? 0));
  const where: WhereBound = f.whereClause === undefined ? 'none' : isTautology(f.whereClause) ? 'tautology' : 'bounded';
  return { op, table: rangeVarName(relation), where, span: keywordBefore(ctx, at, [op.toUpperCase()]) };
}

function alterCommand(
  cmd: Record<string, unknown>,
  table: QualifiedName,
  clause: Span | undefined,
  ctx: PgStatementContext,
): SqlOperation[] {
  const span = clause ?? ctx.span;
  switch (cmd.subtype) {
    case 'AT_DropColumn':
      return [{ op: 'drop-column', table, column: str(cmd.name) ?? '', span: firstToken(ctx, span) }];
    case 'AT_AlterColumnType': {
      const def = fieldsOf(cmd.def, 'ColumnDef');
      const newType = typeNameText(fieldsOf({ TypeName: def?.typeName }, 'TypeName'));
      const using = def?.raw_default === undefined ? undefined : usingText(ctx, span);
      return [
        { op: 'alter-column-type', table, column: str(cmd.name) ?? '', newType, using, span: firstToken(ctx, span) },
      ];
    }
    // FINALIZE completes a CONCURRENTLY detach that was interrupted: the rows leave all the same.
    case 'AT_DetachPartition':
    case 'AT_DetachPartitionFinalize': {
      const partition = fieldsOf({ RangeVar: fieldsOf(cmd.def, 'PartitionCmd')?.name }, 'RangeVar');
      const partitions = [rangeVarName(partition).join('.')];
      return [{ op: 'drop-partition', table, partitions, detach: true, span: firstToken(ctx, span) }];
    }
    default:
      return [];
  }
}

function routineBody(options: unknown): string | undefined {
  for (const option of list(options)) {
    const def = fieldsOf(option, 'DefElem');
    if (def?.defname === 'as') return stringsOf(def.arg)[0] ?? str(fieldsOf(def.arg, 'String')?.sval);
  }
  return undefined;
}

function routineLanguage(options: unknown): string {
  for (const option of list(options)) {
    const def = fieldsOf(option, 'DefElem');
    if (def?.defname === 'language') return (stringsOf(def.arg)[0] ?? '').toLowerCase();
  }
  return 'sql';
}

/** The comma-separated clauses of an ALTER TABLE after its table name, as spans. */
function alterClauses(ctx: PgStatementContext, relationAt: number): Span[] {
  const tokens = ctx.tokens;
  let i = tokens.findIndex((t) => t.start >= relationAt);
  if (i < 0) return [];
  // Skip the (possibly qualified) table name and a trailing `*`.
  i++;
  while (tokens[i]?.text === '.' || tokens[i - 1]?.text === '.') i++;
  if (tokens[i]?.text === '*') i++;
  const clauses: Span[] = [];
  let depth = 0;
  let start = tokens[i]?.start;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 0 && (t.text === ',' || t.text === ';')) {
      if (start !== undefined) clauses.push({ start, end: t.start });
      start = tokens[i + 1]?.start;
      if (t.text === ';') break;
    }
  }
  if (start !== undefined && start < ctx.span.end) clauses.push({ start, end: ctx.span.end });
  return clauses;
}

function usingText(ctx: PgStatementContext, clause: Span): string | undefined {
  const using = ctx.tokens.find((t) => t.start >= clause.start && t.start < clause.end && t.upper === 'USING');
  return using ? ctx.text.slice(using.end, clause.end).trim() : undefined;
}

function firstToken(ctx: PgStatementContext, within: Span): Span {
  const t = ctx.tokens.find((tok) => tok.start >= within.start && tok.start < within.end);
  return t ? { start: t.start, end: t.end } : within;
}

function keywordSpan(ctx: PgStatementContext, words: string[]): Span {
  const t = ctx.tokens.find((tok) => tok.upper !== undefined && words.includes(tok.upper));
  return t ? { start: t.start, end: t.end } : firstToken(ctx, ctx.span);
}

/** The nearest keyword before `at`, e.g. the DELETE that owns a relation inside a CTE. */
function keywordBefore(ctx: PgStatementContext, at: number, words: string[]): Span {
  for (let i = ctx.tokens.length - 1; i >= 0; i--) {
    const t = ctx.tokens[i]!;
    if (t.start <= at && t.upper !== undefined && words.includes(t.upper)) return { start: t.start, end: t.end };
  }
  return keywordSpan(ctx, words);
}

function nameSpan(ctx: PgStatementContext, location: unknown): Span {
  const at = ctx.locate(Number(location ?? 0));
  const t = ctx.tokens.find((tok) => tok.start >= at);
  return t ? { start: t.start, end: t.end } : ctx.span;
}
