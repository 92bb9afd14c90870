import type { Span } from '../core/types.js';
import { fromOffsets, type OffsetMap } from './offset-map.js';

/** A JSON string: its value, the literal's span (quotes included) and where each character of the value is. */
export interface JsonString {
  type: 'string';
  value: string;
  span: Span;
  /** Value offset to file offset: `\"` is two characters in the file and one in the value. */
  map: OffsetMap;
}

export interface JsonMember {
  key: JsonString;
  value: JsonValue;
}

export type JsonValue =
  | JsonString
  | { type: 'object'; span: Span; members: JsonMember[] }
  | { type: 'array'; span: Span; items: JsonValue[] }
  | { type: 'number' | 'true' | 'false' | 'null'; span: Span };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** UTF-16 offset where the text stopped being JSON. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Deeper nesting than any real package.json; past it the text is rejected instead of overflowing the stack. */
const MAX_DEPTH = 256;

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Parses strict JSON (as `JSON.parse` does, plus a leading byte-order mark) keeping positions.
 * Members are kept in order with duplicates, which `JSON.parse` would silently collapse.
 */
export function parseJson(text: string): JsonValue {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(`${message} at offset ${at}`, at);
  };
  const skipSpace = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos++;
  };
  const expect = (char: string) => {
    if (text[pos] !== char) fail(`expected '${char}'`);
    pos++;
  };

  const value = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail('nesting too deep');
    skipSpace();
    const start = pos;
    const char = text[pos];
    if (char === '{') return object(depth);
    if (char === '[') return array(depth);
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null'] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return { type: word, span: { start, end: pos } };
      }
    }
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = pos;
    if (number.test(text)) {
      pos = number.lastIndex;
      return { type: 'number', span: { start, end: pos } };
    }
    return fail(char === undefined ? 'unexpected end of text' : `unexpected '${char}'`);
  };

  const object = (depth: number): JsonValue => {
    const start = pos++;
    const members: JsonMember[] = [];
    skipSpace();
    if (text[pos] === '}') {
      pos++;
      return { type: 'object', span: { start, end: pos }, members };
    }
    for (;;) {
      skipSpace();
      if (text[pos] !== '"') fail('expected a member name');
      const key = string();
      skipSpace();
      expect(':');
      members.push({ key, value: value(depth + 1) });
      skipSpace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      expect('}');
      return { type: 'object', span: { start, end: pos }, members };
    }
  };

  const array = (depth: number): JsonValue => {
    const start = pos++;
    const items: JsonValue[] = [];
    skipSpace();
    if (text[pos] === ']') {
      pos++;
      return { type: 'array', span: { start, end: pos }, items };
    }
    for (;;) {
      items.push(value(depth + 1));
      skipSpace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      expect(']');
      return { type: 'array', span: { start, end: pos }, items };
    }
  };

  const string = (): JsonString => {
    const start = pos++;
    let out = '';
    const offsets: number[] = [];
    for (;;) {
      if (pos >= text.length) fail('unterminated string', start);
      const char = text[pos]!;
      if (char === '"') break;
      if (char.charCodeAt(0) < 0x20) fail('control character in a string');
      offsets.push(pos);
      if (char !== '\\') {
        out += char;
        pos++;
        continue;
      }
      const escape = text[pos + 1] ?? '';
      if (escape === 'u') {
        const hex = text.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else if (escape in ESCAPES) {
        out += ESCAPES[escape];
        pos += 2;
      } else {
        fail('bad escape');
      }
    }
    offsets.push(pos);
    pos++;
    return { type: 'string', value: out, span: { start, end: pos }, map: fromOffsets(offsets) };
  };

  const result = value(0);
  skipSpace();
  if (pos < text.length) fail('text after the JSON value');
  return result;
}

/** Every member of an object with this name, in order: duplicates included. */
export function membersNamed(value: JsonValue, name: string): JsonValue[] {
  if (value.type !== 'object') return [];
  return value.members.filter((m) => m.key.value === name).map((m) => m.value);
}
