import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface GitRepoSpec {
  /** Files of the first commit, on `main`. */
  base: Record<string, string | Buffer>;
  /** Changes of the second commit, on `branch`: content to write, or null to delete. */
  head: Record<string, string | Buffer | null>;
  commitMessage?: string;
  authorName?: string;
  authorEmail?: string;
  /** Branch of the head commit; `feature` unless given. */
  branch?: string;
}

export interface GitRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  /** Runs git in the repository with the helper's isolated environment; returns stdout. */
  git(...args: string[]): string;
  cleanup(): void;
}

/** An environment where no user or system config, and no outer repository, leaks into git. */
export function isolatedGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Base Author',
    GIT_AUTHOR_EMAIL: 'base@example.com',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    GIT_AUTHOR_DATE: '2026-11-01T12:00:00Z',
    GIT_COMMITTER_DATE: '2026-11-01T12:00:00Z',
    ...extra,
  };
  for (const name of [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_CEILING_DIRECTORIES',
  ]) {
    delete env[name];
  }
  return env;
}

function writeFiles(dir: string, files: Record<string, string | Buffer | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    if (content === null) {
      rmSync(full, { force: true });
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** Builds a throwaway repository: a base commit on `main` and one head commit on a branch. */
export function createGitRepo(spec: GitRepoSpec): GitRepo {
  const dir = mkdtempSync(join(tmpdir(), 'two-key-test-'));
  const run = (env: NodeJS.ProcessEnv, args: string[], input?: string): string =>
    execFileSync('git', args, { cwd: dir, env, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  const baseEnv = isolatedGitEnv();
  try {
    run(baseEnv, ['init', '--quiet', '--initial-branch=main']);
    writeFiles(dir, spec.base);
    run(baseEnv, ['add', '--all']);
    run(baseEnv, ['commit', '--quiet', '--allow-empty', '--no-verify', '--message', 'Base']);
    const baseSha = run(baseEnv, ['rev-parse', 'HEAD']).trim();

    const headEnv = isolatedGitEnv({
      GIT_AUTHOR_NAME: spec.authorName ?? 'Head Author',
      GIT_AUTHOR_EMAIL: spec.authorEmail ?? 'head@example.com',
      GIT_AUTHOR_DATE: '2026-11-21T12:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-21T12:00:00Z',
    });
    run(headEnv, ['checkout', '--quiet', '-b', spec.branch ?? 'feature']);
    writeFiles(dir, spec.head);
    run(headEnv, ['add', '--all']);
    // The message goes through stdin so it reaches git byte for byte.
    run(
      headEnv,
      ['commit', '--quiet', '--allow-empty', '--no-verify', '--cleanup=verbatim', '--file=-'],
      spec.commitMessage ?? 'Change',
    );
    const headSha = run(headEnv, ['rev-parse', 'HEAD']).trim();

    return {
      dir,
      baseSha,
      headSha,
      git: (...args) => run(headEnv, args),
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
