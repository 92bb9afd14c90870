import type { FileStatus, LineRange } from '../core/types.js';

/** Lines a change touched on each side of one file, as 1-based inclusive ranges. */
export interface ChangedLines {
  headChangedLines: LineRange[];
  baseChangedLines: LineRange[];
}

export interface HunkParse extends ChangedLines {
  /**
   * True when a hunk ended before its header's line counts were used up, or a line fit no hunk:
   * the patch was cut short (the GitHub API truncates large ones), so the ranges are a lower bound.
   */
  truncated: boolean;
}

export interface FileDiff extends HunkParse {
  /** Head-side path, or the base-side path when the file was removed. */
  path: string;
  /** Base-side path when the file was renamed. */
  previousPath?: string;
  /** Copies are reported as `added`, as the file is new at its path. */
  status: FileStatus;
  /** Git printed "Binary files ... differ" (or a binary patch) instead of hunks. */
  binary: boolean;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

class RangeBuilder {
  private list: LineRange[] = [];
  private sorted = true;

  add(line: number): void {
    const last = this.list[this.list.length - 1];
    if (last && last.end + 1 === line) last.end = line;
    else if (last && line >= last.start && line <= last.end) return;
    else {
      // Hunks out of order only come from a malformed patch; keep their lines anyway.
      if (last && line < last.start) this.sorted = false;
      this.list.push({ start: line, end: line });
    }
  }

  get ranges(): LineRange[] {
    if (!this.sorted) {
      this.list = mergeRanges(this.list, []);
      this.sorted = true;
    }
    return this.list;
  }
}

function splitPatchLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Walks one hunk starting at `lines[start]` (its `@@` header) and records the changed lines.
 * Returns the index after the hunk. The header's counts, not the look of each line, decide where
 * the hunk ends, so a changed line that reads like `diff --git` or `@@` stays inside it.
 */
function readHunk(lines: string[], start: number, base: RangeBuilder, head: RangeBuilder): [next: number, ok: boolean] {
  const match = HUNK_HEADER.exec(lines[start] ?? '');
  if (!match) return [start + 1, false];
  let baseLine = Number(match[1]);
  let baseLeft = match[2] === undefined ? 1 : Number(match[2]);
  let headLine = Number(match[3]);
  let headLeft = match[4] === undefined ? 1 : Number(match[4]);
  let i = start + 1;
  while (i < lines.length && (baseLeft > 0 || headLeft > 0)) {
    const line = lines[i] as string;
    const first = line[0];
    if (first === '-' && baseLeft > 0) {
      base.add(baseLine++);
      baseLeft--;
    } else if (first === '+' && headLeft > 0) {
      head.add(headLine++);
      headLeft--;
    } else if ((first === ' ' || line === '') && baseLeft > 0 && headLeft > 0) {
      // An empty line is a context line under diff.suppressBlankEmpty.
      baseLine++;
      headLine++;
      baseLeft--;
      headLeft--;
    } else if (first !== '\\') {
      break;
    }
    i++;
  }
  // "\ No newline at end of file" follows the last line it describes.
  while (i < lines.length && lines[i]?.[0] === '\\') i++;
  return [i, baseLeft === 0 && headLeft === 0];
}

/**
 * Changed lines of a patch that holds only hunks for one file, as the GitHub API's `patch` field
 * does (with context lines). Lines before the first hunk are ignored.
 */
export function parseHunks(patch: string): HunkParse {
  const lines = splitPatchLines(patch);
  const base = new RangeBuilder();
  const head = new RangeBuilder();
  let truncated = false;
  let seenHunk = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.startsWith('@@')) {
      seenHunk = true;
      const [next, ok] = readHunk(lines, i, base, head);
      if (!ok) truncated = true;
      i = next;
    } else {
      if (seenHunk) truncated = true;
      i++;
    }
  }
  return { headChangedLines: head.ranges, baseChangedLines: base.ranges, truncated };
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Reads a C-quoted name as git prints it (`"a/new\nline.txt"`, `"\303\251"`) starting at
 * `text[start]`, which must be `"`. Returns the name and the index after the closing quote.
 */
