import type { AnalysedStatement, QualifiedName, SqlDialect, SqlOperation } from '../../core/sql-operations.js';
import { tokenize, type SqlToken } from './tokenizer.js';

/** Operations that only describe the code (not what it does to data) and are not carried to a call. */
const DESCRIPTIVE = new Set<SqlOperation['op']>(['reference', 'call', 'define-routine', 'create-table']);

/**
 * A procedure defined in the file runs its body when it is called: a `CALL` (or `EXEC`, or a
 * function call) of one whose body destroys data is reported at the call too, since that is the
 * line that does the damage when the migration runs.
 */
export function routineOperations(
  statements: AnalysedStatement[],
  text: string,
  dialect: SqlDialect,
): AnalysedStatement[] {
  return withRoutineCalls(withRoutineDefinitions(statements, text, dialect));
}

/** The statements with the routine definitions and calls the dialect tokenizer does not report added to its statements. */
export function withRoutineDefinitions(
  statements: AnalysedStatement[],
  text: string,
  dialect: SqlDialect,
): AnalysedStatement[] {
  return statements.map((s) =>
    s.reader === 'tokenizer' ? { ...s, operations: [...s.operations, ...tokenRoutineOps(s, text, dialect)] } : s,
  );
}

/** Routines defined in the file whose bodies do more than describe, by lower-cased name, with what they do. */
export function routinesOf(withDefinitions: AnalysedStatement[]): Map<string, SqlOperation[]> {
  const routines = new Map<string, SqlOperation[]>();
  for (const stmt of withDefinitions) {
    for (const op of stmt.operations) {
      if (op.op !== 'define-routine') continue;
      const body = stmt.operations.filter(
        (inner) => !DESCRIPTIVE.has(inner.op) && inner.span.start >= op.body.start && inner.span.end <= op.body.end,
      );
      if (body.length) routines.set(routineKey(op.name), body);
    }
  }
  return routines;
}

/** Reports a defined routine's work at each call of it (statements from `withRoutineDefinitions`). */
export function withRoutineCalls(withRoutines: AnalysedStatement[]): AnalysedStatement[] {
  const routines = routinesOf(withRoutines);
  // Calls of anything not defined here (now(), count(), ...) say nothing; dropping them keeps a
  // large file's analysis small.
  const calledHere = (op: SqlOperation) => op.op !== 'call' || routines.has(routineKey(op.name));
  const trimmed = withRoutines.map((stmt) =>
    stmt.operations.every(calledHere) ? stmt : { ...stmt, operations: stmt.operations.filter(calledHere) },
  );
  if (routines.size === 0) return trimmed;
  return trimmed.map((stmt) => {
    const called = stmt.operations.flatMap((op) => {
      if (op.op !== 'call') return [];
      const inside = stmt.operations.some(
        (d) => d.op === 'define-routine' && op.span.start >= d.body.start && op.span.end <= d.body.end,
      );
      if (inside) return [];
      return (routines.get(routineKey(op.name)) ?? []).map((inner) => ({ ...inner, span: op.span }));
    });
    return called.length ? { ...stmt, operations: [...stmt.operations, ...called] } : stmt;
  });
}

export function routineKey(name: QualifiedName): string {
  return (name.at(-1) ?? '').toLowerCase();
}

/** Routine definitions and calls the dialect tokenizer does not report: `CREATE PROCEDURE x`, `CALL x`, `EXEC x`. */
function tokenRoutineOps(stmt: AnalysedStatement, text: string, dialect: SqlDialect): SqlOperation[] {
  const tokens = tokenize(text.slice(stmt.span.start, stmt.span.end), dialect)
    .filter((t) => t.kind !== 'comment')
    .map((t) => ({ ...t, start: t.start + stmt.span.start, end: t.end + stmt.span.start }));
  const ops: SqlOperation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.upper === 'CREATE') {
      const kind = tokens
        .slice(i + 1, i + 6)
        .findIndex((n) => ['PROCEDURE', 'PROC', 'FUNCTION', 'TRIGGER'].includes(n.upper ?? ''));
      if (kind >= 0) {
        const nameAt = i + 1 + kind + 1;
        ops.push({ op: 'define-routine', name: dottedName(tokens, nameAt), span: spanOf(t), body: stmt.span });
      }
    } else if (
      t.upper === 'CALL' ||
      ((t.upper === 'EXEC' || t.upper === 'EXECUTE') && tokens[i + 1]?.kind === 'word')
    ) {
      const name = dottedName(tokens, i + 1);
      if (name.length) ops.push({ op: 'call', name, span: spanOf(t) });
    }
  }
  return ops;
}

function dottedName(tokens: SqlToken[], at: number): QualifiedName {
  const parts: string[] = [];
  for (let i = at; i < tokens.length; i += 2) {
    const t = tokens[i];
    if (!t || (t.kind !== 'word' && t.kind !== 'quoted-ident')) break;
    parts.push(t.kind === 'word' ? t.text : t.value);
    if (tokens[i + 1]?.text !== '.') break;
  }
  return parts;
}

function spanOf(t: SqlToken) {
  return { start: t.start, end: t.end };
}
