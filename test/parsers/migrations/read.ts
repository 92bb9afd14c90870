import { LineIndex } from '../../../src/core/lines.js';
import type { ChangedFile } from '../../../src/core/types.js';
import { readerFor } from '../../../src/parsers/migrations/readers.js';
import { loadGrammar } from '../../../src/parsers/tree-sitter/loader.js';

/** Reads a migration with the reader that recognises it, the way the orm checker does, with every span as a 1-based line. */
export async function readMigration(path: string, text: string, files: ChangedFile[] = []) {
  const reader = readerFor(path, text);
  if (!reader) throw new Error(`no reader recognises ${path}`);
  if (reader.grammar) await loadGrammar(reader.grammar);
  const read = reader.read({ path, text, status: 'added' }, { files });
  const lines = new LineIndex(text);
  const line = (offset: number) => lines.lineOf(offset);
  return {
    framework: reader.framework,
    operations: read.operations.map((o) => ({
      kind: o.kind,
      call: o.call,
      target: o.target,
      line: line(o.span.start),
      rollbackOnly: o.rollbackOnly,
      ...(o.detail === undefined ? {} : { detail: o.detail }),
    })),
    sql: read.sql.map((s) => ({
      text: s.text,
      call: s.call,
      rollbackOnly: s.rollbackOnly,
      toFile: s.toFile,
      /** Where each character of the SQL is in the file, checked by reading it back. */
      roundTrip: [...s.text].every((c, i) => c === text[s.toFile(i)] || text[s.toFile(i)] === '\\'),
      lineOf: (needle: string) => line(s.toFile(s.text.indexOf(needle))),
    })),
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
