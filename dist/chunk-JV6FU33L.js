import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  firstOf,
  linesOf,
  quotedStrings,
  snippetSpan,
  textLines,
  withTemplateHoles
} from "./chunk-DDB6ZLY5.js";
import "./chunk-HU7KHN2P.js";
import "./chunk-WG42RVUK.js";
import {
  UNKNOWN,
  readCode
} from "./chunk-3RSMXYZE.js";
import {
  parseYamlWithPositions,
  scalarText
} from "./chunk-ZBXMPTUD.js";
import {
  require_dist
} from "./chunk-ZBXWAF4J.js";
import {
  parseJson
} from "./chunk-ASCISIAG.js";
import "./chunk-25IFS2WD.js";
import "./chunk-FJFFMLKF.js";
import "./chunk-BG6M7MHB.js";
import {
  fromOffsets,
  shiftBy
} from "./chunk-GBH2K4QU.js";
import {
  __toESM
} from "./chunk-ZHGBYMEX.js";

// src/parsers/universal/snippets.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_VALUES = 2e4;
function snippetsOf(kind, text) {
  switch (kind.kind) {
    case "code":
      return codeStrings(kind.language, text, 0, text.length);
    case "yaml":
      return yamlValues(text);
    case "json":
      return jsonValues(text);
    case "notebook":
      return notebookCells(text);
    case "toml":
    case "ini":
      return assignedValues(text, kind.kind);
    case "text":
      return textLines(text, "a text file");
    case "skipped":
      return [];
  }
}
function codeStrings(language, text, from, to) {
  const syntax = readCode(language, text);
  const out = [];
  for (const { node, value } of syntax.strings) {
    if (node.startIndex < from || node.endIndex > to) continue;
    const known = value.text.replaceAll(UNKNOWN, "x");
    if (known.trim().length < 4) continue;
    out.push({ text: known, toFile: fromOffsets(value.at), context: `a ${language} string`, structured: true });
  }
  return out;
}
function yamlValues(text) {
  const { documents, error } = parseYamlWithPositions(text);
  if (error !== void 0) return textLines(text, "a YAML file it could not parse");
  const out = [];
  for (const document of documents) {
    (0, import_yaml.visit)(document, {
      Scalar(key, node) {
        if (key === "key" || !(0, import_yaml.isScalar)(node)) return;
        const value = scalarText(node, text);
        if (value && out.length < MAX_VALUES) {
          out.push({ text: value.value, toFile: value.map, context: "a YAML value", structured: true });
        }
      }
    });
  }
  return out;
}
function jsonStrings(value, out) {
  const stack = [value];
  while (stack.length > 0 && out.length < MAX_VALUES) {
    const next = stack.pop();
    if (next.type === "string") out.push(next);
    else if (next.type === "array") stack.push(...[...next.items].reverse());
    else if (next.type === "object") stack.push(...next.members.map((m) => m.value).reverse());
  }
}
function parsedJson(text) {
  try {
    return parseJson(text);
  } catch {
    return void 0;
  }
}
function jsonValues(text) {
  const parsed = parsedJson(text);
  if (!parsed) return textLines(text, "a JSON file it could not parse");
  const strings = [];
  jsonStrings(parsed, strings);
  return strings.map((s) => ({ text: s.value, toFile: s.map, context: "a JSON value", structured: true }));
}
function cellSource(source) {
  const parts = source?.type === "string" ? [source] : source?.type === "array" ? source.items : [];
  let text = "";
  const at = [];
  for (const part of parts) {
    if (part.type !== "string") continue;
    for (let i = 0; i < part.value.length; i++) at.push(part.map(i));
    text += part.value;
  }
  if (text === "") return void 0;
  at.push(at[at.length - 1] + 1);
  return { text, toFile: fromOffsets(at) };
}
var CELL_MAGIC_SQL = /^%%(sql|bigquery|spark\.sql|sparksql)\b[^\n]*\n?/;
var CELL_MAGIC_SHELL = /^%%(bash|sh|script[ \t]+(ba)?sh|system)\b[^\n]*\n?/;
function notebookCells(text) {
  const parsed = parsedJson(text);
  if (!parsed || parsed.type !== "object") return textLines(text, "a notebook it could not parse");
  const cells = parsed.members.find((m) => m.key.value === "cells")?.value;
  if (!cells || cells.type !== "array") return [];
  const out = [];
  cells.items.forEach((cell, index) => {
    if (cell.type !== "object") return;
    const type = cell.members.find((m) => m.key.value === "cell_type")?.value;
    if (type?.type === "string" && type.value === "markdown") return;
    const source = cellSource(cell.members.find((m) => m.key.value === "source")?.value);
    if (!source) return;
    const context = `notebook cell ${index + 1}`;
    const magic = CELL_MAGIC_SQL.exec(source.text) ?? CELL_MAGIC_SHELL.exec(source.text);
    if (magic) {
      const skip = magic[0].length;
      const body = source.text.slice(skip);
      const toFile = (o) => source.toFile(o + skip);
      const structured = magic === CELL_MAGIC_SQL.exec(source.text);
      if (structured) out.push({ text: body, toFile, context, structured: true });
      else out.push(...linesOf(body, toFile, context));
      return;
    }
    out.push(...notebookLines(source.text, source.toFile, context));
  });
  return out;
}
function notebookLines(text, toFile, context) {
  const out = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const magic = /^[ \t]*(!|%sql[ \t]+|%system[ \t]+|%sx[ \t]+)/.exec(line);
    if (magic) {
      const start = offset + magic[0].length;
      out.push({ text: line.slice(magic[0].length), toFile: (o) => toFile(start + o), context, structured: true });
    } else {
      out.push(...pythonLiterals(line, (o) => toFile(offset + o), context));
    }
    offset += line.length + 1;
  }
  return out;
}
function pythonLiterals(line, toFile, context) {
  return quotedStrings(line, 0).map((q) => ({
    text: q.text,
    toFile: (o) => toFile(q.toLine(o)),
    context,
    structured: true
  }));
}
function assignedValues(text, kind) {
  const out = [];
  const context = kind === "toml" ? "a TOML value" : "a configuration value";
  const lines = text.split("\n");
  let offset = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";") || trimmed.startsWith("[")) continue;
    const eq = kind === "toml" ? line.indexOf("=") : firstOf(line, "=", ":");
    const valueStart = eq < 0 ? 0 : eq + 1;
    const rest = line.slice(valueStart);
    const lead = rest.length - rest.trimStart().length;
    const value = rest.trim();
    const triple = value.startsWith('"""') ? '"""' : value.startsWith("'''") ? "'''" : void 0;
    if (triple) {
      const bodyStart = start + valueStart + lead + 3;
      const close = text.indexOf(triple, bodyStart);
      const bodyEnd = close < 0 ? text.length : close;
      const body = text.slice(bodyStart, bodyEnd).replace(/^\n/, "");
      const skip = text[bodyStart] === "\n" ? 1 : 0;
      out.push({ text: body, toFile: shiftBy(bodyStart + skip), context, structured: true });
      while (n + 1 < lines.length && offset <= bodyEnd) offset += lines[++n].length + 1;
      continue;
    }
    const quoted = quotedStrings(line, valueStart);
    if (quoted.length > 0) {
      for (const q of quoted) out.push({ text: q.text, toFile: (o) => start + q.toLine(o), context, structured: true });
    } else if (eq >= 0 && value !== "") {
      out.push({ text: value, toFile: shiftBy(start + valueStart + lead), context, structured: true });
    }
  }
  return out;
}
export {
  snippetSpan,
  snippetsOf,
  textLines,
  withTemplateHoles
};