export function readQuotedPath(text: string, start = 0): [name: string, end: number] | undefined {
  if (text[start] !== '"') return undefined;
  const decoder = new TextDecoder();
  let out = '';
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) out += decoder.decode(new Uint8Array(bytes));
    bytes = [];
  };
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      flush();
      return [out, i + 1];
    }
    if (ch !== '\\') {
      flush();
      out += ch;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) return undefined;
    const octal = /^[0-3][0-7]{2}/.exec(text.slice(i + 1, i + 4));
    if (octal) {
      // Git escapes each byte of a multi-byte character separately; decode them together.
      bytes.push(parseInt(octal[0], 8));
      i += 4;
    } else if (next in C_ESCAPES) {
      bytes.push(C_ESCAPES[next] as number);
      i += 2;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** Path of a `---` / `+++` line's value with its `a/` or `b/` prefix removed; undefined for /dev/null. */
function headerPath(value: string, prefix: string): string | undefined {
  let name: string;
  if (value.startsWith('"')) {
    const quoted = readQuotedPath(value);
    if (!quoted) return undefined;
    name = quoted[0];
  } else {
    // Git appends a tab to names with spaces; other tools append a tab and a timestamp. An
    // unquoted git name never holds a tab, since git quotes those.
    const tab = value.indexOf('\t');
    name = tab < 0 ? value : value.slice(0, tab);
    if (name === '/dev/null') return undefined;
  }
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** A path after `rename from ` and the like: quoted, or the rest of the line verbatim. */
function plainPath(value: string): string | undefined {
  return value.startsWith('"') ? readQuotedPath(value)?.[0] : value;
}

/**
 * The two names of a `diff --git a/X b/Y` line. Unquoted names with spaces are ambiguous, so this
 * is only the fallback for sections without `---`/`+++` or rename lines (binary files, mode
 * changes, empty new files); when both names are equal, the line can be split exactly.
 */
function gitHeaderPaths(rest: string): [a: string | undefined, b: string | undefined] {
  const strip = (name: string | undefined, prefix: string): string | undefined =>
    name?.startsWith(prefix) ? name.slice(prefix.length) : name;
  if (rest.startsWith('"')) {
    const first = readQuotedPath(rest);
    if (!first) return [undefined, undefined];
    const tail = rest.slice(first[1] + 1);
    const second = tail.startsWith('"') ? readQuotedPath(tail)?.[0] : tail;
    return [strip(first[0], 'a/'), strip(second, 'b/')];
  }
  if (rest.endsWith('"')) {
    const at = rest.lastIndexOf(' "');
    const second = at < 0 ? undefined : readQuotedPath(rest, at + 1)?.[0];
    return [strip(rest.slice(0, Math.max(at, 0)), 'a/'), strip(second, 'b/')];
  }
  if ((rest.length - 5) % 2 === 0 && rest.startsWith('a/')) {
    const half = (rest.length - 5) / 2;
    const name = rest.slice(2, 2 + half);
    if (rest.slice(2 + half) === ` b/${name}`) return [name, name];
  }
  const at = rest.indexOf(' b/');
  if (at < 0) return [undefined, undefined];
  return [strip(rest.slice(0, at), 'a/'), rest.slice(at + 3)];
}

interface Section {
  header?: [string | undefined, string | undefined];
  minus?: string | null;
  plus?: string | null;
  renameFrom?: string;
  renameTo?: string;
  copyFrom?: string;
  copyTo?: string;
  created: boolean;
  deleted: boolean;
  binary: boolean;
  truncated: boolean;
  base: RangeBuilder;
  head: RangeBuilder;
}

function newSection(): Section {
  return {
    created: false,
    deleted: false,
    binary: false,
    truncated: false,
    base: new RangeBuilder(),
    head: new RangeBuilder(),
  };
}

function sectionToFile(s: Section): FileDiff | undefined {
  const basePath = s.renameFrom ?? s.copyFrom ?? (s.minus === null ? undefined : s.minus) ?? s.header?.[0];
  const headPath = s.renameTo ?? s.copyTo ?? (s.plus === null ? undefined : s.plus) ?? s.header?.[1];
  const created = s.created || s.minus === null;
  const deleted = s.deleted || s.plus === null;
  let status: FileStatus;
  if (deleted) status = 'removed';
  else if (created || s.copyTo !== undefined) status = 'added';
  else if (s.renameTo !== undefined && basePath !== headPath) status = 'renamed';
  else status = 'modified';
  const path = status === 'removed' ? basePath : headPath;
  if (path === undefined) return undefined;
  const file: FileDiff = {
    path,
    status,
    binary: s.binary,
    truncated: s.truncated,
    headChangedLines: s.head.ranges,
    baseChangedLines: s.base.ranges,
  };
  if (status === 'renamed' && basePath !== undefined) file.previousPath = basePath;
  return file;
}

function mergeRanges(a: LineRange[], b: LineRange[]): LineRange[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const out: LineRange[] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/**
 * Changed lines per file of a whole unified diff, as `git diff` (any `-U`) or GitHub's `.diff`
 * media type print it, keyed by head path (base path for removed files).
 *
 * Git splits a change between file and symlink into a deletion and a creation of the same
 * path; the two are merged into one `modified` entry.
 */
export function parseUnifiedDiff(text: string): Map<string, FileDiff> {
  const lines = splitPatchLines(text);
  const files = new Map<string, FileDiff>();
  let section: Section | undefined;
  const finish = (): void => {
    if (!section) return;
    const file = sectionToFile(section);
    section = undefined;
    if (!file) return;
    const earlier = files.get(file.path);
    if (!earlier) {
      files.set(file.path, file);
      return;
    }
    earlier.headChangedLines = mergeRanges(earlier.headChangedLines, file.headChangedLines);
    earlier.baseChangedLines = mergeRanges(earlier.baseChangedLines, file.baseChangedLines);
    earlier.binary ||= file.binary;
    earlier.truncated ||= file.truncated;
    if (earlier.status !== file.status) earlier.status = 'modified';
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.startsWith('diff --git ')) {
      finish();
      section = newSection();
      section.header = gitHeaderPaths(line.slice('diff --git '.length));
      i++;
      continue;
    }
    if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
      // A plain unified diff has no `diff --git` line: `---` opens the file, unless it belongs
      // to the git header just read.
      if (!section || section.minus !== undefined || section.base.ranges.length + section.head.ranges.length > 0) {
        finish();
        section = newSection();
      }
      section.minus = headerPath(line.slice(4), 'a/') ?? null;
      section.plus = headerPath((lines[i + 1] as string).slice(4), 'b/') ?? null;
      i += 2;
      continue;
    }
    if (!section) {
      i++;
      continue;
    }
    if (line.startsWith('@@')) {
      const [next, ok] = readHunk(lines, i, section.base, section.head);
      if (!ok) section.truncated = true;
      i = next;
      continue;
    }
    if (line.startsWith('rename from ')) section.renameFrom = plainPath(line.slice('rename from '.length));
    else if (line.startsWith('rename to ')) section.renameTo = plainPath(line.slice('rename to '.length));
    else if (line.startsWith('copy from ')) section.copyFrom = plainPath(line.slice('copy from '.length));
    else if (line.startsWith('copy to ')) section.copyTo = plainPath(line.slice('copy to '.length));
    else if (line.startsWith('new file mode ')) section.created = true;
    else if (line.startsWith('deleted file mode ')) section.deleted = true;
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch') section.binary = true;
    i++;
  }
  finish();
  return files;
}

/** Lines of a text as git counts them: split on LF, a final LF does not start another line. */
export function splitLines(text: string | undefined): string[] {
  if (text === undefined || text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/**
 * Changed lines between two versions of a text, for files git will not diff as text (UTF-16, or
 * marked binary by a .gitattributes the pull request controls). A minimal line diff (Myers);
 * past `maxEdits` differing lines it gives up and reports the whole differing middle as
 * changed, which over-reports rather than hides.
 */
export function diffLines(baseText: string | undefined, headText: string | undefined, maxEdits = 4000): ChangedLines {
  const a = splitLines(baseText);
  const b = splitLines(headText);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  const base = new RangeBuilder();
  const head = new RangeBuilder();
  const whole = (): ChangedLines => {
    for (let i = 0; i < n; i++) base.add(prefix + i + 1);
    for (let j = 0; j < m; j++) head.add(prefix + j + 1);
    return { baseChangedLines: base.ranges, headChangedLines: head.ranges };
  };
  if (n === 0 || m === 0) return whole();

  const ids = new Map<string, number>();
  const id = (line: string): number => {
    let v = ids.get(line);
    if (v === undefined) ids.set(line, (v = ids.size));
    return v;
  };
  const x0 = Int32Array.from(a.slice(prefix, prefix + n), id);
  const y0 = Int32Array.from(b.slice(prefix, prefix + m), id);
  const edits = myers(x0, y0, maxEdits);
  if (!edits) return whole();
  edits.deleted.forEach((gone, i) => gone && base.add(prefix + i + 1));
  edits.inserted.forEach((added, j) => added && head.add(prefix + j + 1));
  return { baseChangedLines: base.ranges, headChangedLines: head.ranges };
}

function myers(a: Int32Array, b: Int32Array, maxD: number): { deleted: boolean[]; inserted: boolean[] } | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[k] for k in [-d, d] after step d: O(D^2) memory, bounded by maxD.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, maxD) && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[off + k - 1] as number) < (v[off + k + 1] as number))
          ? (v[off + k + 1] as number)
          : (v[off + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(v.slice(off - d, off + d + 1));
  }
  if (found < 0) return undefined;

  const deleted = new Array<boolean>(n).fill(false);
  const inserted = new Array<boolean>(m).fill(false);
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1] as Int32Array;
    const at = (k: number): number => prev[k + d - 1] as number;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    if (down) inserted[prevY] = true;
    else deleted[prevX] = true;
    x = prevX;
    y = prevY;
  }
  return { deleted, inserted };
}
