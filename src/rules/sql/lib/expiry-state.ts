import type { BaseTree } from '../../../core/types.js';
import type { SqlAnalysis } from '../../../parsers/sql/analyse.js';
import { inRanges } from '../../../parsers/sql/preprocess.js';
import { nameKey, operationsOf, type SqlDocument } from './document.js';
import { earlierMigrations } from './schema-state.js';

/**
 * How old a table's data may get before the database deletes it (ClickHouse TTL, BigQuery
 * partition expiration), by `nameKey`: a number of days, or null when set but not a fixed age.
 * A table absent from the map has no known schedule.
 */
export type ExpiryState = Map<string, number | null>;

/** The schedules the migrations before this one leave, read from the base tree like the schema. */
export function priorExpiries(
  path: string,
  baseTree: BaseTree | undefined,
  analyse: (text: string) => SqlAnalysis,
): ExpiryState {
  const state: ExpiryState = new Map();
  if (!baseTree) return state;
  for (const p of earlierMigrations(path, (root) => baseTree.list(root)) ?? []) {
    const text = baseTree.read(p);
    if (text === undefined || !/\b(ttl|expiration_days)\b/i.test(text)) continue;
    replayExpiries(state, analyse(text));
  }
  return state;
}

function replayExpiries(state: ExpiryState, analysis: SqlAnalysis, until = Infinity): void {
  for (const stmt of analysis.statements) {
    if (stmt.span.start >= until) break;
    if (analysis.rollbackRanges.length && inRanges(stmt.span.start, analysis.rollbackRanges)) continue;
    for (const op of stmt.operations) {
      if (op.op === 'expiry') state.set(nameKey(op.table), op.days ?? null);
    }
  }
}

/** The table's schedule just before `offset`: the earlier migrations, then this file's own statements. */
export function expiryBefore(doc: SqlDocument, table: string[], offset: number): number | null | undefined {
  const key = nameKey(table);
  let found = doc.priorExpiries.get(key);
  for (const { operation } of operationsOf(doc, 'expiry')) {
    if (operation.span.start >= offset) break;
    if (nameKey(operation.table) === key) found = operation.days ?? null;
  }
  return found;
}
