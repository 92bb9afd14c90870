import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approve } from '../../src/cli/approve.js';
import { readAudit } from '../../src/hook/audit.js';
import { GRANT_TTL_MS } from '../../src/hook/state.js';
import { defaultDeps, runHook } from '../../src/hook/run.js';
import { sandbox } from './helpers.js';

let box: ReturnType<typeof sandbox>;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

const codexInput = (command: string, cwd: string) =>
  JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', cwd, session_id: 's-1', tool_input: { command } });

function io() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t), isTty: true },
  };
}

describe('two-key approve', () => {
  it('grants the exact denied command once, then the hook denies it again', async () => {
    let now = 1_000_000;
    const deps = { ...defaultDeps({}, box.stateDir), now: () => now };
    const command = 'terraform destroy -auto-approve';
    const denied = await runHook('codex', codexInput(command, box.repo), deps);
    expect(denied.exitCode).toBe(2);
    const id = /two-key approve ([A-Z0-9]{8})/.exec(denied.stderr)![1]!;

    // Another command is not covered by the approval.
    expect((await runHook('codex', codexInput('terraform destroy', box.repo), deps)).exitCode).toBe(2);

    const { out, io: terminal } = io();
    expect(approve(id, terminal, { stateDir: box.stateDir, now, interactive: true })).toBe(0);
    expect(out.stdout).toContain(`Approved ${id} for codex in ${box.repo}:\n  \`terraform destroy -auto-approve\``);

    now += 1000;
    expect(await runHook('codex', codexInput(command, box.repo), deps)).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
    expect((await runHook('codex', codexInput(command, box.repo), deps)).exitCode).toBe(2);
    expect(readAudit(box.stateDir, 10).map((e) => e.decision)).toEqual(['deny', 'deny', 'granted', 'deny']);
  });

  it('lets a grant lapse after its time', async () => {
    let now = 5_000_000;
    const deps = { ...defaultDeps({}, box.stateDir), now: () => now };
    const denied = await runHook('codex', codexInput('dropdb app', box.repo), deps);
    const id = /approve ([A-Z0-9]{8})/.exec(denied.stderr)![1]!;
    approve(id, io().io, { stateDir: box.stateDir, now, interactive: true });
    now += GRANT_TTL_MS + 1;
    expect((await runHook('codex', codexInput('dropdb app', box.repo), deps)).exitCode).toBe(2);
  });

  it('refuses without a terminal, and refuses an altered record', async () => {
    const deps = defaultDeps({}, box.stateDir);
    const denied = await runHook('codex', codexInput('dropdb app', box.repo), deps);
    const id = /approve ([A-Z0-9]{8})/.exec(denied.stderr)![1]!;
    const agent = io();
    expect(approve(id, agent.io, { stateDir: box.stateDir, now: Date.now(), interactive: false })).toBe(2);
    expect(agent.out.stderr).toBe(
      'two-key: approve must be run by a person in a terminal (stdin and stdout are not a TTY)\n',
    );

    const file = join(box.stateDir, 'pending', `${id}.json`);
    const record = JSON.parse(readFileSync(file, 'utf8')) as { body: { summary: string } };
    record.body.summary = '`ls`';
    writeFileSync(file, JSON.stringify(record));
    const person = io();
    expect(approve(id, person.io, { stateDir: box.stateDir, now: Date.now(), interactive: true })).toBe(1);
    expect(readdirSync(join(box.stateDir, 'pending'))).toEqual([`${id}.json`]);
  });

  it('writes redacted audit lines', async () => {
    const env = { RAILWAY_TOKEN: 'FAKE-railway-token-1234' };
    const deps = defaultDeps(env, box.stateDir);
    const command = `curl -H "Authorization: Bearer FAKE-railway-token-1234" https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { volumeDelete(volumeId: \\"v\\") }"}'`;
    await runHook('codex', codexInput(command, box.repo), deps);
    const text = readFileSync(join(box.stateDir, 'audit.jsonl'), 'utf8');
    expect(text).not.toContain('FAKE-railway-token-1234');
    const [entry] = readAudit(box.stateDir, 1);
    expect(entry).toMatchObject({
      agent: 'codex',
      decision: 'deny',
      rules: ['code/graphql-infra-delete'],
      cwd: box.repo,
      session: 's-1',
    });
    expect(entry!.action).toContain('Bearer ***');
  });
});
