import type { CodeSyntax } from '../../../parsers/code/read.js';
import type { CodeValue } from '../../../parsers/code/values.js';
import type { Span } from '../../../core/types.js';
import type { DynamicCodeSql } from './executed-sql.js';

/** What the code rules are given: one source file's strings and calls. */
export interface CodeDocument extends CodeSyntax {
  path: string;
  text: string;
  isProductionName: (name: string) => boolean;
  /** Whether the destructive rules found work in this file: production names matter only there. */
  destroysSomething: boolean;
  /** SQL built at run time in a destructive shape, handed to a driver (read by code/dynamic-sql). */
  dynamicSql: DynamicCodeSql[];
}

/** The file span of characters `start..end` of a value read from code. */
export function valueSpan(value: CodeValue, start = 0, end = value.text.length): Span {
  const from = value.at[start] ?? value.at[0] ?? 0;
  const to = value.at[Math.max(start, end - 1)] ?? from;
  return { start: from, end: Math.max(from + 1, to + 1) };
}

/** Lower-case words of an identifier: `volumeInstanceBackupDelete`, `delete_db_instance`, `DeleteDBInstance`. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** An operation name without case, underscores, or an SDK suffix: `DeleteDBInstanceCommand` -> `deletedbinstance`. */
export function operationKey(name: string): string {
  return name
    .replace(/_/g, '')
    .toLowerCase()
    .replace(/(command|withcontext|request|async|input)$/, '');
}
