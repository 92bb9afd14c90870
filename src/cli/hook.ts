import { writeSync } from 'node:fs';
import { adapters } from '../hook/agents/index.js';
import { defaultDeps, runHook, type HookDeps } from '../hook/run.js';
import { stateDirOf } from '../hook/state.js';
import { AGENT_NAMES, type AgentName, type Reply } from '../hook/types.js';
import type { CliIo } from './main.js';

/** Every agent's hook timeout that `hook install` writes is 10 s; the hook denies long before. */
export const WATCHDOG_MS = 3000;

export function isAgent(name: string): name is AgentName {
  return (AGENT_NAMES as readonly string[]).includes(name);
}

export interface HookRun {
  deps: HookDeps;
  watchdogMs: number;
  /** Ends the process when the watchdog answered while the check still runs (the CLI); tests leave it out. */
  exit?: (code: number) => void;
}

/**
 * `two-key hook <agent>`: reads the agent's JSON from stdin and answers in its format. An
 * internal error or a check that outlives the watchdog is a deny in the agent's blocking form,
 * because every agent lets a tool run when its hook crashes or times out.
 */
export async function runHookCommand(
  agent: AgentName,
  stdin: Promise<string>,
  io: CliIo,
  run: HookRun,
): Promise<number> {
  const adapter = adapters[agent];
  const failClosed = (why: string): Reply =>
    adapter.reply(
      { decision: 'deny', reason: `two-key: ${why}; denied (fail closed). Run two-key doctor.` },
      undefined,
    );
  let timer: NodeJS.Timeout | undefined;
  let late = false;
  const watchdog = new Promise<Reply>((resolve) => {
    timer = setTimeout(() => {
      late = true;
      resolve(failClosed(`the check took longer than ${run.watchdogMs} ms`));
    }, run.watchdogMs);
  });
  const work = stdin
    .then((text) => runHook(agent, text, run.deps))
    .catch((error: unknown) =>
      failClosed(`internal error: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`),
    );
  const reply = await Promise.race([work, watchdog]);
  clearTimeout(timer);
  io.stdout(reply.stdout);
  io.stderr(reply.stderr);
  if (late) run.exit?.(reply.exitCode);
  return reply.exitCode;
}

/** The CLI entry: real stdin, environment and state directory; the process ends with the answer. */
export async function hookCli(agent: AgentName, io: CliIo): Promise<number> {
  const env = process.env;
  const deps = defaultDeps(env, stateDirOf(env));
  const direct: CliIo = {
    ...io,
    // Synchronous writes, so an answer is complete even when the process is ended right after.
    stdout: (text) => text && writeSync(1, text),
    stderr: (text) => text && writeSync(2, text),
  };
  return runHookCommand(agent, readStdin(), direct, {
    deps,
    watchdogMs: WATCHDOG_MS,
    exit: (code) => process.exit(code),
  });
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}
