import type { MigrationOperation } from './types.js';

const DROPS = new Set<MigrationOperation['kind']>(['drop-table', 'drop-column', 'drop-reference']);

/**
 * Leaves out rollback-only drops of what the same migration creates going forward (`up` creates
 * the table, `down` drops it): undoing the migration's own work, like a scratch table in a SQL
 * script. `created` holds `table` and `table.column` names.
 */
export function withoutOwnReversals(
  operations: MigrationOperation[],
  created: ReadonlySet<string>,
): MigrationOperation[] {
  return operations.filter((o) => {
    if (!o.rollbackOnly || !DROPS.has(o.kind)) return true;
    const table = o.target.split('.')[0]!;
    return !created.has(o.target) && !created.has(table);
  });
}
