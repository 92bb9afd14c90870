import { isAbsolute, join } from 'node:path';
import type { Action, HookCall } from '../types.js';
import { json, SILENT, type AgentAdapter } from './adapter.js';
import { claudeStyleActions } from './claude.js';
import { asObject, needString, str } from './shared.js';

/**
 * Codex CLI PreToolUse (openai/codex codex-rs/hooks, developers.openai.com/codex/hooks): Claude
 * Code's input shape, `tool_name` Bash, apply_patch or mcp__server__tool. Codex has no ask: a
 * `permissionDecision: "ask"` is "unsupported" and the call goes on, so every stop is a deny, and
 * exit 2 only blocks with a reason on stderr.
 */
export const codex: AgentAdapter = {
  name: 'codex',
  parse(payload, context): HookCall {
    const p = asObject(payload, 'hook input');
    const cwd = needString(p.cwd, 'cwd');
    const actions =
      p.tool_name === 'apply_patch'
        ? patchActions(asObject(p.tool_input ?? {}, 'tool_input'), cwd)
        : claudeStyleActions(p, cwd, context);
    return {
      actions,
      cwd,
      ...(str(p.session_id) ? { session: str(p.session_id)! } : {}),
      canAsk: false,
      event: 'PreToolUse',
    };
  },
  reply(outcome) {
    if (outcome.decision === 'pass') return SILENT;
    const out = {
      hookSpecificOutput: {
        hookEventName: 'PreToolUse',
        permissionDecision: 'deny',
        permissionDecisionReason: outcome.reason,
      },
    };
    return { stdout: json(out), stderr: `${outcome.reason}\n`, exitCode: 2 };
  },
};

/** `*** Add File: PATH` / `*** Update File: PATH` sections of an apply_patch body: the lines they add. */
function patchActions(input: Record<string, unknown>, cwd: string): Action[] {
  const patch = str(input.command) ?? str(input.patch) ?? str(input.input) ?? '';
  const actions: Action[] = [];
  let current: { path: string; lines: string[] } | undefined;
  const flush = () => {
    if (current) actions.push({ kind: 'write', path: current.path, content: current.lines.join('\n') + '\n' });
    current = undefined;
  };
  for (const line of patch.split('\n')) {
    const file = /^\*\*\* (?:Add|Update|Delete) File: (.+)$/.exec(line);
    if (file) {
      flush();
      const path = file[1]!.trim();
      current = { path: isAbsolute(path) ? path : join(cwd, path), lines: [] };
    } else if (/^\*\*\* Move to: (.+)$/.test(line) && current) {
      const to = line.slice('*** Move to: '.length).trim();
      current.path = isAbsolute(to) ? to : join(cwd, to);
    } else if (current && line.startsWith('+')) {
      current.lines.push(line.slice(1));
    }
  }
  flush();
  return actions.length ? actions : [{ kind: 'none', tool: 'apply_patch' }];
}
