import { isAbsolute, join } from 'node:path';
import { HookInputError, type Action, type HookCall } from '../types.js';
import { SILENT, type AgentAdapter } from './adapter.js';
import { asObject, isMcpName, needString, str, write } from './shared.js';

/**
 * Amp's `delegate` permission action (https://ampcode.com/manual/appendix#permissions-reference):
 * the tool's parameters on stdin (Bash: `{"cmd": ...}`), the tool's name in AGENT_TOOL_NAME; the
 * program's exit status decides: 0 allow, 1 ask the operator, 2 or more reject with stderr shown
 * to the model. Delegation replaces Amp's own rule for the call, so 0 is the only "no objection".
 */
export const amp: AgentAdapter = {
  name: 'amp',
  parse(payload, context): HookCall {
    const params = asObject(payload, 'tool parameters');
    const tool = context.env.AGENT_TOOL_NAME;
    if (!tool) throw new HookInputError('AGENT_TOOL_NAME is not set: run by Amp as a delegate');
    const cwd = str(params.cwd) ?? context.env.PWD ?? process.cwd();
    const path = (v: unknown) => {
      const file = needString(v, `${tool} path`);
      return isAbsolute(file) ? file : join(cwd, file);
    };
    let action: Action;
    if (tool === 'Bash') action = { kind: 'shell', command: needString(params.cmd, 'cmd') };
    else if (isMcpName(tool)) action = { kind: 'mcp', tool, args: params };
    else if (tool === 'create_file') action = write(path(params.path), params.content, tool);
    else if (tool === 'edit_file') action = write(path(params.path), params.new_str, tool);
    else action = { kind: 'none', tool };
    const thread = context.env.AMP_THREAD_ID;
    return { actions: [action], cwd, ...(thread ? { session: thread } : {}), canAsk: true, event: tool };
  },
  reply(outcome) {
    if (outcome.decision === 'pass') return SILENT;
    return { stdout: '', stderr: `${outcome.reason}\n`, exitCode: outcome.decision === 'ask' ? 1 : 2 };
  },
};
