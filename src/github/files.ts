import type { DecodedText } from '../parsers/text/decode.js';
import type { ChangedFile, FileStatus } from '../core/types.js';
import { diffLines, parseHunks } from '../parsers/diff.js';
import type { GitHub } from './client.js';
import { readBlob, readFileAt } from './contents.js';
import { mapLimit } from './limit.js';
import type { RepoRef } from './repo.js';

/** The pull request files endpoint lists at most this many files. */
export const MAX_LISTED_FILES = 3000;

/** Requests in flight while reading file contents: enough to be quick, few enough not to trip abuse limits. */
const CONTENT_CONCURRENCY = 8;

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

/**
 * Every changed file with its head and base text and the lines the change touched. The head is
 * read by blob SHA; the base at the merge base (the side GitHub's patch is computed against).
 * A patch GitHub omitted or cut short is replaced by a diff of the two texts.
 */
export async function readChangedFiles(
  api: GitHub,
  repo: RepoRef,
  listed: readonly ListedFile[],
  mergeBase: string,
): Promise<ChangedFile[]> {
  const files = await mapLimit(listed, CONTENT_CONCURRENCY, (file) => readOne(api, repo, file, mergeBase));
  return files.filter((f): f is ChangedFile => f !== undefined);
}

async function readOne(
  api: GitHub,
  repo: RepoRef,
  listed: ListedFile,
  mergeBase: string,
): Promise<ChangedFile | undefined> {
  const status = statusOf(listed);
  if (status === undefined) return undefined;
  const file: ChangedFile = { path: listed.filename, status, headChangedLines: [], baseChangedLines: [] };
  if (listed.previous_filename !== undefined) file.previousPath = listed.previous_filename;

  const head = status === 'removed' || listed.sha === null ? undefined : await readBlob(api, repo, listed.sha);
  const base =
    status === 'added'
      ? undefined
      : await readFileAt(api, repo, listed.previous_filename ?? listed.filename, mergeBase);
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
