import { describe, expect, it } from 'vitest';
import { diffLines, parseHunks, parseUnifiedDiff, readQuotedPath, splitLines } from '../../src/parsers/diff.js';

// Output of `git diff -U0 --src-prefix=a/ --dst-prefix=b/ -M` over a change with awkward names,
// a change between file and symlink, a binary file and missing final newlines.
const GIT_DIFF = [
  'diff --git a/-dash.txt b/-dash.txt',
  'index bca70f3..4286f42 100644',
  '--- a/-dash.txt',
  '+++ b/-dash.txt',
  '@@ -1 +1 @@',
  '-q',
  '+r',
  'diff --git a/bin.dat b/bin.dat',
  'new file mode 100644',
  'index 0000000..bdc955b',
  'Binary files /dev/null and b/bin.dat differ',
  'diff --git a/link b/link',
  'deleted file mode 100644',
  'index 1f9d725..0000000',
  '--- a/link',
  '+++ /dev/null',
  '@@ -1 +0,0 @@',
  '-l',
  'diff --git a/link b/link',
  'new file mode 120000',
  'index 0000000..1de5659',
  '--- /dev/null',
  '+++ b/link',
  '@@ -0,0 +1 @@',
  '+target',
  '\\ No newline at end of file',
  'diff --git "a/new\\nline.txt" "b/new\\nline.txt"',
  'index 587be6b..975fbec 100644',
  '--- "a/new\\nline.txt"',
  '+++ "b/new\\nline.txt"',
  '@@ -1 +1 @@',
  '-x',
  '+y',
  'diff --git a/noeol.txt b/noeol.txt',
  'index 117827f..07aad1e 100644',
  '--- a/noeol.txt',
  '+++ b/noeol.txt',
  '@@ -1 +1 @@',
  '-noeol',
  '\\ No newline at end of file',
  '+noeol2',
  '\\ No newline at end of file',
  'diff --git a/old.txt b/renamed.txt',
  'similarity index 78%',
  'rename from old.txt',
  'rename to renamed.txt',
  'index b566061..dfc6c23 100644',
  '--- a/old.txt',
  '+++ b/renamed.txt',
  '@@ -3 +3 @@ two',
  '-three',
  '+THREE',
  'diff --git a/sp ace.txt b/sp ace.txt',
  'index de98044..a7bc997 100644',
  '--- a/sp ace.txt\t',
  '+++ b/sp ace.txt\t',
  '@@ -2 +2 @@ a',
  '-b',
  '+B',
  '@@ -3,0 +4 @@ c',
  '+d',
  '',
].join('\n');

