import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  fromOffsets
} from "./chunk-GBH2K4QU.js";

// src/parsers/json-strings.ts
var JsonSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var MAX_DEPTH = 256;
var ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function parseJson(text) {
  let pos = text.charCodeAt(0) === 65279 ? 1 : 0;
  const fail = (message, at = pos) => {
    throw new JsonSyntaxError(`${message} at offset ${at}`, at);
  };
  const skipSpace = () => {
    while (pos < text.length && " 	\n\r".includes(text[pos])) pos++;
  };
  const expect = (char) => {
    if (text[pos] !== char) fail(`expected '${char}'`);
    pos++;
  };
  const value = (depth) => {
    if (depth > MAX_DEPTH) fail("nesting too deep");
    skipSpace();
    const start = pos;
    const char = text[pos];
    if (char === "{") return object(depth);
    if (char === "[") return array(depth);
    if (char === '"') return string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return { type: word, span: { start, end: pos } };
      }
    }
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = pos;
    if (number.test(text)) {
      pos = number.lastIndex;
      return { type: "number", span: { start, end: pos } };
    }
    return fail(char === void 0 ? "unexpected end of text" : `unexpected '${char}'`);
  };
  const object = (depth) => {
    const start = pos++;
    const members = [];
    skipSpace();
    if (text[pos] === "}") {
      pos++;
      return { type: "object", span: { start, end: pos }, members };
    }
    for (; ; ) {
      skipSpace();
      if (text[pos] !== '"') fail("expected a member name");
      const key = string();
      skipSpace();
      expect(":");
      members.push({ key, value: value(depth + 1) });
      skipSpace();
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      expect("}");
      return { type: "object", span: { start, end: pos }, members };
    }
  };
  const array = (depth) => {
    const start = pos++;
    const items = [];
    skipSpace();
    if (text[pos] === "]") {
      pos++;
      return { type: "array", span: { start, end: pos }, items };
    }
    for (; ; ) {
      items.push(value(depth + 1));
      skipSpace();
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      expect("]");
      return { type: "array", span: { start, end: pos }, items };
    }
  };
  const string = () => {
    const start = pos++;
    let out = "";
    const offsets = [];
    for (; ; ) {
      if (pos >= text.length) fail("unterminated string", start);
      const char = text[pos];
      if (char === '"') break;
      if (char.charCodeAt(0) < 32) fail("control character in a string");
      offsets.push(pos);
      if (char !== "\\") {
        out += char;
        pos++;
        continue;
      }
      const escape = text[pos + 1] ?? "";
      if (escape === "u") {
        const hex = text.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("bad \\u escape");
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else if (escape in ESCAPES) {
        out += ESCAPES[escape];
        pos += 2;
      } else {
        fail("bad escape");
      }
    }
    offsets.push(pos);
    pos++;
    return { type: "string", value: out, span: { start, end: pos }, map: fromOffsets(offsets) };
  };
  const result = value(0);
  skipSpace();
  if (pos < text.length) fail("text after the JSON value");
  return result;
}
function membersNamed(value, name) {
  if (value.type !== "object") return [];
  return value.members.filter((m) => m.key.value === name).map((m) => m.value);
}

export {
  JsonSyntaxError,
  parseJson,
  membersNamed
};
