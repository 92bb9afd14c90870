import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { adapters } from '../hook/agents/index.js';
import { readAudit } from '../hook/audit.js';
import { repositoryRoot } from '../hook/policy.js';
import { probeInput } from '../hook/probe.js';
import { stateDirOf } from '../hook/state.js';
import { AGENT_NAMES, type AgentName } from '../hook/types.js';
import { hookConfig } from './hook-config.js';
import type { CliIo } from './main.js';

export interface DoctorOptions {
  dir: string;
  home: string;
  env: Readonly<Record<string, string | undefined>>;
  stateDir: string;
  auditLines: number;
}

const SAFE_PROBE = 'ls';
const DESTRUCTIVE_PROBE = 'terraform destroy -auto-approve';

/**
 * `two-key doctor`: for every agent whose configuration names a two-key hook, checks that the
 * command resolves to an executable and that it answers a safe probe with no opinion and a
 * destructive one with a stop (a missing binary silently turns Claude Code's hook off). Then
 * shows the latest asks and denies from the audit log. Exit 1 when a configured hook fails.
 */
export function doctor(io: CliIo, options: DoctorOptions): number {
  const root = repositoryRoot(options.dir);
  let failures = 0;
  let configured = 0;
  for (const agent of AGENT_NAMES) {
    const path = configPath(agent, root, options.home);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const command = hookCommandIn(text, agent);
    if (!command) continue;
    configured++;
    const problem = checkHook(agent, command, root, options);
    if (problem) failures++;
    io.stdout(
      `${problem ? 'FAIL' : 'ok  '} ${agent.padEnd(8)} ${path}\n     ${command}${problem ? `\n     ${problem}` : ''}\n`,
    );
  }
  if (configured === 0)
    io.stdout('No agent hook configuration names two-key here; install one with: two-key hook install <agent>\n');
  const entries = readAudit(options.stateDir, options.auditLines);
  io.stdout(`\nRecent asks and denies (${join(options.stateDir, 'audit.jsonl')}):\n`);
  if (entries.length === 0) io.stdout('  none\n');
  for (const e of entries) {
    io.stdout(
      `  ${e.time} ${e.agent} ${e.decision}${e.approvalId ? ` ${e.approvalId}` : ''} ${e.action}\n    ${e.rules.join(', ')}\n`,
    );
  }
  return failures > 0 ? 1 : 0;
}

function configPath(agent: AgentName, root: string, home: string): string {
  return hookConfig(agent, { root, home }, 'two-key doctor probe', () => undefined).path;
}

/** The configured command that runs `... hook <agent>`, found in the configuration text. */
export function hookCommandIn(text: string, agent: AgentName): string | undefined {
  const strings = [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  const lines = text.split('\n');
  const candidates = [...strings, ...lines.map((l) => l.replace(/^exec\s+/, ''))];
  return candidates.find((s) => new RegExp(`\\bhook ${agent}\\s*$`).test(s.trim()))?.trim();
}

/** Splits a configured command into words: double-quoted words (as install writes them) or plain ones. */
function words(command: string): string[] {
  return [...command.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) =>
    m[1] !== undefined ? (JSON.parse(`"${m[1]}"`) as string) : m[2]!,
  );
}

function resolveProgram(
  program: string,
  env: Readonly<Record<string, string | undefined>>,
  root: string,
): string | undefined {
  const executable = (p: string) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (program.includes('/')) {
    const p = isAbsolute(program) ? program : resolve(root, program);
    return executable(p) ? p : undefined;
  }
  for (const dir of (env.PATH ?? '').split(delimiter))
    if (dir && executable(join(dir, program))) return join(dir, program);
  return undefined;
}

function checkHook(agent: AgentName, command: string, root: string, options: DoctorOptions): string | undefined {
  const [program, ...args] = words(command);
  if (!program) return 'empty command';
  const resolved = resolveProgram(program, options.env, root);
  if (!resolved) return `${program} is not an executable on PATH: the agent would skip this hook and run everything`;
  // Only a command that runs two-key is probed: doctor does not run arbitrary hook commands.
  if (!/two-key|cli\.js/.test(`${program} ${args.slice(0, 1).join(' ')}`)) return `does not run two-key`;
  const state = mkdtempSync(join(tmpdir(), 'two-key-doctor-'));
  try {
    const probe = (shell: string) => {
      const input = probeInput(agent, shell, root);
      return spawnSync(resolved, args, {
        input: input.stdin,
        encoding: 'utf8',
        timeout: 15_000,
        env: { ...options.env, ...input.env, XDG_STATE_HOME: state },
      });
    };
    const pass = adapters[agent].reply({ decision: 'pass' }, undefined);
    const safe = probe(SAFE_PROBE);
    if (safe.error) return `could not run: ${safe.error.message}`;
    if (safe.status !== pass.exitCode || safe.stdout !== pass.stdout)
      return `a safe command (${SAFE_PROBE}) got exit ${safe.status} and ${JSON.stringify(safe.stdout.slice(0, 120))}, expected no opinion`;
    const risky = probe(DESTRUCTIVE_PROBE);
    if (risky.status === pass.exitCode && risky.stdout === pass.stdout)
      return `a destructive command (${DESTRUCTIVE_PROBE}) was not stopped`;
    return undefined;
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
}

export function doctorCli(io: CliIo): number {
  return doctor(io, {
    dir: process.cwd(),
    home: homedir(),
    env: process.env,
    stateDir: stateDirOf(process.env),
    auditLines: 10,
  });
}
