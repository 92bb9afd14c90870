import { DYNAMIC, type ShellCommand, type VariableAssignment } from '../../../parsers/shell/commands.js';
import { baseName } from '../../../parsers/shell/wrappers.js';
import { isLocalHost } from './args.js';
import type { ReadRepoFile } from '../../../parsers/shell/sourced.js';

/** Where a command was written, as far as it changes what the command can destroy. */
export interface CommandOrigin {
  /** The piece of the file it is in: `job "deploy" step 2`, `script "db:reset"`. */
  label?: string;
  /** Runs on a machine thrown away afterwards (GitHub-hosted runner, image build). */
  throwaway: boolean;
  /** Host names that are containers of the same job, as local as localhost. */
  localHosts: readonly string[];
  /** What it took from files the script sources: `wipe_db defined in scripts/lib.sh:4`. */
  sourced?: string;
}

export interface DocumentCommand extends ShellCommand {
  origin: CommandOrigin;
}

/** What the shell rules are given: the commands of one file, with spans in the file's text. */
export interface ShellDocument {
  path: string;
  text: string;
  commands: DocumentCommand[];
  /** Statements that set a variable for the rest of the file (`dir="$(mktemp -d)"`), spans in the file. */
  assignments?: VariableAssignment[];
  /** The base version, for rules that compare (a GitLab include's `ref:` moved to a branch). */
  baseText?: string;
  /** Untouched files of the repository, for rules that follow a reference (a local GitLab include). */
  read?: ReadRepoFile;
}

/** The commands whose program is one of these, by file name: `bin/rails` and `/usr/bin/dropdb` included. */
export function commandsRunning(doc: ShellDocument, ...programs: string[]): DocumentCommand[] {
  return doc.commands.filter((c) => programs.includes(programOf(c)));
}

export function programOf(command: ShellCommand): string {
  return baseName(command.argv[0] ?? '');
}

/** The value of an environment variable the command sets for itself, the last one winning as in the shell. */
export function envValue(command: ShellCommand, name: string): string | undefined {
  return lastOf(command.envAssignments, (e) => e.name === name)?.value;
}

/** A host on this machine or a container of the same CI job; `localhost` inside `kubectl exec` is the pod's. */
export function isLocalTarget(command: DocumentCommand, host: string): boolean {
  if (command.wrappers.some((w) => /^(kubectl|oc) (exec|run|debug)$/.test(w))) return false;
  return isLocalHost(host) || command.origin.localHosts.includes(host);
}

/**
 * Whether a database command acts on something thrown away with its machine. A host written out
 * decides, wherever the command runs: a GitHub-hosted runner is thrown away, `db.prod.internal`
 * is not. Without one (or with one decided at run time) the command's machine decides.
 */
export function isDisposableTarget(command: DocumentCommand, host: string | undefined): boolean {
  // A throwaway runner makes only the runner itself local: a host the command names (or a URL
  // only known at run time, a secret) is elsewhere, and outlives the job.
  if (host !== undefined) return isLocalTarget(command, host);
  return command.origin.throwaway;
}

/** Wrappers whose command runs on another machine: a remote shell, a pod, a dyno, every host of an inventory. */
const ELSEWHERE = new Set(['ssh', 'kubectl exec', 'oc exec', 'heroku run', 'heroku run:detached', 'ansible']);

/**
 * Whether the command's own files are thrown away with its machine (a hosted runner, an image
 * build): not when it is handed to another machine (`ssh db1 'rm -rf ...'` from a hosted runner).
 */
export function runsOnThrowaway(command: DocumentCommand): boolean {
  return command.origin.throwaway && !command.wrappers.some((w) => ELSEWHERE.has(w));
}

/** Array#findLast, which the ES2022 library this project compiles against does not declare. */
export function lastOf<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

/** A word for a message: a value only known at run time shows as `…`. */
export function display(value: string): string {
  return value.replaceAll(DYNAMIC, '…');
}

/** The report position of a command: the command, which is also the unit a production finding pairs with. */
export function at(command: ShellCommand): { span: ShellCommand['span']; unit: ShellCommand['span'] } {
  return { span: command.span, unit: command.span };
}
