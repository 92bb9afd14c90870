import type { RawFinding } from '../../../core/checker.js';
import type { Span } from '../../../core/types.js';
import type { EmbeddedSql } from '../../../parsers/migrations/types.js';
import { sniffDialect } from '../../../parsers/sql/dialect.js';
import { sqlDialectFor } from '../../../policy/paths.js';
import type { Policy } from '../../../core/policy-schema.js';
import { checkSql } from '../../sql/lib/checker.js';

/** Between two pieces, so a statement cannot run on into the next and offsets stay apart. */
const SEPARATOR = ';\n';

/**
 * Runs the SQL rules over the SQL a migration embeds, read as one script in the order it runs
 * (so a table created by one `execute` and dropped by the next is scratch, as in a .sql file),
 * and points each finding back into the host file.
 */
export function embeddedSqlFindings(
  path: string,
  pieces: readonly EmbeddedSql[],
  policy: Policy,
): { findings: RawFinding[]; notes: string[] } {
  if (pieces.length === 0) return { findings: [], notes: [] };
  const starts: number[] = [];
  let script = '';
  for (const piece of pieces) {
    starts.push(script.length);
    script += piece.text + SEPARATOR;
  }
  const dialect =
    pieces.find((p) => p.dialect)?.dialect ?? sqlDialectFor(policy, path) ?? sniffDialect(`${path}.sql`, script);
  const { findings, notes } = checkSql(path, script, policy, dialect);
  const pieceAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const toFile = (span: Span, index: number): Span => {
    const piece = pieces[index]!;
    const length = piece.text.length;
    const local = (offset: number) => Math.max(0, Math.min(length, offset - starts[index]!));
    return { start: piece.toFile(local(span.start)), end: piece.toFile(local(span.end)) };
  };
  const mapped = findings.map((f): RawFinding => {
    const index = pieceAt(f.span.start);
    const piece = pieces[index]!;
    return {
      ...f,
      span: toFile(f.span, index),
      // The call that runs the SQL is the unit, so a production finding in the same call pairs with it.
      unit: piece.unit,
      rollbackOnly: f.rollbackOnly || piece.rollbackOnly,
      ...(piece.covers ? { covers: [...(f.covers ?? []), ...piece.covers] } : {}),
    };
  });
  return { findings: mapped, notes: notes.map((n) => n.replace(`${path}:`, `${path}: embedded SQL:`)) };
}

/** A name the SQL grammar reads as written, so the stand-in CREATE names the table the SQL drops. */
const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * The forward SQL with a stand-in `CREATE TABLE` where each of the migration's own calls creates a
 * table (before the first piece that runs after it), so SQL that then drops that table or one of
 * its columns is read as dropping scratch, as in a .sql script that creates it first.
 */
export function withCreatedTables(
  pieces: readonly EmbeddedSql[],
  created: readonly { name: string; at: number }[] | undefined,
): EmbeddedSql[] {
  const tables = (created ?? []).filter((t) => PLAIN_NAME.test(t.name));
  if (tables.length === 0 || pieces.length === 0) return [...pieces];
  const result: EmbeddedSql[] = [];
  const pending = [...tables].sort((a, b) => a.at - b.at);
  for (const piece of pieces) {
    while (pending.length > 0 && pending[0]!.at <= piece.unit.start) result.push(standIn(pending.shift()!));
    result.push(piece);
  }
  return result;
}

function standIn({ name, at }: { name: string; at: number }): EmbeddedSql {
  return {
    text: `CREATE TABLE ${name} (id integer)`,
    toFile: () => at,
    call: 'create_table',
    unit: { start: at, end: at },
    rollbackOnly: false,
  };
}
