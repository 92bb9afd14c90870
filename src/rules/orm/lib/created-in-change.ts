import type { ChangeContext, CheckedFile } from '../../../core/checker.js';
import type { MigrationFramework, MigrationOperation, MigrationReader } from '../../../parsers/migrations/types.js';

/** Frameworks that run one folder's migrations in file-name order (a timestamp or number first). */
const RUNS_IN_NAME_ORDER = new Set<MigrationFramework>(['rails', 'django']);
const DROPS = new Set<MigrationOperation['kind']>(['drop-table', 'drop-column', 'drop-reference']);

/**
 * Marks, as routine, drops of a table or column that an earlier migration added by this same
 * change creates: neither has run anywhere that keeps data, so the pair nets out to nothing (an
 * agent adds a field, then a second generated migration replaces it). Both migrations must be new
 * files: one already on the base branch may have run in production. A creation that tolerates an
 * existing object (`if_not_exists`) never counts (the readers leave it out of `creates`).
 */
export function withChangeCreations(
  operations: MigrationOperation[],
  file: CheckedFile,
  reader: MigrationReader,
  context: ChangeContext | undefined,
): MigrationOperation[] {
  if (file.status !== 'added' || !RUNS_IN_NAME_ORDER.has(reader.framework)) return operations;
  const candidates = operations.filter(
    (o) => DROPS.has(o.kind) && !o.rollbackOnly && o.downgradedBecause === undefined,
  );
  if (candidates.length === 0) return operations;
  const creators = creationsBefore(file.path, reader, context);
  if (creators.size === 0) return operations;
  return operations.map((o) => {
    if (!candidates.includes(o)) return o;
    const table = o.target.split('.')[0]!.toLowerCase();
    const creator = creators.get(o.target.toLowerCase()) ?? creators.get(table);
    if (creator === undefined) return o;
    return {
      ...o,
      downgradedBecause: `${o.target} is created by ${creator}, an earlier migration this change adds: it holds no stored data yet`,
    };
  });
}

/** What the new migrations of the same folder that run before `path` create, with the file that creates each. */
function creationsBefore(
  path: string,
  reader: MigrationReader,
  context: ChangeContext | undefined,
): Map<string, string> {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  const creators = new Map<string, string>();
  const earlier = (context?.files ?? [])
    .filter((f) => f.status === 'added' && f.headText !== undefined && f.path !== path && f.path.startsWith(folder))
    .filter((f) => !f.path.slice(folder.length).includes('/') && f.path.slice(folder.length) < name)
    .filter((f) => reader.recognises(f.path, f.headText!));
  for (const f of earlier) {
    let creates: string[] | undefined;
    try {
      creates = reader.read({ path: f.path, text: f.headText!, status: 'added' }, context).creates;
    } catch {
      // An earlier migration that does not parse vouches for nothing; it is reported on its own.
      continue;
    }
    for (const key of creates ?? []) if (!creators.has(key)) creators.set(key, f.path);
  }
  return creators;
}