describe('parseUnifiedDiff', () => {
  const files = parseUnifiedDiff(GIT_DIFF);

  it('keys every file by its head path', () => {
    expect([...files.keys()]).toEqual([
      '-dash.txt',
      'bin.dat',
      'link',
      'new\nline.txt',
      'noeol.txt',
      'renamed.txt',
      'sp ace.txt',
    ]);
  });

  it('reads changed lines on both sides', () => {
    expect(files.get('sp ace.txt')).toMatchObject({
      status: 'modified',
      baseChangedLines: [{ start: 2, end: 2 }],
      headChangedLines: [
        { start: 2, end: 2 },
        { start: 4, end: 4 },
      ],
      truncated: false,
    });
    expect(files.get('-dash.txt')).toMatchObject({
      baseChangedLines: [{ start: 1, end: 1 }],
      headChangedLines: [{ start: 1, end: 1 }],
    });
  });

  it('skips "No newline at end of file" markers', () => {
    expect(files.get('noeol.txt')).toMatchObject({
      baseChangedLines: [{ start: 1, end: 1 }],
      headChangedLines: [{ start: 1, end: 1 }],
      truncated: false,
    });
  });

  it('reports renames with their base path', () => {
    expect(files.get('renamed.txt')).toMatchObject({
      status: 'renamed',
      previousPath: 'old.txt',
      baseChangedLines: [{ start: 3, end: 3 }],
      headChangedLines: [{ start: 3, end: 3 }],
    });
  });

  it('unquotes C-quoted names', () => {
    expect(files.get('new\nline.txt')?.headChangedLines).toEqual([{ start: 1, end: 1 }]);
  });

  it('marks binary files', () => {
    expect(files.get('bin.dat')).toMatchObject({ status: 'added', binary: true, headChangedLines: [] });
  });

  it('merges the deletion and creation git prints for a change between file and symlink', () => {
    expect(files.get('link')).toMatchObject({
      status: 'modified',
      baseChangedLines: [{ start: 1, end: 1 }],
      headChangedLines: [{ start: 1, end: 1 }],
    });
  });

  it('keeps changed lines that look like diff headers inside their hunk', () => {
    const diff = [
      'diff --git a/x.sql b/x.sql',
      '--- a/x.sql',
      '+++ b/x.sql',
      '@@ -1,2 +1,3 @@',
      '--- a/evil',
      '-@@ -1 +1 @@',
      '+diff --git a/other b/other',
      '++++ b/other',
      '+DROP TABLE t;',
      '',
    ].join('\n');
    const parsed = parseUnifiedDiff(diff);
    expect([...parsed.keys()]).toEqual(['x.sql']);
    expect(parsed.get('x.sql')).toMatchObject({
      baseChangedLines: [{ start: 1, end: 2 }],
      headChangedLines: [{ start: 1, end: 3 }],
      truncated: false,
    });
  });

  it('reads added and removed files', () => {
    const diff = [
      'diff --git a/new.sql b/new.sql',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/new.sql',
      '@@ -0,0 +1,3 @@',
      '+a',
      '+b',
      '+c',
      'diff --git a/gone.sql b/gone.sql',
      'deleted file mode 100644',
      '--- a/gone.sql',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-a',
      '-b',
    ].join('\n');
    const parsed = parseUnifiedDiff(diff);
    expect(parsed.get('new.sql')).toMatchObject({ status: 'added', headChangedLines: [{ start: 1, end: 3 }] });
    expect(parsed.get('gone.sql')).toMatchObject({ status: 'removed', baseChangedLines: [{ start: 1, end: 2 }] });
  });

  it('names files without ---/+++ lines from the diff --git line', () => {
    const diff = [
      'diff --git a/a b/a b b/a b/a b',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/empty file.txt b/empty file.txt',
      'new file mode 100644',
      'index 0000000..e69de29',
      'diff --git a/old name b/new name',
      'similarity index 100%',
      'rename from old name',
      'rename to new name',
    ].join('\n');
    const parsed = parseUnifiedDiff(diff);
    expect(parsed.get('a b/a b')).toMatchObject({ status: 'modified', headChangedLines: [] });
    expect(parsed.get('empty file.txt')).toMatchObject({ status: 'added' });
    expect(parsed.get('new name')).toMatchObject({ status: 'renamed', previousPath: 'old name' });
  });

  it('reads plain unified diffs without git headers', () => {
    const diff = [
      '--- a/one.txt\t2026-11-21 10:00:00',
      '+++ b/one.txt\t2026-11-21 10:01:00',
      '@@ -1 +1,2 @@',
      '-x',
      '+y',
      '+z',
      '--- a/two.txt',
      '+++ b/two.txt',
      '@@ -5 +5 @@',
      '-p',
      '+q',
    ].join('\n');
    const parsed = parseUnifiedDiff(diff);
    expect(parsed.get('one.txt')?.headChangedLines).toEqual([{ start: 1, end: 2 }]);
    expect(parsed.get('two.txt')?.baseChangedLines).toEqual([{ start: 5, end: 5 }]);
  });

  it('flags a hunk cut short', () => {
    const diff = ['--- a/x', '+++ b/x', '@@ -1,3 +1,3 @@', '-a', '+b'].join('\n');
    expect(parseUnifiedDiff(diff).get('x')).toMatchObject({
      truncated: true,
      headChangedLines: [{ start: 1, end: 1 }],
    });
  });
});

