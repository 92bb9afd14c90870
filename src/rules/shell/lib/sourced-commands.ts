import type { Span } from '../../../core/types.js';
import { LineIndex } from '../../../core/lines.js';
import { mapSpan } from '../../../parsers/offset-map.js';
import { parseShell, type ShellCommand, type VariableAssignment } from '../../../parsers/shell/commands.js';
import { sourcedLocation, type InlinedScript } from '../../../parsers/shell/sourced.js';
import type { DocumentCommand } from './document.js';
import { toFile } from './checker.js';
import type { ShellSource } from './sources.js';

/**
 * The commands of a script read with the files it sources spliced in (see inlineSourced). Commands
 * written in a sourced file are left to that file; a call in the script of a function defined
 * there is listed at the call, and a variable set there fills the script's words. What came from
 * a sourced file is named in `origin.sourced`, for the message.
 */
export function readSourcing(
  text: string,
  inlined: InlinedScript,
  outer?: ShellSource,
): { commands: DocumentCommand[]; assignments: VariableAssignment[]; notes: string[] } {
  const parsed = parseShell(inlined.text);
  const inSourced = (offset: number) => sourcedLocation(inlined, offset) !== undefined;
  const toFile_ = outer ? (offset: number) => outer.toFile(inlined.toScript(offset)) : inlined.toScript;
  const source: ShellSource = { ...outer, text: inlined.text, toFile: toFile_ };
  const commands: DocumentCommand[] = [];
  const bodies = parsed.functionBodies ?? [];
  for (const command of parsed.commands) {
    if (inSourced(command.span.start)) {
      // What a sourced file runs at its top level runs where it is sourced: a change that starts
      // sourcing `deploy/vars` starts running its commands, as `make target` runs the recipe.
      const inBody = bodies.some((b) => command.span.start >= b.start && command.span.end <= b.end);
      const at = sourcedLocation(inlined, command.span.start);
      const top = inlined.regions.find(
        (r) => r.depth === 0 && command.span.start >= r.start && command.span.start < r.end,
      );
      if (inBody || command.calledThrough.length || !at || !top) continue;
      const span = mapSpan(outer ? outer.toFile : (o) => o, top.sourceCommand);
      const { via: _via, ...located } = toFile(command, source);
      commands.push({
        ...located,
        span,
        argSpans: located.argSpans.map(() => span),
        origin: { ...located.origin, sourced: `written in ${at.region.path}:${at.line}` },
      });
      continue;
    }
    const where: string[] = [];
    if (command.calledThrough.length) {
      const body = parsed.commands.find(
        (b) =>
          inSourced(b.span.start) &&
          b.calledThrough.join(' ') === command.calledThrough.join(' ') &&
          b.argv.join('\0') === command.argv.join('\0'),
      );
      const at = body && sourcedLocation(inlined, body.span.start);
      if (at) where.push(`${command.calledThrough[0]} runs it, defined in ${at.region.path}:${at.line}`);
    }
    const via: Span[] = [];
    for (const span of command.via ?? []) {
      const at = sourcedLocation(inlined, span.start);
      if (!at) via.push(span);
      else where.push(`${assignedName(inlined.text, span)} set in ${at.region.path}:${at.line}`);
    }
    const own: ShellCommand = { ...command };
    if (via.length) own.via = via;
    else delete own.via;
    const located = toFile(own, source);
    if (where.length) located.origin = { ...located.origin, sourced: [...new Set(where)].join('; ') };
    commands.push(located);
  }
  const assignments = parsed.assignments
    .filter((a) => !inSourced(a.span.start))
    .map((a) => ({ ...a, span: mapSpan(inlined.toScript, a.span) }));
  const notes: string[] = [];
  if (parsed.syntaxError !== undefined && !inSourced(parsed.syntaxError)) {
    const line = new LineIndex(text).lineOf(inlined.toScript(parsed.syntaxError));
    notes.push(`shell syntax error at line ${line}; its commands were read as far as the parser could`);
  }
  return { commands, assignments, notes };
}

/** `export DB_URL=…` -> `DB_URL`. */
function assignedName(text: string, span: Span): string {
  const m = /^(?:export\s+|local\s+|declare\s+(?:-\w+\s+)*|readonly\s+)?([A-Za-z_]\w*)=/.exec(
    text.slice(span.start, span.end),
  );
  return m?.[1] ?? 'a variable';
}

/** A finding on a command that uses what a sourced file defines says where that is. */
export function withSourcedLocations<F extends { unit: Span; message: string }>(
  findings: F[],
  commands: readonly DocumentCommand[],
): F[] {
  return findings.map((f) => {
    const command = commands.find(
      (c) => c.origin.sourced && c.span.start === f.unit.start && c.span.end === f.unit.end,
    );
    return command ? { ...f, message: `${f.message} (${command.origin.sourced})` } : f;
  });
}
