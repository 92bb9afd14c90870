import { isScalar, visit, type Scalar } from 'yaml';
import { readCode } from '../code/read.js';
import type { CodeLanguage } from '../code/language.js';
import { UNKNOWN } from '../code/values.js';
import { parseJson, type JsonString, type JsonValue } from '../json-strings.js';
import { fromOffsets, shiftBy, type OffsetMap } from '../offset-map.js';
import { parseYamlWithPositions, scalarText } from '../yaml/scalar-text.js';
import type { UniversalKind } from './file-kind.js';
import { firstOf, linesOf, quotedStrings, textLines, type Snippet } from './text-lines.js';

export { snippetSpan, textLines, withTemplateHoles, type Snippet } from './text-lines.js';

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
