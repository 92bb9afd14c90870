import { parse } from 'smol-toml';
import { fromOffsets, type OffsetMap } from './offset-map.js';

/** A string value of a TOML file with its key path and where each character is in the file. */
export interface TomlString {
  /** Table path then key path: `['deploy', 'release_command']`; an array item adds its index. */
  path: string[];
  value: string;
  map: OffsetMap;
}

export class TomlSyntaxError extends Error {}

/**
 * Every string of a TOML file (and every string item of a single-line or multi-line array of
 * strings), with positions. The file is first parsed by smol-toml, so a file TOML tools reject
 * is rejected here too; each located string is checked against the parsed value, and a string
 * whose reading here disagrees is dropped only in favour of the parser's value at its key's line.
 */
export function tomlStrings(text: string): TomlString[] {
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (error) {
    throw new TomlSyntaxError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const found: TomlString[] = [];
  let table: string[] = [];
  const arrayCounts = new Map<string, number>();
  let pos = 0;
  while (pos < text.length) {
    const lineEnd = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
    const line = text.slice(pos, lineEnd);
    const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
    if (header) {
      table = splitKey(header[2]!);
      if (header[1] === '[[') {
        const key = table.join('.');
        const n = arrayCounts.get(key) ?? 0;
        arrayCounts.set(key, n + 1);
        table = [...table, String(n)];
      }
      pos = lineEnd + 1;
      continue;
    }
    const assignment =
      /^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=\s*/.exec(line);
    if (!assignment) {
      pos = lineEnd + 1;
      continue;
    }
    const path = [...table, ...splitKey(assignment[1]!)];
    let at = pos + assignment[0].length;
    const read = (p: string[], from: number) => readString(text, from, p);
    if (text[at] === '[') {
      // An array of strings, possibly over several lines.
      at++;
      let index = 0;
      for (;;) {
        while (at < text.length && /[\s,]/.test(text[at]!)) at++;
        if (text[at] === '#') {
          while (at < text.length && text[at] !== '\n') at++;
          continue;
        }
        if (at >= text.length || text[at] === ']') break;
        const item = read([...path, String(index++)], at);
        if (!item) break;
        found.push(item.string);
        at = item.end;
      }
      pos = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
      continue;
    }
    const item = read(path, at);
    if (item) {
      found.push(item.string);
      at = item.end;
    }
    pos = text.indexOf('\n', Math.max(at, lineEnd)) < 0 ? text.length : text.indexOf('\n', Math.max(at, lineEnd)) + 1;
  }
  return found.filter((s) => matchesParsed(parsed, s));
}

function matchesParsed(parsed: unknown, s: TomlString): boolean {
  let node: unknown = parsed;
  for (const key of s.path) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node === s.value;
}

function splitKey(key: string): string[] {
  return [...key.matchAll(/"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };

/** A basic, literal or multi-line string starting at `at`. */
function readString(text: string, at: number, path: string[]): { string: TomlString; end: number } | undefined {
  const quote = text.startsWith('"""', at) ? '"""' : text.startsWith("'''", at) ? "'''" : text[at];
  if (quote !== '"' && quote !== "'" && quote !== '"""' && quote !== "'''") return undefined;
  const basic = quote.startsWith('"');
  let i = at + quote.length;
  // A newline right after the opening delimiter of a multi-line string is not part of it.
  if (quote.length === 3 && text[i] === '\n') i++;
  else if (quote.length === 3 && text.startsWith('\r\n', i)) i += 2;
  let value = '';
  const offsets: number[] = [];
  while (i < text.length) {
    if (text.startsWith(quote, i) && !(quote.length === 3 && text.startsWith(quote + quote[0], i))) {
      offsets.push(i);
      return { string: { path, value, map: fromOffsets(offsets) }, end: i + quote.length };
    }
    const c = text[i]!;
    if (quote.length === 1 && c === '\n') return undefined;
    if (basic && c === '\\') {
      const next = text[i + 1] ?? '';
      if (ESCAPES[next] !== undefined) {
        value += ESCAPES[next];
        offsets.push(i);
        i += 2;
        continue;
      }
      const unicode = /^u([0-9A-Fa-f]{4})|^U([0-9A-Fa-f]{8})/.exec(text.slice(i + 1, i + 10));
      if (unicode) {
        value += String.fromCodePoint(parseInt(unicode[1] ?? unicode[2]!, 16));
        offsets.push(i);
        i += 1 + unicode[0].length;
        continue;
      }
      if (quote.length === 3 && /^[ \t]*\r?\n/.test(text.slice(i + 1))) {
        // A line-ending backslash joins the lines, dropping the whitespace after it.
        i++;
        while (i < text.length && /\s/.test(text[i]!)) i++;
        continue;
      }
      return undefined;
    }
    value += c;
    offsets.push(i);
    i++;
  }
  return undefined;
}
