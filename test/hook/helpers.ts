import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runHookCommand } from '../../src/cli/hook.js';
import { defaultDeps, type HookDeps } from '../../src/hook/run.js';
import type { AgentName } from '../../src/hook/types.js';

export interface Answer {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A temporary state directory and repository folder for hook tests. */
export function sandbox(): { stateDir: string; repo: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'two-key-hook-'));
  return {
    stateDir: join(base, 'state'),
    repo: join(base, 'repo'),
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}

/** Runs the hook as the CLI does, with the watchdog, on a given stdin. Approval ids read as ID. */
export async function hook(
  agent: AgentName,
  stdin: string,
  stateDir: string,
  options: { env?: Record<string, string>; watchdogMs?: number; deps?: Partial<HookDeps> } = {},
): Promise<Answer> {
  let stdout = '';
  let stderr = '';
  const deps = { ...defaultDeps(options.env ?? {}, stateDir), ...options.deps };
  const exitCode = await runHookCommand(
    agent,
    Promise.resolve(stdin),
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false },
    { deps, watchdogMs: options.watchdogMs ?? 60_000 },
  );
  const ids = (t: string) => t.replace(/approve [A-Z0-9]{8}/g, 'approve ID');
  return { stdout: ids(stdout), stderr: ids(stderr), exitCode };
}
