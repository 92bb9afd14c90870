import type { Snippet } from '../../../parsers/universal/text-lines.js';
import type { Policy } from '../../../core/policy-schema.js';

/** What the universal rules are given: the snippets of one file no precise reader judged for that family. */
export interface UniversalDocument {
  path: string;
  text: string;
  policy: Policy;
  /** Snippets shaped like SQL statements, in file order; empty when a SQL reader read the file. */
  sql: Snippet[];
  /** Snippets that may hold a command; empty when the shell family read the file. */
  commands: Snippet[];
}
