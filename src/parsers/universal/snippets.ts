import { isScalar, visit, type Scalar } from 'yaml';
import type { Span } from '../../core/types.js';
import { readCode } from '../code/read.js';
import type { CodeLanguage } from '../code/language.js';
import { UNKNOWN } from '../code/values.js';
import { parseJson, type JsonString, type JsonValue } from '../json-strings.js';
import { fromOffsets, shiftBy, type OffsetMap } from '../offset-map.js';
import { parseYamlWithPositions, scalarText } from '../yaml/scalar-text.js';
import type { UniversalKind } from './file-kind.js';
import { mayHoldCommand } from './candidates.js';

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

/** Deeper than any real notebook or config: past it a JSON document is read as lines instead. */
const MAX_VALUES = 20_000;

/** The snippets of a file, by its kind; `language` is loaded beforehand for code and notebooks. */
export function snippetsOf(kind: UniversalKind, text: string): Snippet[] {
  switch (kind.kind) {
    case 'code':
      return codeStrings(kind.language, text, 0, text.length);
    case 'yaml':
      return yamlValues(text);
    case 'json':
      return jsonValues(text);
    case 'notebook':
      return notebookCells(text);
    case 'toml':
    case 'ini':
      return assignedValues(text, kind.kind);
    case 'text':
      return textLines(text, 'a text file');
    case 'skipped':
      return [];
  }
}

/** String literals, templates and heredocs of code, with what the code adds to them evaluated. */
function codeStrings(language: CodeLanguage, text: string, from: number, to: number): Snippet[] {
  const syntax = readCode(language, text);
  const out: Snippet[] = [];
  for (const { node, value } of syntax.strings) {
    if (node.startIndex < from || node.endIndex > to) continue;
    // A value only known at run time stands in as a name, so `DROP TABLE ${t}` still reads as a DROP.
    const known = value.text.replaceAll(UNKNOWN, 'x');
    if (known.trim().length < 4) continue;
    out.push({ text: known, toFile: fromOffsets(value.at), context: `a ${language} string`, structured: true });
  }
  return out;
}

function yamlValues(text: string): Snippet[] {
  const { documents, error } = parseYamlWithPositions(text);
  if (error !== undefined) return textLines(text, 'a YAML file it could not parse');
  const out: Snippet[] = [];
  for (const document of documents) {
    visit(document, {
      Scalar(key, node: Scalar) {
        // Keys name settings; values are what runs.
        if (key === 'key' || !isScalar(node)) return;
        const value = scalarText(node, text);
        if (value && out.length < MAX_VALUES) {
          out.push({ text: value.value, toFile: value.map, context: 'a YAML value', structured: true });
        }
      },
    });
  }
  return out;
}

function jsonStrings(value: JsonValue, out: JsonString[]): void {
  // An explicit stack: a hostile file of nested arrays must not overflow the call stack.
  const stack: JsonValue[] = [value];
  while (stack.length > 0 && out.length < MAX_VALUES) {
    const next = stack.pop()!;
    if (next.type === 'string') out.push(next);
    else if (next.type === 'array') stack.push(...[...next.items].reverse());
    else if (next.type === 'object') stack.push(...next.members.map((m) => m.value).reverse());
  }
}

function parsedJson(text: string): JsonValue | undefined {
  try {
    return parseJson(text);
  } catch {
    return undefined;
  }
}

function jsonValues(text: string): Snippet[] {
  const parsed = parsedJson(text);
  if (!parsed) return textLines(text, 'a JSON file it could not parse');
  const strings: JsonString[] = [];
  jsonStrings(parsed, strings);
  return strings.map((s) => ({ text: s.value, toFile: s.map, context: 'a JSON value', structured: true }));
}

/** The source of a notebook cell: a string or a list of strings, joined as Jupyter joins them. */
function cellSource(source: JsonValue | undefined): { text: string; toFile: OffsetMap } | undefined {
  const parts = source?.type === 'string' ? [source] : source?.type === 'array' ? source.items : [];
  let text = '';
  const at: number[] = [];
  for (const part of parts) {
    if (part.type !== 'string') continue;
    for (let i = 0; i < part.value.length; i++) at.push(part.map(i));
    text += part.value;
  }
  if (text === '') return undefined;
  at.push(at[at.length - 1]! + 1);
  return { text, toFile: fromOffsets(at) };
}

const CELL_MAGIC_SQL = /^%%(sql|bigquery|spark\.sql|sparksql)\b[^\n]*\n?/;
const CELL_MAGIC_SHELL = /^%%(bash|sh|script[ \t]+(ba)?sh|system)\b[^\n]*\n?/;

/**
 * Code and raw cells of a notebook: `%%sql` cells as SQL, `%%bash` cells and `!command` lines as
 * commands, `%sql` lines as SQL, and the strings of the Python around them.
 */
