import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentName } from '../../src/hook/types.js';
import { hook, sandbox, type Answer } from './helpers.js';

/*
 * Each agent's input is shaped as its own documentation shows, and each answer is the exact form
 * that agent documents for "no opinion", "ask a person" and "block". Sources checked:
 * - Claude Code: https://code.claude.com/docs/en/hooks (PreToolUse input: tool_name, tool_input,
 *   cwd, permission_mode; hookSpecificOutput.permissionDecision allow|deny|ask|defer; exit 2
 *   blocks; other exit codes and timeouts let the call proceed).
 * - Codex CLI: https://developers.openai.com/codex/hooks and openai/codex
 *   codex-rs/hooks/src/events/pre_tool_use.rs ("unsupported permissionDecision:ask" fails open;
 *   exit 2 blocks only with a reason on stderr).
 * - Cursor: https://cursor.com/docs/hooks (beforeShellExecution `command`/`cwd`,
 *   beforeMCPExecution `tool_input` as a JSON string; `{"permission":"deny","user_message",
 *   "agent_message"}`; exit 2 blocks; `failClosed`).
 * - Gemini CLI: google-gemini/gemini-cli docs/hooks/reference.md @ 06c0d810 (BeforeTool
 *   `tool_name`/`tool_input`; `decision: "deny"` + `reason`; exit 2 blocks with stderr; other
 *   codes only warn; stdout must be JSON only).
 * - GitHub Copilot: github/docs content/copilot/reference/copilot-cli-reference/cli-hooks-reference.md
 *   and https://docs.github.com/en/copilot/how-tos/copilot-sdk/use-hooks/pre-tool-use
 *   (`toolName`, `toolArgs`; `permissionDecision: "deny"`; "Hook failures (non-zero exit codes or
 *   timeouts) are logged and skipped—they never block agent execution").
 * - Windsurf: https://docs.windsurf.com/windsurf/cascade/hooks (pre_run_command,
 *   `tool_info.command_line`; exit 2 blocks and shows stderr). The input shape is from the docs'
 *   excerpts and agreeing third-party adapters, not read in full.
 * - Cline: https://docs.cline.bot/features/hooks/hook-reference (`preToolUse.toolName`,
 *   `parameters`; `{"cancel": true, "errorMessage"}`).
 * - Amp: https://ampcode.com/manual/appendix#permissions-reference (`delegate`: parameters on
 *   stdin, AGENT_TOOL_NAME; exit 0 allow, 1 ask the operator, 2 or more reject).
 */

const DESTROY = 'terraform destroy -auto-approve';
const STOPPED =
  'two-key: terraform destroy -auto-approve deletes every resource of the configuration without a confirmation prompt (shell/terraform-destroy)';
const APPROVAL =
  ". Needs a person's approval: ask the user to run `two-key approve ID` in their own terminal, then retry the identical action.";
const MALFORMED = 'two-key: unreadable hook input (input is not JSON); denied';
const INTERNAL = 'two-key: internal error: boom; denied (fail closed). Run two-key doctor.';
const LATE = 'two-key: the check took longer than 50 ms; denied (fail closed). Run two-key doctor.';

interface Contract {
  shell: (command: string, cwd: string) => string;
  env?: Record<string, string>;
  pass: Answer;
  /** The answer to a destructive command: a deny, or an ask where the agent can ask. */
  stop: (reason: string) => Answer;
  deny: (reason: string) => Answer;
  stopReason: string;
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const silent: Answer = { stdout: '', stderr: '', exitCode: 0 };
const claudeDeny = (r: string): Answer => ({
  stdout: line({
    hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: r },
  }),
  stderr: `${r}\n`,
  exitCode: 2,
});

