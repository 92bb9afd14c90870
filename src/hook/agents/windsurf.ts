import { isAbsolute, join } from 'node:path';
import { HookInputError, type Action, type HookCall } from '../types.js';
import { type AdapterContext, type AgentAdapter, SILENT } from './adapter.js';
import { argsObject, asObject, editedContent, needString, str, type Json } from './shared.js';

/**
 * Windsurf Cascade hooks (https://docs.windsurf.com/windsurf/cascade/hooks): `agent_action_name`
 * pre_run_command with `tool_info.command_line`, pre_mcp_tool_use, pre_write_code. A pre-hook
 * blocks with exit code 2 and shows stderr; there is no ask and no JSON answer.
 */
export const windsurf: AgentAdapter = {
  name: 'windsurf',
  parse(payload, context): HookCall {
    const p = asObject(payload, 'hook input');
    const event = needString(p.agent_action_name, 'agent_action_name');
    const info = asObject(p.tool_info ?? {}, 'tool_info');
    const cwd = str(info.cwd) ?? str(p.cwd) ?? context.env.PWD ?? process.cwd();
    let action: Action;
    if (event === 'pre_run_command')
      action = { kind: 'shell', command: needString(info.command_line, 'tool_info.command_line') };
    else if (event === 'pre_mcp_tool_use')
      action = {
        kind: 'mcp',
        tool: `${str(info.mcp_server_name) ?? 'mcp'}__${needString(info.mcp_tool_name, 'tool_info.mcp_tool_name')}`,
        args: argsObject(info.mcp_tool_arguments, 'tool_info.mcp_tool_arguments'),
      };
    else if (event === 'pre_write_code') action = writeAction(info, cwd, context);
    else if (event.startsWith('pre_')) action = { kind: 'none', tool: event };
    else throw new HookInputError(`unexpected agent_action_name ${JSON.stringify(event).slice(0, 60)}`);
    return {
      actions: [action],
      cwd,
      ...(str(p.trajectory_id) ? { session: str(p.trajectory_id)! } : {}),
      canAsk: false,
      event,
    };
  },
  reply(outcome) {
    if (outcome.decision === 'pass') return SILENT;
    return { stdout: '', stderr: `${outcome.reason}\n`, exitCode: 2 };
  },
};

function writeAction(info: Json, cwd: string, context: AdapterContext): Action {
  const file = needString(info.file_path, 'tool_info.file_path');
  const path = isAbsolute(file) ? file : join(cwd, file);
  const edits = (Array.isArray(info.edits) ? (info.edits as Json[]) : []).map((e) => ({
    old: str(e.old_string) ?? '',
    new: str(e.new_string) ?? '',
  }));
  return { kind: 'write', path, content: editedContent(context.readFile(path), edits) };
}
