import type { ChangeContext, CheckedFile, FamilyChecker, RawFinding } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { LineIndex } from '../../../core/lines.js';
import type { EmbeddedSql } from '../../../parsers/migrations/types.js';
import { mapSpan } from '../../../parsers/offset-map.js';
import { parseShell, type ShellCommand, type VariableAssignment } from '../../../parsers/shell/commands.js';
import { parsePowerShell } from '../../../parsers/shell/powershell.js';
import { parseBatch } from '../../../parsers/shell/batch.js';
import { loadPostgresParser } from '../../../parsers/sql/pg-parser.js';
import { loadGrammar } from '../../../parsers/tree-sitter/loader.js';
import type { Policy } from '../../../core/policy-schema.js';
import type { Span } from '../../../core/types.js';
import { embeddedSqlFindings } from '../../orm/lib/embedded-sql.js';
import { databaseCliCall } from './database-cli.js';
import type { DocumentCommand, ShellDocument } from './document.js';
import { shellRules } from './index.js';
import { isShellSource, isSourcedByAnother } from './applies.js';
import { holdsCommandsIn, shellSources, type ShellSource } from './sources.js';
import { isBatchScript, isPowerShellScript } from './sources/recognise.js';
import { inlineSourced, type ReadRepoFile } from '../../../parsers/shell/sourced.js';
import { readSourcing, withSourcedLocations } from './sourced-commands.js';
import { repoFileReader } from './repo-files.js';
import { makeCommandSources } from './sources/makefile.js';

export { isShellSource } from './applies.js';

/**
 * Findings another family draws from the commands a shell file runs (curl posting a GraphQL
 * mutation goes to the code family's GraphQL reading); the registry wires them in, so that the
 * shell family does not import a family that imports it.
 */
export type CommandFindings = (doc: ShellDocument) => RawFinding[];

/** The names of the database clients databaseCliCall() reads (a superset test, no word bounds). */
const DATABASE_CLIENT = /psql|mysql|mariadb|clickhouse|snowsql|sqlite3|sqlcmd/;

/** A file's commands as prepare() read them, for check() with the same context. */
const readAhead = new WeakMap<CheckedFile, { context: ChangeContext; result: ReturnType<typeof readCommands> }>();

export function shellCheckerWith(others: readonly CommandFindings[]): FamilyChecker {
  return {
    family: 'shell',
    rules: shellRules,
    appliesTo: isShellSource,
    // A file whose name says nothing (`ci/release.env`, `lib/common`) is shell when a script, a
    // workflow step or a Dockerfile of the repository sources it: its top-level commands run there.
    appliesInContext: (path: string, _text: string, context: ChangeContext) => isSourcedByAnother(path, context),
    prepare: async (file, _policy, context) => {
      // SQL given to psql, mysql, sqlite3 and sqlcmd goes to the SQL rules. A text that names a
      // client compiles both WebAssembly modules at once (off the main thread), which a hook
      // judging one command waits for.
      if (!context || DATABASE_CLIENT.test(file.text)) {
        await Promise.all([loadGrammar('bash'), loadPostgresParser()]);
        return;
      }
      // Else the commands are read now: one from a sourced file or a variable may still run SQL.
      await loadGrammar('bash');
      const result = readCommands(file.path, file.text, repoFileReader(context));
      readAhead.set(file, { context, result });
      if (result.commands.some((c) => (databaseCliCall(c)?.sql.length ?? 0) > 0)) await loadPostgresParser();
    },
    check(file, policy, context) {
      const { path, text, baseText } = file;
      const read = context && repoFileReader(context);
      const ahead = readAhead.get(file);
      const { commands, assignments, notes } =
        ahead?.context === context ? ahead.result : readCommands(path, text, read);
      const doc: ShellDocument = {
        path,
        text,
        commands,
        assignments,
        ...(baseText !== undefined ? { baseText } : {}),
        read,
      };
      // Rollback-only shell (a revert/ script) comes from the policy's paths, which the engine applies.
      const findings = runRules(shellRules, doc, () => false);
      const sql = cliSqlFindings(doc, policy);
      return {
        findings: [
          ...withSourcedLocations(atAssignments([...findings, ...sql.findings], commands), commands),
          ...others.flatMap((f) => f(doc)),
        ],
        notes: [...notes, ...sql.notes],
      };
    },
  };
}

/**
 * Every command a file runs, with spans in the file, the environment its host sets and where it
 * runs. Exported for the production-targeting rules, which read the same commands; a command's
 * `span` is the unit that pairs a production finding with a destructive one.
 */
export function readCommands(
  path: string,
  text: string,
  read?: ReadRepoFile,
): { commands: DocumentCommand[]; assignments: VariableAssignment[]; notes: string[] } {
  // A script that sources untouched files: their functions and variables hold where it uses them.
  const sourcing =
    read && !holdsCommandsIn(path, text) && !isPowerShellScript(path) && !isBatchScript(path)
      ? inlineSourced(path, text, read)
      : undefined;
  if (sourcing) {
    const read_ = readSourcing(text, sourcing);
    return { ...read_, commands: [...read_.commands, ...madeTargets(path, read_.commands, read)] };
  }
  const { sources, notes } = shellSources(path, text, read);
  const commands: DocumentCommand[] = [];
  const assignments: VariableAssignment[] = [];
  for (const source of sources) {
    // A `RUN . ./deploy/vars && ...`, a step's `source ci/env.sh`: the sourced files read with the piece.
    const inlined =
      read && !source.language && SOURCES_A_FILE.test(source.text) ? inlineSourced(path, source.text, read) : undefined;
    if (inlined) {
      const sourced = readSourcing(source.text, inlined, source);
      commands.push(...sourced.commands);
      assignments.push(...sourced.assignments);
      continue;
    }
    const parsed =
      source.language === 'powershell'
        ? parsePowerShell(source.text)
        : source.language === 'batch'
          ? parseBatch(source.text)
          : parseShell(source.text);
    commands.push(...parsed.commands.map((c) => toFile(c, source)));
    assignments.push(...parsed.assignments.map((a) => ({ ...a, span: mapSpan(source.toFile, a.span) })));
    if (parsed.syntaxError !== undefined) notes.push(syntaxNote(path, text, source, parsed.syntaxError));
  }
  return { commands: [...commands, ...madeTargets(path, commands, read)], assignments, notes };
}

