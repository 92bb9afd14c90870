import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitInputError } from './errors.js';

/** What `info` tells of an object: its type and size, or that the name names nothing. */
export type ObjectInfo = { type: string; size: number } | 'missing';
/** What `contents` gives: the object's type and bytes, or that the name names nothing. */
export type ObjectContents = { type: string; bytes: Buffer } | 'missing';

/**
 * Spawns git without a shell. `core.quotePath=false` keeps non-ASCII names readable where git
 * prints names outside `-z` output. The environment keeps messages in English and git from
 * prompting or taking the index lock.
 */
export function spawnGit(repo: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', ['-c', 'core.quotePath=false', ...args], {
    cwd: repo,
    env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat' },
  });
}

interface Request {
  kind: 'info' | 'contents';
  names: readonly string[];
  count: number;
  answers: (ObjectInfo | ObjectContents)[];
  resolve: (answers: (ObjectInfo | ObjectContents)[]) => void;
  reject: (error: Error) => void;
}

/**
 * Reads the answers of `git cat-file` as they stream, request by request: an `info` answer is
 * `<oid> <type> <size>\n`, a `contents` answer that line then the bytes and `\n`; a name that
 * names nothing is answered `<name> missing\n`.
 */
class AnswerReader {
  readonly pending: Request[] = [];
  private header: Buffer[] = [];
  /** The object being read across chunks, allocated once at its full size (and its trailing newline). */
  private current = Buffer.alloc(0);
  private type = '';
  private filled = 0;
  private remaining = -1;
  /** Set when git said something this reader cannot follow: every later answer is unreliable. */
  failure?: string;
  answered = false;

  push(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length && this.failure === undefined) {
      const request = this.pending[0];
      if (!request) {
        this.failure = 'git answered more than it was asked';
        return;
      }
      if (this.remaining < 0) {
        const nl = chunk.indexOf(10, pos);
        if (nl < 0) {
          this.header.push(chunk.subarray(pos));
          return;
        }
        this.header.push(chunk.subarray(pos, nl));
        const line = Buffer.concat(this.header).toString('utf8');
        this.header = [];
        pos = nl + 1;
        this.answered = true;
        if (/ missing$/.test(line)) {
          this.answer('missing');
          continue;
        }
        const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(line);
        if (!match) {
          this.failure = line;
          return;
        }
        if (request.kind === 'info') {
          this.answer({ type: match[1]!, size: Number(match[2]) });
          continue;
        }
        this.type = match[1]!;
        this.remaining = Number(match[2]) + 1;
        if (chunk.length - pos >= this.remaining) {
          // The whole object is in this chunk: a view of it, not a copy.
          const bytes = chunk.subarray(pos, pos + this.remaining - 1);
          pos += this.remaining;
          this.remaining = -1;
          this.answer({ type: this.type, bytes });
          continue;
        }
        this.current = Buffer.allocUnsafe(this.remaining);
        this.filled = 0;
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - pos);
      chunk.copy(this.current, this.filled, pos, pos + take);
      this.filled += take;
      pos += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        const bytes = this.current.subarray(0, this.current.length - 1);
        this.current = Buffer.alloc(0);
        this.remaining = -1;
        this.answer({ type: this.type, bytes });
      }
    }
  }

  private answer(answer: ObjectInfo | ObjectContents): void {
    const request = this.pending[0]!;
    request.answers.push(answer);
    if (request.answers.length === request.count) {
      this.pending.shift();
      request.resolve(request.answers);
    }
  }

  /** Fails every request still waiting. */
  fail(error: Error): void {
    for (const request of this.pending.splice(0)) request.reject(error);
  }
}

/**
 * One `git cat-file --batch-command` process (git 2.36 and later) answering every object
 * question of a check in turn: the base's workflows and policy, the sizes of the change's blobs,
 * then their bytes. Each fork of the Node process costs more than the git it runs, so one process
 * instead of three is most of a small change's git time. With an older git, each question gets
 * its own `--batch-check` or `--batch` process, as before. Names must not hold a newline (they are
 * object ids or paths of our own).
 */
