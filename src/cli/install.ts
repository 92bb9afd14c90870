import { accessSync, chmodSync, constants, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repositoryRoot } from '../hook/policy.js';
import type { AgentName } from '../hook/types.js';
import { hookConfig } from './hook-config.js';
import type { CliIo } from './main.js';

export interface InstallOptions {
  dir: string;
  home: string;
  dryRun: boolean;
  /** The command the configuration runs; by default two-key on PATH, else this bundle by absolute path. */
  command: string;
}

/** `two-key hook install <agent> [--dry-run]`: writes or merges the agent's hook configuration. */
export function install(agent: AgentName, io: CliIo, options: InstallOptions): number {
  const root = repositoryRoot(options.dir);
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  const file = hookConfig(agent, { root, home: options.home }, `${options.command} hook ${agent}`, read);
  if (options.dryRun) {
    io.stdout(`# ${file.path}${file.unchanged ? ' (already installed, unchanged)' : ''}\n${file.text}`);
    return 0;
  }
  if (file.unchanged) {
    io.stdout(`two-key hook for ${agent} is already in ${file.path}\n`);
    return 0;
  }
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.text);
  if (file.executable) chmodSync(file.path, 0o755);
  io.stdout(`two-key hook for ${agent} written to ${file.path}; check it with: two-key doctor\n`);
  return 0;
}

/** `two-key` when it is on PATH, else node and this bundle by absolute path (a missing binary turns hooks off). */
export function defaultHookCommand(env: Readonly<Record<string, string | undefined>>): string {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, 'two-key'), constants.X_OK);
      return 'two-key';
    } catch {
      // not here
    }
  }
  // Bundled, this module is a chunk beside the CLI's entry (dist/cli.js), which is what to run.
  const here = fileURLToPath(import.meta.url);
  const bundle = resolve(here.endsWith('.ts') ? here : fileURLToPath(new URL('./cli.js', import.meta.url)));
  return `${JSON.stringify(process.execPath)} ${JSON.stringify(bundle)}`;
}

export function installCli(agent: AgentName, dryRun: boolean, io: CliIo): number {
  return install(agent, io, { dir: process.cwd(), home: homedir(), dryRun, command: defaultHookCommand(process.env) });
}
