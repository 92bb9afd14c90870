import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { detectFamilies, starterPolicy } from './detect.js';
import { BRIDGE_WORKFLOW, BRIDGE_WORKFLOW_PATH, GATE_WORKFLOW_PATH, gateWorkflow, POLICY_PATH } from './workflows.js';
import { notARepository, runGit } from '../git-exec.js';
import { UsageError } from '../args.js';

export interface InitOptions {
  repo: string;
  actionRef?: string;
  apply: boolean;
  /** owner/name on GitHub; read from the `origin` remote when not given. */
  githubRepo?: string;
  /** The App whose check run the ruleset should require (its integration id). */
  appId?: number;
  env: NodeJS.ProcessEnv;
}

export type FileOutcome = 'wrote' | 'unchanged' | 'kept';

function git(repo: string, args: string[]): string {
  return runGit(repo, args, notARepository(repo));
}

/** Writes a file that is missing; an existing file is never overwritten (a second run changes nothing). */
function writeOnce(root: string, path: string, text: string): FileOutcome {
  const full = join(root, path);
  if (existsSync(full)) return readFileSync(full, 'utf8') === text ? 'unchanged' : 'kept';
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return 'wrote';
}

export function writeInitFiles(options: Pick<InitOptions, 'repo' | 'actionRef'>): [string, FileOutcome][] {
  const root = git(options.repo, ['rev-parse', '--show-toplevel']).trim();
  const paths = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean);
  const files: [string, string][] = [
    [GATE_WORKFLOW_PATH, gateWorkflow(options.actionRef)],
    [BRIDGE_WORKFLOW_PATH, BRIDGE_WORKFLOW],
    [POLICY_PATH, starterPolicy(detectFamilies(paths))],
  ];
  return files.map(([path, text]) => [path, writeOnce(root, path, text)]);
}

export const RULESET_ADVICE = `Ruleset for the default branch (Settings > Rules > Rulesets), or \`two-key init --apply\`:
  - require the status check "two-key" (with an App token: the check run, pinned to the App);
  - dismiss stale pull request approvals when new commits are pushed;
  - require approval of the most recent reviewable push;
  - no bypass; enable the merge queue if you use one (the gate answers merge_group).`;

/** owner/name from a GitHub remote URL (https, ssh or scp-like). */
export function githubRepoOf(url: string): string | undefined {
  const match = /github\.com[:/]([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : undefined;
}

export function targetRepository(options: Pick<InitOptions, 'repo' | 'githubRepo'>): { owner: string; name: string } {
  const slug = options.githubRepo ?? githubRepoOf(git(options.repo, ['remote', 'get-url', 'origin']).trim());
  const [owner, name] = slug?.split('/') ?? [];
  if (!owner || !name) throw new UsageError('cannot tell the GitHub repository: give --github-repo OWNER/NAME');
  return { owner, name };
}
