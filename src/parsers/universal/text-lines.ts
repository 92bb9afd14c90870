import type { Span } from '../../core/types.js';
import { fromOffsets, shiftBy, type OffsetMap } from '../offset-map.js';
import { mayHoldCommand } from './candidates.js';

// The line reader of the universal net, apart from the structured readers of snippets.ts (YAML,
// JSON, code), so that reading a SQL file's lines loads no YAML or code parser.

/** A piece of a file that could be run as SQL or as a command, with where each character is in the file. */
export interface Snippet {
  text: string;
  toFile: OffsetMap;
  /** Where it was found, for a message: `a YAML value`, `line 4 of a text file`. */
  context: string;
  /** A whole value of a structured file (a string literal, a YAML or JSON value), not a line of free text. */
  structured: boolean;
  /** A string literal quoted inside this line of free text (C#, Elixir, Scala code that no grammar reads). */
  within?: Snippet;
}

export interface Quoted {
  text: string;
  /** Offset in the value to offset in the line. */
  toLine: OffsetMap;
  end: number;
}

/**
 * The quoted strings of a line, each decoded with backslash escapes (TOML basic strings, INI,
 * Python literals) or, in single quotes, literally.
 */
export function quotedStrings(line: string, from: number): Quoted[] {
  const out: Quoted[] = [];
  let i = from;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '#' && out.length === 0 && line.slice(from, i).trim() === '') break;
    if (c !== '"' && c !== "'") {
      i++;
      continue;
    }
    const at: number[] = [];
    let text = '';
    let j = i + 1;
    while (j < line.length && line[j] !== c) {
      if (c === '"' && line[j] === '\\' && j + 1 < line.length) {
        const next = line[j + 1]!;
        text += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        at.push(j);
        j += 2;
        continue;
      }
      text += line[j];
      at.push(j);
      j++;
    }
    at.push(j);
    out.push({ text, toLine: fromOffsets(at), end: j + 1 });
    i = j + 1;
  }
  return out;
}

