import { isAbsolute, join } from 'node:path';
import type { Action, HookCall } from '../types.js';
import { json, type AgentAdapter } from './adapter.js';
import { asObject, editedContent, isMcpName, needString, str, write } from './shared.js';

/**
 * Gemini CLI BeforeTool (google-gemini/gemini-cli docs/hooks/reference.md): `tool_name`
 * (run_shell_command, write_file, replace, mcp__server__tool) and `tool_input`; stdout must be
 * JSON only. `decision: "deny"` with a `reason` blocks; exit 2 blocks with stderr as the reason;
 * other exit codes only warn. Its `ask` is undocumented, so a stop is a deny.
 */
export const gemini: AgentAdapter = {
  name: 'gemini',
  parse(payload, context): HookCall {
    const p = asObject(payload, 'hook input');
    const cwd = needString(p.cwd, 'cwd');
    const tool = needString(p.tool_name, 'tool_name');
    const input = asObject(p.tool_input ?? {}, 'tool_input');
    const path = (v: unknown) => {
      const file = needString(v, `${tool} file_path`);
      return isAbsolute(file) ? file : join(cwd, file);
    };
    let action: Action;
    if (tool === 'run_shell_command')
      action = { kind: 'shell', command: needString(input.command, 'tool_input.command') };
    else if (isMcpName(tool)) action = { kind: 'mcp', tool, args: input };
    else if (tool === 'write_file') action = write(path(input.file_path), input.content, tool);
    else if (tool === 'replace') {
      const file = path(input.file_path);
      const edit = { old: str(input.old_string) ?? '', new: str(input.new_string) ?? '' };
      action = { kind: 'write', path: file, content: editedContent(context.readFile(file), [edit]) };
    } else action = { kind: 'none', tool };
    return {
      actions: [action],
      cwd,
      ...(str(p.session_id) ? { session: str(p.session_id)! } : {}),
      canAsk: false,
      event: 'BeforeTool',
    };
  },
  reply(outcome) {
    if (outcome.decision === 'pass') return { stdout: json({}), stderr: '', exitCode: 0 };
    const out = { decision: 'deny', reason: outcome.reason, systemMessage: outcome.reason };
    return { stdout: json(out), stderr: `${outcome.reason}\n`, exitCode: 2 };
  },
};
