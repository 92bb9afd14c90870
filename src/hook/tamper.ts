import { parseShell } from '../parsers/shell/commands.js';
import { baseName } from '../parsers/shell/wrappers.js';
import { loadGrammar } from '../parsers/tree-sitter/loader.js';
import type { Action } from './types.js';

/**
 * The files that turn the runtime door off or open it: every agent's hook configuration and
 * two-key's policy. Matched on the text of a command, a path or an argument.
 */
const GUARD_FILES: readonly [RegExp, string][] = [
  [/\.claude\/settings(?:\.local)?\.json/i, 'Claude Code settings'],
  [/\.cursor\/hooks\.json|\/etc\/cursor\/|Cursor\/hooks\.json/i, 'Cursor hooks'],
  [/\.codex\/(?:hooks\.json|config\.toml|requirements\.toml)/i, 'Codex hooks'],
  [/\.gemini\/settings\.json|\/etc\/gemini-cli\//i, 'Gemini CLI settings'],
  [/\.github\/hooks(?:\/|\b)/i, 'Copilot hooks'],
  [/\.windsurf\/hooks\.json|\.codeium\/windsurf\/hooks\.json|\/etc\/windsurf\//i, 'Windsurf hooks'],
  [/\.clinerules\/hooks|Cline\/Hooks/i, 'Cline hooks'],
  [/amp\/settings\.json|\.amp\/settings/i, 'Amp settings'],
  [/\.github\/two-key\.ya?ml/i, 'the two-key policy'],
];

/** Programs that only read what they are given; with no redirection, a command of them changes nothing. */
const READERS = new Set([
  'cat',
  'less',
  'more',
  'head',
  'tail',
  'grep',
  'egrep',
  'rg',
  'ls',
  'stat',
  'wc',
  'file',
  'diff',
  'bat',
  'jq',
  'echo',
  'test',
  '[',
]);
const GIT_READS = new Set(['diff', 'log', 'show', 'status', 'blame', 'ls-files']);

export interface GuardPlaces {
  /** Where grants, pending approvals, the signing key and the audit log live. */
  stateDir: string;
}

/**
 * Why an action touches the guard itself (guard the guard): two-key's approval store (read or
 * written), an agent's hook configuration or the policy (written), or two-key's own commands
 * that grant approvals or rewrite hooks. Undefined when it does not.
 */
export async function tamperReason(action: Action, places: GuardPlaces): Promise<string | undefined> {
  if (action.kind === 'none') return undefined;
  if (action.kind === 'write') return touches(action.path, places) ?? guardFile(action.path);
  if (action.kind === 'mcp') {
    const text = JSON.stringify(action.args ?? {});
    const store = touches(text, places);
    if (store) return store;
    const file = guardFile(text);
    return file && !/(?:^|_|-)(read|get|list|view|search|show|stat)/i.test(action.tool) ? file : undefined;
  }
  await loadGrammar('bash');
  const parsed = parseShell(action.command);
  const words = parsed.commands.flatMap((c) => [...c.argv, ...c.envAssignments.map((e) => e.value)]).join(' ');
  const seen = `${action.command}\n${words}`;
  const store = touches(seen, places);
  if (store) return store;
  for (const c of parsed.commands) {
    const program = baseName(c.argv[0] ?? '');
    const runsTwoKey = program === 'two-key' || c.argv.slice(0, 3).some((w) => /two-key(?:\/dist)?\/cli\.js$/.test(w));
    if (runsTwoKey && c.argv.some((w) => w === 'approve' || w === 'install'))
      return 'runs two-key approve or hook install, which only a person may run';
  }
  const file = guardFile(seen);
  if (!file) return undefined;
  const onlyReads =
    !/[>]|\btee\b/.test(action.command) &&
    parsed.commands.every((c) => {
      const program = baseName(c.argv[0] ?? '');
      return READERS.has(program) || (program === 'git' && GIT_READS.has(c.argv[1] ?? ''));
    });
  return onlyReads ? undefined : file;
}

function touches(text: string, places: GuardPlaces): string | undefined {
  const markers = [places.stateDir, '.local/state/two-key', 'XDG_STATE_HOME'];
  return markers.some((m) => m && text.includes(m)) ? "touches two-key's approval store" : undefined;
}

function guardFile(text: string): string | undefined {
  const hit = GUARD_FILES.find(([pattern]) => pattern.test(text));
  return hit ? `changes ${hit[1]}, which decide whether this check runs` : undefined;
}