export function firstOf(line: string, ...chars: string[]): number {
  const found = chars.map((c) => line.indexOf(c)).filter((i) => i >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** Lines a reader skips in free text: comments of the common languages and config formats. */
const COMMENT = /^[ \t]*(#|\/\/|--|;|\/\*|\*|REM\b|::|%)/i;

/** A shell prompt a runbook copies with the command: `$ `, `> `, `db=> `. */
const PROMPT = /^[ \t]*(?:[\w.-]*=?[>#]|\$|>)[ \t]+/;

const SQL_START =
  /^[ \t]*(CREATE|ALTER|DROP|TRUNCATE|DELETE|UPDATE|INSERT|MERGE|GRANT|REVOKE|COPY|EXEC|EXECUTE|CALL|DO|RENAME|REPLACE|WITH)\b/i;

/** A crontab schedule: five time fields or an `@daily` nickname. */
const CRON_SCHEDULE =
  /^[ \t]*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)|(?:[\d*][\d*/,-]*[ \t]+){4}[\d*A-Za-z][\w*/,-]*)[ \t]+/;

/**
 * The length of a crontab line's schedule (and of its user column, in the system crontab's form)
 * before the command: `15 2 * * * deploy azcopy remove …` in a file no crontab reader recognises.
 */
function cronPrefix(line: string): number {
  const schedule = CRON_SCHEDULE.exec(line)?.[0].length;
  if (schedule === undefined) return 0;
  const rest = line.slice(schedule);
  if (mayHoldCommand(rest)) return schedule;
  const user = /^[a-z_][\w-]*[ \t]+/.exec(rest)?.[0].length ?? 0;
  return user > 0 && mayHoldCommand(rest.slice(user)) ? schedule + user : schedule;
}

/** Lines of free text, each a candidate command; SQL statements may run over several lines to their `;`. */
export function textLines(text: string, context: string, near?: readonly number[]): Snippet[] {
  return linesOf(text, shiftBy(0), context, near);
}

/** The most lines a statement snippet runs over after its first. */
const BLOCK_LINES = 40;

/**
 * `near`, when given, lists (in order) the only lines a wanted snippet can reach: a line whose
 * snippet (the line, or its statement up to BLOCK_LINES further) reaches none of them is skipped.
 */
export function linesOf(text: string, toFile: OffsetMap, context: string, near?: readonly number[]): Snippet[] {
  const out: Snippet[] = [];
  if (near?.length === 0) return out;
  // Where each line starts, without a string per line: with `near`, most lines are never looked at.
  const starts = lineStarts(text);
  const count = starts.length;
  const lineAt = (n: number) => text.slice(starts[n]!, n + 1 < count ? starts[n + 1]! - 1 : text.length);
  let next = 0;
  for (let n = 0; n < count; n++) {
    if (near) {
      while (next < near.length && near[next]! < n) next++;
      if (next === near.length) break;
      if (near[next]! > n + BLOCK_LINES) {
        n = near[next]! - BLOCK_LINES - 1;
        continue;
      }
    }
    const raw = lineAt(n).replace(/\r$/, '');
    if (raw.trim() === '' || COMMENT.test(raw)) continue;
    const prompt = PROMPT.exec(raw)?.[0].length ?? cronPrefix(raw);
    const line = raw.slice(prompt);
    const start = starts[n]! + prompt;
    const where = `line ${n + 1} of ${context}`;
    if (SQL_START.test(line) && !line.trimEnd().endsWith(';')) {
      // A statement written over several lines: up to its `;`, a blank line, or 40 lines.
      let end = n;
      while (end + 1 < count && end - n < BLOCK_LINES) {
        const next = lineAt(end + 1).trim();
        if (next === '') break;
        end++;
        if (next.endsWith(';')) break;
      }
      if (end > n) {
        // Its first line is not a statement alone: `DELETE FROM t` is bounded by the `WHERE` below it.
        const block = text.slice(start, starts[end]! + lineAt(end).replace(/\r$/, '').length);
        out.push({ text: block, toFile: (o) => toFile(start + o), context: where, structured: false });
        continue;
      }
    }
    const whole: Snippet = { text: line, toFile: (o) => toFile(start + o), context: where, structured: false };
    out.push(whole);
    // `RUN aws s3 rm …`, `- name: dropdb …`, `<argument>dropdb …</argument>`: a command after a key or an
    // instruction. Judged on its own, not as a literal of the line: the line parses as a command led by
    // `-`, `RUN` or `<argument>`, which no rule judges.
    const value = valueAfterKey(line);
    if (value > 0 && mayHoldCommand(line.slice(value))) {
      const rest = line.slice(value).replace(/<\/[\w:.-]+>\s*$/, '');
      out.push({ text: rest, toFile: (o) => whole.toFile(value + o), context: where, structured: false });
    }
    // Code in a language no grammar reads (`conn.Execute("DROP TABLE orders")` in C#, `Repo.query!(…)` in
    // Elixir): the line does not start like SQL or a command, but a string it quotes may be either.
    if (!SQL_START.test(line)) {
      for (const q of quotedStrings(line, 0)) {
        if (q.text.trim().length < 4) continue;
        out.push({
          text: q.text,
          toFile: (o) => whole.toFile(q.toLine(o)),
          context: where,
          structured: true,
          within: whole,
        });
      }
    }
  }
  return out;
}

/**
 * Where the value of a line of config or build text starts, when the line starts with a key or an
 * instruction rather than the command itself: an XML element's text (`<argument>…`), an upper-case
 * instruction and its flags (Earthly, Dockerfile-like `RUN --secret KEY …`), or `key: value`,
 * `key = value`, `key => value` with the value unquoted (a quoted one is read as a literal). -1 when none.
 */
export function valueAfterKey(line: string): number {
  const element = /^\s*<([\w:.-]+)[^<>]*>(?=[^<]+<\/\1>\s*$)/.exec(line);
  if (element) return element[0].length;
  const instruction = /^\s*[A-Z]{2,}(?:_[A-Z]+)*\s+(?:--[\w-]+(?:=\S*)?\s+(?:[A-Z][A-Z0-9_]*(?:=\S*)?\s+)?)*/.exec(
    line,
  );
  if (instruction) return instruction[0].length;
  const key = /^\s*(?:-\s+)?[\w.$@-]+\s*(?::|=>|:=|=)\s+(?=[^\s"'])/.exec(line);
  return key ? key[0].length : -1;
}

/** The offset of each line's first character: as many as `text.split('\n')` has lines. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return starts;
}

/** `{{ target.schema }}`, `#{table}`, `${table}`, `{table}`: a value filled in before the SQL runs. */
const TEMPLATE_HOLE = /\{\{[^{}\n]*\}\}|\{%-?[^%\n]*-?%\}|#\{[^{}\n]*\}|\$\{[^{}\n]*\}|\{[A-Za-z_][\w.]*\}/g;

/**
 * The snippet as SQL would read it once its template holes are filled: a Jinja or dbt expression,
 * an interpolation of Elixir, Ruby, C# or Kotlin stands in as a name (`x`), a Jinja statement as
 * nothing, so `drop schema {{ target.schema }}_staging cascade` still reads as a DROP. The snippet
 * itself when it has no hole.
 */
export function withTemplateHoles(snippet: Snippet): Snippet {
  if (!/\{\{|\{%|[#$]\{|\{[A-Za-z_][\w.]*\}/.test(snippet.text)) return snippet;
  let text = '';
  const at: number[] = [];
  let from = 0;
  for (const m of snippet.text.matchAll(TEMPLATE_HOLE)) {
    for (let i = from; i < m.index; i++) {
      text += snippet.text[i];
      at.push(snippet.toFile(i));
    }
    if (!m[0].startsWith('{%')) {
      text += 'x';
      at.push(snippet.toFile(m.index));
    }
    from = m.index + m[0].length;
  }
  for (let i = from; i < snippet.text.length; i++) {
    text += snippet.text[i];
    at.push(snippet.toFile(i));
  }
  at.push(snippet.toFile(snippet.text.length));
  return { ...snippet, text, toFile: fromOffsets(at) };
}

/** The span of a snippet in the file. */
export function snippetSpan(snippet: Snippet): Span {
  const lead = snippet.text.length - snippet.text.trimStart().length;
  return { start: snippet.toFile(lead), end: snippet.toFile(snippet.text.trimEnd().length) };
}
