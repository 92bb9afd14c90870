import type { Policy } from '../../../core/policy-schema.js';
import { looksLikeSql } from '../../../parsers/sql/dialect.js';
import { matchesFamily } from '../../../policy/paths.js';

/** Extensions whose content is sniffed for SQL: plain text where a migration can hide. */
const SNIFFED = /(\.(txt|text|tmpl|tpl|in|bak|orig|dump|out|run|query|q)|\/[^./]+)$/i;

/**
 * Whether the SQL family reads a file: by the policy's SQL paths, or by its content where the name
 * says plain text. Apart from the checker, so that the engine decides without loading the parser.
 */
export function readsSql(path: string, text: string, policy: Policy): boolean {
  return matchesFamily(policy, 'sql', path) || (SNIFFED.test('/' + path) && looksLikeSql(text));
}
