import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** The hunks `git diff` prints for one file, as GitHub's `patch` field holds them (no file headers). */
export function patchOf(base: string | undefined, head: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'two-key-patch-'));
  try {
    writeFileSync(join(dir, 'a'), base ?? '');
    writeFileSync(join(dir, 'b'), head ?? '');
    let out = '';
    try {
      execFileSync('git', ['diff', '--no-index', '--no-color', '-U3', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      out = (error as { stdout: string }).stdout;
    }
    const at = out.indexOf('\n@@');
    return at < 0 ? '' : out.slice(at + 1).replace(/\n$/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
