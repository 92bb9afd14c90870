import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Git's blob id of some content, as GitHub reports it in file lists. */
export function blobSha(content: string | Buffer): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export function randomSha(): string {
  return randomBytes(20).toString('hex');
}

/**
 * The patches of many files from one `git diff` (a process per file made a 1,000-file pull request
 * slow to list). Each pair is written under its index, so no path needs quoting.
 */
export function patchesOf(pairs: readonly { base: string | undefined; head: string | undefined }[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'two-key-patches-'));
  try {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    pairs.forEach(({ base, head }, i) => {
      if (base !== undefined) writeFileSync(join(dir, 'a', String(i)), base);
      if (head !== undefined) writeFileSync(join(dir, 'b', String(i)), head);
    });
    let out = '';
    try {
      execFileSync('git', ['diff', '--no-index', '--no-color', '--no-renames', '-U3', 'a', 'b'], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 1024 * 1024 * 1024,
      });
    } catch (error) {
      out = (error as { stdout: string }).stdout;
    }
    const patches = pairs.map(() => '');
    for (const chunk of out.split(/^(?=diff --git )/m)) {
      const name = /^diff --git a\/[ab]\/(\d+) /.exec(chunk);
      if (!name) continue;
      const at = chunk.indexOf('\n@@');
      patches[Number(name[1])] = at < 0 ? '' : chunk.slice(at + 1).replace(/\n$/, '');
    }
    return patches;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
