/** The agents whose pre-execution hook `two-key hook <agent>` answers. */
export const AGENT_NAMES = ['claude', 'cursor', 'codex', 'gemini', 'copilot', 'windsurf', 'cline', 'amp'] as const;
export type AgentName = (typeof AGENT_NAMES)[number];

/** What the agent is about to do, whatever its JSON looked like. */
export type Action =
  | { kind: 'shell'; command: string }
  | { kind: 'mcp'; tool: string; args: unknown }
  | { kind: 'write'; path: string; content: string }
  /** A tool with nothing two-key judges (a read, a search): no opinion. */
  | { kind: 'none'; tool: string };

/** One hook call, normalised. */
export interface HookCall {
  actions: Action[];
  /** The directory the agent runs in; relative write paths and the policy are found from it. */
  cwd: string;
  session?: string;
  /** Whether the agent would show a person a prompt if the hook asked, in the mode it runs in now. */
  canAsk: boolean;
  /** The agent's event name, for answers whose shape depends on it. */
  event?: string;
}

/** What the hook decided. `pass` is no opinion: the agent's own permission flow goes on. */
export type Outcome =
  | { decision: 'pass' }
  | { decision: 'ask'; reason: string }
  | { decision: 'deny'; reason: string; approvalId?: string };

/** What the hook process prints and how it exits. */
export interface Reply {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Input the adapter could not read: the hook denies, in the agent's blocking form. */
export class HookInputError extends Error {
  override name = 'HookInputError';
}
