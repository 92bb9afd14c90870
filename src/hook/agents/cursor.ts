import { isAbsolute, join } from 'node:path';
import { HookInputError, type Action, type HookCall } from '../types.js';
import { json, type AgentAdapter } from './adapter.js';
import { argsObject, asObject, needString, str, write } from './shared.js';

/**
 * Cursor hooks (https://cursor.com/docs/hooks): beforeShellExecution gives `command` and `cwd`,
 * beforeMCPExecution `tool_name` and `tool_input` as a JSON string, preToolUse `tool_name` and a
 * `tool_input` object. Cursor's `ask` is reported to be overridden by its allow-list, so a stop is
 * a deny; `{}` is the answer with no opinion (valid JSON under `failClosed`, and not an allow).
 */
export const cursor: AgentAdapter = {
  name: 'cursor',
  parse(payload): HookCall {
    const p = asObject(payload, 'hook input');
    const event = needString(p.hook_event_name, 'hook_event_name');
    const roots = Array.isArray(p.workspace_roots) ? p.workspace_roots.filter((r) => typeof r === 'string') : [];
    const cwd = str(p.cwd) ?? (roots[0] as string | undefined) ?? needString(undefined, 'cwd');
    let actions: Action[];
    if (event === 'beforeShellExecution') actions = [{ kind: 'shell', command: needString(p.command, 'command') }];
    else if (event === 'beforeMCPExecution')
      actions = [
        { kind: 'mcp', tool: needString(p.tool_name, 'tool_name'), args: argsObject(p.tool_input, 'tool_input') },
      ];
    else if (event === 'preToolUse') actions = [toolAction(p, cwd)];
    else throw new HookInputError(`unexpected hook_event_name ${JSON.stringify(event).slice(0, 60)}`);
    return {
      actions,
      cwd,
      ...(str(p.conversation_id) ? { session: str(p.conversation_id)! } : {}),
      canAsk: false,
      event,
    };
  },
  reply(outcome) {
    if (outcome.decision === 'pass') return { stdout: json({}), stderr: '', exitCode: 0 };
    const out = { permission: 'deny', user_message: outcome.reason, agent_message: outcome.reason };
    return { stdout: json(out), stderr: `${outcome.reason}\n`, exitCode: 2 };
  },
};

function toolAction(p: Record<string, unknown>, cwd: string): Action {
  const tool = needString(p.tool_name, 'tool_name');
  const input = asObject(argsObject(p.tool_input, 'tool_input') ?? {}, 'tool_input');
  if (tool === 'Shell') return { kind: 'shell', command: needString(input.command, 'tool_input.command') };
  if (tool.startsWith('MCP:')) return { kind: 'mcp', tool: tool.slice(4), args: input };
  if (tool === 'Write' || tool === 'Edit') {
    const file = needString(input.file_path ?? input.path, 'tool_input.file_path');
    return write(isAbsolute(file) ? file : join(cwd, file), input.content ?? input.new_string ?? input.contents, tool);
  }
  return { kind: 'none', tool };
}
