import type { ChangedFile, ChangeSet, Commit } from '../../src/core/types.js';
import { diffLines } from '../../src/parsers/diff.js';

/** A file the change adds: every line is changed. */
export function addedFile(path: string, text: string): ChangedFile {
  const lines = text.split('\n').length;
  return { path, status: 'added', headText: text, headChangedLines: [{ start: 1, end: lines }], baseChangedLines: [] };
}

/** A modified file whose changed head lines are given. */
export function modifiedFile(
  path: string,
  baseText: string,
  headText: string,
  changed: [number, number][],
): ChangedFile {
  return {
    path,
    status: 'modified',
    baseText,
    headText,
    headChangedLines: changed.map(([start, end]) => ({ start, end })),
    baseChangedLines: [],
  };
}

export function changeSetOf(files: ChangedFile[], extra: Partial<ChangeSet> = {}): ChangeSet {
  return { files, commits: [] as Commit[], ...extra };
}

/** A file going from `base` to `head` (undefined: absent on that side), with the changed lines a diff gives. */
export function changedFile(path: string, base: string | undefined, head: string | undefined): ChangedFile {
  const lines = diffLines(base, head);
  const status = base === undefined ? 'added' : head === undefined ? 'removed' : 'modified';
  const file: ChangedFile = { path, status, ...lines };
  if (base !== undefined) file.baseText = base;
  if (head !== undefined) file.headText = head;
  return file;
}