/** `source x`, `. x` in a piece of a file that holds commands: the cheap test before the sourced files are read. */
const SOURCES_A_FILE = /(^|[\s;&|("'])(source|\.)[ \t]/m;

/**
 * `make db-reset` (a workflow step, a script, a recipe's `$(MAKE) db-reset`): the commands of the
 * target's recipe, read from the repository's Makefile and what it includes, each listed at the
 * make command, so a change that starts running a destructive target is seen where it does.
 */
function madeTargets(path: string, commands: readonly DocumentCommand[], read?: ReadRepoFile): DocumentCommand[] {
  if (!read) return [];
  const out: DocumentCommand[] = [];
  for (const command of commands) {
    const program = command.argv[0]?.slice(command.argv[0].lastIndexOf('/') + 1);
    if (program !== 'make' && program !== 'gmake') continue;
    for (const source of makeCommandSources(command.argv, path, read)) {
      for (const inner of parseShell(source.text).commands) {
        const located = toFile(inner, { ...source, toFile: () => command.span.start });
        out.push({
          ...located,
          span: command.span,
          argSpans: located.argSpans.map(() => command.span),
          envAssignments: [...command.envAssignments, ...located.envAssignments],
          origin: { ...command.origin, ...(source.sourced ? { sourced: source.sourced } : {}) },
        });
      }
    }
  }
  return out;
}

/** Wrappers that run their command on another machine: `kubectl exec`, `kubectl run`, `ssh`, `heroku run`. */
const RUNS_ELSEWHERE = /^(kubectl|oc) (exec|run|debug)$|^ssh$|^heroku run/;

export function toFile(command: ShellCommand, source: ShellSource): DocumentCommand {
  const map = source.toFile;
  const stdin = command.stdin;
  return {
    ...command,
    span: mapSpan(map, command.span),
    argSpans: command.argSpans.map((s) => mapSpan(map, s)),
    ...(command.via ? { via: command.via.map((s) => mapSpan(map, s)) } : {}),
    ...(command.stdinFrom ? { stdinFrom: mapSpan(map, command.stdinFrom) } : {}),
    ...(command.stdoutTo ? { stdoutTo: { ...command.stdoutTo, span: mapSpan(map, command.stdoutTo.span) } } : {}),
    envAssignments: [
      ...(source.env ?? []),
      ...command.envAssignments.map((e) => ({ ...e, span: mapSpan(map, e.span) })),
    ],
    ...(stdin ? { stdin: { text: stdin.text, map: (offset: number) => map(stdin.map(offset)) } } : {}),
    origin: {
      ...(source.label ? { label: source.label } : {}),
      ...(source.sourced ? { sourced: source.sourced } : {}),
      // A runner thrown away after the job does not make a cluster, a remote host or a platform's dyno disposable.
      throwaway: (source.throwaway ?? false) && !command.wrappers.some((w) => RUNS_ELSEWHERE.test(w)),
      localHosts: source.localHosts ?? [],
    },
  };
}

/**
 * A finding on a command whose words come from variables assigned elsewhere in the file
 * (`ACTION="${ACTION:-destroy}"` ... `terraform $ACTION`) is also reported at each assignment:
 * that is where the destructive word is written, and the line a change to it touches.
 */
export function atAssignments<F extends { span: Span; unit: Span }>(
  findings: F[],
  commands: readonly ShellCommand[],
): F[] {
  const out = [...findings];
  for (const f of findings) {
    const command = commands.find((c) => c.span.start === f.unit.start && c.span.end === f.unit.end && c.via);
    for (const at of command?.via ?? []) {
      if (at.start >= command!.span.start && at.end <= command!.span.end) continue;
      out.push({ ...f, span: at });
    }
  }
  return out;
}

/** The SQL that database command lines run against a database that is not local, through the SQL rules. */
export function cliSqlFindings(doc: ShellDocument, policy: Policy): { findings: RawFinding[]; notes: string[] } {
  const pieces: EmbeddedSql[] = [];
  for (const command of doc.commands) {
    const call = databaseCliCall(command);
    if (!call || call.local) continue;
    for (const sql of call.sql) {
      pieces.push({
        text: sql.text,
        toFile: sql.toFile,
        call: `${call.program} ${sql.via}`,
        unit: command.span,
        rollbackOnly: false,
        dialect: call.dialect,
      });
    }
  }
  return embeddedSqlFindings(doc.path, pieces, policy);
}

function syntaxNote(path: string, text: string, source: ShellSource, offset: number): string {
  const line = new LineIndex(text).lineOf(source.toFile(offset));
  const where = source.label ? `${source.label} (line ${line})` : `line ${line}`;
  return `${path}: shell syntax error in ${where}; its commands were read as far as the parser could`;
}
