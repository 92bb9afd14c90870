import { isScriptPath } from './syntax.js';

/**
 * An `up` the migration runner calls: `exports.up =`, `export async function up(`, `export const up =`,
 * `async up(queryInterface, ...)` in `module.exports = { ... }`, `public async up(queryRunner: ...)`.
 */
const UP_EXPORT =
  /\bexports\.up\s*=|\bexport\s+(?:async\s+)?function\s+up\s*\(|\bexport\s+const\s+up\s*=|\b(?:async\s+)?up\s*\(\s*[\w{]|\bup\s*:\s*(?:async\s*)?(?:function\b|\()/;
const MIGRATIONS_DIR = /(?:^|\/)(?:migrations?|migrate)\//i;

/** Whether a JS/TS file defines a migration's `up`, the one thing every runner requires. */
export function definesUp(path: string, text: string): boolean {
  return isScriptPath(path) && UP_EXPORT.test(text);
}

export function inMigrationsDir(path: string): boolean {
  return MIGRATIONS_DIR.test(path);
}
