import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { install } from '../../src/cli/install.js';

describe('parsing the runtime commands', () => {
  it('reads hook, hook install, approve and doctor', () => {
    expect(parseArgs(['hook', 'claude'])).toEqual({ command: 'hook', agent: 'claude' });
    expect(parseArgs(['hook', 'install', 'cursor', '--dry-run'])).toEqual({
      command: 'hook-install',
      agent: 'cursor',
      dryRun: true,
    });
    expect(parseArgs(['hook', 'install', 'amp'])).toEqual({ command: 'hook-install', agent: 'amp', dryRun: false });
    expect(parseArgs(['approve', 'K7QF2M9X'])).toEqual({ command: 'approve', id: 'K7QF2M9X' });
    expect(parseArgs(['doctor'])).toEqual({ command: 'doctor' });
  });

  it('refuses unknown agents and stray arguments', () => {
    expect(() => parseArgs(['hook', 'vim'])).toThrow(UsageError);
    expect(() => parseArgs(['hook', 'install', 'claude', '--force'])).toThrow(
      'unknown option "--force" (hook install takes --dry-run)',
    );
    expect(() => parseArgs(['approve'])).toThrow('approve needs one approval id, as in: two-key approve K7QF2M9X');
    expect(() => parseArgs(['doctor', 'x'])).toThrow('doctor takes no arguments');
  });
});

describe('two-key hook install', () => {
  let dir: string;
  const out = { text: '' };
  const io = { stdout: (t: string) => (out.text += t), stderr: () => {}, isTty: false };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'two-key-install-'));
    mkdirSync(join(dir, '.git'));
    out.text = '';
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const run = (agent: Parameters<typeof install>[0], dryRun = false) =>
    install(agent, io, { dir, home: join(dir, 'home'), dryRun, command: 'two-key' });

  it('merges into Claude Code settings, keeping other hooks, and changes nothing the second time', () => {
    const settings = join(dir, '.claude', 'settings.json');
    mkdirSync(join(dir, '.claude'));
    const other = { matcher: 'Write', hooks: [{ type: 'command', command: 'prettier --write' }] };
    writeFileSync(settings, JSON.stringify({ permissions: { deny: ['Bash(rm:*)'] }, hooks: { PreToolUse: [other] } }));
    expect(run('claude')).toBe(0);
    const written = readFileSync(settings, 'utf8');
    expect(JSON.parse(written)).toEqual({
      permissions: { deny: ['Bash(rm:*)'] },
      hooks: {
        PreToolUse: [
          other,
          {
            matcher: 'Bash|PowerShell|Write|Edit|MultiEdit|mcp__.*',
            hooks: [
              { type: 'command', command: 'two-key hook claude', timeout: 10, statusMessage: 'two-key policy check' },
            ],
          },
        ],
      },
    });
    expect(run('claude')).toBe(0);
    expect(readFileSync(settings, 'utf8')).toBe(written);
    expect(out.text).toContain(`two-key hook for claude is already in ${settings}`);
  });

  it('prints without writing under --dry-run', () => {
    expect(run('cursor', true)).toBe(0);
    expect(out.text).toBe(
      `# ${join(dir, '.cursor', 'hooks.json')}\n${JSON.stringify(
        {
          version: 1,
          hooks: {
            beforeShellExecution: [{ command: 'two-key hook cursor', timeout: 10, failClosed: true }],
            beforeMCPExecution: [{ command: 'two-key hook cursor', timeout: 10, failClosed: true }],
            preToolUse: [{ command: 'two-key hook cursor', timeout: 10, failClosed: true, matcher: 'Write|Edit' }],
          },
        },
        null,
        2,
      )}\n`,
    );
    expect(() => statSync(join(dir, '.cursor'))).toThrow();
  });

  it("writes each agent's own file and shape", () => {
    for (const agent of ['codex', 'gemini', 'copilot', 'windsurf', 'amp', 'cline'] as const) expect(run(agent)).toBe(0);
    const read = (...p: string[]) => readFileSync(join(dir, ...p), 'utf8');
    expect(JSON.parse(read('.gemini', 'settings.json')).hooks.BeforeTool[0].hooks[0]).toEqual({
      type: 'command',
      name: 'two-key',
      command: 'two-key hook gemini',
      timeout: 10000,
    });
    expect(JSON.parse(read('.github', 'hooks', 'two-key.json'))).toEqual({
      version: 1,
      hooks: {
        preToolUse: [
          { type: 'command', bash: 'two-key hook copilot', powershell: 'two-key hook copilot', timeoutSec: 10 },
        ],
      },
    });
    expect(JSON.parse(read('.codex', 'hooks.json')).hooks.PreToolUse[0].matcher).toBe('Bash|apply_patch|mcp__.*');
    expect(Object.keys(JSON.parse(read('.windsurf', 'hooks.json')).hooks)).toEqual([
      'pre_run_command',
      'pre_mcp_tool_use',
      'pre_write_code',
    ]);
    expect(JSON.parse(read('home', '.config', 'amp', 'settings.json'))['amp.permissions'][0]).toEqual({
      tool: 'Bash',
      action: 'delegate',
      to: 'two-key hook amp',
    });
    const cline = join(dir, '.clinerules', 'hooks', 'PreToolUse');
    expect(readFileSync(cline, 'utf8')).toBe(
      '#!/bin/sh\n# two-key: the runtime door (two-key hook install cline)\nexec two-key hook cline\n',
    );
    expect(statSync(cline).mode & 0o111).toBe(0o111);
  });
});
