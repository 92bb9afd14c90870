import { isAbsolute, join } from 'node:path';
import type { Action, HookCall } from '../types.js';
import { json, SILENT, type AdapterContext, type AgentAdapter } from './adapter.js';
import { asObject, editedContent, isMcpName, needString, str, write, type Json } from './shared.js';

/** Modes in which a hook's `ask` shows a person a prompt; bypassPermissions and dontAsk do not. */
const ASKING_MODES = new Set(['default', 'acceptEdits', 'plan', 'auto']);

/**
 * Claude Code PreToolUse (https://code.claude.com/docs/en/hooks): `tool_name` and `tool_input`
 * on stdin; MCP tools are `mcp__<server>__<tool>`. Codex CLI sends the same shape.
 */
export function claudeStyleActions(payload: Json, cwd: string, context: AdapterContext): Action[] {
  const tool = needString(payload.tool_name, 'tool_name');
  const input = asObject(payload.tool_input ?? {}, 'tool_input');
  const path = (p: unknown) => {
    const file = needString(p, `${tool} file_path`);
    return isAbsolute(file) ? file : join(cwd, file);
  };
  if (tool === 'Bash' || tool === 'PowerShell')
    return [{ kind: 'shell', command: needString(input.command, 'tool_input.command') }];
  if (isMcpName(tool)) return [{ kind: 'mcp', tool, args: input }];
  if (tool === 'Write') return [write(path(input.file_path), input.content, tool)];
  if (tool === 'Edit' || tool === 'MultiEdit') {
    const file = path(input.file_path);
    const edits = (tool === 'Edit' ? [input] : Array.isArray(input.edits) ? (input.edits as Json[]) : []).map((e) => ({
      old: str(e.old_string) ?? '',
      new: str(e.new_string) ?? '',
    }));
    return [{ kind: 'write', path: file, content: editedContent(context.readFile(file), edits) }];
  }
  return [{ kind: 'none', tool }];
}

export const claude: AgentAdapter = {
  name: 'claude',
  parse(payload, context): HookCall {
    const p = asObject(payload, 'hook input');
    const cwd = needString(p.cwd, 'cwd');
    const mode = str(p.permission_mode) ?? 'default';
    return {
      actions: claudeStyleActions(p, cwd, context),
      cwd,
      ...(str(p.session_id) ? { session: str(p.session_id)! } : {}),
      canAsk: ASKING_MODES.has(mode),
      event: str(p.hook_event_name) ?? 'PreToolUse',
    };
  },
  reply(outcome) {
    if (outcome.decision === 'pass') return SILENT;
    const out = {
      hookSpecificOutput: {
        hookEventName: 'PreToolUse',
        permissionDecision: outcome.decision,
        permissionDecisionReason: outcome.reason,
      },
    };
    // An ask is JSON with exit 0; a deny also exits 2, which blocks even where the JSON is not read.
    if (outcome.decision === 'ask') return { stdout: json(out), stderr: '', exitCode: 0 };
    return { stdout: json(out), stderr: `${outcome.reason}\n`, exitCode: 2 };
  },
};
