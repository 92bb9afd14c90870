import { isFrameworkMigration } from '../../../parsers/migrations/recognise.js';

/** Whether a framework's migration reader recognises the file (apart from the checker: see rules/families.ts). */
export function readsMigration(path: string, text: string): boolean {
  return isFrameworkMigration(path, text);
}
