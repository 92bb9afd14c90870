import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiffLineReducer, GitInputError, readChangeSet } from '../../src/cli/git-change-set.js';
import { MAX_TEXT_BYTES } from '../../src/parsers/text/decode.js';
import { parseUnifiedDiff } from '../../src/parsers/diff.js';
import type { ChangeSet, ChangedFile } from '../../src/core/types.js';
import { createGitRepo, isolatedGitEnv, type GitRepo, type GitRepoSpec } from '../helpers/git-repo.js';

// readChangeSet runs git with the process environment; keep the user's config out of it.
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

const repos: GitRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

function repoOf(spec: GitRepoSpec): GitRepo {
  const repo = createGitRepo(spec);
  repos.push(repo);
  return repo;
}

function fileOf(changeSet: ChangeSet, path: string): ChangedFile {
  const file = changeSet.files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${JSON.stringify(path)} in ${JSON.stringify(changeSet.files.map((f) => f.path))}`);
  return file;
}

async function inputError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GitInputError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a GitInputError');
}

const lines = (...items: string[]): string => items.map((l) => `${l}\n`).join('');

describe('readChangeSet', () => {
  it('reads added, modified, removed and renamed files with their changed lines', async () => {
    const renamedBody = lines('one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight');
    const repo = repoOf({
      base: {
        'db/schema.sql': lines('CREATE TABLE a (id int);', 'CREATE TABLE b (id int);', 'CREATE TABLE c (id int);'),
        'old/gone.sql': lines('DROP TABLE x;', 'DROP TABLE y;'),
        'old/name.txt': renamedBody,
        'moved/edited.txt': renamedBody,
      },
      head: {
        'db/schema.sql': lines('CREATE TABLE a (id int);', 'CREATE TABLE c (id bigint);', 'CREATE TABLE d (id int);'),
        'db/new.sql': lines('DROP TABLE bookings;', 'SELECT 1;'),
        'old/gone.sql': null,
        'old/name.txt': null,
        'new/name.txt': renamedBody,
        'moved/edited.txt': null,
        'moved/now.txt': renamedBody.replace('three', 'THREE').replace('eight\n', 'eight\nnine\n'),
      },
    });
    const changeSet = await readChangeSet({ repo: repo.dir, base: 'main' });
    expect(changeSet.files.map((f) => [f.path, f.status])).toEqual([
      ['db/new.sql', 'added'],
      ['db/schema.sql', 'modified'],
      ['moved/now.txt', 'renamed'],
      ['new/name.txt', 'renamed'],
      ['old/gone.sql', 'removed'],
    ]);
    expect(fileOf(changeSet, 'db/new.sql')).toEqual({
      path: 'db/new.sql',
      status: 'added',
      headText: 'DROP TABLE bookings;\nSELECT 1;\n',
      headChangedLines: [{ start: 1, end: 2 }],
      baseChangedLines: [],
    });
    expect(fileOf(changeSet, 'db/schema.sql')).toMatchObject({
      baseText: lines('CREATE TABLE a (id int);', 'CREATE TABLE b (id int);', 'CREATE TABLE c (id int);'),
      headText: lines('CREATE TABLE a (id int);', 'CREATE TABLE c (id bigint);', 'CREATE TABLE d (id int);'),
      baseChangedLines: [{ start: 2, end: 3 }],
      headChangedLines: [{ start: 2, end: 3 }],
    });
    expect(fileOf(changeSet, 'old/gone.sql')).toEqual({
      path: 'old/gone.sql',
      status: 'removed',
      baseText: 'DROP TABLE x;\nDROP TABLE y;\n',
      headChangedLines: [],
      baseChangedLines: [{ start: 1, end: 2 }],
    });
    expect(fileOf(changeSet, 'new/name.txt')).toMatchObject({
      previousPath: 'old/name.txt',
      baseText: renamedBody,
      headText: renamedBody,
      headChangedLines: [],
      baseChangedLines: [],
    });
    expect(fileOf(changeSet, 'moved/now.txt')).toMatchObject({
      previousPath: 'moved/edited.txt',
      baseChangedLines: [{ start: 3, end: 3 }],
      headChangedLines: [
        { start: 3, end: 3 },
        { start: 9, end: 9 },
      ],
    });
  });

  it('marks binary files and gives them no text', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const repo = repoOf({ base: {}, head: { 'logo.png': png } });
    const file = fileOf(await readChangeSet({ repo: repo.dir, base: 'main' }), 'logo.png');
    expect(file).toEqual({
      path: 'logo.png',
      status: 'added',
      binary: true,
      headChangedLines: [],
      baseChangedLines: [],
    });
  });

  it('reads Latin-1 and Windows-1252 text', async () => {
    const base = Buffer.from('-- caf\xe9\nSELECT 1;\n', 'latin1');
    const head = Buffer.from('-- caf\xe9 \x93quoted\x94\nDROP TABLE t;\n', 'latin1');
    const repo = repoOf({ base: { 'm.sql': base }, head: { 'm.sql': head } });
    const file = fileOf(await readChangeSet({ repo: repo.dir, base: 'main' }), 'm.sql');
    expect(file.unreadable).toBeUndefined();
    expect(file.baseText).toBe('-- café\nSELECT 1;\n');
    expect(file.headText).toBe('-- café “quoted”\nDROP TABLE t;\n');
    expect(file.headChangedLines).toEqual([{ start: 1, end: 2 }]);
  });

  it('reads UTF-16 text with a byte-order mark, and finds its changed lines itself', async () => {
    const le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = (text: string): Buffer => {
      const body = Buffer.from(text, 'utf16le').swap16();
      return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
    };
    const repo = repoOf({
      base: { 'le.sql': le('SELECT 1;\nSELECT 2;\n'), 'be.sql': be('SELECT 1;\n') },
      head: { 'le.sql': le('SELECT 1;\nDROP TABLE größe;\nSELECT 3;\n'), 'be.sql': be('SELECT 1;\nDROP TABLE ü;\n') },
    });
    const changeSet = await readChangeSet({ repo: repo.dir, base: 'main' });
    expect(fileOf(changeSet, 'le.sql')).toEqual({
      path: 'le.sql',
      status: 'modified',
      baseText: 'SELECT 1;\nSELECT 2;\n',
      headText: 'SELECT 1;\nDROP TABLE größe;\nSELECT 3;\n',
      baseChangedLines: [{ start: 2, end: 2 }],
      headChangedLines: [{ start: 2, end: 3 }],
    });
    expect(fileOf(changeSet, 'be.sql')).toMatchObject({
      headText: 'SELECT 1;\nDROP TABLE ü;\n',
      headChangedLines: [{ start: 2, end: 2 }],
      baseChangedLines: [],
    });
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const repo = repoOf({ base: {}, head: { 'bom.sql': Buffer.from('\ufeffDROP TABLE t;\n', 'utf8') } });
    const file = fileOf(await readChangeSet({ repo: repo.dir, base: 'main' }), 'bom.sql');
    expect(file.headText).toBe('DROP TABLE t;\n');
  });

  it('marks text that is mostly control characters as unreadable', async () => {
    const noise = Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 7))));
    const repo = repoOf({ base: {}, head: { 'noise.sql': noise } });
    const file = fileOf(await readChangeSet({ repo: repo.dir, base: 'main' }), 'noise.sql');
    expect(file.unreadable).toBe('not a text file');
    expect(file.headText).toBeUndefined();
  });

  it('reads names with spaces, unicode, quotes, newlines and a leading dash exactly', async () => {
    const names = [
      '-rf --help.sql',
      'db/mïgrations/2026 drop 名前.sql',
      'quote"and\\back.sql',
      'new\nline.sql',
      'tab\there.sql',
    ];
    const repo = repoOf({
      base: Object.fromEntries(names.map((n) => [n, 'SELECT 1;\n'])),
      head: Object.fromEntries(names.map((n) => [n, 'SELECT 1;\nDROP TABLE t;\n'])),
    });
    const changeSet = await readChangeSet({ repo: repo.dir, base: 'main' });
    expect(changeSet.files.map((f) => f.path).sort()).toEqual([...names].sort());
    for (const file of changeSet.files) {
      expect(file).toMatchObject({
        status: 'modified',
        headChangedLines: [{ start: 2, end: 2 }],
        baseChangedLines: [],
      });
    }
  });

  it('follows a rename of an awkwardly named file', async () => {
    const body = lines('a', 'b', 'c', 'd', 'e', 'f');
    const repo = repoOf({
      base: { '-old name ü.sql': body },
      head: { '-old name ü.sql': null, 'new\nname ü.sql': body.replace('c', 'C') },
    });
    const file = fileOf(await readChangeSet({ repo: repo.dir, base: 'main' }), 'new\nname ü.sql');
    expect(file).toMatchObject({
      status: 'renamed',
      previousPath: '-old name ü.sql',
      baseChangedLines: [{ start: 3, end: 3 }],
      headChangedLines: [{ start: 3, end: 3 }],
    });
  });

  it('reads commits with their trailers, and the branch', async () => {
    const message =
      'Drop the bookings table\n\nIt moved to the reservations service.\n\nCo-authored-by: Claude <noreply@anthropic.com>\n';
    const repo = repoOf({
      base: { a: 'a\n' },
      head: { a: 'b\n' },
      commitMessage: message,
      authorName: 'Dev Eloper',
      authorEmail: 'dev@example.com',
      branch: 'claude/cleanup-bookings',
    });
    const changeSet = await readChangeSet({ repo: repo.dir, prAuthor: 'octocat', prBody: 'Made with an agent' });
    expect(changeSet.commits).toEqual([
      {
        sha: repo.headSha,
        authorName: 'Dev Eloper',
        authorEmail: 'dev@example.com',
        committerName: 'Test Committer',
        committerEmail: 'committer@example.com',
        message: message.trimEnd(),
      },
    ]);
    expect(changeSet.branch).toBe('claude/cleanup-bookings');
    expect(changeSet.prAuthor).toBe('octocat');
    expect(changeSet.prBody).toBe('Made with an agent');
  });

  it('leaves the branch unset for a detached head, and takes a given one', async () => {
    const repo = repoOf({ base: { a: 'a\n' }, head: { a: 'b\n' } });
    repo.git('checkout', '--quiet', '--detach');
    expect((await readChangeSet({ repo: repo.dir })).branch).toBeUndefined();
    expect((await readChangeSet({ repo: repo.dir, branch: 'given' })).branch).toBe('given');
  });

  it('compares with the merge base, as a pull request does', async () => {
    const repo = repoOf({ base: { 'a.sql': 'a\n' }, head: { 'b.sql': 'b\n' } });
    repo.git('checkout', '--quiet', 'main');
    writeFileSync(join(repo.dir, 'later-on-main.sql'), 'DROP TABLE t;\n');
    repo.git('add', '--all');
    repo.git('commit', '--quiet', '-m', 'Later on main');
    repo.git('checkout', '--quiet', 'feature');
    for (const base of [undefined, 'main']) {
      const changeSet = await readChangeSet({ repo: repo.dir, ...(base ? { base } : {}) });
      expect(changeSet).toMatchObject({ baseSha: repo.baseSha, headSha: repo.headSha });
      expect(changeSet.files.map((f) => f.path)).toEqual(['b.sql']);
      expect(changeSet.commits.map((c) => c.sha)).toEqual([repo.headSha]);
    }
  });

  it('defaults the base to the target of origin/HEAD', async () => {
    const repo = repoOf({ base: { 'a.sql': 'a\n' }, head: { 'b.sql': 'b\n' } });
    repo.git('branch', '--quiet', '-m', 'main', 'trunk');
    repo.git('update-ref', 'refs/remotes/origin/trunk', repo.baseSha);
    repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/trunk');
    const changeSet = await readChangeSet({ repo: repo.dir });
    expect(changeSet.files.map((f) => f.path)).toEqual(['b.sql']);
  });

  it('says plainly when there is no default branch', async () => {
    const repo = repoOf({ base: { a: 'a\n' }, head: { a: 'b\n' } });
    repo.git('branch', '--quiet', '-m', 'main', 'trunk');
    expect(await inputError(readChangeSet({ repo: repo.dir }))).toBe(
      'no default branch to compare with (no origin/HEAD, main or master): pass --base REF',
    );
  });

  it('reports a directory that is not a repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'two-key-not-git-'));
    try {
      expect(await inputError(readChangeSet({ repo: dir }))).toBe(`not a git repository: ${dir}`);
      const missing = join(dir, 'missing');
      expect(await inputError(readChangeSet({ repo: missing }))).toBe(`not a git repository: ${missing}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports unknown revisions', async () => {
    const repo = repoOf({ base: { a: 'a\n' }, head: { a: 'b\n' } });
    expect(await inputError(readChangeSet({ repo: repo.dir, base: 'nope' }))).toBe('unknown revision: nope');
    expect(await inputError(readChangeSet({ repo: repo.dir, base: 'main', head: 'no/such' }))).toBe(
      'unknown revision: no/such',
    );
  });

  it('rejects revisions that would read as options', async () => {
    const repo = repoOf({ base: { a: 'a\n' }, head: { a: 'b\n' } });
    const outside = join(repo.dir, 'written-by-git');
    expect(await inputError(readChangeSet({ repo: repo.dir, head: `--output=${outside}` }))).toBe(
      `invalid revision (starts with "-"): --output=${outside}`,
    );
    expect(await inputError(readChangeSet({ repo: repo.dir, base: '-p' }))).toBe(
      'invalid revision (starts with "-"): -p',
    );
    expect(await inputError(readChangeSet({ repo: repo.dir, base: 'main\n--all' }))).toBe(
      'invalid revision: "main\\n--all"',
    );
  });

  it('reports unrelated histories', async () => {
    const repo = repoOf({ base: { a: 'a\n' }, head: { a: 'b\n' } });
    repo.git('checkout', '--quiet', '--orphan', 'island');
    repo.git('commit', '--quiet', '--allow-empty', '-m', 'Island');
    expect(await inputError(readChangeSet({ repo: repo.dir, base: 'main', head: 'island' }))).toBe(
      'no merge base between main and island',
    );
  });

  it('is not misled by the repository config', async () => {
    const repo = repoOf({
      base: { 'x y.sql': lines('a', 'b', 'c'), 'old.sql': lines('1', '2', '3', '4', '5') },
      head: { 'x y.sql': lines('a', 'B', 'c', '', 'd'), 'old.sql': null, 'ü new.sql': lines('1', '2', '3', '4', '5') },
    });
    const marker = join(repo.dir, 'external-diff-ran');
    for (const [key, value] of [
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['diff.external', `touch ${marker}`],
      ['diff.renames', 'false'],
      ['diff.relative', 'true'],
      ['diff.context', '5'],
      ['diff.suppressBlankEmpty', 'true'],
      ['diff.interHunkContext', '10'],
      ['color.ui', 'always'],
      ['core.quotePath', 'true'],
      ['log.showSignature', 'true'],
      ['i18n.logOutputEncoding', 'ISO-8859-1'],
    ]) {
      repo.git('config', key as string, value as string);
    }
    const changeSet = await readChangeSet({ repo: repo.dir, base: 'main' });
    expect(changeSet.files.map((f) => [f.path, f.status, f.previousPath])).toEqual([
      ['x y.sql', 'modified', undefined],
      ['ü new.sql', 'renamed', 'old.sql'],
    ]);
    expect(fileOf(changeSet, 'x y.sql')).toMatchObject({
      baseChangedLines: [{ start: 2, end: 2 }],
      headChangedLines: [
        { start: 2, end: 2 },
        { start: 4, end: 5 },
      ],
    });
    expect(existsSync(marker)).toBe(false);
  });

  it('reads files a .gitattributes in the change marks as binary', async () => {
    const repo = repoOf({
      base: { 'm.sql': lines('SELECT 1;', 'SELECT 2;') },
      head: { '.gitattributes': '*.sql binary\n', 'm.sql': lines('SELECT 1;', 'DROP TABLE t;') },
    });
    const file = fileOf(await readChangeSet({ repo: repo.dir, base: 'main' }), 'm.sql');
    expect(file).toMatchObject({
      headText: 'SELECT 1;\nDROP TABLE t;\n',
      baseChangedLines: [{ start: 2, end: 2 }],
      headChangedLines: [{ start: 2, end: 2 }],
    });
    expect(file.binary).toBeUndefined();
  });

  it('marks a file that becomes a symbolic link as unreadable, naming its target', async () => {
    const repo = repoOf({ base: { link: 'DROP TABLE t;\n' }, head: {} });
    repo.git('rm', '--quiet', 'link');
    writeFileSync(join(repo.dir, '.target'), '../elsewhere/drop.sql');
    const target = repo.git('hash-object', '-w', '.target').trim();
    repo.git('update-index', '--add', '--cacheinfo', `120000,${target},link`);
    repo.git('commit', '--quiet', '-m', 'Symlink');
    const file = fileOf(await readChangeSet({ repo: repo.dir, base: 'main' }), 'link');
    expect(file).toMatchObject({
      status: 'modified',
      unreadable: 'is a symbolic link to ../elsewhere/drop.sql, which two-key does not follow',
    });
  });

  it('marks a submodule pointer as unreadable, with the reason', async () => {
    const repo = repoOf({ base: { a: 'a\n' }, head: {} });
    repo.git('update-index', '--add', '--cacheinfo', `160000,${repo.baseSha},vendor/lib`);
    repo.git('commit', '--quiet', '-m', 'Submodule');
    const file = fileOf(await readChangeSet({ repo: repo.dir, base: 'main' }), 'vendor/lib');
    expect(file).toEqual({
      path: 'vendor/lib',
      status: 'added',
      unreadable: 'is a submodule (a commit of another repository), which two-key cannot read',
      headChangedLines: [],
      baseChangedLines: [],
    });
  });

  it('reads a change of a thousand files', async () => {
    const head: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) head[`db/migrations/${String(i).padStart(4, '0')}.sql`] = `SELECT ${i};\n`;
    const repo = repoOf({ base: {}, head });
    const changeSet = await readChangeSet({ repo: repo.dir, base: 'main' });
    expect(changeSet.files).toHaveLength(1000);
    expect(changeSet.files[999]).toMatchObject({
      path: 'db/migrations/0999.sql',
      headText: 'SELECT 999;\n',
      headChangedLines: [{ start: 1, end: 1 }],
    });
  });

  it('does not read files over the size limit', async () => {
    const big = Buffer.alloc(MAX_TEXT_BYTES + 1024 * 1024, 'a');
    const repo = repoOf({ base: {}, head: { 'huge.sql': big, 'small.sql': 'SELECT 1;\n' } });
    const changeSet = await readChangeSet({ repo: repo.dir, base: 'main' });
    const file = fileOf(changeSet, 'huge.sql');
    expect(file.unreadable).toBe(
      `file is ${MAX_TEXT_BYTES / 1048576 + 1} MB, over the ${MAX_TEXT_BYTES / 1048576} MB limit`,
    );
    expect(file.headText).toBeUndefined();
    expect(fileOf(changeSet, 'small.sql').headText).toBe('SELECT 1;\n');
  });
});

