import type { Span } from '../../core/types.js';
import type { SqlAnalysis } from '../../parsers/sql/analyse.js';
import { tokenize } from '../../parsers/sql/tokenizer.js';

/** A routine the file defines, and the body its operations are in. */
export interface DefinedRoutine {
  name: string;
  body: Span;
}

/**
 * Statements that mention a routine without running it: its own definition, its comment, its
 * grants, its owner, its removal, and definitions that only name it for later (an aggregate's
 * state function, an operator's, a cast's, a type's input and output functions). Any other statement that names it (a CALL, a SELECT, a trigger,
 * an event trigger, a `cron.schedule` whose command calls it, a DO block) may run it.
 */
const DESCRIBING =
  /^(create\s+(or\s+replace\s+)?(function|procedure|aggregate|operator|cast|type|text\s+search)|comment\s+on|security\s+label|grant|revoke|alter\s+(function|procedure|routine|extension|aggregate|operator)|drop\s+(function|procedure|routine|aggregate|operator|cast))\b/i;

const TRIGGER_RESULT = /\breturns\s+(trigger|event_trigger)\b/i;

/**
 * The routines a file defines and never runs: not named by any statement that runs code, nor by
 * the body of a routine that is run. What their bodies would do is work of a later call, not of
 * this change. Fail closed: any mention outside a describing statement counts as a run.
 */
export function routinesNotRun(analysis: SqlAnalysis, text: string): DefinedRoutine[] {
  const routines: DefinedRoutine[] = [];
  const run = new Set<string>();
  for (const stmt of analysis.statements) {
    for (const op of stmt.operations) {
      if (op.op !== 'define-routine' || op.name.length === 0) continue;
      const name = op.name.at(-1)!.toLowerCase();
      routines.push({ name, body: op.body });
      // A trigger function replaced in place runs on the next write, through a trigger made earlier.
      if (TRIGGER_RESULT.test(text.slice(stmt.span.start, stmt.span.end))) run.add(name);
    }
  }
  if (routines.length === 0) return [];
  const names = new Set(routines.map((r) => r.name));
  const bodies = routines.map((r) => r.body);
  for (const stmt of analysis.statements) {
    const source = text.slice(stmt.span.start, stmt.span.end).trimStart();
    if (DESCRIBING.test(source)) continue;
    for (const name of mentioned(text, stmt.span, bodies, analysis.dialect)) if (names.has(name)) run.add(name);
  }
  // What a routine that runs calls runs too.
  for (let grew = true; grew;) {
    grew = false;
    for (const r of routines) {
      if (!run.has(r.name)) continue;
      for (const name of mentioned(text, r.body, [], analysis.dialect)) {
        if (names.has(name) && !run.has(name)) {
          run.add(name);
          grew = true;
        }
      }
    }
  }
  return routines.filter((r) => !run.has(r.name));
}

/** Lower-cased words, identifiers and words inside strings, in a span, leaving out the given bodies. */
function mentioned(text: string, span: Span, skip: Span[], dialect: SqlAnalysis['dialect']): Set<string> {
  const words = new Set<string>();
  for (const token of tokenize(text.slice(span.start, span.end), dialect)) {
    const at = token.start + span.start;
    if (skip.some((b) => b.start <= at && at < b.end && !(b.start <= span.start && span.end <= b.end))) continue;
    if (token.kind === 'word' || token.kind === 'quoted-ident') words.add(token.value.toLowerCase());
    else if (token.kind === 'string') {
      for (const m of token.value.matchAll(/[A-Za-z_][A-Za-z0-9_$]*/g)) words.add(m[0].toLowerCase());
    }
  }
  return words;
}

/** The routine whose body holds a span, when it is one the change does not run. */
export function notRunRoutineAt(routines: readonly DefinedRoutine[], span: Span): DefinedRoutine | undefined {
  return routines.find((r) => r.body.start <= span.start && span.end <= r.body.end);
}
