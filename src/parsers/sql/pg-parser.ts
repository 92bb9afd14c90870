import { loadModule, parseSync, parsePlPgSQLSync } from './libpg-query-lazy.js';

/** A raw statement from the Postgres parser, with offsets converted to UTF-16 positions in the input. */
export interface PgRawStatement {
  stmt: PgNode;
  start: number;
  end: number;
}

/** The parser's JSON tree: every node is `{ NodeType: { ...fields } }`. */
export type PgNode = Record<string, unknown>;

export class PgSyntaxError extends Error {
  constructor(
    message: string,
    /** UTF-16 offset in the parsed text where the parser gave up. */
    readonly position: number,
  ) {
    super(message);
  }
}

let loaded: Promise<void> | undefined;

/** Loads the WebAssembly parser once; the engine awaits it only when a Postgres file is present. */
export function loadPostgresParser(): Promise<void> {
  loaded ??= guardExitCode(() => loadModule());
  return loaded;
}

/**
 * Parses SQL with the real Postgres parser. Must be called after loadPostgresParser().
 * libpg-query reports byte offsets into the UTF-8 encoding; they are converted here.
 */
export function parsePostgres(text: string): PgParse {
  const result = callGuarded(() => parseSync(text)) as {
    stmts?: { stmt: PgNode; stmt_location?: number; stmt_len?: number }[];
  };
  const toChar = byteToCharMapper(text);
  const statements = (result.stmts ?? []).map((s) => {
    const startByte = s.stmt_location ?? 0;
    const endByte = s.stmt_len ? startByte + s.stmt_len : Buffer.byteLength(text, 'utf8');
    return { stmt: s.stmt, start: toChar(startByte), end: toChar(endByte) };
  });
  return { statements, toChar };
}

export interface PgParse {
  statements: PgRawStatement[];
  /** Converts a node's `location` (a UTF-8 byte offset) to a UTF-16 offset in the parsed text. */
  toChar: (byteOffset: number) => number;
}

/** Parses one CREATE FUNCTION ... LANGUAGE plpgsql statement into its PL/pgSQL tree. */
export function parsePlPgSql(createFunction: string): PgNode[] {
  const result = callGuarded(() => parsePlPgSQLSync(createFunction)) as { plpgsql_funcs?: PgNode[] };
  return result.plpgsql_funcs ?? [];
}

function callGuarded<T>(fn: () => T): T {
  const exitCode = process.exitCode;
  try {
    return fn();
  } catch (error) {
    const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
    throw new PgSyntaxError((error as Error).message, details?.cursorPosition ?? 0);
  } finally {
    // Emscripten's exit() sets process.exitCode even when the error is caught.
    process.exitCode = exitCode;
  }
}

async function guardExitCode<T>(fn: () => Promise<T>): Promise<T> {
  const exitCode = process.exitCode;
  try {
    return await fn();
  } finally {
    process.exitCode = exitCode;
  }
}

/** Maps a UTF-8 byte offset to a UTF-16 offset; the identity for ASCII text. */
export function byteToCharMapper(text: string): (byteOffset: number) => number {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return (b) => b;
  // One typed array filled in one pass: growing a plain array per byte cost more than the parse.
  const bytes = Buffer.byteLength(text, 'utf8');
  const charAtByte = new Int32Array(bytes);
  let byte = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let k = 0; k < size; k++) charAtByte[byte + k] = i;
    byte += size;
    if (code >= 0x10000) i++;
  }
  return (b) => (b >= byte ? text.length : (charAtByte[b] ?? text.length));
}
