import type { CodeCall } from '../../../../parsers/code/read.js';
import type { CodeDocument } from '../document.js';

/** How code/unbounded-orm-delete words a call that deletes every row (its message ids). */
export type WholeTableMessage =
  'deleteMany' | 'destroy' | 'clear' | 'djangoAll' | 'railsAll' | 'gormGlobal' | 'queryDelete' | 'wipe' | 'alwaysTrue';

export interface WholeTable {
  messageId: WholeTableMessage;
  data?: Record<string, string>;
}

/** Reads one call of a file: whether it deletes every row of a table, and how to say so. */
export type WholeTableReader = (doc: CodeDocument, call: CodeCall) => WholeTable | undefined;

/** A condition quoted in a message: on one line, and short. */
export function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 60 ? flat : `${flat.slice(0, 57)}...`;
}
