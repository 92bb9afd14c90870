/** Where the files that guard the gate live: path tests only, so that a change with none loads no YAML reader. */
import { Minimatch } from 'minimatch';

/** The two-key policy and the ownership file that decides who reviews it. */
const POLICY_FILES = ['.github/two-key.yml', '.github/two-key.yaml'];
const CODEOWNERS = ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];

/**
 * Files that configure what a coding agent may run without asking: permission lists, hooks that
 * block commands, rules the agent is told to obey. Prompts and instructions are not guards.
 */
const AGENT_GUARDS = [
  '.claude/settings.json',
  '.claude/settings.local.json',
  '.claude/hooks/**',
  '.cursor/rules/**',
  '.cursor/hooks.json',
  '.cursor/cli.json',
  '.cursor/permissions.json',
  '.cursorrules',
  '.codex/config.toml',
  '.codex/rules/**',
  '.gemini/settings.json',
  '.gemini/policies/**',
  '.windsurf/rules/**',
  '.windsurfrules',
  '.amazonq/rules/**',
  '.continue/config.json',
  '.continue/config.yaml',
  '.aider.conf.yml',
  '.github/copilot/permissions.json',
];

const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;

export function isPolicyFile(path: string): boolean {
  return POLICY_FILES.includes(path);
}

export function isCodeowners(path: string): boolean {
  return CODEOWNERS.includes(path);
}

const AGENT_GUARD_PATTERNS = AGENT_GUARDS.map((glob) => new Minimatch(glob, { dot: true }));

/** Every pattern starts with a literal dot: a path that does not cannot match one (checked once per file, twice). */
const AGENT_GUARD_FIRST = AGENT_GUARDS.every((glob) => glob.startsWith('.')) ? '.' : '';

export function isAgentGuard(path: string): boolean {
  return path.startsWith(AGENT_GUARD_FIRST) && AGENT_GUARD_PATTERNS.some((m) => m.match(path));
}

/** Claude Code settings whose other keys (model, theme, statusLine) do not guard anything. */
export function isClaudeSettings(path: string): boolean {
  return /^\.claude\/settings(\.local)?\.json$/.test(path);
}

export function isWorkflow(path: string): boolean {
  return WORKFLOW.test(path);
}
