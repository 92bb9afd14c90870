import type { AgentName } from './types.js';

/**
 * A hook input shaped as the agent sends it for a shell command, for `two-key doctor` to check
 * that a configured hook answers. Returns the stdin text and the environment the agent adds.
 */
export function probeInput(
  agent: AgentName,
  command: string,
  cwd: string,
): { stdin: string; env: Record<string, string> } {
  switch (agent) {
    case 'claude':
    case 'codex':
      return {
        stdin: JSON.stringify({
          session_id: 'doctor',
          cwd,
          hook_event_name: 'PreToolUse',
          permission_mode: 'bypassPermissions',
          tool_name: 'Bash',
          tool_input: { command },
        }),
        env: {},
      };
    case 'cursor':
      return {
        stdin: JSON.stringify({
          hook_event_name: 'beforeShellExecution',
          conversation_id: 'doctor',
          command,
          cwd,
          workspace_roots: [cwd],
        }),
        env: {},
      };
    case 'gemini':
      return {
        stdin: JSON.stringify({
          session_id: 'doctor',
          cwd,
          hook_event_name: 'BeforeTool',
          tool_name: 'run_shell_command',
          tool_input: { command },
        }),
        env: {},
      };
    case 'copilot':
      return {
        stdin: JSON.stringify({ timestamp: 0, cwd, toolName: 'bash', toolArgs: JSON.stringify({ command }) }),
        env: {},
      };
    case 'windsurf':
      return {
        stdin: JSON.stringify({
          agent_action_name: 'pre_run_command',
          trajectory_id: 'doctor',
          tool_info: { command_line: command, cwd },
        }),
        env: {},
      };
    case 'cline':
      return {
        stdin: JSON.stringify({
          hookName: 'PreToolUse',
          taskId: 'doctor',
          workspaceRoots: [cwd],
          preToolUse: { toolName: 'execute_command', parameters: { command } },
        }),
        env: {},
      };
    case 'amp':
      return { stdin: JSON.stringify({ cmd: command, cwd }), env: { AGENT_TOOL_NAME: 'Bash', AGENT: 'amp' } };
  }
}
