import type { ChangedFile } from '../core/types.js';
import { isPulumiStackConfig, PULUMI_PROGRAMS } from '../rules/iac/lib/pulumi-stack-config.js';

/**
 * Untouched files a changed file pulls in, by the repository paths worth reading (several guesses
 * per reference: beside the file and from the root): what a script sources (`source ./lib.sh`,
 * `. "$(dirname "$0")/env.sh"`), what a Makefile includes, and the local files a GitLab CI file
 * includes, and the program a changed Pulumi stack config is read by. Only the choice of files to read is made here, by a cheap scan; the families parse
 * them and decide what they mean. Shared by the CLI (which reads them from the head tree) and the
 * Action.
 */
export function referencedPaths(files: readonly ChangedFile[]): string[] {
  const out = new Set<string>();
  for (const file of files) {
    const text = file.headText;
    if (!text || file.binary) continue;
    if (isPulumiStackConfig(file.path))
      for (const [name] of PULUMI_PROGRAMS) out.add(`${dirOf(file.path) ? dirOf(file.path) + '/' : ''}${name}`);
    else if (MAKEFILE.test(file.path)) for (const p of makeIncludes(file.path, text)) out.add(p);
    else if (GITLAB.test(file.path)) for (const p of gitlabIncludes(text)) out.add(p);
    else if (SCRIPT.test(file.path) || SHEBANG.test(text.slice(0, 200)))
      for (const p of sourcedFiles(file.path, text)) out.add(p);
  }
  for (const file of files) out.delete(file.path);
  return [...out];
}

const GITLAB = /(^|\/)(\.gitlab-ci\.ya?ml|[^/]+\.gitlab-ci\.ya?ml|\.gitlab\/.+\.ya?ml)$/i;
/** `local: /ci/templates.yml`, `- 'ci/jobs.yml'`, `include: ci/x.yml`: YAML paths the file names. */
const GITLAB_INCLUDE = /^[ \t]*(?:-[ \t]*)?(?:local:|include:)?[ \t]*['"]?\/?([\w./-]+\.ya?ml)['"]?[ \t]*$/gm;
const MAKEFILE = /(^|\/)(GNUmakefile|[Mm]akefile)$|\.mk$|\.make$/;
const SCRIPT = /\.(sh|bash)$/i;
const SHEBANG = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:\S*\/)?(?:ba|da|a)?sh(?:[ \t]|$)/;
/** `source x`, `. x`, at the start of a command. */
const SOURCE = /(?:^|[;&|({]|\bthen|\bdo|\belse)[ \t]*(?:source|\.)[ \t]+([^\n;&|]+)/gm;
/** `"$(dirname "$0")/lib.sh"`, `"$SCRIPT_DIR/lib.sh"`, `${BASH_SOURCE%/*}/lib.sh`: beside the script. */
const BESIDE = /^["']?\$(?:\((?:[^()]|\([^()]*\))*\)|\{[^}]*\}|\w+)["']?\/([^"'\s$`]+)/;
const PLAIN = /^["']?([^"'\s$`/][^"'\s$`]*)["']?(?:\s|$)/;
/** `include a.mk b.mk`, `-include`, `sinclude`. */
const INCLUDE = /^[ \t]*(?:-|s)?include[ \t]+([^\n#]+)/gm;

function dirOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

function join(dir: string, relative: string): string | undefined {
  const parts = dir ? dir.split('/') : [];
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length ? parts.join('/') : undefined;
}

function sourcedFiles(path: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SOURCE)) {
    const words = m[1]!.trim();
    const beside = BESIDE.exec(words)?.[1];
    const plain = beside === undefined ? PLAIN.exec(words)?.[1] : undefined;
    if (beside) out.push(...[join(dirOf(path), beside)].filter((p): p is string => p !== undefined));
    if (plain) for (const p of [join(dirOf(path), plain), join('', plain)]) if (p) out.push(p);
  }
  return out;
}

function gitlabIncludes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(GITLAB_INCLUDE)) {
    const p = join('', m[1]!);
    if (p) out.push(p);
  }
  return out;
}

function makeIncludes(path: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(INCLUDE)) {
    for (const word of m[1]!.trim().split(/\s+/)) {
      if (word.includes('$') || word.includes('*') || word.startsWith('/')) continue;
      for (const p of [join(dirOf(path), word), join('', word)]) if (p) out.push(p);
    }
  }
  return out;
}
