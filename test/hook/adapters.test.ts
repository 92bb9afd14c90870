import { describe, expect, it } from 'vitest';
import { adapters } from '../../src/hook/agents/index.js';
import type { AdapterContext } from '../../src/hook/agents/adapter.js';
import { HookInputError } from '../../src/hook/types.js';

// Write and MCP shapes from the same documentation as agents.test.ts; only the parse is tested here.
const context: AdapterContext = {
  env: {},
  readFile: (path) =>
    path === '/p/db/schema.sql' ? 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n' : undefined,
};
const actions = (agent: keyof typeof adapters, payload: unknown, env: Record<string, string> = {}) =>
  adapters[agent].parse(payload, { ...context, env }).actions;

describe('file writes as each agent sends them', () => {
  it('Claude Code Edit applies the replacement to the file as it is', () => {
    const payload = {
      cwd: '/p',
      tool_name: 'Edit',
      tool_input: {
        file_path: '/p/db/schema.sql',
        old_string: 'CREATE TABLE b (id int);',
        new_string: 'DROP TABLE b;',
      },
    };
    expect(actions('claude', payload)).toEqual([
      { kind: 'write', path: '/p/db/schema.sql', content: 'CREATE TABLE a (id int);\nDROP TABLE b;\n' },
    ]);
  });

  it('Codex apply_patch: the lines each file section adds', () => {
    const patch = [
      '*** Begin Patch',
      '*** Add File: db/drop.sql',
      '+DROP TABLE users;',
      '*** Update File: src/a.ts',
      '@@',
      '-old',
      '+new',
      '*** End Patch',
    ].join('\n');
    expect(actions('codex', { cwd: '/p', tool_name: 'apply_patch', tool_input: { command: patch } })).toEqual([
      { kind: 'write', path: '/p/db/drop.sql', content: 'DROP TABLE users;\n' },
      { kind: 'write', path: '/p/src/a.ts', content: 'new\n' },
    ]);
  });

  it('Gemini write_file, Copilot create, Cline write_to_file and replace_in_file, Amp create_file', () => {
    expect(
      actions('gemini', {
        cwd: '/p',
        tool_name: 'write_file',
        tool_input: { file_path: 'x.sql', content: 'DROP TABLE t;' },
      }),
    ).toEqual([{ kind: 'write', path: '/p/x.sql', content: 'DROP TABLE t;' }]);
    expect(
      actions('copilot', {
        cwd: '/p',
        toolName: 'create',
        toolArgs: JSON.stringify({ path: 'x.sql', file_text: 'DROP TABLE t;' }),
      }),
    ).toEqual([{ kind: 'write', path: '/p/x.sql', content: 'DROP TABLE t;' }]);
    const diff = ['------- SEARCH', 'SELECT 1;', '=======', 'DROP TABLE t;', '+++++++ REPLACE'].join('\n');
    expect(
      actions('cline', {
        workspaceRoots: ['/p'],
        preToolUse: { toolName: 'replace_in_file', parameters: { path: 'x.sql', diff } },
      }),
    ).toEqual([{ kind: 'write', path: '/p/x.sql', content: 'DROP TABLE t;' }]);
    expect(actions('amp', { path: '/p/x.sql', content: 'DROP TABLE t;' }, { AGENT_TOOL_NAME: 'create_file' })).toEqual([
      { kind: 'write', path: '/p/x.sql', content: 'DROP TABLE t;' },
    ]);
  });

  it('Windsurf pre_write_code and MCP calls', () => {
    expect(
      actions('windsurf', {
        agent_action_name: 'pre_write_code',
        tool_info: {
          file_path: '/p/db/schema.sql',
          edits: [{ old_string: 'CREATE TABLE a (id int);', new_string: 'DROP TABLE a;' }],
        },
      }),
    ).toEqual([{ kind: 'write', path: '/p/db/schema.sql', content: 'DROP TABLE a;\nCREATE TABLE b (id int);\n' }]);
    expect(
      actions('cline', {
        workspaceRoots: ['/p'],
        preToolUse: {
          toolName: 'use_mcp_tool',
          parameters: { server_name: 'pg', tool_name: 'query', arguments: '{"sql":"DROP TABLE t"}' },
        },
      }),
    ).toEqual([{ kind: 'mcp', tool: 'pg__query', args: { sql: 'DROP TABLE t' } }]);
  });
});

describe('input that is not what the agent sends', () => {
  it('is an input error, which the hook denies', () => {
    expect(() => actions('claude', { cwd: '/p', tool_name: 'Bash', tool_input: {} })).toThrow(HookInputError);
    expect(() => actions('cursor', { hook_event_name: 'somethingElse', cwd: '/p' })).toThrow(HookInputError);
    expect(() => actions('copilot', { cwd: '/p', toolName: 'bash', toolArgs: '{not json' })).toThrow(HookInputError);
    expect(() => actions('amp', { cmd: 'ls' })).toThrow('AGENT_TOOL_NAME is not set: run by Amp as a delegate');
    expect(() => actions('gemini', [])).toThrow(HookInputError);
  });
});
