import { statSync } from 'node:fs';
import { readNeighbours } from './neighbours.js';
import type { ChangeSet, ChangedFile, Commit, FileStatus, LineRange } from '../core/types.js';
import { diffLines, parseUnifiedDiff, type FileDiff } from '../parsers/diff.js';
import { gitBaseTree } from './base-tree.js';
import { decodeFileText, MAX_TEXT_BYTES } from '../parsers/text/decode.js';
import { GitInputError } from './errors.js';
import { CatFileSession } from './git-cat-file.js';
import { spawnGit } from './git-cat-file.js';

export { GitInputError } from './errors.js';

export interface ReadChangeSetOptions {
  repo: string;
  /** Defaults to the default branch; the change is always read from the merge base of base and head. */
  base?: string;
  /** Defaults to `HEAD`. */
  head?: string;
  prAuthor?: string;
  /** Defaults to the branch `head` names, when it names one. */
  branch?: string;
  /** The pull request's body text (not a path). */
  prBody?: string;
  /**
   * A tree to judge instead of a head commit (the index or the working tree, see local-tree.ts):
   * the change goes from `base` (default `HEAD`) to it, with no commits of its own.
   */
  headTree?: string;
  /**
   * Files to read as of the merge base (the policy file), in the same git process as the base's
   * workflows: `readChangeSetWith` returns their texts.
   */
  atBase?: readonly string[];
  /** Told the changed paths as soon as git lists them, before their texts are read (to start loading parsers). */
  onPaths?: (paths: string[]) => void;
}

/** A name as it can appear in a one-line message. */
function show(name: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(name) ? JSON.stringify(name) : name;
}

