import { recogniseStatement } from './recognise.js';
import type { SplitStatement } from './split.js';
import { keywordForm } from './tokenizer-chars.js';
import type { SqlOperation } from '../../core/sql-operations.js';
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
  'RENAME',
  'REASSIGN',
  'DETACH',
  'EXECUTE',
  'PREPARE',
  'MERGE',
  'CALL',
]);

/**
 * Words that matter only together. An ALTER reports something of its own only when it changes a
 * column's type (`ALTER ... TYPE`); its drops, detaches and renames hold DROP, DETACH or RENAME.
 * A TABLE matters in CREATE TABLE (and CREATE FOREIGN TABLE, ... AS): the same-migration
 * exemptions need its exact columns; `COMMENT ON TABLE`, `GRANT ... ON TABLE` and
 * `ALTER TABLE ... OWNER TO` report nothing.
 */
const PAIRED = new Map([
  ['ALTER', 1],
  ['TYPE', 2],
  ['CREATE', 4],
  ['TABLE', 8],
]);
const PAIRS = [1 | 2, 4 | 8];

/**
 * The trigger words and ALTER (a CREATE TABLE in a body is only descriptive) as words of a routine
 * body, keyword-normalised (look-alikes folded). A keyword the parser reads in the body is a word
 * of its own there: no letter or underscore before it, no letter, digit, underscore or `$` after
 * it (a name such as `updated_at` or `last_update` is not UPDATE); a character outside ASCII
 * beside it is let through, as the folding may have changed it.
 */
const TRIGGER_IN_TEXT = new RegExp(`(?<![A-Z_])(?:${[...TRIGGERS, 'ALTER'].join('|')})(?![A-Z0-9_$])`);

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
  let paired = 0;
  const calls: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.kind === 'word') {
      const word = t.upper ?? keywordForm(t.text);
      if (TRIGGERS.has(word)) return { parse: true };
      if (ROUTINE_WORDS.has(word)) routine = true;
      const bit = PAIRED.get(word);
      if (bit !== undefined) {
        paired |= bit;
        if (PAIRS.some((pair) => (paired & pair) === pair)) return { parse: true };
      }
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

/**
 * What the parser would report for a skipped `CREATE [OR REPLACE] FUNCTION|PROCEDURE name`: the
 * definition alone (its body did nothing the rules read, or it would have been parsed). Which
 * routines a file defines decides which are run through the bodies of others
 * (src/rules/sql/lib/defined-not-run.ts), so a skipped definition still counts as one.
 */
export function skippedRoutineDefinition(stmt: SplitStatement): SqlOperation[] {
  const tokens = stmt.tokens;
  if (tokens[0]?.upper !== 'CREATE') return [];
  let i = 1;
  if (tokens[i]?.upper === 'OR' && tokens[i + 1]?.upper === 'REPLACE') i += 2;
  if (tokens[i]?.upper !== 'FUNCTION' && tokens[i]?.upper !== 'PROCEDURE') return [];
  const name: string[] = [];
  for (let j = i + 1; j < tokens.length; j += 2) {
    const t = tokens[j]!;
    if (t.kind !== 'word' && t.kind !== 'quoted-ident') break;
    name.push(t.kind === 'word' ? t.text.toLowerCase() : t.value);
    if (tokens[j + 1]?.kind !== 'punct' || tokens[j + 1]?.text !== '.') break;
  }
  if (name.length === 0) return [];
  return [{ op: 'define-routine', name, span: stmt.span, body: stmt.span }];
}
