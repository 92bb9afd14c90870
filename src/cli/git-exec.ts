import { execFileSync } from 'node:child_process';
import { GitInputError } from './errors.js';

/**
 * Runs git in `repo` (C locale, output captured) and returns its standard output untrimmed. A
 * failure becomes a GitInputError whose message `failure` writes from git's first error line
 * (without its `fatal:`/`error:` prefix).
 */
export function runGit(
  repo: string,
  args: readonly string[],
  failure: (gitError: string) => string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  try {
    return execFileSync('git', args, { cwd: repo, env: { ...env, LC_ALL: 'C' }, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').split('\n')[0] ?? '';
    throw new GitInputError(failure(stderr.replace(/^(fatal|error): /, '')));
  }
}

/** The message for a folder that git does not take as a repository. */
export const notARepository = (repo: string) => () => `not a git repository: ${repo}`;
