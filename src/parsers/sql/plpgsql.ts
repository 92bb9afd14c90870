import type { Span } from '../../core/types.js';
import { shiftOperation, type SqlOperation } from '../../core/sql-operations.js';
import { fieldsOf, str, walk } from './pg-ast.js';
import { parsePlPgSql } from './pg-parser.js';
import { recogniseStatements } from './recognise.js';
import { tokenize } from './tokenizer.js';

export interface EmbeddedReader {
  /** Operations of SQL text found at file offset `at`. */
  (sql: string, at: number): SqlOperation[];
}

/**
 * Reads a PL/pgSQL routine: the SQL it runs is read like any other SQL, and `EXECUTE` of a string
 * built at run time is dynamic SQL, with whatever its literal pieces spell read as well.
 * `at` is the file offset of `createFunction`'s first character.
 */
export function plpgsqlOperations(createFunction: string, at: number, readSql: EmbeddedReader): SqlOperation[] {
  let functions;
  try {
    functions = parsePlPgSql(createFunction);
  } catch {
    return [];
  }
  const ops: SqlOperation[] = [];
  let cursor = 0;
  const locate = (query: string): number => {
    const found = createFunction.indexOf(query, cursor);
    const index = found >= 0 ? found : createFunction.indexOf(query);
    if (found >= 0) cursor = found + query.length;
    return index >= 0 ? index : 0;
  };
  walk(functions, (type, fields) => {
    if (type === 'PLpgSQL_stmt_execsql') {
      const query = exprQuery(fields.sqlstmt);
      if (query) ops.push(...readSql(query, at + locate(query)));
    } else if (type === 'PLpgSQL_stmt_dynexecute' || type === 'PLpgSQL_stmt_return_query') {
      const query = exprQuery(fields.query ?? fields.dynquery);
      if (query && (type === 'PLpgSQL_stmt_dynexecute' || fields.dynquery)) {
        ops.push(...dynamicSqlOperations(query, at + locate(query)));
      }
    }
  });
  return ops;
}

function exprQuery(node: unknown): string | undefined {
  return str(fieldsOf(node, 'PLpgSQL_expr')?.query);
}

/**
 * An EXECUTE'd expression, read by the dialect recogniser as `EXECUTE <expression>`: a lone
 * literal is read as the SQL it is; anything else is dynamic SQL that fails closed, and the
 * literal fragments it joins are read too, so `'DR' || 'OP TABLE x'` is still a DROP TABLE.
 */
export function dynamicSqlOperations(expression: string, at: number): SqlOperation[] {
  const prefix = 'EXECUTE ';
  const shift = at - prefix.length;
  const read = recogniseStatements(`${prefix}${expression}`, 'postgres').flatMap((s) => s.operations);
  const ops = read.map((op) => shiftOperation(op, shift));
  const tokens = tokenize(expression, 'postgres').filter((t) => t.kind !== 'comment');
  const loneLiteral = tokens.length === 1 && tokens[0]!.kind === 'string';
  if (loneLiteral || ops.some((op) => op.op === 'dynamic-sql')) return ops;
  const excerpt = expression.replace(/\s+/g, ' ').trim().slice(0, 60);
  const span: Span = { start: at, end: at + expression.length };
  return [{ op: 'dynamic-sql', reason: `EXECUTE runs SQL built at run time: ${excerpt}`, span }, ...ops];
}
