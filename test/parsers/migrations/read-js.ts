import type { CheckedFile } from '../../../src/core/checker.js';
import { readerFor } from '../../../src/parsers/migrations/readers.js';
import type { MigrationRead } from '../../../src/parsers/migrations/types.js';
import { loadGrammar } from '../../../src/parsers/tree-sitter/loader.js';

/** Reads a file with the reader that recognises it, loading its grammar first. */
export async function readMigration(
  path: string,
  text: string,
  baseText?: string,
): Promise<MigrationRead & { framework: string }> {
  const reader = readerFor(path, text);
  if (!reader) throw new Error(`no reader recognises ${path}`);
  const grammar = reader.grammarFor?.(path) ?? reader.grammar;
  if (grammar) await loadGrammar(grammar);
  const file: CheckedFile = { path, text, status: baseText === undefined ? 'added' : 'modified' };
  if (baseText !== undefined) file.baseText = baseText;
  return { framework: reader.framework, ...reader.read(file) };
}

export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
