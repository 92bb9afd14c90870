import type { Span } from '../../core/types.js';
import type { SqlOperation } from './operations.js';
import { fieldsOf, str, walk } from './pg-ast.js';
import { parsePlPgSql } from './pg-parser.js';
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
        ops.push(...dynamicSqlOperations(query, at + locate(query), readSql));
      }
    }
  });
  return ops;
}

function exprQuery(node: unknown): string | undefined {
  return str(fieldsOf(node, 'PLpgSQL_expr')?.query);
}

/**
 * An EXECUTE'd expression: a lone literal is read as the SQL it is; anything else is dynamic SQL
 * that fails closed, and the literal fragments it joins are read too, so `'DR' || 'OP TABLE x'`
 * is still a DROP TABLE.
 */
export function dynamicSqlOperations(expression: string, at: number, readSql: EmbeddedReader): SqlOperation[] {
  const tokens = tokenize(expression, 'postgres').filter((t) => t.kind !== 'comment');
  const span: Span = { start: at, end: at + expression.length };
  const only = tokens[0];
  if (tokens.length === 1 && only?.kind === 'string') {
    return readSql(only.value, at + only.start);
  }
  const folded = foldLiterals(tokens.filter((t) => t.kind === 'string').map((t) => t.value));
  const hidden = folded ? readSql(folded, at).map((op) => ({ ...op, span })) : [];
  const excerpt = expression.replace(/\s+/g, ' ').trim().slice(0, 60);
  return [{ op: 'dynamic-sql', reason: `EXECUTE runs SQL built at run time: ${excerpt}`, span }, ...hidden];
}

/** Joins literal fragments, turning format() placeholders into a stand-in name. */
export function foldLiterals(fragments: string[]): string {
  return fragments
    .join('')
    .replace(/%(\d+\$)?[-]?[ILs]/g, ' placeholder ')
    .trim();
}
