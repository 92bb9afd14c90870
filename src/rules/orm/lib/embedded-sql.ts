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
