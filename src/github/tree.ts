import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

export interface TreeEntry {
  path: string;
  oid: string;
  size?: number;
  /** Symlinks and submodules are listed so that a changed one is reported as such, never read as text. */
  kind: 'file' | 'symlink' | 'submodule';
}

/** A commit's files (no folders), or why they are unknown. */
export type TreeListing = { files: Map<string, TreeEntry> } | { unknown: string };

/**
 * Every file of a commit in one request (the git trees API, recursive). GitHub cuts the listing
 * of very large trees short: then the caller lists the folders it needs (tree-dirs.ts).
 */
export async function listTree(api: GitHub, repo: RepoRef, sha: string): Promise<TreeListing> {
  const { data } = await api.rest.git.getTree({ ...repo, tree_sha: sha, recursive: 'true' });
  if (data.truncated) {
    return {
      unknown: `GitHub lists only part of the tree of ${sha.slice(0, 12)} (too many files)`,
    };
  }
  const files = new Map<string, TreeEntry>();
  for (const entry of data.tree) {
    if (entry.type === 'tree' || !entry.path || !entry.sha) continue;
    const kind = entry.type === 'commit' ? 'submodule' : entry.mode === '120000' ? 'symlink' : 'file';
    const size = entry.size === undefined ? {} : { size: entry.size };
    files.set(entry.path, { path: entry.path, oid: entry.sha, kind, ...size });
  }
  return { files };
}

/** The regular files under a folder ('' is the root): directly in it, or at any depth. */
export function filesUnder(files: ReadonlyMap<string, TreeEntry>, dir: string, direct: boolean): TreeEntry[] {
  const prefix = dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
  return [...files.values()].filter(
    (f) => f.kind === 'file' && f.path.startsWith(prefix) && !(direct && f.path.slice(prefix.length).includes('/')),
  );
}
