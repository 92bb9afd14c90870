import { moduleDirs } from '../engine/neighbour-files.js';
import { graphqlFailure } from './blobs.js';
import type { GitHub } from './client.js';
import type { ListedFile } from './files.js';
import type { RepoRef } from './repo.js';
import type { TreeEntry } from './tree.js';

/** A folder to list, and how deep (2: its subfolders' files too, as Prisma's `<name>/migration.sql`). */
export interface DirToList {
  dir: string;
  depth: 1 | 2;
}

/** Folders per GraphQL query. */
const DIRS_PER_QUERY = 50;

const ENTRY = 'name type mode oid object { ... on Blob { byteSize } }';
const LEVEL1 = `... on Tree { entries { ${ENTRY} } }`;
const LEVEL2 = `... on Tree { entries { ${ENTRY} object { ... on Tree { entries { ${ENTRY} } } } } }`;

interface GraphEntry {
  name: string;
  type: string;
  mode: number;
  oid: string;
  object?: { byteSize?: number; entries?: GraphEntry[] } | null;
}

/**
 * The folders whose files the readers use beside a change: what the merge base's listing would
 * have given them when GitHub cuts that listing short (a tree of more than 100,000 entries).
 */
export function dirsTheReadersUse(listed: readonly ListedFile[]): DirToList[] {
  const dirs = new Map<string, DirToList>();
  const add = (dir: string, depth: 1 | 2) => {
    const known = dirs.get(dir);
    if (!known || known.depth < depth) dirs.set(dir, { dir, depth });
  };
  for (const dir of moduleDirs(listed.map((f) => ({ path: f.filename })))) add(dir, 1);
  add('.github/workflows', 1);
  for (const f of listed) {
    for (const path of [f.filename, f.previous_filename].filter((p): p is string => p !== undefined)) {
      if (!path.endsWith('.sql')) continue;
      const parts = path.split('/');
      const nested = parts.at(-1) === 'migration.sql' && parts.length >= 3;
      add(parts.slice(0, nested ? -2 : -1).join('/'), nested ? 2 : 1);
    }
  }
  return [...dirs.values()];
}

/** The files of some folders of a commit, by GraphQL (folder paths travel as variables). */
export async function listDirs(
  api: GitHub,
  repo: RepoRef,
  sha: string,
  dirs: readonly DirToList[],
): Promise<Map<string, TreeEntry>> {
  const files = new Map<string, TreeEntry>();
  for (let start = 0; start < dirs.length; start += DIRS_PER_QUERY) {
    const batch = dirs.slice(start, start + DIRS_PER_QUERY);
    const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
    const declarations = ['$owner: String!', '$name: String!'];
    const fields = batch.map(({ dir, depth }, i) => {
      variables[`d${i}`] = `${sha}:${dir}`;
      declarations.push(`$d${i}: String!`);
      return `d${i}: object(expression: $d${i}) { ${depth === 2 ? LEVEL2 : LEVEL1} }`;
    });
    const query = `query(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
    const data = await api
      .graphql<{ repository: Record<string, { entries?: GraphEntry[] } | null> | null }>(query, variables)
      .catch((error: unknown) => {
        throw (error as { name?: string }).name === 'GraphqlResponseError' ? graphqlFailure(error) : error;
      });
    if (!data.repository) throw new Error('GitHub answered the folder query without the repository');
    batch.forEach(({ dir }, i) => {
      for (const entry of data.repository![`d${i}`]?.entries ?? []) add(files, dir, entry);
    });
  }
  return files;
}

function add(files: Map<string, TreeEntry>, dir: string, entry: GraphEntry): void {
  const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
  if (entry.type === 'tree') {
    for (const inner of entry.object?.entries ?? []) add(files, path, inner);
    return;
  }
  // Git's modes: 0o120000 is a symlink; a `commit` entry is a submodule.
  const kind = entry.type === 'commit' ? 'submodule' : entry.mode === 0o120000 ? 'symlink' : 'file';
  const size = entry.object?.byteSize;
  files.set(path, { path, oid: entry.oid, kind, ...(size === undefined ? {} : { size }) });
}
