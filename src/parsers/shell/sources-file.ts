// Which files a script sources, by a cheap scan of its text (no grammar): the engine asks it of
// every changed file before it loads the shell reader, to know that `ci/release.env` is shell.

/** `source x`, `. x` at the start of a command (a workflow's `run: source x`, `bash -c "source x"` included). */
const SOURCE_WORD = /(?:^|[\s;&|({:"'])(?:source|\.)[ \t]+(["']?)([^\s"';&|)]+)\1/gm;

/** A relative path joined to a folder, `.` and `..` resolved; `../` when it climbs out of the repository. */
export function normalise(dir: string, relative: string): string {
  const parts: string[] = dir ? dir.split('/') : [];
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return '../';
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** What a script sources: repository paths, and absolute paths in an image matched by their end. */
export interface SourcedPaths {
  paths: Set<string>;
  absolute: string[];
}

/**
 * Every file a script (or a workflow, a Dockerfile) sources: `source ci/release.env`,
 * `. "$(dirname "$0")/lib/common"`, and an absolute path in an image whose end is the file's
 * repository path (`. /app/docker/boot.rc`).
 */
export function scanSourced(scriptPath: string, text: string, into?: SourcedPaths): SourcedPaths {
  const found = into ?? { paths: new Set<string>(), absolute: [] };
  const dir = scriptPath.includes('/') ? scriptPath.slice(0, scriptPath.lastIndexOf('/')) : '';
  for (const m of text.matchAll(SOURCE_WORD)) {
    const arg = m[2]!;
    if (arg.startsWith('/')) {
      found.absolute.push(arg);
      continue;
    }
    const beside = /^\$(?:\((?:[^()]|\([^()]*\))*\)|\{[^}]*\}|\w+)\/(.+)$/.exec(arg)?.[1];
    if (beside !== undefined && !beside.includes('$')) found.paths.add(normalise(dir, beside));
    if (arg.includes('$') || arg.startsWith('~')) continue;
    found.paths.add(normalise(dir, arg));
    found.paths.add(normalise('', arg));
  }
  return found;
}

/** Whether `target` is among what a script sources. */
export function isSourced(target: string, sourced: SourcedPaths): boolean {
  return sourced.paths.has(target) || sourced.absolute.some((arg) => arg.endsWith(`/${target}`));
}
