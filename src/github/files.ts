import type { DecodedText } from '../parsers/text/decode.js';
import type { ChangedFile, FileStatus } from '../core/types.js';
import { diffLines, parseHunks } from '../parsers/diff.js';
import { refKey, type BlobRef } from './blobs.js';
import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';
import type { TreeEntry } from './tree.js';

/** The pull request files endpoint lists at most this many files. */
export const MAX_LISTED_FILES = 3000;

export interface ListedFile {
  filename: string;
  previous_filename?: string | undefined;
  status: string;
  sha: string | null;
  changes: number;
  patch?: string | undefined;
}

export class TooManyFiles extends Error {}

export async function listFiles(
  api: GitHub,
  repo: RepoRef,
  number: number,
  changedFiles: number,
): Promise<ListedFile[]> {
  if (changedFiles > MAX_LISTED_FILES) {
    throw new TooManyFiles(
      `the pull request changes ${changedFiles} files and GitHub lists only the first ${MAX_LISTED_FILES}, so two-key cannot see every change`,
    );
  }
  const files = (await api.paginate(api.rest.pulls.listFiles, {
    ...repo,
    pull_number: number,
    per_page: 100,
  })) as ListedFile[];
  if (files.length < changedFiles) {
    throw new TooManyFiles(
      `GitHub listed ${files.length} of the ${changedFiles} changed files, so two-key cannot see every change`,
    );
  }
  return files;
}

function statusOf(listed: ListedFile): FileStatus | undefined {
  switch (listed.status) {
    case 'added':
    case 'copied':
      return 'added';
    case 'removed':
      return 'removed';
    case 'renamed':
      return 'renamed';
    case 'modified':
    case 'changed':
      return 'modified';
    default:
      return undefined;
  }
}

/** What to read for one listed file: its head by blob id, its base from the merge base. */
export interface PlannedFile {
  listed: ListedFile;
  status: FileStatus;
  head?: BlobRef;
  /** The base version to read, or what it is when there is nothing to read. */
  base?: BlobRef | { unreadable: string };
}

/**
 * The reads a changed file needs. The base is the version at the merge base (the side GitHub's
 * patch is computed against): by blob id from the merge base's listing when there is one.
 */
export function planChangedFiles(
  listed: readonly ListedFile[],
  mergeBase: string,
  baseFiles: ReadonlyMap<string, TreeEntry> | undefined,
): PlannedFile[] {
  return listed.flatMap((file) => {
    const status = statusOf(file);
    if (status === undefined) return [];
    const planned: PlannedFile = { listed: file, status };
    if (status !== 'removed' && file.sha !== null) planned.head = { oid: file.sha };
    if (status !== 'added') {
      const path = file.previous_filename ?? file.filename;
      if (baseFiles === undefined) planned.base = { commit: mergeBase, path };
      else {
        const entry = baseFiles.get(path);
        if (entry?.kind === 'file')
          planned.base = { oid: entry.oid, ...(entry.size === undefined ? {} : { size: entry.size }) };
        else if (entry !== undefined) planned.base = { unreadable: `is a ${entry.kind} at the base, not a file` };
      }
    }
    return [planned];
  });
}

/** The blob reads of a plan. */
export function plannedReads(plan: readonly PlannedFile[]): BlobRef[] {
  return plan.flatMap((p) => [...(p.head ? [p.head] : []), ...(p.base && !('unreadable' in p.base) ? [p.base] : [])]);
}

/**
 * Every changed file with its head and base text and the lines the change touched, from the texts
 * read for its plan. A patch GitHub omitted or cut short is replaced by a diff of the two texts.
 */
export function buildChangedFiles(
  plan: readonly PlannedFile[],
  texts: ReadonlyMap<string, DecodedText | undefined>,
): ChangedFile[] {
  return plan.map((p) => buildOne(p, texts));
}

function buildOne(planned: PlannedFile, texts: ReadonlyMap<string, DecodedText | undefined>): ChangedFile {
  const { listed, status } = planned;
  const file: ChangedFile = { path: listed.filename, status, headChangedLines: [], baseChangedLines: [] };
  if (listed.previous_filename !== undefined) file.previousPath = listed.previous_filename;

  const head = planned.head === undefined ? undefined : texts.get(refKey(planned.head));
  const base =
    planned.base === undefined
      ? undefined
      : 'unreadable' in planned.base
        ? planned.base
        : texts.get(refKey(planned.base));
  if (status !== 'removed' && head === undefined) {
    file.unreadable = 'has no content in the head commit';
    return file;
  }
  const problem = unreadableReason(head) ?? unreadableReason(base);
  if (isBinary(head) || isBinary(base)) file.binary = true;
  else if (problem !== undefined) file.unreadable = problem;
  if (head && 'text' in head) file.headText = head.text;
  if (base && 'text' in base) file.baseText = base.text;
  if (file.binary || file.unreadable !== undefined) return file;

  const hunks = listed.patch === undefined ? undefined : parseHunks(listed.patch);
  if (hunks && !hunks.truncated) {
    file.headChangedLines = hunks.headChangedLines;
    file.baseChangedLines = hunks.baseChangedLines;
  } else if (listed.changes > 0 || status === 'added' || status === 'removed') {
    // GitHub leaves the patch out of large diffs and cuts long ones short: diff the texts instead.
    const lines = diffLines(file.baseText, file.headText);
    file.headChangedLines = lines.headChangedLines;
    file.baseChangedLines = lines.baseChangedLines;
  }
  return file;
}

function isBinary(decoded: DecodedText | undefined): boolean {
  return decoded !== undefined && 'binary' in decoded;
}

function unreadableReason(decoded: DecodedText | undefined): string | undefined {
  return decoded !== undefined && 'unreadable' in decoded ? decoded.unreadable : undefined;
}