describe('DiffLineReducer', () => {
  const diff = [
    'diff --git a/db/a.sql b/db/a.sql',
    'index 1111111..2222222 100644',
    '--- a/db/a.sql',
    '+++ b/db/a.sql',
    '@@ -2 +2,2 @@',
    '-DROP TABLE gone; -- é',
    '+diff --git a/x b/x',
    '+@@ -1 +1 @@ not a header',
    '@@ -9,0 +11 @@',
    '+--- a/fake',
    '\\ No newline at end of file',
    'diff --git a/old name.sql b/new name.sql',
    'similarity index 90%',
    'rename from old name.sql',
    'rename to new name.sql',
    '--- a/old name.sql',
    '+++ b/new name.sql',
    '@@ -1 +1 @@',
    '-SELECT 1;',
    '+SELECT 2;',
    '',
  ].join('\n');

  it('keeps what the hunk parser reads, whatever the chunks, and cuts hunk lines to their first character', () => {
    for (const size of [1, 3, 7, 64, diff.length]) {
      const reducer = new DiffLineReducer();
      const bytes = Buffer.from(diff, 'utf8');
      for (let at = 0; at < bytes.length; at += size) reducer.push(bytes.subarray(at, at + size));
      const reduced = reducer.end();
      expect(parseUnifiedDiff(reduced), `chunks of ${size}`).toEqual(parseUnifiedDiff(diff));
      expect(reduced).not.toContain('DROP TABLE');
      expect(reduced).toContain('rename from old name.sql');
    }
  });
});