describe('parseHunks', () => {
  it('reads a GitHub patch with context lines', () => {
    const patch = [
      '@@ -1,6 +1,7 @@ CREATE TABLE bookings (',
      ' id int,',
      ' a int,',
      '-b int,',
      '+b bigint,',
      '+c int,',
      ' d int,',
      ' e int,',
      ' f int',
      '@@ -20,4 +21,3 @@',
      ' x',
      '-y',
      ' z',
      ' w',
    ].join('\n');
    expect(parseHunks(patch)).toEqual({
      baseChangedLines: [
        { start: 3, end: 3 },
        { start: 21, end: 21 },
      ],
      headChangedLines: [{ start: 3, end: 4 }],
      truncated: false,
    });
  });

  it('flags a truncated patch', () => {
    expect(parseHunks('@@ -1,5 +1,5 @@\n a\n-b\n+c').truncated).toBe(true);
  });

  it('treats empty lines as context (diff.suppressBlankEmpty)', () => {
    expect(parseHunks('@@ -1,3 +1,3 @@\n\n-b\n+c\n\n')).toMatchObject({
      baseChangedLines: [{ start: 2, end: 2 }],
      headChangedLines: [{ start: 2, end: 2 }],
      truncated: false,
    });
  });

  it('handles a CRLF line and a missing final newline', () => {
    expect(parseHunks('@@ -1 +1 @@\n-a\r\n+b\r\n\\ No newline at end of file\n')).toMatchObject({
      baseChangedLines: [{ start: 1, end: 1 }],
      headChangedLines: [{ start: 1, end: 1 }],
      truncated: false,
    });
  });
});

describe('readQuotedPath', () => {
  it('decodes escapes and octal UTF-8 bytes', () => {
    expect(readQuotedPath('"a/\\303\\251t\\303\\251 \\"q\\" \\\\ \\t.sql" rest')).toEqual(['a/été "q" \\ \t.sql', 37]);
  });

  it('keeps characters git did not escape', () => {
    expect(readQuotedPath('"b/名前\\n.sql"')?.[0]).toBe('b/名前\n.sql');
  });

  it('rejects unterminated names', () => {
    expect(readQuotedPath('"a/\\303\\251t\\303\\251 \\"q\\" \\\\ \\t.sql" rest')).toEqual(['a/été "q" \\ \t.sql', 37]);
  });
});

describe('diffLines', () => {
  it('finds changed lines on each side', () => {
    expect(diffLines('a\nb\nc\nd\n', 'a\nB\nc\nd\ne\n')).toEqual({
      baseChangedLines: [{ start: 2, end: 2 }],
      headChangedLines: [
        { start: 2, end: 2 },
        { start: 5, end: 5 },
      ],
    });
  });

  it('treats a missing side as empty', () => {
    expect(diffLines(undefined, 'a\nb')).toEqual({ baseChangedLines: [], headChangedLines: [{ start: 1, end: 2 }] });
    expect(diffLines('a\n', undefined)).toEqual({ baseChangedLines: [{ start: 1, end: 1 }], headChangedLines: [] });
  });

  it('reports the whole differing middle past the edit limit', () => {
    expect(diffLines('k\na\nb\nc\nk\n', 'k\nx\ny\nz\nk\n', 2)).toEqual({
      baseChangedLines: [{ start: 2, end: 4 }],
      headChangedLines: [{ start: 2, end: 4 }],
    });
  });

  // Unchanged lines must read the same on both sides, and there must be as few changed lines as
  // a longest common subsequence allows.
  it('gives a minimal, consistent diff on random texts', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const lcs = (a: string[], b: string[]): number => {
      const row = new Array<number>(b.length + 1).fill(0);
      for (const x of a) {
        let diagonal = 0;
        for (let j = 1; j <= b.length; j++) {
          const up = row[j] as number;
          row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(up, row[j - 1] as number);
          diagonal = up;
        }
      }
      return row[b.length] as number;
    };
    const kept = (lines: string[], changed: { start: number; end: number }[]): string[] =>
      lines.filter((_, i) => !changed.some((r) => i + 1 >= r.start && i + 1 <= r.end));
    const count = (changed: { start: number; end: number }[]): number =>
      changed.reduce((sum, r) => sum + r.end - r.start + 1, 0);
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: random(12) }, () => 'abcd'[random(4)] as string);
      const b = Array.from({ length: random(12) }, () => 'abcd'[random(4)] as string);
      const result = diffLines(a.map((l) => `${l}\n`).join(''), b.map((l) => `${l}\n`).join(''));
      expect(kept(a, result.baseChangedLines)).toEqual(kept(b, result.headChangedLines));
      const common = lcs(a, b);
      expect(count(result.baseChangedLines)).toBe(a.length - common);
      expect(count(result.headChangedLines)).toBe(b.length - common);
    }
  });
});

describe('splitLines', () => {
  it('counts lines as git does', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a')).toEqual(['a']);
    expect(splitLines('a\n')).toEqual(['a']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('a\r\nb')).toEqual(['a\r', 'b']);
  });
});
