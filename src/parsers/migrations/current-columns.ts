import type { ColumnType } from './column-types.js';

/**
 * What each column of each table is now, as one source in the base tree says it (`db/schema.rb`,
 * the earlier migrations of a Django app): what a type change in the pull request is judged
 * against. Types are `ColumnType`s, or the SQL strings a changelog writes (`T = string`). A table or column it does not hold is unknown, and the change is then judged blind.
 */
export class CurrentColumns<T = ColumnType> {
  private readonly tables = new Map<string, Map<string, T>>();

  /** `source` says where the types were read, for the finding: `db/schema.rb`. */
  constructor(readonly source: string) {}

  get size(): number {
    return this.tables.size;
  }

  setTable(table: string, columns: Iterable<readonly [string, T]> = []): void {
    this.tables.set(tableKey(table), new Map([...columns].map(([c, t]) => [c.toLowerCase(), t] as const)));
  }

  set(table: string, column: string, type: T): void {
    const key = tableKey(table);
    let columns = this.tables.get(key);
    if (!columns) this.tables.set(key, (columns = new Map()));
    columns.set(column.toLowerCase(), type);
  }

  dropTable(table: string): void {
    this.tables.delete(tableKey(table));
  }

  dropColumn(table: string, column: string): void {
    this.tables.get(tableKey(table))?.delete(column.toLowerCase());
  }

  renameTable(from: string, to: string): void {
    const columns = this.tables.get(tableKey(from));
    this.tables.delete(tableKey(from));
    if (columns) this.tables.set(tableKey(to), columns);
  }

  renameColumn(table: string, from: string, to: string): void {
    const columns = this.tables.get(tableKey(table));
    const type = columns?.get(from.toLowerCase());
    if (!columns || !type) return;
    columns.delete(from.toLowerCase());
    columns.set(to.toLowerCase(), type);
  }

  typeOf(table: string, column: string): T | undefined {
    return this.tables.get(tableKey(table))?.get(column.toLowerCase());
  }
}

/** Table names compare without case, quotes or the default schema: `public.users` is `users`. */
function tableKey(name: string): string {
  const parts = name
    .toLowerCase()
    .split('.')
    .map((p) => p.replace(/^["`[]|["`\]]$/g, ''));
  if (parts.length > 1 && ['public', 'dbo'].includes(parts[parts.length - 2]!)) parts.splice(parts.length - 2, 1);
  return parts.slice(-2).join('.');
}

/** The reason a widening is let through, naming where the current type was read. */
export function wideningReason(target: string, from: string, to: string, source: string): string {
  return `widening: ${target} is ${from} now (read from ${source}), and ${to} holds every value it holds`;
}
