/**
 * The readers the universal rules borrow (readers.ts), imported on first use: the shell family
 * and the migration readers behind them cost start-up time, and a file with no snippet shaped
 * like SQL or a command never needs them. Like the Postgres parser's loader, a use before
 * loadReaders() has resolved fails loudly instead of passing.
 */
type Readers = typeof import('./readers.js');

let readers: Readers | undefined;

export async function loadReaders(): Promise<void> {
  readers ??= await import('./readers.js');
}

export function loadedReaders(): Readers {
  if (!readers) throw new Error('the universal rules are used before their readers were loaded');
  return readers;
}
