import { recogniseStatement } from './recognise.js';
import type { SplitStatement } from './split.js';
import { keywordForm } from './tokenizer-chars.js';
import type { SqlToken } from './tokenizer.js';

/**
 * Words without which a statement cannot do anything the SQL rules flag: every operation the
 * Postgres reader reports that is not descriptive (a drop, a truncate, a row change, an ALTER,
 * a rename, dynamic SQL, a DO block, a routine call) comes from a statement holding one of them.
 * A statement without any is not worth the WebAssembly parser.
 */
const TRIGGERS = new Set([
  'DROP',
  'TRUNCATE',
  'DELETE',
  'UPDATE',
  'ALTER',
  'RENAME',
  'REASSIGN',
  'DETACH',
  'EXECUTE',
  'PREPARE',
  'MERGE',
  'CALL',
  // CREATE TABLE (and CREATE FOREIGN TABLE, ... AS): the same-migration exemptions need its exact columns.
  'TABLE',
]);

/** The same words (a CREATE TABLE in a body is only descriptive) inside a routine body, keyword-normalised (look-alikes folded). */
const TRIGGER_IN_TEXT = new RegExp([...TRIGGERS].filter((w) => w !== 'TABLE').join('|'));

/** Routine kinds whose body string the Postgres reader parses. */
const ROUTINE_WORDS = new Set(['FUNCTION', 'PROCEDURE', 'ROUTINE']);

export type PrefilterDecision =
  /** Parse it with the real grammar. */
  | { parse: true }
  /** Skip the parser; `calls` are the names it may call (`name(`), lower-cased, in case the file defines one. */
  | { parse: false; calls: string[] };

/**
 * Decides from the splitter's tokens whether a Postgres statement can matter. Sound by design:
 * it parses whenever a token could make the full parse report something, and a property test
 * (test/parsers/sql/prefilter.test.ts) checks that findings are the same with and without it.
 * `qualifierMatters` says whether a name part before a `.` can make a reference reportable (a
 * production schema or database).
 */
export function prefilterStatement(
  stmt: SplitStatement,
  text: string,
  qualifierMatters: (name: string) => boolean,
): PrefilterDecision {
  const tokens = stmt.tokens;
  // A DO block runs its body; DO elsewhere (ON CONFLICT DO NOTHING, a rule's DO INSTEAD) does nothing
  // a rule reads unless a trigger word follows. A WITH matters only through the DELETE or UPDATE in it.
  if (tokens[0]?.upper === 'DO') return { parse: true };
  let routine = false;
  const calls: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.kind === 'word') {
      const word = t.upper ?? keywordForm(t.text);
      if (TRIGGERS.has(word)) return { parse: true };
      if (ROUTINE_WORDS.has(word)) routine = true;
    }
    if (t.kind === 'word' || t.kind === 'quoted-ident') {
      // Unicode-escaped names (U&"...") are not unescaped here: parse rather than guess.
      if (t.kind === 'quoted-ident' && /^u&/i.test(t.text)) return { parse: true };
      if (next?.kind === 'punct' && next.text === '.' && qualifierMatters(t.value)) return { parse: true };
      if (next?.kind === 'punct' && next.text === '(') calls.push(t.value.toLowerCase());
    }
  }
  if (routine && tokens.some((t) => t.kind === 'string' && bodyMatters(t))) return { parse: true };
  // What the fallback reader would make of it, should the parser reject it (EXEC('DR' || 'OP ...'),
  // a built string): anything beyond a name reference and it goes to the parser after all.
  if (recogniseStatement(stmt, text, 'postgres').some((op) => op.op !== 'reference')) return { parse: true };
  return { parse: false, calls };
}

function bodyMatters(t: SqlToken): boolean {
  return TRIGGER_IN_TEXT.test(keywordForm(t.value));
}