const contracts: Record<AgentName, Contract> = {
  claude: {
    shell: (command, cwd) =>
      JSON.stringify({
        session_id: 'abc123',
        transcript_path: '/home/user/.claude/projects/x/transcript.jsonl',
        cwd,
        permission_mode: 'bypassPermissions',
        hook_event_name: 'PreToolUse',
        tool_name: 'Bash',
        tool_input: { command, description: 'run it', timeout: 120000 },
        tool_use_id: 'toolu_01ABC123',
      }),
    pass: silent,
    stop: claudeDeny,
    deny: claudeDeny,
    stopReason: STOPPED + APPROVAL,
  },
  codex: {
    shell: (command, cwd) =>
      JSON.stringify({
        session_id: 's',
        turn_id: 't-1',
        hook_event_name: 'PreToolUse',
        tool_name: 'Bash',
        tool_use_id: 'call-1',
        cwd,
        model: 'gpt-5',
        permission_mode: 'default',
        tool_input: { command },
      }),
    pass: silent,
    stop: claudeDeny,
    deny: claudeDeny,
    stopReason: STOPPED + APPROVAL,
  },
  cursor: {
    shell: (command, cwd) =>
      JSON.stringify({
        hook_event_name: 'beforeShellExecution',
        conversation_id: 'c-1',
        generation_id: 'g-1',
        workspace_roots: [cwd],
        cursor_version: '2.0',
        command,
        cwd,
      }),
    pass: { stdout: '{}\n', stderr: '', exitCode: 0 },
    stop: (r) => ({
      stdout: line({ permission: 'deny', user_message: r, agent_message: r }),
      stderr: `${r}\n`,
      exitCode: 2,
    }),
    deny: (r) => ({
      stdout: line({ permission: 'deny', user_message: r, agent_message: r }),
      stderr: `${r}\n`,
      exitCode: 2,
    }),
    stopReason: STOPPED + APPROVAL,
  },
  gemini: {
    shell: (command, cwd) =>
      JSON.stringify({
        session_id: 's',
        transcript_path: '/tmp/t.json',
        cwd,
        hook_event_name: 'BeforeTool',
        timestamp: '2026-12-07T12:00:00Z',
        tool_name: 'run_shell_command',
        tool_input: { command },
      }),
    pass: { stdout: '{}\n', stderr: '', exitCode: 0 },
    stop: (r) => ({ stdout: line({ decision: 'deny', reason: r, systemMessage: r }), stderr: `${r}\n`, exitCode: 2 }),
    deny: (r) => ({ stdout: line({ decision: 'deny', reason: r, systemMessage: r }), stderr: `${r}\n`, exitCode: 2 }),
    stopReason: STOPPED + APPROVAL,
  },
  copilot: {
    shell: (command, cwd) =>
      JSON.stringify({
        timestamp: 1704614600000,
        cwd,
        toolName: 'bash',
        toolArgs: JSON.stringify({ command, description: 'x' }),
      }),
    pass: silent,
    // Copilot skips a hook that exits non-zero, so every deny is JSON with exit 0.
    stop: (r) => ({
      stdout: line({ permissionDecision: 'deny', permissionDecisionReason: r }),
      stderr: '',
      exitCode: 0,
    }),
    deny: (r) => ({
      stdout: line({ permissionDecision: 'deny', permissionDecisionReason: r }),
      stderr: '',
      exitCode: 0,
    }),
    stopReason: STOPPED + APPROVAL,
  },
  windsurf: {
    shell: (command, cwd) =>
      JSON.stringify({
        agent_action_name: 'pre_run_command',
        trajectory_id: 't',
        execution_id: 'e',
        timestamp: '2026-12-07T12:00:00Z',
        tool_info: { command_line: command, cwd },
      }),
    pass: silent,
    stop: (r) => ({ stdout: '', stderr: `${r}\n`, exitCode: 2 }),
    deny: (r) => ({ stdout: '', stderr: `${r}\n`, exitCode: 2 }),
    stopReason: STOPPED + APPROVAL,
  },
  cline: {
    shell: (command, cwd) =>
      JSON.stringify({
        clineVersion: '3.82.0',
        hookName: 'PreToolUse',
        timestamp: '1736654400000',
        taskId: 't',
        workspaceRoots: [cwd],
        userId: 'u',
        preToolUse: { toolName: 'execute_command', parameters: { command, requires_approval: 'false' } },
      }),
    pass: { stdout: '{"cancel":false}\n', stderr: '', exitCode: 0 },
    stop: (r) => ({ stdout: line({ cancel: true, errorMessage: r }), stderr: '', exitCode: 0 }),
    deny: (r) => ({ stdout: line({ cancel: true, errorMessage: r }), stderr: '', exitCode: 0 }),
    stopReason: STOPPED + APPROVAL,
  },
  amp: {
    shell: (command, cwd) => JSON.stringify({ cmd: command, cwd }),
    env: { AGENT_TOOL_NAME: 'Bash', AMP_THREAD_ID: 'T-1', AGENT: 'amp' },
    pass: silent,
    // Amp asks its operator when the delegate exits 1.
    stop: (r) => ({ stdout: '', stderr: `${r}\n`, exitCode: 1 }),
    deny: (r) => ({ stdout: '', stderr: `${r}\n`, exitCode: 2 }),
    stopReason: `${STOPPED}. Approve only if you meant this to run.`,
  },
};

