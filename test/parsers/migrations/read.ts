import { LineIndex } from '../../../src/core/lines.js';
import { readerFor } from '../../../src/parsers/migrations/readers.js';
import { loadGrammar } from '../../../src/parsers/tree-sitter/loader.js';

/** Reads a migration the way the orm checker does, with every position as a line. */
export async function readMigration(path: string, text: string) {
  const reader = readerFor(path, text);
  if (!reader) throw new Error(`${path} is not recognised as a migration`);
  if (reader.grammar) await loadGrammar(reader.grammar);
  const read = reader.read({ path, text, status: 'added' });
  const lines = new LineIndex(text);
  const line = (offset: number) => lines.lineOf(offset);
  return {
    framework: reader.framework,
    operations: read.operations.map((o) => ({
      kind: o.kind,
      call: o.call,
      target: o.target,
      ...(o.detail === undefined ? {} : { detail: o.detail }),
      line: line(o.span.start),
      rollbackOnly: o.rollbackOnly,
    })),
    sql: read.sql.map((s) => ({ call: s.call, text: s.text, rollbackOnly: s.rollbackOnly, toFile: s.toFile })),
    dynamicSql: read.dynamicSql.map((d) => ({
      call: d.call,
      reason: d.reason,
      line: line(d.span.start),
      rollbackOnly: d.rollbackOnly,
    })),
    notes: read.notes ?? [],
    line,
  };
}

/** The line in the host file of the first occurrence of `needle` in an embedded SQL piece. */
export function lineOfSql(read: Awaited<ReturnType<typeof readMigration>>, index: number, needle: string): number {
  const piece = read.sql[index]!;
  const at = piece.text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} is not in ${piece.text}`);
  return read.line(piece.toFile(at));
}
