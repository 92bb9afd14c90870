import { isAbsolute, join } from 'node:path';
import type { Action, HookCall } from '../types.js';
import { json, SILENT, type AdapterContext, type AgentAdapter } from './adapter.js';
import { claudeStyleActions } from './claude.js';
import { argsObject, asObject, editedContent, needString, str, write } from './shared.js';

/** Copilot's own tools that neither run nor write anything (docs: "Tool names for hook matching"). */
const READ_TOOLS = new Set(['view', 'glob', 'grep', 'web_fetch', 'task', 'report_intent', 'think']);

/**
 * GitHub Copilot CLI and coding agent preToolUse (github/docs
 * content/copilot/reference/copilot-cli-reference/cli-hooks-reference.md): `toolName` and
 * `toolArgs` (a JSON string in the hooks-configuration page, an object in the SDK), or the
 * VS Code-compatible `tool_name`/`tool_input`. "Hook failures (non-zero exit codes or timeouts)
 * are logged and skipped—they never block", so every deny, including failing closed, is
 * `{"permissionDecision":"deny"}` on stdout with exit 0.
 */
export const copilot: AgentAdapter = {
  name: 'copilot',
  parse(payload, context): HookCall {
    const p = asObject(payload, 'hook input');
    const cwd = needString(p.cwd, 'cwd');
    const actions = 'toolName' in p ? [copilotAction(p, cwd, context)] : claudeStyleActions(p, cwd, context);
    return {
      actions,
      cwd,
      ...(str(p.sessionId) ? { session: str(p.sessionId)! } : {}),
      canAsk: false,
      event: 'preToolUse',
    };
  },
  reply(outcome) {
    if (outcome.decision === 'pass') return SILENT;
    return {
      stdout: json({ permissionDecision: 'deny', permissionDecisionReason: outcome.reason }),
      stderr: '',
      exitCode: 0,
    };
  },
};

function copilotAction(p: Record<string, unknown>, cwd: string, context: AdapterContext): Action {
  const tool = needString(p.toolName, 'toolName');
  const args = asObject(argsObject(p.toolArgs, 'toolArgs') ?? {}, 'toolArgs');
  const path = (v: unknown) => {
    const file = needString(v, `${tool} path`);
    return isAbsolute(file) ? file : join(cwd, file);
  };
  if (tool === 'bash' || tool === 'powershell')
    return { kind: 'shell', command: needString(args.command, 'toolArgs.command') };
  if (tool === 'create') return write(path(args.path), args.file_text ?? args.content, tool);
  if (tool === 'edit') {
    const file = path(args.path);
    return {
      kind: 'write',
      path: file,
      content: editedContent(context.readFile(file), [{ old: str(args.old_str) ?? '', new: str(args.new_str) ?? '' }]),
    };
  }
  if (READ_TOOLS.has(tool)) return { kind: 'none', tool };
  // Any other tool comes from an MCP server: judged by its name and arguments.
  return { kind: 'mcp', tool, args };
}