function notebookCells(text: string): Snippet[] {
  const parsed = parsedJson(text);
  if (!parsed || parsed.type !== 'object') return textLines(text, 'a notebook it could not parse');
  const cells = parsed.members.find((m) => m.key.value === 'cells')?.value;
  if (!cells || cells.type !== 'array') return [];
  const out: Snippet[] = [];
  cells.items.forEach((cell, index) => {
    if (cell.type !== 'object') return;
    const type = cell.members.find((m) => m.key.value === 'cell_type')?.value;
    if (type?.type === 'string' && type.value === 'markdown') return;
    const source = cellSource(cell.members.find((m) => m.key.value === 'source')?.value);
    if (!source) return;
    const context = `notebook cell ${index + 1}`;
    const magic = CELL_MAGIC_SQL.exec(source.text) ?? CELL_MAGIC_SHELL.exec(source.text);
    if (magic) {
      const skip = magic[0].length;
      const body = source.text.slice(skip);
      const toFile = (o: number) => source.toFile(o + skip);
      const structured = magic === CELL_MAGIC_SQL.exec(source.text);
      if (structured) out.push({ text: body, toFile, context, structured: true });
      else out.push(...linesOf(body, toFile, context));
      return;
    }
    out.push(...notebookLines(source.text, source.toFile, context));
  });
  return out;
}

/** `!rm -rf data`, `%sql DROP TABLE t`, `%%sql`-less cells: each line with its magic taken off. */
function notebookLines(text: string, toFile: OffsetMap, context: string): Snippet[] {
  const out: Snippet[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const magic = /^[ \t]*(!|%sql[ \t]+|%system[ \t]+|%sx[ \t]+)/.exec(line);
    if (magic) {
      const start = offset + magic[0].length;
      out.push({ text: line.slice(magic[0].length), toFile: (o) => toFile(start + o), context, structured: true });
    } else {
      // Python between the magics: its string literals, as in a .py file.
      out.push(...pythonLiterals(line, (o) => toFile(offset + o), context));
    }
    offset += line.length + 1;
  }
  return out;
}

/** The quoted strings of one line of Python: enough for `spark.sql("DROP TABLE t")` in a cell. */
function pythonLiterals(line: string, toFile: OffsetMap, context: string): Snippet[] {
  return quotedStrings(line, 0).map((q) => ({
    text: q.text,
    toFile: (o) => toFile(q.toLine(o)),
    context,
    structured: true,
  }));
}

interface Quoted {
  text: string;
  /** Offset in the value to offset in the line. */
  toLine: OffsetMap;
  end: number;
}

/**
 * The quoted strings of a line, each decoded with backslash escapes (TOML basic strings, INI,
 * Python literals) or, in single quotes, literally.
 */
function quotedStrings(line: string, from: number): Quoted[] {
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

/**
 * `key = value` lines of TOML and INI files: quoted values decoded, bare values as written,
 * multi-line TOML strings (`"""`, `'''`) whole, and the strings of arrays on lines of their own.
 */
function assignedValues(text: string, kind: 'toml' | 'ini'): Snippet[] {
  const out: Snippet[] = [];
  const context = kind === 'toml' ? 'a TOML value' : 'a configuration value';
  const lines = text.split('\n');
  let offset = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';') || trimmed.startsWith('[')) continue;
    const eq = kind === 'toml' ? line.indexOf('=') : firstOf(line, '=', ':');
    const valueStart = eq < 0 ? 0 : eq + 1;
    const rest = line.slice(valueStart);
    const lead = rest.length - rest.trimStart().length;
    const value = rest.trim();
    const triple = value.startsWith('"""') ? '"""' : value.startsWith("'''") ? "'''" : undefined;
    if (triple) {
      // A multi-line string: from after the opening quotes to the closing ones.
      const bodyStart = start + valueStart + lead + 3;
      const close = text.indexOf(triple, bodyStart);
      const bodyEnd = close < 0 ? text.length : close;
      const body = text.slice(bodyStart, bodyEnd).replace(/^\n/, '');
      const skip = text[bodyStart] === '\n' ? 1 : 0;
      out.push({ text: body, toFile: shiftBy(bodyStart + skip), context, structured: true });
      while (n + 1 < lines.length && offset <= bodyEnd) offset += lines[++n]!.length + 1;
      continue;
    }
    const quoted = quotedStrings(line, valueStart);
    if (quoted.length > 0) {
      for (const q of quoted) out.push({ text: q.text, toFile: (o) => start + q.toLine(o), context, structured: true });
    } else if (eq >= 0 && value !== '') {
      out.push({ text: value, toFile: shiftBy(start + valueStart + lead), context, structured: true });
    }
  }
  return out;
}

function firstOf(line: string, ...chars: string[]): number {
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
function linesOf(text: string, toFile: OffsetMap, context: string, near?: readonly number[]): Snippet[] {
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
