import { universalKindOf } from '../../../parsers/universal/file-kind.js';

/** Whether the universal net reads a file of this kind (apart from the checker: see rules/families.ts). */
export function netReads(path: string, text: string): boolean {
  return universalKindOf(path, text).kind !== 'skipped';
}
