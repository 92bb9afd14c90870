import { join } from 'node:path';
import type { AgentName } from '../hook/types.js';

/** The hook timeout written into each configuration, in seconds; the hook's watchdog is far below it. */
export const HOOK_TIMEOUT_S = 10;

export interface HookConfigFile {
  /** Absolute path of the file to write. */
  path: string;
  /** The whole file after the merge. */
  text: string;
  /** Whether the file must be executable (Cline runs the hook file itself). */
  executable?: boolean;
  /** Whether the file already held this hook: nothing changes. */
  unchanged: boolean;
}

type JsonObject = Record<string, unknown>;

function parseExisting(text: string | undefined, path: string): JsonObject {
  if (text === undefined || !text.trim()) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as JsonObject;
  } catch {
    // fall through
  }
  throw new Error(`${path} is not a JSON object; fix or move it, then run hook install again`);
}

function listAt(object: JsonObject, key: string): unknown[] {
  const value = object[key];
  if (value === undefined) return (object[key] = []) as unknown[];
  if (!Array.isArray(value)) throw new Error(`"${key}" is not a list`);
  return value;
}

function objectAt(object: JsonObject, key: string): JsonObject {
  const value = object[key];
  if (value === undefined) return (object[key] = {}) as JsonObject;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`"${key}" is not an object`);
  return value as JsonObject;
}

/** Whether a configuration entry already runs this hook command anywhere inside it. */
function mentions(entry: unknown, command: string): boolean {
  return JSON.stringify(entry ?? null).includes(JSON.stringify(command).slice(1, -1));
}

/** Adds `entry` to `list` unless an entry there already runs the command; returns whether it added. */
function addOnce(list: unknown[], entry: unknown, command: string): boolean {
  if (list.some((e) => mentions(e, command))) return false;
  list.push(entry);
  return true;
}

/**
 * Each agent's hook configuration with two-key's hook merged in, idempotently: the agent's other
 * hooks are kept, and a second install changes nothing. Paths and shapes are the ones the
 * agents document (see README "The runtime door").
 */
export function hookConfig(
  agent: AgentName,
  where: { root: string; home: string },
  command: string,
  read: (path: string) => string | undefined,
): HookConfigFile {
  const json = (path: string, merge: (config: JsonObject) => boolean): HookConfigFile => {
    const config = parseExisting(read(path), path);
    const changed = merge(config);
    return { path, text: `${JSON.stringify(config, null, 2)}\n`, unchanged: !changed };
  };
  switch (agent) {
    case 'claude':
      return json(join(where.root, '.claude', 'settings.json'), (c) =>
        addOnce(
          listAt(objectAt(c, 'hooks'), 'PreToolUse'),
          {
            matcher: 'Bash|PowerShell|Write|Edit|MultiEdit|mcp__.*',
            hooks: [{ type: 'command', command, timeout: HOOK_TIMEOUT_S, statusMessage: 'two-key policy check' }],
          },
          command,
        ),
      );
    case 'codex':
      return json(join(where.root, '.codex', 'hooks.json'), (c) =>
        addOnce(
          listAt(objectAt(c, 'hooks'), 'PreToolUse'),
          { matcher: 'Bash|apply_patch|mcp__.*', hooks: [{ type: 'command', command, timeout: HOOK_TIMEOUT_S }] },
          command,
        ),
      );
    case 'cursor':
      return json(join(where.root, '.cursor', 'hooks.json'), (c) => {
        c.version ??= 1;
        const hooks = objectAt(c, 'hooks');
        const entry = { command, timeout: HOOK_TIMEOUT_S, failClosed: true };
        const a = addOnce(listAt(hooks, 'beforeShellExecution'), entry, command);
        const b = addOnce(listAt(hooks, 'beforeMCPExecution'), entry, command);
        const d = addOnce(listAt(hooks, 'preToolUse'), { ...entry, matcher: 'Write|Edit' }, command);
        return a || b || d;
      });
    case 'gemini':
      return json(join(where.root, '.gemini', 'settings.json'), (c) =>
        addOnce(
          listAt(objectAt(c, 'hooks'), 'BeforeTool'),
          {
            matcher: 'run_shell_command|write_file|replace|mcp__.*',
            hooks: [{ type: 'command', name: 'two-key', command, timeout: HOOK_TIMEOUT_S * 1000 }],
          },
          command,
        ),
      );
    case 'copilot':
      return json(join(where.root, '.github', 'hooks', 'two-key.json'), (c) => {
        c.version ??= 1;
        return addOnce(
          listAt(objectAt(c, 'hooks'), 'preToolUse'),
          { type: 'command', bash: command, powershell: command, timeoutSec: HOOK_TIMEOUT_S },
          command,
        );
      });
    case 'windsurf':
      return json(join(where.root, '.windsurf', 'hooks.json'), (c) => {
        const hooks = objectAt(c, 'hooks');
        const entry = { command, show_output: true };
        const a = addOnce(listAt(hooks, 'pre_run_command'), entry, command);
        const b = addOnce(listAt(hooks, 'pre_mcp_tool_use'), entry, command);
        const d = addOnce(listAt(hooks, 'pre_write_code'), entry, command);
        return a || b || d;
      });
    case 'amp':
      // Rules are tried in order and the first match wins, so two-key's delegations go first.
      return json(join(where.home, '.config', 'amp', 'settings.json'), (c) => {
        const rules = listAt(c, 'amp.permissions');
        if (rules.some((r) => mentions(r, command))) return false;
        rules.unshift(
          { tool: 'Bash', action: 'delegate', to: command },
          { tool: 'mcp__*', action: 'delegate', to: command },
          { tool: 'create_file', action: 'delegate', to: command },
          { tool: 'edit_file', action: 'delegate', to: command },
        );
        return true;
      });
    case 'cline': {
      const path = join(where.root, '.clinerules', 'hooks', 'PreToolUse');
      const text = `#!/bin/sh\n# two-key: the runtime door (two-key hook install cline)\nexec ${command}\n`;
      const existing = read(path);
      if (existing !== undefined && existing !== text) {
        if (existing.includes(command)) return { path, text: existing, executable: true, unchanged: true };
        throw new Error(`${path} already holds another hook; add "${command}" to it by hand`);
      }
      return { path, text, executable: true, unchanged: existing === text };
    }
  }
}
