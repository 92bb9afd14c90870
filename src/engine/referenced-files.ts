import type { ChangedFile } from '../core/types.js';
import { refineryEvidencePaths } from './refinery-unversioned.js';
import { iacCodeReferences } from '../rules/iac/lib/iac-code-references.js';

/**
 * Untouched files a changed file pulls in, by the repository paths worth reading (several guesses
 * per reference: beside the file and from the root): what a script sources (`source ./lib.sh`,
 * `. "$(dirname "$0")/env.sh"`), what a Makefile includes, and the local files a GitLab CI file
 * includes, and the Cargo.toml or refinery.toml that says a `U{n}__` SQL file is refinery's, the program a changed Pulumi stack config is read by (iac-code-references.ts), and the modules a program imports names from. Only the choice of files to read is made here, by a cheap scan; the families parse
 * them and decide what they mean. Shared by the CLI (which reads them from the head tree) and the
 * Action.
 */
export function referencedPaths(files: readonly Pick<ChangedFile, 'path' | 'headText' | 'binary'>[]): string[] {
  const out = new Set<string>();
  for (const file of files) {
    const text = file.headText;
    if (!text || file.binary) continue;
    for (const p of refineryEvidencePaths(file.path)) out.add(p);
    const iac = iacCodeReferences(file.path, text);
    if (iac.length) {
      for (const p of iac) out.add(p);
      continue;
    }
    // `make db-reset` in a workflow, a script or a recipe: the Makefile that defines the target.
    if (MAKE_COMMAND.test(text))
      for (const p of makefilesAbove(file.path.includes('.github/') ? '' : file.path)) out.add(p);
    if (MAKEFILE.test(file.path)) {
      for (const p of makeIncludes(file.path, text)) out.add(p);
      // A .mk file runs with what the Makefile that includes it sets: the Makefiles beside and above it.
      if (!/(^|\/)(GNUmakefile|[Mm]akefile)$/.test(file.path)) for (const p of makefilesAbove(file.path)) out.add(p);
    } else if (WORKFLOW.test(file.path)) for (const p of localActions(text)) out.add(p);
    else if (GITLAB.test(file.path)) for (const p of gitlabIncludes(text)) out.add(p);
    else if (SCRIPT.test(file.path) || SHEBANG.test(text.slice(0, 200)))
      for (const p of sourcedFiles(file.path, text)) out.add(p);
    // A file whose name says nothing may be sourced: the scripts beside it and in the folder above, to find out.
    else if (SOURCEABLE.test(file.path) && !NAMED_KIND.test(file.path))
      for (const p of scriptsNear(file.path)) out.add(p);
    // A Dockerfile's `RUN . ./env.sh && ...`, a step's or a recipe's `source ci/env.sh`: the sourced file runs there.
    if (HOLDS_COMMANDS.test(file.path) || WORKFLOW.test(file.path) || GITLAB.test(file.path))
      for (const p of sourcedFiles(file.path, text, SOURCE_IN_PIECE)) out.add(p);
  }
  for (const file of files) out.delete(file.path);
  return [...out];
}

const WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
/** `uses: ./.github/actions/db-reset`: a composite action of the repository. */
const LOCAL_ACTION = /^[ \t-]*uses:[ \t]*['"]?\.\/([\w./-]+?)\/?['"]?[ \t]*(?:#.*)?$/gm;
const GITLAB = /(^|\/)(\.gitlab-ci\.ya?ml|[^/]+\.gitlab-ci\.ya?ml|\.gitlab\/.+\.ya?ml)$/i;
/** `local: /ci/templates.yml`, `- 'ci/jobs.yml'`, `include: ci/x.yml`: YAML paths the file names. */
const GITLAB_INCLUDE = /^[ \t]*(?:-[ \t]*)?(?:local:|include:)?[ \t]*['"]?\/?([\w./-]+\.ya?ml)['"]?[ \t]*$/gm;
const MAKEFILE = /(^|\/)(GNUmakefile|[Mm]akefile)$|\.mk$|\.make$/;
const SCRIPT = /\.(sh|bash)$/i;
/** Names a sourced shell file has: none (`lib/common`), or `.env`, `.rc`, `.inc`, `.conf`... */
const SOURCEABLE = /(^|\/)([^/.]+|[^/]*\.(env|rc|inc|conf|cfg|vars|profile|lib|functions|source))$/i;

/** Extensionless files that are a known kind of their own, not a sourced script. */
const NAMED_KIND =
  /(^|\/)(Dockerfile|Containerfile|Procfile|Gemfile|Rakefile|Brewfile|Vagrantfile|Jenkinsfile|Justfile|justfile|LICENSE|CODEOWNERS|VERSION)$/;

function scriptsNear(path: string): string[] {
  const dir = dirOf(path);
  const up = dir.includes('/') ? dirOf(dir) : '';
  return [...new Set([dir, up])].flatMap((d) => [`${d ? d + '/' : ''}*.sh`, `${d ? d + '/' : ''}*.bash`]);
}
const SHEBANG = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:\S*\/)?(?:ba|da|a)?sh(?:[ \t]|$)/;
/** `source x`, `. x`, at the start of a command. */
const SOURCE = /(?:^|[;&|({]|\bthen|\bdo|\belse)[ \t]*(?:source|\.)[ \t]+([^\n;&|]+)/gm;
/** `source x`, `. x` inside a piece of a file that holds commands: after `RUN `, `run: `, a quote, a recipe's tab. */
const SOURCE_IN_PIECE = /(?:^|[\s;&|({:"'])(?:source|\.)[ \t]+([^\n;&|"]+)/gm;
/** Files with commands in pieces: Dockerfiles, Makefiles, justfiles, CI configurations. */
const HOLDS_COMMANDS =
  /(^|\/)(Dockerfile|Containerfile)(\.[\w.-]+)?$|\.[Dd]ockerfile$|(^|\/)(GNUmakefile|[Mm]akefile|[Jj]ustfile)$|\.mk$|(^|\/)\.circleci\/|azure-pipelines|bitbucket-pipelines|\.buildkite\/|(^|\/)Jenkinsfile/;
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

function sourcedFiles(path: string, text: string, pattern: RegExp = SOURCE): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(pattern)) {
    const words = m[1]!.trim();
    const beside = BESIDE.exec(words)?.[1];
    const plain = beside === undefined ? PLAIN.exec(words)?.[1] : undefined;
    if (beside) out.push(...[join(dirOf(path), beside)].filter((p): p is string => p !== undefined));
    if (plain) for (const p of [join(dirOf(path), plain), join('', plain)]) if (p) out.push(p);
  }
  return out;
}

function localActions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LOCAL_ACTION)) {
    const dir = join('', m[1]!);
    if (dir && !/\.ya?ml$/i.test(dir)) out.push(`${dir}/action.yml`, `${dir}/action.yaml`);
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

/** `make target`, `$(MAKE) target`, `gmake -C dir target`: a command that runs a Makefile's target. */
const MAKE_COMMAND = /(?:^|[\s;&|(`"'])(?:g?make|\$\(MAKE\)|\$\{MAKE\})[ \t]+[\w-]/m;

/** The Makefiles of the file's folder and every folder above it, up to the root. */
function makefilesAbove(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  const out: string[] = [];
  for (let i = parts.length; i >= 0; i--) {
    const dir = parts.slice(0, i).join('/');
    for (const name of ['GNUmakefile', 'makefile', 'Makefile']) out.push(dir ? `${dir}/${name}` : name);
  }
  return out;
}

function makeIncludes(path: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(INCLUDE)) {
    // `include $(wildcard mk/*.mk)` includes what the glob matches; other references are decided at run time.
    const words = m[1]!.replace(/\$\(wildcard\s+([^()]*)\)/g, '$1').trim();
    for (const word of words.split(/\s+/)) {
      if (word.includes('$') || word.startsWith('/')) continue;
      for (const p of [join(dirOf(path), word), join('', word)]) if (p) out.push(p);
    }
  }
  return out;
}