export class CatFileSession {
  private child?: ChildProcessWithoutNullStreams;
  private reader = new AnswerReader();
  private stderr: Buffer[] = [];
  private exited = false;
  /** Set once git has shown it does not know `--batch-command`. */
  private oneShot = false;

  constructor(private readonly repo: string) {}

  info(names: readonly string[]): Promise<ObjectInfo[]> {
    return this.ask('info', names) as Promise<ObjectInfo[]>;
  }

  contents(names: readonly string[]): Promise<ObjectContents[]> {
    return this.ask('contents', names) as Promise<ObjectContents[]>;
  }

  /** Lets git exit once it has answered; the session cannot be asked again. */
  close(): void {
    if (this.child && !this.exited) this.child.stdin.end();
  }

  private ask(kind: 'info' | 'contents', names: readonly string[]): Promise<(ObjectInfo | ObjectContents)[]> {
    if (names.length === 0) return Promise.resolve([]);
    if (names.some((name) => /[\n\r]/.test(name))) {
      return Promise.reject(new GitInputError('an object name holds a line break'));
    }
    if (this.oneShot) return askOnce(this.repo, kind, names);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.reader.pending.push({ kind, names, count: names.length, answers: [], resolve, reject });
      child.stdin.write(`${names.map((name) => `${kind} ${name}\n`).join('')}flush\n`);
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawnGit(this.repo, ['cat-file', '--batch-command', '--buffer']);
    this.child = child;
    child.stdout.on('data', (chunk: Buffer) => {
      this.reader.push(chunk);
      if (this.reader.failure !== undefined) {
        this.reader.fail(new GitInputError(this.reader.failure.slice(0, 120)));
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk));
    // git may exit before reading all its input; the write then fails with EPIPE, and the exit
    // status tells the story.
    child.stdin.on('error', () => {});
    child.on('error', (error: NodeJS.ErrnoException) => {
      this.exited = true;
      this.reader.fail(
        error.code === 'ENOENT' ? new GitInputError('git is not installed or not on the PATH') : (error as Error),
      );
    });
    child.on('close', (code) => {
      this.exited = true;
      const stderr = Buffer.concat(this.stderr).toString('utf8');
      if (code !== 0 && !this.reader.answered && /batch-command|usage: git cat-file/.test(stderr)) {
        // An older git: ask again, one process per question.
        this.oneShot = true;
        for (const request of this.reader.pending.splice(0)) {
          askOnce(this.repo, request.kind, request.names).then(request.resolve, request.reject);
        }
        return;
      }
      this.reader.fail(new GitInputError(firstLine(stderr, this.reader.failure)));
    });
    return child;
  }
}

/** One `git cat-file --batch-check` or `--batch` process for one question (git before 2.36). */
function askOnce(
  repo: string,
  kind: 'info' | 'contents',
  names: readonly string[],
): Promise<(ObjectInfo | ObjectContents)[]> {
  return new Promise((resolve, reject) => {
    const reader = new AnswerReader();
    const child = spawnGit(repo, ['cat-file', kind === 'info' ? '--batch-check' : '--batch', '--buffer']);
    const stderr: Buffer[] = [];
    reader.pending.push({ kind, names, count: names.length, answers: [], resolve, reject });
    child.stdout.on('data', (chunk: Buffer) => reader.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', () => {});
    child.on('error', (error: NodeJS.ErrnoException) => {
      reader.fail(
        error.code === 'ENOENT' ? new GitInputError('git is not installed or not on the PATH') : (error as Error),
      );
    });
    child.on('close', () => {
      reader.fail(new GitInputError(firstLine(Buffer.concat(stderr).toString('utf8'), reader.failure)));
    });
    child.stdin.end(`${names.join('\n')}\n`);
  });
}

function firstLine(stderr: string, failure: string | undefined): string {
  if (failure !== undefined) return failure.slice(0, 120);
  return (
    stderr
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.replace(/^(fatal|error): /, '')
      .trim() ?? 'unknown error'
  );
}
