import type { AgentName, HookCall, Outcome, Reply } from '../types.js';

export interface AdapterContext {
  /** The hook's own environment: the agent's, which some agents pass on (Amp's AGENT_TOOL_NAME). */
  env: Readonly<Record<string, string | undefined>>;
  /** Reads a file as it is now (for edits, which send only the replaced text); undefined when absent. */
  readFile: (absolutePath: string) => string | undefined;
}

/** One agent's hook contract: how its JSON becomes actions, and how an outcome is said back. */
export interface AgentAdapter {
  name: AgentName;
  /** Throws HookInputError when the input is not what the agent sends. */
  parse(payload: unknown, context: AdapterContext): HookCall;
  /** The answer; `call` is undefined when the input could not be read (fail closed). */
  reply(outcome: Outcome, call: HookCall | undefined): Reply;
}

export const SILENT: Reply = { stdout: '', stderr: '', exitCode: 0 };

export function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
