import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isolatedGitEnv } from '../helpers/git-repo.js';

export interface CaseRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  cleanup(): void;
}

function blobCommands(files: Map<string, Buffer>): Buffer[] {
  const parts: Buffer[] = [];
  for (const [path, data] of files) {
    parts.push(Buffer.from(`M 100644 inline ${path}\ndata ${data.length}\n`), data, Buffer.from('\n'));
  }
  return parts;
}

function commit(ref: string, who: string, message: string, files: Map<string, Buffer>, from?: string): Buffer[] {
  const msg = Buffer.from(message);
  return [
    Buffer.from(`commit ${ref}\nmark :${from ? 2 : 1}\n${who}\n${who.replace(/^author/, 'committer')}\n`),
    Buffer.from(`data ${msg.length}\n`),
    msg,
    Buffer.from(`\n${from ? `from ${from}\n` : ''}deleteall\n`),
    ...blobCommands(files),
    Buffer.from('\n'),
  ];
}

/**
 * A throwaway repository with a base commit on `main` and a head commit on `branch`, written in one
 * `git fast-import` (eight git processes per case would dominate the corpus run).
 */
export function buildCaseRepo(spec: {
  before: Map<string, Buffer>;
  after: Map<string, Buffer>;
  branch: string;
  login: string;
  message: string;
}): CaseRepo {
  const dir = mkdtempSync(join(tmpdir(), 'two-key-case-'));
  const env = isolatedGitEnv();
  const git = (args: string[], input?: Buffer): string =>
    execFileSync('git', args, { cwd: dir, env, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  try {
    git(['init', '--quiet', '--initial-branch=main']);
    const stamp = '1780000000 +0000';
    const stream = Buffer.concat([
      ...commit('refs/heads/main', `author Base Author <base@example.com> ${stamp}`, 'base', spec.before),
      ...commit(
        `refs/heads/${spec.branch}`,
        `author ${spec.login} <${spec.login}@users.noreply.github.com> ${stamp}`,
        spec.message,
        spec.after,
        ':1',
      ),
      Buffer.from('done\n'),
    ]);
    git(['fast-import', '--quiet', '--done'], stream);
    const [baseSha, headSha] = git(['rev-parse', 'main', `refs/heads/${spec.branch}`])
      .trim()
      .split('\n');
    return { dir, baseSha: baseSha!, headSha: headSha!, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
