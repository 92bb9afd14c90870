import type { Span } from '../../../core/types.js';
import type { SqlAnalysis } from '../../../parsers/sql/analyse.js';
import { SqlLexer } from '../../../parsers/sql/tokenizer.js';

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
  const bodies = new BodyIndex(routines.map((r) => r.body));
  for (const stmt of analysis.statements) {
    if (describes(text, stmt.span)) continue;
    for (const name of mentioned(text, stmt.span, bodies.cutting(stmt.span), analysis.dialect)) {
      if (names.has(name)) run.add(name);
    }
  }
  // What a routine that runs calls runs too: each body read once, when its routine is found to run.
  const byName = new Map<string, DefinedRoutine[]>();
  for (const r of routines) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  const pending = [...run];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    for (const r of byName.get(name) ?? []) {
      for (const called of mentioned(text, r.body, [], analysis.dialect)) {
        if (names.has(called) && !run.has(called)) {
          run.add(called);
          pending.push(called);
        }
      }
    }
  }
  return routines.filter((r) => !run.has(r.name));
}

/** Whether a statement only describes routines (DESCRIBING), read from its head rather than a copy of it all. */
function describes(text: string, span: Span): boolean {
  let start = span.start;
  while (start < span.end && /\s/.test(text[start]!)) start++;
  const head = text.slice(start, Math.min(span.end, start + HEAD));
  if (DESCRIBING.test(head)) return true;
  // A head of words and spaces only may be the start of a longer match: read the whole statement.
  return start + HEAD < span.end && /^[a-z\s]*$/i.test(head) && DESCRIBING.test(text.slice(start, span.end));
}

const HEAD = 256;

/**
 * Routine bodies by position, to find the ones that cut into a span (overlap it without holding
 * all of it) without testing every body for every statement.
 */
class BodyIndex {
  private readonly byStart: Span[];
  private readonly byEnd: Span[];

  constructor(bodies: Span[]) {
    this.byStart = [...bodies].sort((a, b) => a.start - b.start);
    this.byEnd = [...bodies].sort((a, b) => a.end - b.end);
  }

  /** Bodies that start inside the span, or end inside it having started before it. */
  cutting(span: Span): Span[] {
    const out: Span[] = [];
    for (let i = firstAtLeast(this.byStart, (b) => b.start, span.start); i < this.byStart.length; i++) {
      const b = this.byStart[i]!;
      if (b.start >= span.end) break;
      if (!(b.start <= span.start && span.end <= b.end)) out.push(b);
    }
    for (let i = firstAtLeast(this.byEnd, (b) => b.end, span.start + 1); i < this.byEnd.length; i++) {
      const b = this.byEnd[i]!;
      if (b.end >= span.end) break;
      if (b.start < span.start) out.push(b);
    }
    return out;
  }
}

function firstAtLeast(sorted: Span[], key: (s: Span) => number, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lower-cased words, identifiers and words inside strings, in a span, leaving out the given bodies. */
function mentioned(text: string, span: Span, skip: Span[], dialect: SqlAnalysis['dialect']): Set<string> {
  const words = new Set<string>();
  const lexer = new SqlLexer(text.slice(span.start, span.end), dialect);
  for (let token = lexer.next(); token; token = lexer.next()) {
    const at = token.start + span.start;
    if (skip.length && skip.some((b) => b.start <= at && at < b.end)) continue;
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
