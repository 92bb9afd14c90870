/** At most this many paths are named in a note; the rest are counted. */
const NAMED = 20;

function list(paths: string[]): string {
  const named = paths.slice(0, NAMED).join(', ');
  return paths.length > NAMED ? `${named} and ${paths.length - NAMED} more` : named;
}

/**
 * The report's account of what no precise reader understood: files only the universal net
 * scanned (for SQL and commands, piece by piece), and files nothing read (prose, data).
 */
export function unreadNote(files: readonly { path: string; scanned: boolean }[]): string[] {
  const scanned = files.filter((f) => f.scanned).map((f) => f.path);
  const skipped = files.filter((f) => !f.scanned).map((f) => f.path);
  const notes: string[] = [];
  if (scanned.length > 0) {
    notes.push(
      `no reader of two-key understands ${scanned.length === 1 ? 'this file' : `these ${scanned.length} files`}, so only their SQL-shaped and command-shaped pieces were judged: ${list(scanned)}`,
    );
  }
  if (skipped.length > 0) {
    notes.push(`not read (documentation, prose or data): ${list(skipped)}`);
  }
  return notes;
}
