import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CatFileSession, type ObjectContents, type ObjectInfo } from '../../src/cli/git-cat-file.js';
import { createGitRepo, isolatedGitEnv, type GitRepo } from '../helpers/git-repo.js';

// The session runs git with the process environment; keep the user's config out of it.
const savedEnv = { ...process.env };
beforeAll(() => {
  const env = isolatedGitEnv();
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
});
afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function repo(): GitRepo {
  const r = createGitRepo({
    base: { 'a.txt': 'alpha\n', '.github/workflows/ci.yml': 'on: push\n' },
    head: { 'b.sql': 'DROP TABLE t;\n' },
  });
  cleanups.push(() => r.cleanup());
  return r;
}

const blobId = (r: GitRepo, name: string) => r.git('rev-parse', `HEAD:${name}`).trim();
const text = (answer: ObjectContents | undefined) =>
  answer === undefined || answer === 'missing' ? answer : `${answer.type}:${answer.bytes.toString('utf8')}`;
const sized = (answer: ObjectInfo | undefined) =>
  answer === undefined || answer === 'missing' ? answer : `${answer.type}:${answer.size}`;

/** Asks the questions a check asks, in its order, of one session. */
async function askAll(r: GitRepo, session: CatFileSession): Promise<unknown[]> {
  const a = blobId(r, 'a.txt');
  const b = blobId(r, 'b.sql');
  try {
    const [atBase, infos] = await Promise.all([
      session.contents([`${r.baseSha}:.github/workflows`, `${r.baseSha}:.two-key.yml`]),
      session.info([a, b, '0'.repeat(40)]),
    ]);
    const contents = await session.contents([b, a]);
    return [atBase.map((x) => (x === 'missing' ? x : x.type)), infos.map(sized), contents.map(text)];
  } finally {
    session.close();
  }
}

const expected = [
  ['tree', 'missing'],
  ['blob:6', 'blob:14', 'missing'],
  ['blob:DROP TABLE t;\n', 'blob:alpha\n'],
];

describe('one cat-file process answers a check in turn', () => {
  it('answers info and contents requests in the order they were asked, missing names included', async () => {
    const r = repo();
    expect(await askAll(r, new CatFileSession(r.dir))).toEqual(expected);
  });

  it('asks the same of one process per question when git does not know --batch-command', async () => {
    const r = repo();
    const bin = mkdtempSync(join(tmpdir(), 'two-key-old-git-'));
    cleanups.push(() => rmSync(bin, { recursive: true, force: true }));
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    // A git before 2.36: the option is unknown, git prints its usage and exits 129.
    writeFileSync(
      join(bin, 'git'),
      `#!/bin/sh\necho "$*" >> ${join(bin, 'calls')}\nfor a in "$@"; do\n  if [ "$a" = --batch-command ]; then\n    echo "error: unknown option \\\`batch-command'" >&2\n    echo "usage: git cat-file <type> <object>" >&2\n    exit 129\n  fi\ndone\nexec ${realGit} "$@"\n`,
    );
    chmodSync(join(bin, 'git'), 0o755);
    const path = process.env['PATH'];
    process.env['PATH'] = `${bin}${delimiter}${path ?? ''}`;
    cleanups.push(() => (process.env['PATH'] = path));
    expect(await askAll(r, new CatFileSession(r.dir))).toEqual(expected);
    const calls = readFileSync(join(bin, 'calls'), 'utf8');
    expect(calls).toContain('cat-file --batch-command');
    expect(calls).toContain('cat-file --batch-check --buffer');
    expect(calls).toContain('cat-file --batch --buffer');
  });

  it('refuses a name with a line break, which would split into two questions', async () => {
    const r = repo();
    const session = new CatFileSession(r.dir);
    await expect(session.contents([`${r.baseSha}:a\nb`])).rejects.toThrow('line break');
    session.close();
  });
});
