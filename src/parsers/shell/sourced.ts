import type { Span } from '../../core/types.js';
import { LineIndex } from '../../core/lines.js';
import type { OffsetMap } from '../offset-map.js';
import { DYNAMIC, parseShell, type ShellCommand } from './commands.js';
import { normalise } from './sources-file.js';

/**
 * Reads a file of the repository at head by its path, or undefined when it is not known; `list`
 * (when the caller has it) gives the known paths under a folder, for globs (`include mk/*.mk`).
 */
export type ReadRepoFile = ((path: string) => string | undefined) & { list?: (folder: string) => string[] };

/** A sourced file's text spliced into the script that sources it. */
export interface InlinedRegion {
  /** Where the spliced text is in the combined snippet. */
  start: number;
  end: number;
  path: string;
  /** The `source` command in the script that brings it in. */
  sourceCommand: Span;
  /** How deep the sourcing is: 0 for a file the script itself sources. */
  depth: number;
  /** Offset in the spliced text -> offset in the sourced file's own text (files it sources are spliced in too). */
  toOwn: OffsetMap;
  lines: LineIndex;
}

export interface InlinedScript {
  /** The script with each sourced file's text before the line that sources it. */
  text: string;
  /** Combined offset -> offset in the script; a spliced offset maps to its `source` command. */
  toScript: OffsetMap;
  regions: InlinedRegion[];
}

const SHELLS = /^(sh|bash|dash|ash|zsh|ksh)$/;

/** Sourced files within sourced files; deeper ones are not followed. */
const MAX_DEPTH = 3;
/** A sourced file larger than this is not read: a library of functions is small. */
const MAX_SOURCED_CHARS = 256 * 1024;

/**
 * `source ./lib.sh`, `. "$(dirname "$0")/env.sh"`: the paths a script sources, as repository
 * paths (tried beside the script, then from the repository root). Only the path's literal part
 * counts; a path decided at run time beyond the script's own folder is not followed.
 */
export function sourcedPaths(
  scriptPath: string,
  commands: readonly ShellCommand[],
): { path: string[]; command: ShellCommand }[] {
  const out: { path: string[]; command: ShellCommand }[] = [];
  for (const command of commands) {
    // `bash -c 'source ./env.sh && ...'` sources as the script does; `sudo source` runs nothing.
    if (command.calledThrough.length || command.wrappers.some((w) => !SHELLS.test(w))) continue;
    const program = command.argv[0];
    if (program !== 'source' && program !== '.') continue;
    const arg = command.argv[1];
    if (arg === undefined) continue;
    const candidates = candidatePaths(scriptPath, arg);
    if (candidates.length) out.push({ path: candidates, command });
  }
  return out;
}

function candidatePaths(scriptPath: string, arg: string): string[] {
  const dir = scriptPath.includes('/') ? scriptPath.slice(0, scriptPath.lastIndexOf('/')) : '';
  // `"$(dirname "$0")/lib.sh"`, `"$SCRIPT_DIR/lib.sh"`, `"${BASH_SOURCE%/*}/lib.sh"`: the script's folder.
  let literal = 0;
  while (arg.startsWith(DYNAMIC, literal)) literal += DYNAMIC.length;
  if (literal > 0 && arg[literal] === '/') {
    const rest = arg.slice(literal + 1);
    return rest.includes(DYNAMIC) ? [] : [normalise(dir, rest)].filter(isPath);
  }
  if (arg.includes(DYNAMIC) || arg.startsWith('/') || arg.startsWith('~')) return [];
  return [...new Set([normalise(dir, arg), normalise('', arg)])].filter(isPath);
}

function isPath(p: string): boolean {
  return p !== '' && !p.startsWith('../');
}

/**
 * The script with the files it sources spliced in before the lines that source them, so the
 * functions and variables they define are known where the script uses them (a changed script
 * calling `wipe_db` from an untouched `lib.sh`). Undefined when it sources nothing readable.
 * Needs loadGrammar('bash').
 */
export function inlineSourced(
  scriptPath: string,
  text: string,
  read: ReadRepoFile,
  depth = 0,
): InlinedScript | undefined {
  if (depth >= MAX_DEPTH || !/(^|[\s;&|("'])(source|\.)[ \t]/m.test(text)) return undefined;
  const sourced = sourcedPaths(scriptPath, parseShell(text).commands);
  const splices: { at: number; text: string; path: string; command: Span; inner?: InlinedScript }[] = [];
  for (const { path: candidates, command } of sourced) {
    for (const path of candidates) {
      if (path === scriptPath) continue;
      const body = read(path);
      if (body === undefined || body.length > MAX_SOURCED_CHARS) continue;
      const inner = inlineSourced(path, body, read, depth + 1);
      const at = text.lastIndexOf('\n', command.span.start - 1) + 1;
      splices.push({ at, text: inner?.text ?? body, path, command: command.span, ...(inner ? { inner } : {}) });
      break;
    }
  }
  if (!splices.length) return undefined;
  splices.sort((a, b) => a.at - b.at);
  let combined = '';
  const regions: InlinedRegion[] = [];
  /** Combined offset where each script piece starts, and its offset in the script. */
  const pieces: { combined: number; script: number }[] = [];
  let copied = 0;
  for (const splice of splices) {
    pieces.push({ combined: combined.length, script: copied });
    combined += text.slice(copied, splice.at);
    copied = splice.at;
    const start = combined.length;
    combined += splice.text + '\n';
    const own = read(splice.path) ?? '';
    regions.push({
      start,
      end: combined.length,
      path: splice.path,
      sourceCommand: splice.command,
      toOwn: splice.inner?.toScript ?? ((offset) => offset),
      depth,
      lines: new LineIndex(own),
    });
    // A file the sourced file sources, as its own region, for the locations in messages.
    for (const r of splice.inner?.regions ?? []) regions.push({ ...r, start: start + r.start, end: start + r.end });
  }
  pieces.push({ combined: combined.length, script: copied });
  combined += text.slice(copied);
  const toScript: OffsetMap = (offset) => {
    const region = regions.find((r) => offset >= r.start && offset < r.end && r.depth === depth);
    if (region) return region.sourceCommand.start;
    let piece = pieces[0]!;
    for (const p of pieces) if (p.combined <= offset) piece = p;
    return piece.script + (offset - piece.combined);
  };
  return { text: combined, toScript, regions };
}

/** Where a combined offset is, when it is in a sourced file: `scripts/lib.sh:12`. */
export function sourcedLocation(
  inlined: InlinedScript,
  offset: number,
): { region: InlinedRegion; line: number } | undefined {
  // The innermost region: a file sourced by a sourced file lies inside its parent's region.
  let region: InlinedRegion | undefined;
  for (const r of inlined.regions)
    if (offset >= r.start && offset < r.end && (!region || r.end - r.start < region.end - region.start)) region = r;
  if (!region) return undefined;
  return { region, line: region.lines.lineOf(region.toOwn(offset - region.start)) };
}
