import type { ChangeContext } from '../../../core/checker.js';
import type { Side } from '../../../core/types.js';
import type { ReadRepoFile } from '../../../parsers/shell/sourced.js';

/**
 * A repository file as one side of the change has it, for a family that follows a reference out
 * of a changed file (`source ./lib.sh`, `include common.mk`): the change's own files first, then
 * the untouched files the caller read from the head tree (ChangeSet.neighbours, the same on both
 * sides), then the base tree. Unknown means undefined.
 */
export function repoFileReader(context: ChangeContext, side: Side = 'head'): ReadRepoFile {
  const read: ReadRepoFile = (path) => {
    if (side === 'base') {
      const changed = context.files.find((f) => (f.previousPath ?? f.path) === path && f.status !== 'added');
      if (changed) return changed.baseText;
      if (context.files.some((f) => f.path === path)) return undefined;
    } else {
      const changed = context.files.find((f) => f.path === path);
      if (changed) return changed.status === 'removed' ? undefined : changed.headText;
    }
    const neighbour = context.neighbours?.find((n) => n.path === path)?.text;
    if (neighbour !== undefined) return neighbour;
    return side === 'base' ? context.baseTree?.read(path) : undefined;
  };
  // The paths under a folder that can be read: the change's own files, the neighbours, and the base listing.
  read.list = (folder) => {
    const prefix = folder === '' ? '' : folder.replace(/\/+$/, '') + '/';
    const removed = new Set(context.files.filter((f) => f.status === 'removed').map((f) => f.path));
    const paths = [
      ...context.files.filter((f) => f.status !== 'removed').map((f) => f.path),
      ...(context.neighbours ?? []).map((n) => n.path),
      ...(context.baseTree?.list(folder) ?? []),
    ];
    return [...new Set(paths)].filter((p) => p.startsWith(prefix) && (side === 'base' || !removed.has(p))).sort();
  };
  return read;
}
