import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  pairSpan
} from "./chunk-NLWX5JZZ.js";
import {
  require_dist
} from "./chunk-ZBXWAF4J.js";
import {
  __toESM
} from "./chunk-ZHGBYMEX.js";

// src/parsers/iac-code/arguments.ts
var import_yaml = __toESM(require_dist(), 1);
var normaliseName = (name) => name.replace(/_/g, "").toLowerCase();
var spanOf = (node) => ({ start: node.startIndex, end: node.endIndex });
function literalOf(node) {
  const text = node.text;
  if (/^(true|True)$/.test(text)) return true;
  if (/^(false|False)$/.test(text)) return false;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (node.type === "literal_element" && node.namedChildren[0]) return literalOf(node.namedChildren[0]);
  if (/^(string|interpreted_string_literal|raw_string_literal|string_literal|verbatim_string_literal)$/.test(node.type)) {
    if (node.descendantsOfType(["interpolation", "template_substitution", "interpolated_string_expression"]).length > 0)
      return void 0;
    const inner = /^[rbuRBU]?(['"`]{1,3})([\s\S]*)\1$/.exec(text);
    return inner ? inner[2] : void 0;
  }
  const wrapped = /^(pulumi|jsii)\.(Bool|Int|Float64|Number|String)\((.*)\)$/s.exec(text);
  if (wrapped && node.type === "call_expression") {
    const inner = node.childForFieldName("arguments")?.namedChildren[0];
    return inner ? literalOf(inner) : void 0;
  }
  return void 0;
}
function tsArguments(object, names = [], key = "", written = []) {
  const out = [];
  for (const pair of object.namedChildren) {
    if (pair?.type !== "pair") continue;
    const keyNode = pair.childForFieldName("key");
    const value = pair.childForFieldName("value");
    if (!keyNode || !value) continue;
    const raw = keyNode.type === "string" ? keyNode.text.slice(1, -1) : keyNode.text;
    const name = normaliseName(raw);
    push(out, [...names, name], [...written, raw], `${key}${name}`, value, spanOf(pair), tsArguments);
  }
  return out;
}
function pythonArguments(args, names = [], key = "", written = []) {
  const out = [];
  for (const child of args.namedChildren) {
    if (child?.type === "keyword_argument") {
      const raw = child.childForFieldName("name")?.text ?? "";
      const name = normaliseName(raw);
      const value = child.childForFieldName("value");
      if (value) push(out, [...names, name], [...written, raw], `${key}${name}`, value, spanOf(child), pythonArguments);
    } else if (child?.type === "pair") {
      const keyNode = child.childForFieldName("key");
      const value = child.childForFieldName("value");
      const literal = keyNode ? literalOf(keyNode) : void 0;
      if (typeof literal === "string" && value)
        push(
          out,
          [...names, normaliseName(literal)],
          [...written, literal],
          `${key}${normaliseName(literal)}`,
          value,
          spanOf(child),
          pythonArguments
        );
    }
  }
  return out;
}
function unwrapGo(node) {
  let current = node;
  while ((current.type === "literal_element" || current.type === "unary_expression") && current.namedChildren[0])
    current = current.namedChildren[current.namedChildren.length - 1];
  return current;
}
function goArguments(body, names = [], key = "", written = []) {
  const out = [];
  for (const element of body.namedChildren) {
    if (element?.type !== "keyed_element") continue;
    const [keyNode, valueNode] = element.namedChildren.filter((c) => c !== null && c.type !== "comment");
    if (!keyNode || !valueNode) continue;
    const raw = unwrapGo(keyNode).text;
    const name = normaliseName(raw);
    push(out, [...names, name], [...written, raw], `${key}${name}`, unwrapGo(valueNode), spanOf(element), goArguments);
  }
  return out;
}
function csharpArguments(init, names = [], key = "", written = []) {
  const out = [];
  for (const element of init.namedChildren) {
    if (element?.type !== "assignment_expression") continue;
    const left = element.childForFieldName("left");
    const right = element.childForFieldName("right");
    if (!left || !right) continue;
    const name = normaliseName(left.text);
    push(out, [...names, name], [...written, left.text], `${key}${name}`, right, spanOf(element), csharpArguments);
  }
  return out;
}
function push(out, names, written, key, value, span, read) {
  out.push({ names, written, key, value: literalOf(value), text: value.text, span });
  const inner = containerOf(value);
  if (!inner) return;
  if (inner.kind === "object") out.push(...read(inner.node, names, `${key}.`, written));
  else
    inner.items.forEach((item, i) => {
      const nested = containerOf(item);
      if (nested?.kind === "object") out.push(...read(nested.node, names, `${key}[${i}].`, written));
    });
}
function containerOf(node) {
  switch (node.type) {
    case "object":
    case "dictionary":
      return { kind: "object", node };
    case "array":
    case "list":
    case "tuple":
      return { kind: "list", items: node.namedChildren.filter((c) => c !== null && c.type !== "comment") };
    case "call": {
      const callee = node.childForFieldName("function")?.text ?? "";
      const args = node.childForFieldName("arguments");
      return args && /(Args|^dict)$/.test(callee) ? { kind: "object", node: args } : void 0;
    }
    // Go: &rds.InstanceArgs{...}, s3.RuleArray{...}; C#: new InstanceArgs { ... }.
    case "composite_literal": {
      const body = node.childForFieldName("body");
      if (!body) return void 0;
      const keyed = body.namedChildren.some((c) => c?.type === "keyed_element");
      return keyed ? { kind: "object", node: body } : { kind: "list", items: body.namedChildren.filter((c) => c !== null).map(unwrapGo) };
    }
    case "object_creation_expression": {
      const init = node.childForFieldName("initializer");
      if (!init) return void 0;
      const assigned = init.namedChildren.some((c) => c?.type === "assignment_expression");
      return assigned ? { kind: "object", node: init } : { kind: "list", items: init.namedChildren.filter((c) => c !== null) };
    }
    case "unary_expression":
    case "literal_element":
    case "parenthesized_expression":
    case "as_expression":
    case "satisfies_expression": {
      const inner = node.namedChildren[0];
      return inner ? containerOf(inner) : void 0;
    }
    default:
      return void 0;
  }
}
function yamlArguments(node, names = [], key = "", written = []) {
  const out = [];
  if (!(0, import_yaml.isMap)(node)) return out;
  for (const pair of node.items) {
    const rawKey = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
    if (rawKey === void 0) continue;
    const name = normaliseName(rawKey);
    const value = pair.value;
    const scalar = (0, import_yaml.isScalar)(value) ? value.value : void 0;
    out.push({
      names: [...names, name],
      written: [...written, rawKey],
      key: `${key}${name}`,
      value: typeof scalar === "string" || typeof scalar === "number" || typeof scalar === "boolean" ? scalar : void 0,
      text: (0, import_yaml.isScalar)(value) ? String(value.value) : "",
      span: pairSpan(pair)
    });
    if ((0, import_yaml.isMap)(value)) out.push(...yamlArguments(value, [...names, name], `${key}${name}.`, [...written, rawKey]));
    else if ((0, import_yaml.isSeq)(value))
      value.items.forEach(
        (item, i) => out.push(...yamlArguments(item, [...names, name], `${key}${name}[${i}].`, [...written, rawKey]))
      );
  }
  return out;
}

// src/rules/iac/lib/code-safeguards.ts
var isTrue = (v) => v === true || v === "true";
var isFalse = (v) => v === false || v === "false";
var isZero = (v) => v === 0 || v === "0";
var always = () => true;
var CODE_SAFEGUARDS = [
  { names: ["forcedestroy"], unsafe: isTrue, loses: "the refusal to delete a store that still holds data" },
  { names: ["forcedelete"], unsafe: isTrue, loses: "the refusal to delete a store that still holds data" },
  { names: ["skipfinalsnapshot"], unsafe: isTrue, loses: "the final snapshot taken on deletion" },
  { names: ["deleteautomatedbackups"], unsafe: isTrue, loses: "the automated backups kept after deletion" },
  { names: ["terminationprotection"], unsafe: isFalse, absentUnsafe: true, loses: "termination protection" },
  { names: ["deletionprotectionenabled"], unsafe: isFalse, absentUnsafe: true, loses: "deletion protection" },
  { names: ["backupretentionperiod"], unsafe: isZero, shortened: true, loses: "automated backups" },
  { names: ["backupretentiondays"], unsafe: isZero, shortened: true, loses: "automated backups" },
  { names: ["snapshotretentionlimit"], unsafe: isZero, shortened: true, loses: "automated snapshots" },
  { names: ["retainedbackups"], suffix: true, unsafe: isZero, shortened: true, loses: "retained backups" },
  { names: ["pointintimerecovery", "enabled"], unsafe: isFalse, absentUnsafe: true, loses: "point-in-time recovery" },
  { names: ["pointintimerecovery"], unsafe: isFalse, loses: "point-in-time recovery" },
  { names: ["pointintimerecoveryenabled"], suffix: true, unsafe: isFalse, loses: "point-in-time recovery" },
  {
    names: ["versioningconfiguration", "status"],
    unsafe: (v) => v === "Suspended" || v === "Disabled",
    loses: "object versioning"
  },
  { names: ["versioning", "enabled"], unsafe: isFalse, loses: "object versioning" },
  { names: ["versioned"], unsafe: isFalse, loses: "object versioning" },
  {
    names: ["expiration", "days"],
    suffix: true,
    unsafe: always,
    shortened: true,
    backupsOnly: true,
    onNewResource: true,
    loses: "backups older than the new expiry"
  },
  {
    names: ["noncurrentversionexpiration", "noncurrentdays"],
    suffix: true,
    unsafe: always,
    shortened: true,
    backupsOnly: true,
    onNewResource: true,
    loses: "earlier versions of backups older than the new expiry"
  },
  {
    names: ["expirationindays"],
    suffix: true,
    unsafe: always,
    shortened: true,
    backupsOnly: true,
    onNewResource: true,
    loses: "backups older than the new expiry"
  },
  {
    names: ["condition", "age"],
    suffix: true,
    unsafe: always,
    shortened: true,
    backupsOnly: true,
    onNewResource: true,
    loses: "backups older than the new expiry"
  }
];
function safeguardOf(argument) {
  return CODE_SAFEGUARDS.find((row) => {
    if (row.suffix ? argument.names.length < row.names.length : argument.names.length !== row.names.length)
      return false;
    const tail = argument.names.slice(argument.names.length - row.names.length);
    return tail.every((n, i) => n === row.names[i]);
  });
}
var BACKUP_WORDS = /backup|snapshot|dump|archive|\bwal\b|restore|recovery|vault/i;

export {
  normaliseName,
  literalOf,
  tsArguments,
  pythonArguments,
  unwrapGo,
  goArguments,
  csharpArguments,
  yamlArguments,
  safeguardOf,
  BACKUP_WORDS
};
