/** Which untouched files the readers want beside the changed ones: shared by the CLI and the Action. */
import { Minimatch } from 'minimatch';

/** Files whose meaning spans their directory: a Terraform module is every `.tf` and `.tfvars` in it. */
const MODULE_FILE = /\.(tf|tofu|tfvars)$/i;

/** At most this many neighbours are read, so a change in a huge directory stays cheap. */
export const MAX_NEIGHBOURS = 200;

const dirOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/** The directories of changed Terraform files, and of the files in `referenced` (the Action reads them from its own listing). */
export function moduleDirs(files: readonly { path: string }[], referenced: Iterable<string> = []): string[] {
  const dirs = files.filter((f) => MODULE_FILE.test(f.path)).map((f) => dirOf(f.path));
  for (const path of referenced) dirs.push(referencedDir(path));
  return [...new Set(dirs)];
}

/**
 * The files of one directory's listing the change does not touch and a reader wants (module files,
 * or files a changed script sources or a changed Makefile includes), at most `room` of them.
 */
export function pickNeighbours<T extends { path: string }>(
  files: readonly { path: string }[],
  listing: readonly T[],
  room = MAX_NEIGHBOURS,
  referenced: ReadonlySet<string> = new Set(),
): T[] {
  const changed = new Set(files.map((f) => f.path));
  const wanted = referencedMatcher(referenced);
  return listing
    .filter((entry) => (MODULE_FILE.test(entry.path) || wanted(entry.path)) && !changed.has(entry.path))
    .slice(0, Math.max(0, room));
}

/**
 * Whether a path is one of the referenced ones: a path, or a glob a reader expands itself
 * (`include $(wildcard mk/*.mk)`, the scripts beside a file they may source: `docker/*.sh`).
 */
export function referencedMatcher(referenced: Iterable<string>): (path: string) => boolean {
  const paths = new Set<string>();
  const globs: Minimatch[] = [];
  for (const r of referenced) {
    if (/[*?[]/.test(r)) globs.push(new Minimatch(r, { dot: true }));
    else paths.add(r);
  }
  return (path) => paths.has(path) || globs.some((g) => g.match(path));
}

/** The folder a referenced path or glob is in, for listing: `mk/*.mk` -> `mk`. */
export function referencedDir(reference: string): string {
  const literal = reference.split('/');
  const at = literal.findIndex((part) => /[*?[]/.test(part));
  const parts = at < 0 ? literal.slice(0, -1) : literal.slice(0, at);
  return parts.join('/');
}
