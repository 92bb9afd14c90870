import type { DecodedText } from '../parsers/text/decode.js';
import {
  MAX_NEIGHBOURS,
  moduleDirs,
  pickNeighbours,
  referencedDir,
  referencedMatcher,
} from '../engine/neighbour-files.js';
import { referencedPaths } from '../engine/referenced-files.js';
import type { BaseTree, ChangedFile, ChangeSet, UnchangedFile } from '../core/types.js';
import { earlierMigrations } from '../rules/sql/lib/schema-state.js';
import { readTerragruntFiles, treeIndexOf } from '../engine/terragrunt-files.js';
import type { BlobRef, BlobReader } from './blobs.js';
import type { ListedFile } from './files.js';
import { filesUnder, type TreeEntry } from './tree.js';

/** What the readers see beyond the changed files, as the CLI fills it from the repository. */
export type Untouched = Pick<ChangeSet, 'neighbours' | 'baseTree' | 'baseWorkflows'>;

export interface UntouchedPlan {
  /** The blobs to read, in the same batches as the changed files. */
  refs: BlobRef[];
  build(texts: ReadonlyMap<string, DecodedText | undefined>): Untouched;
}

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;

/**
 * The files of the merge base the readers use though the pull request does not touch them (they
 * are the same in the head): the other `.tf`/`.tfvars` files of a changed Terraform module, the
 * earlier migrations of a changed migration's folder, and the workflows the guard rules read.
 * The Action cannot read on demand as the CLI does, so what each reader will ask for is fetched
 * ahead from the merge base's listing, by blob id.
 */
export function planUntouched(listed: readonly ListedFile[], baseFiles: ReadonlyMap<string, TreeEntry>): UntouchedPlan {
  const changed = listed.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]);
  const touched = new Set(changed);
  const paths = changed.map((path) => ({ path }));

  const neighbours: TreeEntry[] = [];
  for (const dir of moduleDirs(listed.map((f) => ({ path: f.filename })))) {
    const untouched = filesUnder(baseFiles, dir, true).filter((f) => !touched.has(f.path));
    neighbours.push(...pickNeighbours(paths, untouched, MAX_NEIGHBOURS - neighbours.length));
    if (neighbours.length >= MAX_NEIGHBOURS) break;
  }

  const workflows = filesUnder(baseFiles, '.github/workflows', true).filter((f) => WORKFLOW.test(f.path));

  const baseTree = indexedTree(baseFiles);
  const history = new Map<string, TreeEntry>();
  for (const path of new Set(changed)) {
    for (const earlier of earlierMigrations(path, baseTree.list) ?? []) {
      const entry = baseFiles.get(earlier);
      if (entry) history.set(earlier, entry);
    }
  }

  const refs = [...neighbours, ...workflows, ...history.values()].map(blobRefOf);
  return {
    refs,
    build(texts) {
      const text = (e: TreeEntry): string | undefined => {
        const decoded = texts.get(e.oid);
        return decoded !== undefined && 'text' in decoded ? decoded.text : undefined;
      };
      const withText = (entries: readonly TreeEntry[]) => neighboursFrom(entries, texts);
      const untouched: Untouched = {
        baseTree: {
          list: baseTree.list,
          // Only what was fetched ahead is known; anything else is unknown, as the CLI's failed reads are.
          read: (path) => {
            const entry = history.get(path);
            return entry === undefined ? undefined : text(entry);
          },
        },
      };
      const near = withText(neighbours);
      if (near.length) untouched.neighbours = near;
      const flows = withText(workflows);
      if (flows.length) untouched.baseWorkflows = flows;
      return untouched;
    },
  };
}

/** The listing as a BaseTree's `list`: paths under a folder, found by binary search in sorted paths. */
function indexedTree(files: ReadonlyMap<string, TreeEntry>): Pick<BaseTree, 'list'> {
  const sorted = [...files.values()]
    .filter((f) => f.kind === 'file')
    .map((f) => f.path)
    .sort();
  const cache = new Map<string, string[]>();
  return {
    list(folder) {
      const known = cache.get(folder);
      if (known) return [...known];
      const prefix = folder === '' ? '' : folder.replace(/\/+$/, '') + '/';
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out: string[] = [];
      for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
      cache.set(folder, out);
      return [...out];
    },
  };
}

/**
 * The untouched files the changed files pull in (what a changed script sources, what a changed
 * Makefile or GitLab file includes), found in the merge base's listing: they are known only once
 * the changed texts are read, so they are a second, small batch. Untouched means the head has them
 * as the merge base does.
 */
export function referencedEntries(
  files: readonly Pick<ChangedFile, 'path' | 'headText' | 'binary'>[],
  baseFiles: ReadonlyMap<string, TreeEntry>,
  already: readonly { path: string }[] = [],
): TreeEntry[] {
  const known = new Set(already.map((f) => f.path));
  const out: TreeEntry[] = [];
  const references = referencedPaths(files);
  const globs = references.filter((r) => /[*?[]/.test(r));
  const wanted = referencedMatcher(globs);
  const paths = [...references.filter((r) => !globs.includes(r))];
  // A glob (`include mk/*.mk`) is expanded over the listing, under its literal folder.
  for (const glob of globs)
    paths.push(
      ...filesUnder(baseFiles, referencedDir(glob), false)
        .map((f) => f.path)
        .filter(wanted),
    );
  for (const path of new Set(paths)) {
    const entry = baseFiles.get(path);
    if (entry && entry.kind === 'file' && !known.has(path) && !out.includes(entry)) out.push(entry);
    if (known.size + out.length >= MAX_NEIGHBOURS) break;
  }
  return out;
}

/** The texts of `entries` as neighbours, from a batch answer. */
export function neighboursFrom(
  entries: readonly TreeEntry[],
  texts: ReadonlyMap<string, DecodedText | undefined>,
): UnchangedFile[] {
  return entries.flatMap((e) => {
    const decoded = texts.get(e.oid);
    return decoded !== undefined && 'text' in decoded ? [{ path: e.path, text: decoded.text }] : [];
  });
}

/** A listing entry as a batch read: its blob id, and its size when the listing gave one. */
export function blobRefOf(e: TreeEntry): BlobRef {
  return { oid: e.oid, ...(e.size === undefined ? {} : { size: e.size }) };
}

/**
 * The untouched files changed Terragrunt files use (the units that include a changed root or
 * `_envcommon` file, the parents and `read_terragrunt_config` files of a changed unit, the modules
 * they run), from the merge base's listing, read in the same batches as the rest, a round at a time.
 */
export async function terragruntNeighbours(
  changeSet: Pick<ChangeSet, 'files' | 'neighbours'>,
  baseFiles: ReadonlyMap<string, TreeEntry>,
  reader: Pick<BlobReader, 'read'>,
): Promise<UnchangedFile[]> {
  const known = changeSet.neighbours ?? [];
  if (!changeSet.files.some((f) => /\.hcl$/i.test(f.path))) return [];
  const files = [...baseFiles.values()].filter((e) => e.kind === 'file');
  return readTerragruntFiles(
    changeSet.files,
    known,
    treeIndexOf(files.map((e) => e.path)),
    async (paths) => {
      const entries = paths.flatMap((p) => {
        const entry = baseFiles.get(p);
        return entry && entry.kind === 'file' ? [entry] : [];
      });
      return neighboursFrom(entries, await reader.read(entries.map(blobRefOf)));
    },
    MAX_NEIGHBOURS - known.length,
  );
}
