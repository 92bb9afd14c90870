import { isAbsolute, join } from 'node:path';
import type { Action, HookCall } from '../types.js';
import { json, type AgentAdapter } from './adapter.js';
import { argsObject, asObject, needString, str, write } from './shared.js';

/**
 * Cline PreToolUse (https://docs.cline.bot/features/hooks/hook-reference): an executable named
 * PreToolUse gets `preToolUse.toolName` and `preToolUse.parameters`; it answers
 * `{"cancel": true, "errorMessage": ...}` to stop the tool. Cline cannot be asked from a hook.
 */
export const cline: AgentAdapter = {
  name: 'cline',
  parse(payload): HookCall {
    const p = asObject(payload, 'hook input');
    const pre = asObject(p.preToolUse, 'preToolUse');
    const tool = needString(pre.toolName, 'preToolUse.toolName');
    const params = asObject(pre.parameters ?? {}, 'preToolUse.parameters');
    const roots = Array.isArray(p.workspaceRoots) ? p.workspaceRoots.filter((r) => typeof r === 'string') : [];
    const cwd = (roots[0] as string | undefined) ?? needString(p.cwd, 'workspaceRoots');
    const path = (v: unknown) => {
      const file = needString(v, `${tool} path`);
      return isAbsolute(file) ? file : join(cwd, file);
    };
    let action: Action;
    if (tool === 'execute_command')
      action = { kind: 'shell', command: needString(params.command, 'parameters.command') };
    else if (tool === 'use_mcp_tool')
      action = {
        kind: 'mcp',
        tool: `${str(params.server_name) ?? 'mcp'}__${needString(params.tool_name, 'parameters.tool_name')}`,
        args: argsObject(params.arguments, 'parameters.arguments'),
      };
    else if (tool === 'write_to_file') action = write(path(params.path), params.content, tool);
    else if (tool === 'replace_in_file') action = write(path(params.path), replacedText(str(params.diff) ?? ''), tool);
    else action = { kind: 'none', tool };
    return {
      actions: [action],
      cwd,
      ...(str(p.taskId) ? { session: str(p.taskId)! } : {}),
      canAsk: false,
      event: 'PreToolUse',
    };
  },
  reply(outcome) {
    if (outcome.decision === 'pass') return { stdout: json({ cancel: false }), stderr: '', exitCode: 0 };
    return { stdout: json({ cancel: true, errorMessage: outcome.reason }), stderr: '', exitCode: 0 };
  },
};

/** The REPLACE halves of Cline's SEARCH/REPLACE blocks: the text the edit writes. */
function replacedText(diff: string): string {
  const out: string[] = [];
  let inReplace = false;
  for (const line of diff.split('\n')) {
    if (/^=======\s*$/.test(line)) inReplace = true;
    else if (/^>>>>>>>? REPLACE/.test(line) || /^\+\+\+\+\+\+\+ REPLACE/.test(line)) inReplace = false;
    else if (/^<<<<<<<? SEARCH/.test(line) || /^------- SEARCH/.test(line)) inReplace = false;
    else if (inReplace) out.push(line);
  }
  return out.join('\n');
}
