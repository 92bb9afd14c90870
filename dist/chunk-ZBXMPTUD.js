import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  require_dist,
  tooDeepForYaml
} from "./chunk-ZBXWAF4J.js";
import {
  fromOffsets
} from "./chunk-GBH2K4QU.js";
import {
  __toESM
} from "./chunk-ZHGBYMEX.js";

// src/parsers/yaml/scalar-text.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlWithPositions(text) {
  const deep = tooDeepForYaml(text);
  if (deep !== void 0) return { documents: [], error: deep };
  const documents = (0, import_yaml.parseAllDocuments)(text, { keepSourceTokens: true, strict: false, uniqueKeys: false });
  if (!Array.isArray(documents)) return { documents: [] };
  const error = documents.flatMap((d) => d.errors)[0];
  return error ? { documents, error: error.message.split("\n")[0] } : { documents };
}
function get(node, key) {
  if (!(0, import_yaml.isMap)(node)) return void 0;
  const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === key);
  return pair?.value ?? void 0;
}
function entries(node) {
  if (!(0, import_yaml.isMap)(node)) return [];
  return node.items.flatMap(
    (p) => (0, import_yaml.isScalar)(p.key) ? [{ key: String(p.key.value), keyNode: p.key, value: p.value ?? void 0 }] : []
  );
}
function items(node) {
  return (0, import_yaml.isSeq)(node) ? node.items : [];
}
function scalarString(node) {
  return (0, import_yaml.isScalar)(node) && node.value !== null && typeof node.value !== "object" ? String(node.value) : void 0;
}
function scalarText(node, text) {
  const value = node.value;
  if (typeof value !== "string" || !node.range) return void 0;
  const [start, end] = node.range;
  const raw = text.slice(start, end);
  const decoded = decode(node.type, raw, start);
  if (decoded && decoded.value === value) return { value, map: fromOffsets(decoded.offsets) };
  return { value, map: (offset) => offset < value.length ? start : end };
}
function decode(type, raw, base) {
  switch (type) {
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED":
      return decodeBlock(raw, base, type === "BLOCK_FOLDED");
    case "QUOTE_SINGLE":
      return fold(raw, base, 1, raw.length - 1, (s, i, out) => {
        if (s[i] === "'" && s[i + 1] === "'") {
          out.push("'", base + i);
          return i + 2;
        }
        out.push(s[i], base + i);
        return i + 1;
      });
    case "QUOTE_DOUBLE":
      return fold(raw, base, 1, raw.length - 1, (s, i, out) => decodeDoubleQuotedChar(s, i, base, out));
    default:
      return fold(raw, base, 0, raw.length, (s, i, out) => {
        out.push(s[i], base + i);
        return i + 1;
      });
  }
}
var Out = class {
  value = "";
  offsets = [];
  push(chars, offset) {
    this.value += chars;
    for (let k = 0; k < chars.length; k++) this.offsets.push(offset);
  }
};
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
function decodeDoubleQuotedChar(s, i, base, out) {
  if (s[i] !== "\\") {
    out.push(s[i], base + i);
    return i + 1;
  }
  const e = s[i + 1] ?? "";
  if (e in ESCAPES) {
    out.push(ESCAPES[e], base + i);
    return i + 2;
  }
  const width = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
  if (width) {
    const code = parseInt(s.slice(i + 2, i + 2 + width), 16);
    out.push(String.fromCodePoint(code), base + i);
    return i + 2 + width;
  }
  out.push(e, base + i);
  return i + 2;
}
function fold(raw, base, from, to, readChar) {
  const out = new Out();
  const lines = [];
  let lineStart = from;
  for (let i = from; i < to; i++) {
    if (raw[i] === "\n") {
      lines.push([lineStart, i]);
      lineStart = i + 1;
    }
  }
  lines.push([lineStart, to]);
  let pendingBreaks = 0;
  for (const [index, [s0, e0]] of lines.entries()) {
    let s = s0;
    let e = e0;
    if (index > 0) while (s < e && /[ \t]/.test(raw[s])) s++;
    if (index < lines.length - 1) while (e > s && /[ \t\r]/.test(raw[e - 1])) e--;
    if (index > 0 && s === e && index < lines.length - 1) {
      pendingBreaks++;
      continue;
    }
    if (index > 0) {
      const joined = raw[lines[index - 1][1] - 1] === "\\" && raw[0] === '"';
      if (!joined) out.push(pendingBreaks ? "\n".repeat(pendingBreaks) : " ", base + s);
    }
    pendingBreaks = 0;
    let i = s;
    const last = index < lines.length - 1 && raw[e - 1] === "\\" && raw[0] === '"' ? e - 1 : e;
    while (i < last) i = readChar(raw, i, out);
  }
  return { value: out.value, offsets: [...out.offsets, base + to] };
}
function decodeBlock(raw, base, folded) {
  const headerEnd = raw.indexOf("\n");
  if (headerEnd < 0) return { value: "", offsets: [base + raw.length] };
  const header = raw.slice(0, headerEnd).replace(/#.*$/, "").trim();
  const chomp = header.includes("-") ? "strip" : header.includes("+") ? "keep" : "clip";
  const explicit = /\d/.exec(header)?.[0];
  const lines = [];
  let at = headerEnd + 1;
  while (at <= raw.length) {
    const nl = raw.indexOf("\n", at);
    const end = nl < 0 ? raw.length : nl;
    lines.push({ start: at, end });
    if (nl < 0) break;
    at = nl + 1;
  }
  if (lines.length && lines[lines.length - 1].start === raw.length) lines.pop();
  const firstContent = lines.find((l) => raw.slice(l.start, l.end).trim() !== "");
  const indent = explicit ? Number(explicit) : firstContent ? /^ */.exec(raw.slice(firstContent.start, firstContent.end))[0].length : 0;
  const out = new Out();
  let previousMoreIndented = true;
  let pendingEmpty = 0;
  let started = false;
  for (const line of lines) {
    const content = raw.slice(line.start, line.end);
    if (content.slice(0, indent).trim() !== "" && content.trim() !== "") return void 0;
    const body = content.length > indent ? content.slice(indent) : "";
    if (body.trim() === "" && body.length === 0) {
      pendingEmpty++;
      continue;
    }
    const moreIndented = /^[ \t]/.test(body);
    if (started) {
      if (folded && !moreIndented && !previousMoreIndented) {
        out.push(pendingEmpty ? "\n".repeat(pendingEmpty) : " ", base + line.start);
      } else {
        out.push("\n".repeat(pendingEmpty + 1), base + line.start);
      }
    } else if (pendingEmpty) {
      out.push("\n".repeat(pendingEmpty), base + line.start);
    }
    pendingEmpty = 0;
    started = true;
    previousMoreIndented = moreIndented;
    for (let i = 0; i < body.length; i++) out.push(body[i], base + line.start + indent + i);
  }
  const endOffset = base + raw.length;
  if (started && chomp !== "strip") out.push("\n", endOffset);
  if (chomp === "keep") out.push("\n".repeat(pendingEmpty), endOffset);
  return { value: out.value, offsets: [...out.offsets, endOffset] };
}

export {
  parseYamlWithPositions,
  get,
  entries,
  items,
  scalarString,
  scalarText
};
