import { readPending, grant, GRANT_TTL_MS, stateDirOf } from '../hook/state.js';
import type { CliIo } from './main.js';

export interface ApproveRun {
  stateDir: string;
  now: number;
  /** Whether stdin and stdout are a terminal: agents' shells are not, a person's is. */
  interactive: boolean;
}

/**
 * `two-key approve <id>`: a person, at a terminal, grants the exact action a hook denied, once,
 * for a limited time. The hook itself refuses to run this command for an agent.
 */
export function approve(id: string, io: CliIo, run: ApproveRun): number {
  if (!run.interactive) {
    io.stderr('two-key: approve must be run by a person in a terminal (stdin and stdout are not a TTY)\n');
    return 2;
  }
  const pending = readPending(run.stateDir, id.toUpperCase(), run.now);
  if (!pending) {
    io.stderr(`two-key: no pending approval ${id} (unknown, expired, already used, or its record was altered)\n`);
    return 1;
  }
  grant(run.stateDir, pending, run.now);
  io.stdout(
    [
      `Approved ${pending.id} for ${pending.agent} in ${pending.cwd}:`,
      `  ${pending.summary}`,
      ...pending.reasons.map((r) => `  ${r}`),
      `The identical action may run once in the next ${GRANT_TTL_MS / 60000} minutes; ask the agent to retry it.`,
      '',
    ].join('\n'),
  );
  return 0;
}

export function approveCli(id: string, io: CliIo): number {
  return approve(id, io, {
    stateDir: stateDirOf(process.env),
    now: Date.now(),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  });
}
