import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let base: string;
let outdir: string;
let repo: string;
let env: Record<string, string>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'two-key-hook-e2e-'));
  outdir = join(base, 'dist');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), outdir], { stdio: 'pipe' });
  repo = join(base, 'repo');
  mkdirSync(repo);
  execFileSync('git', ['init', '-q', repo]);
  env = {
    PATH: '/usr/bin:/bin',
    HOME: join(base, 'home'),
    XDG_STATE_HOME: join(base, 'state'),
    PROD_DATABASE_URL: 'postgres://app:FAKEpw0rd@db.prod.example.com:5432/app',
    RAILWAY_TOKEN: 'FAKE-railway-token-0000',
  };
}, 120_000);

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

function cli(args: string[], input = '', extraEnv: Record<string, string> = {}, cwd = repo) {
  const r = spawnSync(process.execPath, [join(outdir, 'cli.js'), ...args], {
    input,
    cwd,
    encoding: 'utf8',
    env: { ...env, ...extraEnv },
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const codex = (command: string) =>
  cli(
    ['hook', 'codex'],
    JSON.stringify({
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      cwd: repo,
      session_id: 's',
      tool_input: { command },
    }),
  );

const curlVolumeDelete = `curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" -H 'Content-Type: application/json' -d '{"query":"mutation { volumeDelete(volumeId: \\"vol_1\\") }"}'`;

describe('two-key hook through the built CLI', () => {
  it.each([
    [curlVolumeDelete, 'code/graphql-infra-delete'],
    [`psql "$PROD_DATABASE_URL" -c 'DROP TABLE x'`, 'sql/drop-table'],
    ['terraform destroy -auto-approve', 'shell/terraform-destroy'],
    ['FOO=1 railway volume delete', 'shell/paas-destroy'],
    [`kubectl exec db-0 -- psql -c 'TRUNCATE orders'`, 'sql/truncate'],
  ])('stops %s', (command, rule) => {
    const r = codex(command);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).hookSpecificOutput.permissionDecision).toBe('deny');
    expect(r.stderr).toContain(`(${rule})`);
    expect(r.stderr).toMatch(/ask the user to run `two-key approve [A-Z0-9]{8}` in their own terminal/);
    expect(r.stdout + r.stderr).not.toMatch(/FAKEpw0rd|FAKE-railway-token-0000/);
  });

  it.each(['ls', 'git status', 'npm test', `psql -c 'SELECT 1'`])('is silent on %s', (command) => {
    expect(codex(command)).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  it('sees production through the variable the command reads', () => {
    expect(codex(`psql "$PROD_DATABASE_URL" -c 'DROP TABLE x'`).stderr).toContain(
      'points at production (host db.prod.example.com) (env/production-target)',
    );
  });

  it('stops the same mutation sent through an MCP tool, and asks in Claude Code', () => {
    const input = JSON.stringify({
      session_id: 's',
      cwd: repo,
      permission_mode: 'default',
      hook_event_name: 'PreToolUse',
      tool_name: 'mcp__fetch__fetch',
      tool_input: {
        url: 'https://backboard.railway.app/graphql/v2',
        method: 'POST',
        headers: { Authorization: 'Bearer FAKE-railway-token-0000' },
        body: JSON.stringify({ query: 'mutation { volumeDelete(volumeId: "vol_1") }' }),
      },
    });
    const r = cli(['hook', 'claude'], input);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout).hookSpecificOutput;
    expect(out.permissionDecision).toBe('ask');
    expect(out.permissionDecisionReason).toContain('GraphQL mutation volumeDelete deletes the volume');
  });

  it('fails closed on malformed input in the blocking form of each agent', () => {
    expect(cli(['hook', 'copilot'], 'not json')).toEqual({
      stdout: `${JSON.stringify({ permissionDecision: 'deny', permissionDecisionReason: 'two-key: unreadable hook input (input is not JSON); denied' })}\n`,
      stderr: '',
      status: 0,
    });
    expect(cli(['hook', 'windsurf'], '')).toEqual({
      stdout: '',
      stderr: 'two-key: unreadable hook input (no input); denied\n',
      status: 2,
    });
  });

  it('installs a hook that doctor finds, probes and reports, with the audit log', () => {
    expect(cli(['hook', 'install', 'claude']).status).toBe(0);
    const settings = readFileSync(join(repo, '.claude', 'settings.json'), 'utf8');
    expect(settings).toContain(`hook claude`);
    const r = cli(['doctor']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok {3}claude /m);
    expect(r.stdout).toContain('Recent asks and denies');
    expect(r.stdout).toContain('shell/terraform-destroy');
    expect(r.stdout).not.toContain('FAKEpw0rd');

    // A hook whose binary is gone would silently stop checking: doctor says so.
    mkdirSync(join(repo, '.gemini'));
    writeFileSync(
      join(repo, '.gemini', 'settings.json'),
      JSON.stringify({
        hooks: { BeforeTool: [{ hooks: [{ type: 'command', command: '/nowhere/two-key hook gemini' }] }] },
      }),
    );
    const broken = cli(['doctor']);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('FAIL gemini');
    expect(broken.stdout).toContain('/nowhere/two-key is not an executable on PATH');
  });
});