interface GitRun {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git without a shell (see spawnGit) and collects what it prints. */
function runGit(repo: string, args: string[], input?: string, onStdout?: (chunk: Buffer) => void): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(repo, args);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => (onStdout ? onStdout(chunk) : out.push(chunk)));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new GitInputError('git is not installed or not on the PATH') : (error as Error));
    });
    child.on('close', (code) => {
      resolve({ code: code ?? 128, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
    // git may exit before reading all its input; the write then fails with EPIPE, and the exit
    // status tells the story.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

function firstLine(stderr: string): string {
  return (
    stderr
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.replace(/^(fatal|error): /, '')
      .trim() ?? 'unknown error'
  );
}

async function gitOk(repo: string, args: string[], what: string, input?: string): Promise<Buffer> {
  const run = await runGit(repo, args, input);
  if (run.code !== 0) throw new GitInputError(`git failed while ${what}: ${firstLine(run.stderr)}`);
  return run.stdout;
}

/** One stat, synchronously: node:fs/promises would be loaded (with readline and streams) for it alone. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

async function assertRepository(repo: string): Promise<void> {
  const info = isDirectory(repo);
  if (!info) throw new GitInputError(`not a git repository: ${show(repo)}`);
  const run = await runGit(repo, ['rev-parse', '--git-dir']);
  if (run.code === 0) return;
  if (run.stderr.includes('dubious ownership')) {
    throw new GitInputError(
      `git refuses to read ${show(repo)}: it is owned by another user (add it to git config safe.directory)`,
    );
  }
  throw new GitInputError(`not a git repository: ${show(repo)}`);
}

/**
 * Revisions come from the command line, not from the pull request, but are still kept from being
 * read as options: git's `--end-of-options` is not honoured by every subcommand of older gits.
 */
function checkRevision(ref: string): void {
  if (ref === '') throw new GitInputError('empty revision');
  if (ref.startsWith('-')) throw new GitInputError(`invalid revision (starts with "-"): ${show(ref)}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(ref)) throw new GitInputError(`invalid revision: ${show(ref)}`);
}

/** A revision checkRevision lets through. */
function isPlainRevision(ref: string): boolean {
  try {
    checkRevision(ref);
    return true;
  } catch {
    return false;
  }
}

async function tryResolveCommit(repo: string, ref: string): Promise<string | undefined> {
  const run = await runGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const sha = run.stdout.toString('utf8').trim();
  return run.code === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

async function resolveCommit(repo: string, ref: string): Promise<string> {
  checkRevision(ref);
  const sha = await tryResolveCommit(repo, ref);
  if (!sha) throw new GitInputError(`unknown revision: ${show(ref)}`);
  return sha;
}

/** The target of origin/HEAD, else main, else master, local or on origin. */
async function defaultBranch(repo: string): Promise<string> {
  const run = await runGit(repo, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  const target = run.stdout.toString('utf8').trim();
  const candidates = run.code === 0 && target ? [target] : [];
  candidates.push('refs/heads/main', 'refs/remotes/origin/main', 'refs/heads/master', 'refs/remotes/origin/master');
  for (const ref of candidates) {
    if (await tryResolveCommit(repo, ref)) return ref.replace(/^refs\/(heads|remotes)\//, '');
  }
  throw new GitInputError('no default branch to compare with (no origin/HEAD, main or master): pass --base REF');
}

async function mergeBase(repo: string, base: string, head: string, baseRef: string, headRef: string): Promise<string> {
  const run = await runGit(repo, ['merge-base', base, head]);
  const sha = run.stdout.toString('utf8').trim();
  if (run.code === 0 && sha) return sha;
  if (run.code === 1) {
    const shallow = (await runGit(repo, ['rev-parse', '--is-shallow-repository'])).stdout.toString('utf8').trim();
    const hint = shallow === 'true' ? ' (the clone is shallow: fetch more history)' : '';
    throw new GitInputError(`no merge base between ${show(baseRef)} and ${show(headRef)}${hint}`);
  }
  throw new GitInputError(`git failed while finding the merge base: ${firstLine(run.stderr)}`);
}

async function branchOf(repo: string, headRef: string): Promise<string | undefined> {
  const run = await runGit(repo, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--symbolic-full-name',
    '--end-of-options',
    headRef,
  ]);
  if (run.code !== 0) return undefined;
  return branchOfFullName(run.stdout.toString('utf8').trim());
}

/** The branch a full ref name (`--symbolic-full-name`) is, when it is one. */
function branchOfFullName(full: string): string | undefined {
  if (full.startsWith('refs/heads/')) return full.slice('refs/heads/'.length);
  // A remote-tracking branch (origin/feature) is the branch a pull request would come from.
  const remote = /^refs\/remotes\/[^/]+\/(.+)$/.exec(full);
  return remote && remote[1] !== 'HEAD' ? remote[1] : undefined;
}

interface Resolved {
  head: string;
  base: string;
  /** The merge base, where the change starts. */
  from: string;
  branch: string | undefined;
}

const SHA = /^[0-9a-f]{40,64}$/;

/**
 * Head, base, their merge base and head's branch from one git process (`base...head` makes
 * rev-parse print both tips and the merge base). Undefined when anything is out of the ordinary
 * (no merge base or several, a revision rev-parse would read as a range, an error): the caller
 * then asks step by step, which words every error.
 */
async function resolveAtOnce(repo: string, baseRef: string, headRef: string): Promise<Resolved | undefined> {
  if (/\.\.|[:\s]/.test(baseRef) || /\.\.|[:\s]/.test(headRef)) return undefined;
  const run = await runGit(repo, [
    'rev-parse',
    '--git-dir',
    `${baseRef}^{commit}...${headRef}^{commit}`,
    '--symbolic-full-name',
    headRef,
    '--',
  ]);
  if (run.code !== 0) return undefined;
  // The git directory; head, base, ^merge base; head's full ref name (none for a sha); `--`.
  const lines = run.stdout.toString('utf8').split('\n').slice(1, -1);
  if (lines.at(-1) === '--') lines.pop();
  const [head, base, ...rest] = lines;
  const mergeBases = rest.filter((line) => line.startsWith('^')).map((line) => line.slice(1));
  const names = rest.filter((line) => !line.startsWith('^'));
  const from = mergeBases[0];
  if (!head || !base || !from || mergeBases.length !== 1 || names.length > 1) return undefined;
  if (![head, base, from].every((sha) => SHA.test(sha))) return undefined;
  return { head, base, from, branch: names[0] === undefined ? undefined : branchOfFullName(names[0]) };
}

interface RawEntry {
  status: FileStatus;
  path: string;
  previousPath?: string;
  copied: boolean;
  baseMode: string;
  headMode: string;
  /** Undefined when the file does not exist on that side. */
  baseBlob?: string;
  headBlob?: string;
}

/** Options that keep the repository's config from changing what the diff says or running anything. */
const DIFF_SAFETY = ['--no-ext-diff', '--no-textconv', '--no-color', '--no-relative', '--ignore-submodules=none', '-M'];

/** `git diff --raw -z`: exact names, statuses, modes and blob ids, no text. */
async function rawDiff(repo: string, base: string, head: string): Promise<RawEntry[]> {
  const out = await gitOk(
    repo,
    ['diff', '--raw', '-z', '--no-abbrev', ...DIFF_SAFETY, base, head, '--'],
    'listing changed files',
  );
  const tokens = out.toString('utf8').split('\0');
  const entries: RawEntry[] = [];
  let i = 0;
  while (i < tokens.length) {
    const meta = tokens[i] as string;
    if (meta === '') {
      i++;
      continue;
    }
    const fields = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(meta);
    if (!fields) throw new GitInputError(`unexpected output from git diff --raw: ${show(meta.slice(0, 80))}`);
    const [, baseMode, headMode, baseSha, headSha, letter] = fields as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const twoPaths = letter === 'R' || letter === 'C';
    const first = tokens[i + 1];
    const second = twoPaths ? tokens[i + 2] : first;
    if (first === undefined || second === undefined) throw new GitInputError('git diff --raw output ended early');
    i += twoPaths ? 3 : 2;
    const missing = (sha: string): boolean => /^0+$/.test(sha);
    const entry: RawEntry = {
      status: 'modified',
      path: second,
      copied: letter === 'C',
      baseMode,
      headMode,
    };
    switch (letter) {
      case 'A':
      case 'C':
        entry.status = 'added';
        break;
      case 'D':
        entry.status = 'removed';
        break;
      case 'R':
        entry.status = 'renamed';
        entry.previousPath = first;
        break;
      default:
        // M, T (type change) and anything newer are changes to an existing file.
        entry.status = 'modified';
    }
    if (!missing(baseSha) && letter !== 'A' && letter !== 'C') entry.baseBlob = baseSha;
    if (!missing(headSha) && letter !== 'D') entry.headBlob = headSha;
    entries.push(entry);
  }
  return entries;
}

/**
 * Changed lines per path of the files on both sides of the change (an added file's changed lines
 * are all its lines, a removed file's all its base lines: git is not asked for them). The diff
 * is parsed as it streams: a hunk's lines are kept as their first character, all the hunk parser
 * reads, so memory holds the line counts of the change, not its text.
 */
async function changedLines(repo: string, base: string, head: string): Promise<Map<string, FileDiff>> {
  const lines = new DiffLineReducer();
  const run = await runGit(
    repo,
    [
      'diff',
      '-U0',
      '--diff-filter=ad',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      '--inter-hunk-context=0',
      ...DIFF_SAFETY,
      base,
      head,
      '--',
    ],
    undefined,
    (chunk) => lines.push(chunk),
  );
  if (run.code !== 0) throw new GitInputError(`git failed while diffing: ${firstLine(run.stderr)}`);
  return parseUnifiedDiff(lines.end());
}

/**
 * Splits `git diff` output into lines as it arrives. Inside a file's hunks (after its first `@@`)
 * every line but a hunk header is `+`, `-` or `\` and is cut to that character; header lines
 * (`diff --git`, `rename from`, `--- a/...`) are kept whole. A hunk line never starts with `@@`
 * or `diff --git `: git prefixes each one.
 */
export class DiffLineReducer {
  private out: string[] = [];
  private partial: Buffer[] = [];
  private inHunks = false;

  push(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) {
        this.partial.push(chunk.subarray(pos));
        return;
      }
      this.line(
        this.partial.length ? Buffer.concat([...this.partial, chunk.subarray(pos, nl)]) : chunk.subarray(pos, nl),
      );
      this.partial = [];
      pos = nl + 1;
    }
  }

  end(): string {
    if (this.partial.length) this.line(Buffer.concat(this.partial));
    this.partial = [];
    const text = this.out.join('\n');
    this.out = [];
    return text;
  }

  private line(bytes: Buffer): void {
    const at = (text: string): boolean =>
      bytes.length >= text.length && bytes.toString('latin1', 0, text.length) === text;
    if (at('diff --git ')) this.inHunks = false;
    else if (at('@@')) this.inHunks = true;
    else if (this.inHunks) {
      this.out.push(bytes.length === 0 ? '' : String.fromCharCode(bytes[0] as number));
      return;
    }
    this.out.push(bytes.toString('utf8'));
  }
}

/** Every line of a text, as git counts them, without splitting it. */
function allLines(text: string | undefined): LineRange[] {
  if (text === undefined || text === '') return [];
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  if (!text.endsWith('\n')) count++;
  return [{ start: 1, end: count }];
}

type Blob = { bytes: Buffer } | { size: number };

/**
 * Blob contents by id: sizes first, so oversized files are never loaded, then every other blob,
 * both asked of the session's one git process.
 */
async function readBlobs(catFile: CatFileSession, ids: string[]): Promise<Map<string, Blob>> {
  const blobs = new Map<string, Blob>();
  if (ids.length === 0) return blobs;
  const infos = await catFile.info(ids).catch((error: Error) => {
    throw new GitInputError(`git failed while reading files: ${show(error.message.slice(0, 120))}`);
  });
  const wanted: string[] = [];
  ids.forEach((id, index) => {
    const info = infos[index];
    if (info === undefined || info === 'missing' || info.type !== 'blob') {
      throw new GitInputError(`cannot read object ${id} from the repository (is the clone complete?)`);
    }
    if (info.size > MAX_TEXT_BYTES) blobs.set(id, { size: info.size });
    else wanted.push(id);
  });
  if (wanted.length === 0) return blobs;
  const objects = await catFile.contents(wanted).catch((error: Error) => {
    throw new GitInputError(`git failed while reading files: ${show(error.message.slice(0, 120))}`);
  });
  wanted.forEach((id, index) => {
    const object = objects[index];
    if (object === undefined || object === 'missing') {
      throw new GitInputError(`git failed while reading files: ${id} missing`);
    }
    blobs.set(id, { bytes: object.bytes });
  });
  return blobs;
}

/** The blobs of one directory of a commit (not recursive unless asked). */
async function listTree(
  repo: string,
  commit: string,
  dir: string,
  recursive = false,
): Promise<{ path: string; id: string }[]> {
  const args = ['ls-tree', ...(recursive ? ['-r'] : []), '-z', commit, '--', ...(dir ? [`${dir}/`] : [])];
  const out = (await gitOk(repo, args, 'listing a directory')).toString('utf8');
  return out.split('\0').flatMap((line) => {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(line);
    return m ? [{ path: m[2]!, id: m[1]! }] : [];
  });
}

/** Texts of blobs by id; binary, unreadable and oversized blobs are left out. */
async function readTexts(catFile: CatFileSession, ids: string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const [id, blob] of await readBlobs(catFile, ids)) {
    if (!('bytes' in blob)) continue;
    const decoded = decodeFileText(blob.bytes);
    if ('text' in decoded) texts.set(id, decoded.text);
  }
  return texts;
}

function tooLarge(size: number): string {
  const mb = Math.ceil((size / (1024 * 1024)) * 10) / 10;
  return `file is ${mb} MB, over the ${MAX_TEXT_BYTES / (1024 * 1024)} MB limit`;
}

const GITLINK = '160000';
const SYMLINK = '120000';

function buildFile(
  entry: RawEntry,
  blobs: Map<string, Blob>,
  diffs: Map<string, FileDiff>,
  release: (id: string) => void,
): ChangedFile {
  const file: ChangedFile = { path: entry.path, status: entry.status, headChangedLines: [], baseChangedLines: [] };
  if (entry.previousPath !== undefined) file.previousPath = entry.previousPath;
  const texts: { base?: string; head?: string } = {};
  const problems: string[] = [];
  let readable = true;
  for (const side of ['base', 'head'] as const) {
    const id = side === 'base' ? entry.baseBlob : entry.headBlob;
    if (id === undefined) continue;
    // A submodule pointer names a commit in another repository: there is no text to read.
    const mode = side === 'base' ? entry.baseMode : entry.headMode;
    if (mode === GITLINK) {
      problems.push('is a submodule (a commit of another repository), which two-key cannot read');
      readable = false;
      continue;
    }
    const blob = blobs.get(id);
    // A symbolic link runs whatever it points at, which may be outside the change.
    if (mode === SYMLINK && side === 'head' && blob && 'bytes' in blob) {
      problems.push(
        `is a symbolic link to ${show(blob.bytes.toString('utf8').slice(0, 200))}, which two-key does not follow`,
      );
      readable = false;
      continue;
    }
    if (!blob) continue;
    if (!('bytes' in blob)) {
      problems.push(tooLarge(blob.size));
      readable = false;
      continue;
    }
    const decoded = decodeFileText(blob.bytes);
    release(id);
    if ('text' in decoded) texts[side] = decoded.text;
    else {
      readable = false;
      if ('binary' in decoded) file.binary = true;
      else problems.push(decoded.unreadable);
    }
  }
  if (problems.length > 0) file.unreadable = [...new Set(problems)].join('; ');
  else {
    if (texts.base !== undefined) file.baseText = texts.base;
    if (texts.head !== undefined) file.headText = texts.head;
  }

  const diff = diffs.get(entry.path);
  if (entry.baseMode === GITLINK || entry.headMode === GITLINK) {
    // Git's "Subproject commit ..." lines are not lines of any file.
  } else if (entry.status === 'added') {
    // A new file (or a copy, reported as one): every line of it is new.
    file.headChangedLines = allLines(texts.head);
  } else if (entry.status === 'removed') {
    file.baseChangedLines = allLines(texts.base);
  } else if (diff && !diff.binary) {
    file.headChangedLines = diff.headChangedLines;
    file.baseChangedLines = diff.baseChangedLines;
  } else if (readable && entry.baseBlob !== entry.headBlob) {
    // Git gave no hunks although the content changed: UTF-16, or a .gitattributes (which the
    // pull request may have written) marking the path binary. Diff the decoded text instead.
    const lines = diffLines(texts.base, texts.head);
    file.headChangedLines = lines.headChangedLines;
    file.baseChangedLines = lines.baseChangedLines;
  }
  return file;
}

async function readCommits(repo: string, base: string, head: string): Promise<Commit[]> {
  const out = await gitOk(
    repo,
    [
      'log',
      '-z',
      '--no-color',
      '--no-show-signature',
      '--encoding=UTF-8',
      '--format=%H%x00%an%x00%ae%x00%cn%x00%ce%x00%B',
      `${base}..${head}`,
      '--',
    ],
    'reading commits',
  );
  const fields = out.toString('utf8').split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  if (fields.length % 6 !== 0) throw new GitInputError('unexpected output from git log (a commit message holds a NUL)');
  const commits: Commit[] = [];
  for (let i = 0; i < fields.length; i += 6) {
    const [sha, authorName, authorEmail, committerName, committerEmail, message] = fields.slice(i, i + 6) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new GitInputError('unexpected output from git log');
    commits.push({ sha, authorName, authorEmail, committerName, committerEmail, message: message.replace(/\n+$/, '') });
  }
  return commits;
}

/**
 * The change from the merge base of `base` and `head` to `head` (what a pull request of head into
 * base shows), its commits (`base..head`), and the pull request details given. `baseSha` is the
 * merge base, the commit the diff starts from.
 */
export async function readChangeSet(opts: ReadChangeSetOptions): Promise<ChangeSet> {
  return (await readChangeSetWith(opts)).changeSet;
}

/**
 * readChangeSet, and the texts of `opts.atBase` as of the merge base (undefined: no such file,
 * absent: not read here). Git runs as few times as it can, and in parallel: one rev-parse, then
 * the diff, the log and the base's workflows and files together, then the blobs (and the changed
 * lines of modified files), the object questions all asked of one cat-file process.
 */
export async function readChangeSetWith(
  opts: ReadChangeSetOptions,
): Promise<{ changeSet: ChangeSet; atBase: Map<string, string | undefined> }> {
  const { repo } = opts;
  const headRef = opts.head ?? 'HEAD';
  const local = opts.headTree !== undefined;
  let resolved: Resolved | undefined;
  if (!local && opts.base !== undefined && isPlainRevision(opts.base) && isPlainRevision(headRef)) {
    const info = isDirectory(repo);
    if (info) resolved = await resolveAtOnce(repo, opts.base, headRef);
  }
  resolved ??= await resolveStepByStep(opts, headRef, local);
  const { head, base, from } = resolved;

  // Every object question (the base's workflows and policy, the change's blobs, the neighbours'
  // texts) goes to one cat-file process, closed once the change is read.
  const catFile = new CatFileSession(repo);
  try {
    const diffs = new Map<string, FileDiff>();
    const [entries, commits, atBase] = await Promise.all([
      rawDiff(repo, from, head).then((listed) => {
        opts.onPaths?.(listed.map((e) => e.path));
        return listed;
      }),
      local ? Promise.resolve([]) : readCommits(repo, base, head),
      readAtBase(catFile, from, opts.atBase ?? []),
    ]);
    const branch = opts.branch ?? resolved.branch;
    const ids = new Set<string>();
    for (const entry of entries) {
      if (entry.baseBlob !== undefined && entry.baseMode !== GITLINK) ids.add(entry.baseBlob);
      if (entry.headBlob !== undefined && entry.headMode !== GITLINK) ids.add(entry.headBlob);
    }
    // Only a file on both sides has changed lines to ask git for (an added file's are all its
    // lines): a change that only adds or removes files runs no second diff.
    const bothSides = entries.some((e) => e.status === 'modified' || e.status === 'renamed');
    // The base's workflows are read with the change's blobs, by the same git process.
    const [blobs] = await Promise.all([
      readBlobs(catFile, [...new Set([...ids, ...atBase.workflows.map((w) => w.id)])]),
      bothSides ? changedLines(repo, from, head).then((d) => d.forEach((v, k) => diffs.set(k, v))) : undefined,
    ]);
    const baseWorkflows = atBase.workflows.flatMap(({ id, path }) => {
      const blob = blobs.get(id);
      if (!blob || !('bytes' in blob)) return [];
      const decoded = decodeFileText(blob.bytes);
      return 'text' in decoded ? [{ path, text: decoded.text }] : [];
    });
    // A blob's bytes are dropped once its last file is decoded: the change is not held twice.
    const uses = new Map<string, number>();
    for (const entry of entries)
      for (const id of [entry.baseBlob, entry.headBlob]) if (id !== undefined) uses.set(id, (uses.get(id) ?? 0) + 1);
    const release = (id: string): void => {
      const left = (uses.get(id) ?? 1) - 1;
      uses.set(id, left);
      if (left <= 0) blobs.delete(id);
    };

    const changeSet: ChangeSet = {
      baseSha: from,
      ...(local ? {} : { headSha: head }),
      files: entries.map((entry) => buildFile(entry, blobs, diffs, release)),
      commits,
      baseTree: gitBaseTree(repo, from),
    };
    if (baseWorkflows.length > 0) changeSet.baseWorkflows = baseWorkflows;
    const neighbours = await readNeighbours(
      changeSet.files,
      (dir) => listTree(repo, head, dir),
      (ids) => readTexts(catFile, ids),
      () => listTree(repo, head, '', true),
    );
    if (neighbours.length) changeSet.neighbours = neighbours;
    if (opts.prAuthor !== undefined) changeSet.prAuthor = opts.prAuthor;
    if (branch !== undefined) changeSet.branch = branch;
    if (opts.prBody !== undefined) changeSet.prBody = opts.prBody;
    return { changeSet, atBase: atBase.files };
  } finally {
    catFile.close();
  }
}

/** One git process per question, each failure in its own words. */
async function resolveStepByStep(opts: ReadChangeSetOptions, headRef: string, local: boolean): Promise<Resolved> {
  const { repo } = opts;
  await assertRepository(repo);
  const head = opts.headTree ?? (await resolveCommit(repo, headRef));
  if (opts.base !== undefined) checkRevision(opts.base);
  const baseRef = opts.base ?? (local ? 'HEAD' : await defaultBranch(repo));
  const base = await resolveCommit(repo, baseRef);
  const from = local ? base : await mergeBase(repo, base, head, baseRef, headRef);
  const branch = opts.branch !== undefined ? undefined : await branchOf(repo, headRef);
  return { head, base, from, branch };
}

const WORKFLOWS = '.github/workflows';
/** Larger files at the base are not read here (policy-at-base.ts reads them its own way). */
const MAX_AT_BASE_BYTES = 16 * 1024 * 1024;

/**
 * The blobs of the base's workflow folder (for the guard rules: which workflows the gate waits
 * for) and the texts of `paths`, from one `git cat-file --batch`.
 */
async function readAtBase(
  catFile: CatFileSession,
  commit: string,
  paths: readonly string[],
): Promise<{ workflows: { path: string; id: string }[]; files: Map<string, string | undefined> }> {
  const names = [`${commit}:${WORKFLOWS}`, ...paths.map((path) => `${commit}:${path}`)];
  const objects = await catFile.contents(names).catch((error: Error) => {
    throw new GitInputError(`git failed while listing workflows: ${show(error.message.slice(0, 120))}`);
  });
  const folder = objects[0];
  const workflows =
    folder !== undefined && folder !== 'missing' && folder.type === 'tree'
      ? treeEntries(folder.bytes, commit.length / 2).flatMap(({ mode, name, id }) => {
          const path = `${WORKFLOWS}/${name}`;
          // Blobs (files and symbolic links), not folders or submodules; `.yml` and `.yaml`.
          return mode !== '40000' && mode !== '160000' && /^(.+\.ya?ml)$/.test(path) ? [{ path, id }] : [];
        })
      : [];
  const files = new Map<string, string | undefined>();
  paths.forEach((path, i) => {
    const object = objects[i + 1];
    if (object === 'missing') files.set(path, undefined);
    else if (object?.type === 'blob' && object.bytes.length <= MAX_AT_BASE_BYTES) {
      files.set(path, object.bytes.toString('utf8'));
    }
  });
  return { workflows, files };
}

/** The entries of a raw tree object: `<mode> <name>\0<object id>`, the id `idBytes` long. */
function treeEntries(tree: Buffer, idBytes: number): { mode: string; name: string; id: string }[] {
  const entries: { mode: string; name: string; id: string }[] = [];
  let pos = 0;
  while (pos < tree.length) {
    const space = tree.indexOf(32, pos);
    const nul = tree.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > tree.length) {
      throw new GitInputError('unexpected tree object from git cat-file');
    }
    entries.push({
      mode: tree.toString('latin1', pos, space),
      name: tree.toString('utf8', space + 1, nul),
      id: tree.toString('hex', nul + 1, nul + 1 + idBytes),
    });
    pos = nul + 1 + idBytes;
  }
  return entries;
}