let box: ReturnType<typeof sandbox>;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.cleanup());

describe.each(Object.keys(contracts) as AgentName[])('two-key hook %s', (agent) => {
  const c = contracts[agent];
  const run = (stdin: string, extra: Parameters<typeof hook>[3] = {}) =>
    hook(agent, stdin, box.stateDir, { env: c.env ?? {}, ...extra });

  it('stops a destructive command in its own blocking or asking form', async () => {
    expect(await run(c.shell(DESTROY, box.repo))).toEqual(c.stop(c.stopReason));
  });

  it('has no opinion on a safe command', async () => {
    expect(await run(c.shell('git status', box.repo))).toEqual(c.pass);
  });

  it('denies input that is not JSON', async () => {
    expect(await run('{"tool_name": "Bash", ')).toEqual(c.deny(MALFORMED));
  });

  it('denies when the check fails inside', async () => {
    const judge = () => Promise.reject(new Error('boom\nstack'));
    expect(await run(c.shell(DESTROY, box.repo), { deps: { judge } })).toEqual(c.deny(INTERNAL));
  });

  it('denies when the check outlives the watchdog', async () => {
    const judge = () => new Promise<never>(() => {});
    expect(await run(c.shell('ls', box.repo), { deps: { judge }, watchdogMs: 50 })).toEqual(c.deny(LATE));
  });
});

describe('Claude Code asks a person where a prompt is shown', () => {
  it('asks in default mode and denies under bypassPermissions and dontAsk', async () => {
    const input = (mode: string) =>
      JSON.stringify({
        session_id: 's',
        cwd: box.repo,
        permission_mode: mode,
        hook_event_name: 'PreToolUse',
        tool_name: 'Bash',
        tool_input: { command: DESTROY },
      });
    const ask = `${STOPPED}. Approve only if you meant this to run.`;
    expect(await hook('claude', input('default'), box.stateDir)).toEqual({
      stdout: line({
        hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'ask', permissionDecisionReason: ask },
      }),
      stderr: '',
      exitCode: 0,
    });
    expect((await hook('claude', input('dontAsk'), box.stateDir)).exitCode).toBe(2);
  });

  it('passes tools with nothing to judge, and judges MCP tools by name', async () => {
    const read = JSON.stringify({
      cwd: box.repo,
      hook_event_name: 'PreToolUse',
      tool_name: 'Read',
      tool_input: { file_path: '/etc/hosts' },
    });
    expect(await hook('claude', read, box.stateDir)).toEqual(silent);
    const mcp = JSON.stringify({
      cwd: box.repo,
      permission_mode: 'bypassPermissions',
      hook_event_name: 'PreToolUse',
      tool_name: 'mcp__railway__volume_delete',
      tool_input: { volumeId: 'vol_1' },
    });
    const answer = await hook('claude', mcp, box.stateDir);
    expect(answer.exitCode).toBe(2);
    expect(answer.stderr).toContain('MCP tool mcp__railway__volume_delete deletes the volume (mcp/destructive-tool)');
  });
});

describe('Cursor MCP calls', () => {
  it('reads tool_input as a JSON string', async () => {
    const input = JSON.stringify({
      hook_event_name: 'beforeMCPExecution',
      conversation_id: 'c',
      workspace_roots: [box.repo],
      tool_name: 'query',
      tool_input: JSON.stringify({ sql: 'TRUNCATE orders' }),
      command: 'npx -y @modelcontextprotocol/server-postgres',
    });
    const answer = await hook('cursor', input, box.stateDir);
    expect(answer.exitCode).toBe(2);
    expect(JSON.parse(answer.stdout)).toMatchObject({ permission: 'deny' });
    expect(answer.stderr).toContain('TRUNCATE orders deletes every row (sql/truncate)');
  });
});

describe('a policy that does not load', () => {
  it('denies, saying why', async () => {
    const policyFor = () => {
      throw new Error('.github/two-key.yml:2:3: unknown key "rule"');
    };
    const input = JSON.stringify({
      cwd: box.repo,
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command: 'ls' },
    });
    expect(await hook('codex', input, box.stateDir, { deps: { policyFor } })).toEqual(
      claudeDeny(
        'two-key: internal error: the policy does not load: .github/two-key.yml:2:3: unknown key "rule"; denied (fail closed). Run two-key doctor.',
      ),
    );
  });
});
