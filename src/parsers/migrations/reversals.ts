import type { MigrationOperation } from './types.js';

const DROPS = new Set<MigrationOperation['kind']>(['drop-table', 'drop-column', 'drop-reference']);

/**
 * Tables and columns a migration creates going forward, keyed by lower-cased `table` or
 * `table.column`, with the offset where the creating call ends.
 */
export type Creations = Map<string, number>;

/**
 * Leaves out drops of what the same migration creates going forward: on rollback (`up` creates the
 * table, `down` drops it) that undoes the migration's own work; going forward, a drop after the
 * creation (a squashed migration that creates a model and later deletes it) removes what holds
 * no stored data yet, like a scratch table in a SQL script. Creating a table or column that
 * already exists fails, so an earlier create cannot hide the drop of stored data.
 */
export function withoutOwnReversals(
  operations: MigrationOperation[],
  created: ReadonlyMap<string, number>,
): MigrationOperation[] {
  return operations.filter((o) => {
    if (!DROPS.has(o.kind)) return true;
    const table = o.target.split('.')[0]!;
    const at = created.get(o.target.toLowerCase()) ?? created.get(table.toLowerCase());
    if (at === undefined) return true;
    return !o.rollbackOnly && o.unit.start < at;
  });
}

/** The tables among `created`, for the SQL a migration embeds (MigrationDocument.createdTables). */
export function createdTables(created: ReadonlyMap<string, number>): { name: string; at: number }[] {
  return [...created].filter(([key]) => !key.includes('.')).map(([name, at]) => ({ name, at }));
}
