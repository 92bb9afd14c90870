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
  const gate = MentionGate.of(names);
  const bodies = new BodyIndex(routines.map((r) => r.body));
  for (const stmt of analysis.statements) {
    if (describes(text, stmt.span)) continue;
    if (gate && !gate.mayMention(text, stmt.span)) continue;
    for (const name of mentioned(text, stmt.span, bodies.cutting(stmt.span), analysis.dialect, names)) run.add(name);
  }
  // What a routine that runs calls runs too: each body read once, when its routine is found to run.
  const byName = new Map<string, DefinedRoutine[]>();
  for (const r of routines) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  const pending = [...run];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    for (const r of byName.get(name) ?? []) {
      for (const called of mentioned(text, r.body, [], analysis.dialect, names)) {
        if (!run.has(called)) {
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

/**
 * The names a span mentions: as a word, an identifier or a word inside a string (lower-cased),
 * leaving out the given bodies.
 */
export function mentioned(
  text: string,
  span: Span,
  skip: Span[],
  dialect: SqlAnalysis['dialect'],
  names: ReadonlySet<string>,
): Set<string> {
  const found = new Set<string>();
  let shortest = Infinity;
  let longest = 0;
  for (const name of names) {
    shortest = Math.min(shortest, name.length);
    longest = Math.max(longest, name.length);
  }
  const note = (word: string): void => {
    // Lower-casing never shortens a word (it lengthens `İ`): a word longer than every name is none.
    if (word.length > longest) return;
    const lower = word.toLowerCase();
    if (names.has(lower)) found.add(lower);
  };
  const lexer = new SqlLexer(text.slice(span.start, span.end), dialect);
  for (let token = lexer.next(); token; token = lexer.next()) {
    const at = token.start + span.start;
    if (skip.length && skip.some((b) => b.start <= at && at < b.end)) continue;
    if (token.kind === 'word' || token.kind === 'quoted-ident') note(token.value);
    else if (token.kind === 'string') forEachStringWord(token.value, shortest, longest, note);
  }
  return found;
}

/**
 * Calls `visit` with each word of a string as `/[A-Za-z_][A-Za-z0-9_$]*\/g` reads them (a name
 * called through `EXECUTE 'SELECT f()'` or a scheduler's command), sliced only when its length
 * can be a name's: a routine body is one long string, and a match object per word was most of
 * the cost of reading it.
 */
function forEachStringWord(value: string, shortest: number, longest: number, visit: (word: string) => void): void {
  const n = value.length;
  let i = 0;
  while (i < n) {
    if (!isWordStart(value.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n && isWordPart(value.charCodeAt(i))) i++;
    const length = i - start;
    if (length >= shortest && length <= longest) visit(value.slice(start, i));
  }
}

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57) || c === 36;
}

/**
 * Decides from the raw text, without tokenizing, that a span cannot mention any of the names, so a
 * large statement (a 7 MB INSERT of reference data) is not read token by token for them. Only
 * when every name is plain (letters, digits, underscores) and the span is ASCII without a
 * backslash: then a token whose value is a name (a word, a quoted identifier, a word of a string
 * as `mentioned` reads them) stands in the raw text as written, up to case, and ends where a run
 * of `[A-Za-z0-9_]` ends (the next character is a quote, a `$` or no word character). So the span
 * may mention a name only if some such run ends with one: each run's last characters are hashed
 * from its end and looked up.
 */
export class MentionGate {
  private constructor(
    private readonly hashes: Set<number>,
    private readonly longest: number,
  ) {}

  static of(names: ReadonlySet<string>): MentionGate | undefined {
    const hashes = new Set<number>();
    let longest = 0;
    for (const name of names) {
      if (!/^[a-z0-9_]+$/.test(name)) return undefined;
      let h = 0;
      for (let i = name.length - 1; i >= 0; i--) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
      hashes.add(h);
      longest = Math.max(longest, name.length);
    }
    return new MentionGate(hashes, longest);
  }

  mayMention(text: string, span: Span): boolean {
    const { hashes, longest } = this;
    let i = span.start;
    while (i < span.end) {
      const c = text.charCodeAt(i);
      if (c === 92 || c > 0x7f) return true;
      if (!isRunPart(c)) {
        i++;
        continue;
      }
      const start = i++;
      for (; i < span.end; i++) {
        const d = text.charCodeAt(i);
        if (!isRunPart(d)) break;
      }
      // The suffixes of text[start, i), shortest first, hashed as the names are (lower-cased).
      let h = 0;
      for (let k = i - 1; k >= start && i - k <= longest; k--) {
        const d = text.charCodeAt(k);
        h = (Math.imul(h, 31) + (d >= 65 && d <= 90 ? d + 32 : d)) | 0;
        if (hashes.has(h)) return true;
      }
    }
    return false;
  }
}

function isRunPart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** The routine whose body holds a span, when it is one the change does not run. */
export function notRunRoutineAt(routines: readonly DefinedRoutine[], span: Span): DefinedRoutine | undefined {
  return routines.find((r) => r.body.start <= span.start && span.end <= r.body.end);
}
