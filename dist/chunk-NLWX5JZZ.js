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
  __toESM
} from "./chunk-ZHGBYMEX.js";

// src/parsers/yaml/positions.ts
var import_yaml = __toESM(require_dist(), 1);

// src/parsers/yaml/cloudformation-tags.ts
var INTRINSICS = [
  "Ref",
  "Condition",
  "Sub",
  "GetAtt",
  "Join",
  "If",
  "Select",
  "Split",
  "FindInMap",
  "ImportValue",
  "Base64",
  "Cidr",
  "GetAZs",
  "Equals",
  "Not",
  "And",
  "Or",
  "Transform",
  "Length",
  "ToJsonString"
];
function longName(name) {
  return name === "Ref" || name === "Condition" ? name : `Fn::${name}`;
}
function wrapIntrinsic(tag, value) {
  const name = tag.startsWith("!") ? tag.slice(1) : void 0;
  return name && INTRINSICS.includes(name) ? { [longName(name)]: value } : value;
}
var CLOUDFORMATION_TAGS = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, identify: () => false, resolve: (value) => ({ [longName(name)]: value }) },
  { tag: `!${name}`, collection: "seq", identify: () => false },
  { tag: `!${name}`, collection: "map", identify: () => false }
]);

// src/parsers/yaml/positions.ts
function parseYaml(text) {
  const deep = tooDeepForYaml(text);
  if (deep !== void 0) return { documents: [], error: { message: deep, offset: 0 } };
  const parsed = (0, import_yaml.parseAllDocuments)(text, { customTags: CLOUDFORMATION_TAGS, uniqueKeys: false, prettyErrors: false });
  const stream = { documents: [] };
  for (const doc of parsed) {
    const error = doc.errors[0];
    if (error && !stream.error) stream.error = { message: error.message.split("\n")[0], offset: error.pos[0] };
    const [start, , end] = doc.range;
    stream.documents.push({ root: doc.contents, span: { start, end } });
  }
  return stream;
}
function pairOf(node, key) {
  if (!(0, import_yaml.isMap)(node)) return void 0;
  for (const item of node.items) {
    if ((0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === key) return item;
  }
  return void 0;
}
function valueOf(node, key) {
  return pairOf(node, key)?.value ?? void 0;
}
function valueAt(node, ...keys) {
  let current = node;
  for (const key of keys) current = valueOf(current, key);
  return current;
}
function scalarText(node) {
  if (!(0, import_yaml.isScalar)(node) || node.value === null || node.value === void 0) return void 0;
  if (typeof node.value === "object") return void 0;
  return String(node.value);
}
function entriesOf(node) {
  if (!(0, import_yaml.isMap)(node)) return [];
  const out = [];
  for (const item of node.items) {
    if ((0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key)) out.push({ key: String(item.key.value), pair: item });
  }
  return out;
}
function itemsOf(node) {
  if (!(0, import_yaml.isSeq)(node)) return [];
  return node.items.filter((item) => item !== null && typeof item === "object" && "range" in item);
}
function spanOf(node) {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : void 0;
}
function pairSpan(pair) {
  const key = spanOf(pair.key);
  const value = spanOf(pair.value);
  return { start: key.start, end: Math.max(key.end, value?.end ?? key.end) };
}
function plainValue(node) {
  if (node === null || node === void 0) return null;
  if ((0, import_yaml.isAlias)(node)) return { alias: node.source };
  let value;
  if ((0, import_yaml.isScalar)(node)) value = node.value;
  else if ((0, import_yaml.isSeq)(node)) value = node.items.map((item) => plainValue(item));
  else if ((0, import_yaml.isMap)(node)) {
    const out = {};
    for (const item of node.items) if ((0, import_yaml.isScalar)(item.key)) out[String(item.key.value)] = plainValue(item.value);
    value = out;
  }
  return node.tag && !(0, import_yaml.isScalar)(node) ? wrapIntrinsic(node.tag, value) : value;
}

export {
  parseYaml,
  pairOf,
  valueOf,
  valueAt,
  scalarText,
  entriesOf,
  itemsOf,
  spanOf,
  pairSpan,
  plainValue
};
