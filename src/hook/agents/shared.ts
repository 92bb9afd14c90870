import { HookInputError, type Action } from '../types.js';

export type Json = Record<string, unknown>;

export function asObject(value: unknown, what: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new HookInputError(`${what} is not a JSON object`);
  return value as Json;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function needString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new HookInputError(`${what} is missing or not a string`);
  return value;
}

/** Arguments some agents send as a JSON string (Cursor's MCP `tool_input`, Copilot's `toolArgs`). */
export function argsObject(value: unknown, what: string): unknown {
  if (typeof value !== 'string') return value ?? {};
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new HookInputError(`${what} is a string that is not JSON`);
  }
}

/** `Edit`-style tools: the text after the edit, when the file can be read; else the new text alone. */
export function editedContent(current: string | undefined, edits: readonly { old: string; new: string }[]): string {
  if (current === undefined) return edits.map((e) => e.new).join('\n');
  let text = current;
  for (const e of edits) text = e.old && text.includes(e.old) ? text.replace(e.old, e.new) : `${text}\n${e.new}`;
  return text;
}

export function write(path: unknown, content: unknown, what: string): Action {
  return { kind: 'write', path: needString(path, `${what} path`), content: typeof content === 'string' ? content : '' };
}

/** `mcp__server__tool`, as Claude Code, Codex and Gemini name MCP tools. */
export function isMcpName(tool: string): boolean {
  return tool.startsWith('mcp__');
}
