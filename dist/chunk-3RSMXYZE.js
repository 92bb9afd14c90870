import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  parserFor
} from "./chunk-BG6M7MHB.js";

// src/parsers/code/values.ts
var UNKNOWN = "\0";
function isKnown(value) {
  return !value.text.includes(UNKNOWN);
}
var MAX_DEPTH = 12;
var empty = (at) => ({ text: "", at: [at] });
function unknownAt(node) {
  return { text: UNKNOWN, at: [node.startIndex, node.endIndex] };
}
function concat(parts, end) {
  let text = "";
  const at = [];
  const from = [];
  for (const part of parts) {
    text += part.text;
    at.push(...part.at.slice(0, part.text.length));
    if (part.from) from.push(...part.from);
  }
  at.push(parts.length ? parts[parts.length - 1].at[parts[parts.length - 1].text.length] : end);
  return from.length ? { text, at, from } : { text, at };
}
function pointedAt(value, site) {
  const from = [...value.from ?? []];
  if (value.text.length) {
    let start = Infinity;
    let end = -Infinity;
    for (let i = 0; i < value.text.length; i++) {
      start = Math.min(start, value.at[i]);
      end = Math.max(end, value.at[i] + 1);
    }
    from.push({ start, end });
  }
  const at = [...Array.from(value.text, () => site.startIndex), site.endIndex];
  return from.length ? { text: value.text, at, from } : { text: value.text, at };
}
function evaluate(node, scope, depth = 0) {
  if (depth > MAX_DEPTH) return unknownAt(node);
  const next = (n) => evaluate(n, scope, depth + 1);
  switch (node.type) {
    case "string":
    case "template_string":
    case "interpreted_string_literal":
    case "raw_string_literal":
    case "heredoc_body":
    case "string_content":
    case "heredoc_content":
    case "string_literal":
    case "multiline_string_literal":
    case "encapsed_string":
    case "interpolated_string_expression":
      return literal(node, scope, depth);
    case "verbatim_string_literal": {
      const body = node.text.slice(2, -1);
      if (body.includes('""')) return unknownAt(node);
      return { text: body, at: rangeOffsets(node.startIndex + 2, node.endIndex - 1) };
    }
    case "concatenated_string":
      return assembled(node, node.namedChildren.filter(isPresent).map(next), scope);
    case "simple_symbol":
      return {
        text: node.text.slice(1),
        at: [...Array.from(node.text.slice(1), (_, i) => node.startIndex + 1 + i), node.endIndex]
      };
    case "heredoc_beginning": {
      const body = scope.heredocs.get(node.startIndex);
      return body ? next(body) : unknownAt(node);
    }
    case "parenthesized_expression":
    case "non_null_expression":
    case "expression_list":
    case "as_expression":
    case "satisfies_expression":
    case "await_expression": {
      const inner = node.namedChildren.filter(isPresent).filter((c) => c.type !== "comment");
      const wraps = node.type === "as_expression" || node.type === "satisfies_expression" || inner.length === 1;
      return wraps && inner[0] ? next(inner[0]) : unknownAt(node);
    }
    case "binary_expression":
    case "binary_operator":
    case "binary":
    case "boolean_operator":
      return binary(node, scope, depth);
    case "identifier":
    case "constant":
    case "variable_name": {
      const assigned = scope.constants.get(node.text);
      if (!assigned) return unknownAt(node);
      return pointedAt(next(assigned), node);
    }
    case "call_expression":
    case "call":
    case "method_invocation":
    case "macro_invocation":
    case "function_call_expression":
      return callValue(node, scope, depth) ?? unknownAt(node);
    default:
      return unknownAt(node);
  }
}
function isPresent(node) {
  return node !== null && node !== void 0;
}
function binary(node, scope, depth) {
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  const operator = node.childForFieldName("operator")?.text ?? node.children.find((c) => c && !c.isNamed)?.text;
  if (!left || !right) return unknownAt(node);
  const l = evaluate(left, scope, depth + 1);
  if (operator === "+" || operator === "." || operator === "<>")
    return assembled(node, [l, evaluate(right, scope, depth + 1)], scope);
  if (operator === "%" && (left.type === "string" || left.type === "identifier") && l.text !== UNKNOWN)
    return formatted(node, l, /%(?:\([^)]*\))?[-+# 0]*\d*(?:\.\d+)?[sdrif]/g, [], scope);
  if (operator === "??" || operator === "||" || operator === "or")
    return isKnown(l) ? l : evaluate(right, scope, depth + 1);
  return unknownAt(node);
}
function assembled(node, parts, scope) {
  const value = concat(parts, node.endIndex);
  const pieces = parts.map((p) => p.text).filter((t) => t !== "");
  if (pieces.length > 1 && pieces.every((p) => !p.includes(UNKNOWN)) && !scope.assemblies.has(node.startIndex)) {
    scope.assemblies.set(node.startIndex, {
      span: { start: node.startIndex, end: node.endIndex },
      text: value.text,
      pieces
    });
  }
  return value;
}
function literal(node, scope, depth) {
  const raw = isRawString(node);
  const parts = [];
  let substituted = false;
  const container = node.type === "string_content" || node.type === "heredoc_content";
  let pos = node.startIndex;
  const source = node.tree.rootNode.text;
  const copy = (start, end) => {
    if (end > start) parts.push({ text: source.slice(start, end), at: rangeOffsets(start, end) });
  };
  let kotlinName = false;
  for (const child of node.children) {
    if (!child) continue;
    if (container) copy(pos, child.startIndex);
    if (kotlinName && child.type === "string_content") {
      kotlinName = false;
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(child.text)?.[0] ?? "";
      const assigned = name ? scope.constants.get(name) : void 0;
      parts.push(
        assigned ? pointedAt(evaluate(assigned, scope, depth + 1), child) : { text: UNKNOWN, at: [child.startIndex, child.endIndex] }
      );
      substituted = true;
      copy(child.startIndex + name.length, child.endIndex);
      pos = child.endIndex;
      continue;
    }
    if (child.type === "string_content" && child.text === "$" && node.type === "string_literal") {
      kotlinName = true;
      pos = child.endIndex;
      continue;
    }
    switch (child.type) {
      case "string_fragment":
      case "multiline_string_fragment":
      case "interpreted_string_literal_content":
      case "raw_string_literal_content":
      case "string_literal_content":
      // C# "…"
      case "quoted_content":
        copy(child.startIndex, child.endIndex);
        break;
      case "string_content":
      case "heredoc_content":
        parts.push(literal(child, scope, depth));
        break;
      case "escape_sequence":
        parts.push(
          raw ? { text: child.text, at: rangeOffsets(child.startIndex, child.endIndex) } : { text: decodeEscape(child.text), at: [child.startIndex, child.endIndex] }
        );
        break;
      case "escape_interpolation":
        parts.push({ text: child.text.slice(0, 1), at: [child.startIndex, child.endIndex] });
        break;
      // PHP "…$name…", "…{$o->x}…", "…$a[0]…".
      case "variable_name":
      case "member_access_expression":
      case "subscript_expression":
      case "dynamic_variable_name": {
        parts.push(pointedAt(evaluate(child, scope, depth + 1), child));
        substituted = true;
        break;
      }
      case "template_substitution":
      case "interpolation": {
        const inner = child.childForFieldName("expression") ?? child.namedChildren.find(isPresent);
        const value = inner ? evaluate(inner, scope, depth + 1) : unknownAt(child);
        parts.push(pointedAt(value, child));
        substituted = true;
        break;
      }
      default:
        break;
    }
    pos = child.endIndex;
  }
  if (container) copy(pos, node.endIndex);
  if (parts.length === 0) return empty(node.startIndex);
  return substituted ? assembled(node, parts, scope) : concat(parts, node.endIndex);
}
function rangeOffsets(start, end) {
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}
function isRawString(node) {
  if (node.type === "raw_string_literal") return true;
  const start = node.type === "string" ? node.namedChildren.find((c) => c?.type === "string_start") : void 0;
  return start !== void 0 && start !== null && /r/i.test(start.text.replace(/['"]/g, ""));
}
var SIMPLE_ESCAPES = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", v: "\v", "0": "\0" };
function decodeEscape(escape) {
  const body = escape.slice(1);
  const hex = /^(?:x([0-9a-f]{2})|u([0-9a-f]{4})|u\{([0-9a-f]+)\}|U([0-9a-f]{8}))$/i.exec(body);
  if (hex) {
    const code = parseInt(hex[1] ?? hex[2] ?? hex[3] ?? hex[4] ?? "0", 16);
    return code <= 1114111 ? String.fromCodePoint(code) : UNKNOWN;
  }
  if (body.startsWith("\n") || body.startsWith("\r")) return "";
  return SIMPLE_ESCAPES[body] ?? body.slice(0, 1);
}
function callValue(node, scope, depth) {
  const next = (n) => evaluate(n, scope, depth + 1);
  const jvm = jvmFormat(node, scope, depth);
  if (jvm) return jvm;
  const fn = node.childForFieldName("function");
  const args = node.childForFieldName("arguments");
  const argList = args ? args.namedChildren.filter(isPresent).filter((c) => c.type !== "comment") : [];
  const receiver = fn?.childForFieldName("object") ?? fn?.childForFieldName("operand") ?? node.childForFieldName("receiver");
  const method = fn?.childForFieldName("property")?.text ?? fn?.childForFieldName("attribute")?.text ?? fn?.childForFieldName("field")?.text ?? node.childForFieldName("method")?.text;
  const transformed = transformValue(node, method, receiver ?? void 0, argList, scope, depth);
  if (transformed) return transformed;
  if (method === "join" && receiver) {
    const items = arrayItems(receiver, scope);
    if (items) {
      const separator = argList[0] ? next(argList[0]) : { text: node.type === "call" ? "" : ",", at: [node.startIndex] };
      return joinValues(node, items.map(next), separator, scope);
    }
    const pyItems = argList[0] ? arrayItems(argList[0], scope) : void 0;
    if (pyItems) return joinValues(node, pyItems.map(next), next(receiver), scope);
  }
  if (method === "Join" && receiver?.text === "strings" && argList.length === 2) {
    const items = arrayItems(argList[0], scope);
    if (items) return joinValues(node, items.map(next), next(argList[1]), scope);
  }
  if (method === "Sprintf" && receiver?.text === "fmt" && argList.length >= 1) {
    const format = next(argList[0]);
    const values = argList.slice(1).map(next);
    const parts = [];
    let last = 0;
    let used = 0;
    for (const match of format.text.matchAll(/%[-+# 0]*\d*(?:\.\d+)?[svdq]/g)) {
      parts.push(slice(format, last, match.index));
      parts.push(values[used++] ?? unknownAt(node));
      last = match.index + match[0].length;
    }
    parts.push(slice(format, last, format.text.length));
    return assembled(node, parts, scope);
  }
  if ((method === "concat" || method === "toLowerCase" || method === "toUpperCase" || method === "lower" || method === "upper") && receiver) {
    const base = next(receiver);
    if (method === "concat") return assembled(node, [base, ...argList.map(next)], scope);
    const cased = method === "toLowerCase" || method === "lower" ? base.text.toLowerCase() : base.text.toUpperCase();
    return { text: cased.length === base.text.length ? cased : base.text, at: base.at };
  }
  return void 0;
}
function jvmFormat(node, scope, depth) {
  const next = (n) => evaluate(n, scope, depth + 1);
  const PRINTF = /%(?:\d+\$)?[-+# 0,(]*\d*(?:\.\d+)?[sdfx]/g;
  if (node.type === "macro_invocation") {
    const macro = node.childForFieldName("macro")?.text;
    if (macro !== "format" && macro !== "format_args") return void 0;
    const tokens = node.namedChildren.find((c) => c?.type === "token_tree");
    const first = tokens?.namedChildren.find(isPresent);
    if (!first || first.type !== "string_literal" && first.type !== "raw_string_literal") return void 0;
    const rest = (tokens?.namedChildren ?? []).filter(isPresent).slice(1);
    return formatted(node, next(first), /\{[^{}]*\}/g, rest.map(next), scope);
  }
  if (node.type === "function_call_expression" && node.childForFieldName("function")?.text === "sprintf") {
    const args = (node.childForFieldName("arguments")?.namedChildren ?? []).filter(isPresent).map((a) => a.type === "argument" ? a.namedChildren.at(-1) ?? a : a).filter(isPresent);
    if (args[0]) return formatted(node, next(args[0]), PRINTF, args.slice(1).map(next), scope);
  }
  if (node.type === "method_invocation") {
    const object = node.childForFieldName("object");
    const name = node.childForFieldName("name")?.text;
    const args = (node.childForFieldName("arguments")?.namedChildren ?? []).filter(isPresent);
    if (name === "format" && object?.text === "String" && args[0])
      return formatted(node, next(args[0]), PRINTF, args.slice(1).map(next), scope);
    if ((name === "formatted" || name === "format") && object && object.type === "string_literal")
      return formatted(node, next(object), PRINTF, args.map(next), scope);
    return void 0;
  }
  if (node.type === "call_expression" && !node.childForFieldName("function")) {
    const callee = node.namedChildren[0];
    const values = node.namedChildren.find((c) => c?.type === "value_arguments")?.namedChildren.filter(isPresent).map((a) => a.namedChildren.at(-1)).filter(isPresent);
    if (callee?.type !== "navigation_expression" || !values) return void 0;
    const target = callee.namedChildren[0];
    const method = callee.namedChildren.at(-1)?.text;
    if (method !== "format" || !target) return void 0;
    if (target.type === "string_literal" || target.type === "multiline_string_literal")
      return formatted(node, next(target), PRINTF, values.map(next), scope);
    if (target.text === "String" && values[0])
      return formatted(node, next(values[0]), PRINTF, values.slice(1).map(next), scope);
  }
  return void 0;
}
function formatted(node, format, field, values, scope) {
  const parts = [];
  let last = 0;
  let used = 0;
  for (const match of format.text.matchAll(field)) {
    if (match[0] === "%%" || match[0] === "{{" || match[0] === "}}") continue;
    parts.push(slice(format, last, match.index));
    parts.push(values[used++] ?? { text: UNKNOWN, at: [node.startIndex, node.endIndex] });
    last = match.index + match[0].length;
  }
  parts.push(slice(format, last, format.text.length));
  return assembled(node, parts, scope);
}
function slice(value, start, end) {
  return { text: value.text.slice(start, end), at: value.at.slice(start, end + 1) };
}
function joinValues(node, items, separator, scope) {
  const parts = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push(separator);
    parts.push(item);
  });
  return pointedAt(assembled(node, parts, scope), node);
}
function arrayItems(node, scope, depth = 0) {
  switch (node.type) {
    case "array":
    case "list":
    case "tuple":
    case "array_expression":
    case "array_initializer":
      return node.namedChildren.filter(isPresent).filter((c) => c.type !== "comment");
    case "array_creation_expression": {
      const init = node.childForFieldName("value");
      return init ? arrayItems(init, scope, depth + 1) : void 0;
    }
    case "composite_literal": {
      const body = node.childForFieldName("body");
      return body?.namedChildren.filter(isPresent).map((e) => e.type === "literal_element" ? e.namedChildren[0] ?? e : e);
    }
    case "identifier":
    case "constant":
    case "variable_name": {
      const assigned = scope.constants.get(node.text);
      return assigned && depth < 3 ? arrayItems(assigned, scope, depth + 1) : void 0;
    }
    default:
      return void 0;
  }
}
var INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/gu;
function transformValue(node, method, receiver, args, scope, depth) {
  const next = (n) => evaluate(n, scope, depth + 1);
  let input;
  let output;
  if (method === "normalize" && receiver?.text === "unicodedata" && args.length === 2) {
    input = next(args[1]);
    output = normalized(input, next(args[0]).text);
  } else if (method === "normalize" && receiver) {
    input = next(receiver);
    output = normalized(input, args[0] ? next(args[0]).text : "NFC");
  } else if ((method === "replace" || method === "replaceAll" || method === "sub") && receiver && args.length >= 2) {
    const [pattern, replacement] = method === "sub" && receiver.text === "re" ? [args[0], args[1]] : [args[0], args[1]];
    input = method === "sub" ? args[2] ? next(args[2]) : void 0 : next(receiver);
    if (!input) return void 0;
    const stripped = invisibleStripper(pattern, scope);
    const by = next(replacement);
    if (stripped && by.text === "") output = keep(input, (c) => !stripped.test(c));
    else if (pattern.type !== "regex") {
      const find = next(pattern).text;
      const at = find && !find.includes(UNKNOWN) ? input.text.indexOf(find) : -1;
      output = at < 0 ? input : concat(
        [slice(input, 0, at), pointedAt(by, node), slice(input, at + find.length, input.text.length)],
        node.endIndex
      );
    } else output = { text: UNKNOWN, at: [node.startIndex, node.endIndex] };
  } else if (method === "format" && receiver && (receiver.type === "string" || receiver.type === "identifier")) {
    input = next(receiver);
    const parts = [];
    let last = 0;
    for (const field of input.text.matchAll(/\{[^{}]*\}/g)) {
      parts.push(slice(input, last, field.index), { text: UNKNOWN, at: [node.startIndex, node.endIndex] });
      last = field.index + field[0].length;
    }
    parts.push(slice(input, last, input.text.length));
    output = concat(parts, node.endIndex);
  }
  if (!input || !output) return void 0;
  if (input.text !== output.text && !scope.transforms.has(node.startIndex))
    scope.transforms.set(node.startIndex, {
      span: { start: node.startIndex, end: node.endIndex },
      before: input.text,
      after: output.text
    });
  return output;
}
function normalized(value, form) {
  if (!["NFC", "NFD", "NFKC", "NFKD"].includes(form.toUpperCase())) return void 0;
  let text = "";
  const at = [];
  Array.from(value.text).forEach((char, i) => {
    const out = char.normalize(form.toUpperCase());
    text += out;
    for (let k = 0; k < out.length; k++) at.push(value.at[i] ?? value.at[0]);
  });
  at.push(value.at[value.text.length]);
  return { text, at };
}
function keep(value, test) {
  let text = "";
  const at = [];
  for (let i = 0; i < value.text.length; i++) {
    if (!test(value.text[i])) continue;
    text += value.text[i];
    at.push(value.at[i]);
  }
  at.push(value.at[value.text.length]);
  return { text, at };
}
function invisibleStripper(pattern, scope) {
  const source = pattern.type === "regex" ? pattern.childForFieldName("pattern")?.text ?? "" : evaluate(pattern, scope).text;
  const decoded = source.replace(/\\u\{?([0-9a-f]{4,5})\}?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16))).replace(/[[\]|+]/g, "");
  if (decoded === "" || decoded.replace(INVISIBLE, "") !== "") return void 0;
  return /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/u;
}

// src/parsers/code/read.ts
var STRING_TYPES = /* @__PURE__ */ new Set([
  "string",
  "template_string",
  "interpreted_string_literal",
  "raw_string_literal",
  "heredoc_body",
  "concatenated_string",
  // Java, Kotlin and Rust.
  "string_literal",
  "multiline_string_literal",
  // PHP "…$x…"
  "encapsed_string",
  // C# $"…{x}…" and @"…"
  "interpolated_string_expression",
  "verbatim_string_literal"
]);
var CONCAT_TYPES = /* @__PURE__ */ new Set(["binary_expression", "binary_operator", "binary"]);
var CALL_TYPES = /* @__PURE__ */ new Set([
  "call_expression",
  "call",
  "new_expression",
  // Java `a.b(...)` and `new B(...)`, Rust `name!(...)`.
  "method_invocation",
  "object_creation_expression",
  "macro_invocation",
  // PHP f(…), $o->m(…), C::m(…)
  "function_call_expression",
  "member_call_expression",
  "scoped_call_expression",
  // C# a.B(…)
  "invocation_expression"
]);
function readCode(language, text) {
  const tree = parserFor(language).parse(text);
  if (!tree) throw new Error(`the ${language} parser returned no tree`);
  const root = tree.rootNode;
  const scope = { constants: /* @__PURE__ */ new Map(), assemblies: /* @__PURE__ */ new Map(), transforms: /* @__PURE__ */ new Map(), heredocs: /* @__PURE__ */ new Map() };
  const stringNodes = [];
  const callNodes = [];
  let pendingHeredocs = [];
  const visit = (node) => {
    if (node.type === "comment") return;
    collectConstant(node, scope);
    if (node.type === "heredoc_beginning") pendingHeredocs.push(node);
    if (node.type === "heredoc_body") {
      const opener = pendingHeredocs.shift();
      if (opener) scope.heredocs.set(opener.startIndex, node);
      if (pendingHeredocs.length === 0) pendingHeredocs = [];
    }
    if ((STRING_TYPES.has(node.type) || isConcatenation(node)) && isStringRoot(node)) stringNodes.push(node);
    if (CALL_TYPES.has(node.type)) callNodes.push(node);
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  const strings = stringNodes.map((node) => ({ node, value: evaluate(node, scope) }));
  const calls = callNodes.map((node) => readCall(node, scope)).filter((c) => c !== void 0);
  for (const value of scope.constants.values()) if (value) evaluate(value, scope);
  for (const call of calls) for (const arg of call.args) evaluate(arg.value, scope);
  return { language, root, scope, strings, calls, hasErrors: root.hasError };
}
function isConcatenation(node) {
  if (!CONCAT_TYPES.has(node.type)) return false;
  const operator = node.childForFieldName("operator")?.text ?? node.children.find((c) => c && !c.isNamed)?.text;
  return operator === "+";
}
function isStringRoot(node) {
  const parent = node.parent;
  if (!parent) return true;
  if (parent.type === "expression_statement" || parent.type === "concatenated_string") return false;
  if (isConcatenation(parent)) return false;
  return true;
}
function collectConstant(node, scope) {
  const pairs = [];
  if (node.type === "variable_declarator") {
    const name = node.childForFieldName("name");
    const last = node.namedChildren.at(-1);
    const value = node.childForFieldName("value") ?? (last && last !== name ? last : null);
    if (name?.type === "identifier") pairs.push(value ? [name, value] : [name, name]);
  } else if (node.type === "assignment" || node.type === "assignment_expression") {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (left && right && ["identifier", "constant", "variable_name"].includes(left.type)) pairs.push([left, right]);
  } else if (node.type === "let_declaration" || node.type === "const_item" || node.type === "static_item") {
    const name = node.childForFieldName(node.type === "let_declaration" ? "pattern" : "name");
    const value = node.childForFieldName("value");
    if (name?.type === "identifier") pairs.push(value ? [name, value] : [name, name]);
  } else if (node.type === "binary_operator" && node.childForFieldName("operator")?.text === "=") {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (left?.type === "identifier" && right) pairs.push([left, right]);
  } else if (node.type === "property_declaration") {
    const name = node.namedChildren.find((c) => c?.type === "variable_declaration")?.namedChildren[0];
    const value = node.namedChildren.at(-1);
    if (name?.type === "identifier" && value && value.type !== "variable_declaration") pairs.push([name, value]);
  } else if (node.type === "const_spec" || node.type === "var_spec" || node.type === "short_var_declaration") {
    const names = node.type === "short_var_declaration" ? node.childForFieldName("left")?.namedChildren ?? [] : node.childrenForFieldName("name");
    const values = node.childForFieldName(node.type === "short_var_declaration" ? "right" : "value")?.namedChildren ?? [];
    names.forEach((name, i) => {
      const value = values[i];
      if (name && value && names.length === values.length) pairs.push([name, value]);
    });
  }
  for (const [name, value] of pairs) {
    scope.constants.set(name.text, scope.constants.has(name.text) || value === name ? null : value);
  }
}
function readCall(node, scope) {
  const span = { start: node.startIndex, end: node.endIndex };
  const argsNode = node.childForFieldName("arguments") ?? node.namedChildren.find(
    (c) => c?.type === "value_arguments" || c?.type === "token_tree" || c?.type === "arguments"
  ) ?? null;
  const args = argsNode ? readArgs(argsNode) : [];
  if (node.type === "macro_invocation") {
    const macro = node.childForFieldName("macro");
    if (!macro) return void 0;
    return { node, span, ...chainOf(macro, scope), isNew: false, args };
  }
  if (node.type === "method_invocation" || node.type === "member_call_expression" || node.type === "scoped_call_expression") {
    const name = node.childForFieldName("name");
    const object = node.childForFieldName("object") ?? node.childForFieldName("scope");
    if (!name) return void 0;
    const receiver = object ? chainOf(object, scope) : void 0;
    return {
      node,
      span,
      name: name.text,
      nameSpan: spanOf(name),
      computedName: false,
      isNew: false,
      receiver: receiver ? [...receiver.receiver, receiver.name] : [],
      receiverCalls: receiver?.receiverCalls ?? [],
      args
    };
  }
  if (node.type === "new_expression" || node.type === "object_creation_expression") {
    const ctor = node.childForFieldName("constructor") ?? node.childForFieldName("type");
    if (!ctor) return void 0;
    const chain = chainOf(ctor, scope);
    return { node, span, ...chain, isNew: true, args };
  }
  const method = node.childForFieldName("method");
  if (method) {
    const receiverNode = node.childForFieldName("receiver");
    const receiver = receiverNode ? chainOf(receiverNode, scope) : void 0;
    const call2 = {
      node,
      span,
      name: method.text,
      nameSpan: spanOf(method),
      computedName: false,
      isNew: method.text === "new",
      receiver: receiver ? [...receiver.receiver, receiver.name] : [],
      receiverCalls: receiver?.receiverCalls ?? [],
      args
    };
    return dynamicSend(call2, scope) ?? call2;
  }
  const fn = node.childForFieldName("function") ?? node.childForFieldName("target") ?? (node.type === "call_expression" ? node.namedChildren[0] : null);
  if (!fn) return void 0;
  const call = { node, span, ...chainOf(fn, scope), isNew: false, args: [...piped(node), ...args] };
  return getattrCall(call, scope) ?? call;
}
function piped(node) {
  const parent = node.parent;
  if (parent?.type !== "binary_operator" || parent.childForFieldName("right")?.id !== node.id) return [];
  if (parent.childForFieldName("operator")?.text !== "|>") return [];
  const left = parent.childForFieldName("left");
  return left ? [{ value: left }] : [];
}
function getattrCall(call, scope) {
  if (call.name !== "getattr" || call.receiver.length > 0 || call.args.length < 2) return void 0;
  const [target, nameArg] = call.args;
  const receiver = chainOf(target.value, scope);
  return {
    ...call,
    name: evaluate(nameArg.value, scope).text,
    nameSpan: spanOf(nameArg.value),
    computedName: true,
    receiver: [...receiver.receiver, receiver.name],
    receiverCalls: receiver.receiverCalls,
    args: call.args.slice(2)
  };
}
function dynamicSend(call, scope) {
  if (call.name !== "send" && call.name !== "public_send" && call.name !== "__send__" || call.args.length === 0)
    return void 0;
  const [nameArg, ...rest] = call.args;
  return {
    ...call,
    name: evaluate(nameArg.value, scope).text,
    nameSpan: spanOf(nameArg.value),
    computedName: nameArg.value.type !== "simple_symbol",
    args: rest
  };
}
function chainOf(node, scope) {
  const objectField = node.childForFieldName("object") ?? node.childForFieldName("operand") ?? node.childForFieldName("value") ?? node.childForFieldName("path") ?? (node.type === "navigation_expression" ? node.namedChildren[0] : null);
  const nameField = node.childForFieldName("property") ?? node.childForFieldName("attribute") ?? node.childForFieldName("field") ?? (node.type === "scoped_identifier" ? node.childForFieldName("name") : null) ?? (node.type === "navigation_expression" ? node.namedChildren.at(-1) : null);
  const csharp = node.type === "member_access_expression" ? node.childForFieldName("expression") : null;
  if (csharp || node.type === "dot") {
    const object = csharp ?? node.childForFieldName("left");
    const member = node.childForFieldName(csharp ? "name" : "right");
    if (object && member) {
      const inner = chainOf(object, scope);
      return {
        name: member.text,
        nameSpan: spanOf(member),
        computedName: false,
        receiver: [...inner.receiver, inner.name],
        receiverCalls: inner.receiverCalls
      };
    }
  }
  if ([
    "member_expression",
    "attribute",
    "selector_expression",
    "field_access",
    "field_expression",
    "scoped_identifier",
    "navigation_expression"
  ].includes(node.type) && objectField && nameField) {
    const inner = chainOf(objectField, scope);
    return {
      name: nameField.text,
      nameSpan: spanOf(nameField),
      computedName: false,
      receiver: [...inner.receiver, inner.name],
      receiverCalls: inner.receiverCalls
    };
  }
  if (node.type === "subscript_expression" || node.type === "subscript") {
    const object = node.childForFieldName("object") ?? node.childForFieldName("value");
    const index = node.childForFieldName("index") ?? node.childForFieldName("subscript");
    if (object && index) {
      const inner = chainOf(object, scope);
      return {
        name: evaluate(index, scope).text,
        nameSpan: spanOf(index),
        computedName: true,
        receiver: [...inner.receiver, inner.name],
        receiverCalls: inner.receiverCalls
      };
    }
  }
  if (CALL_TYPES.has(node.type)) {
    const call = readCall(node, scope);
    if (call) return { ...call, name: `${call.name}()`, receiverCalls: [...call.receiverCalls, call] };
  }
  if ([
    "parenthesized_expression",
    "await_expression",
    "non_null_expression",
    "unary_expression",
    "pointer_expression",
    "try_expression",
    "reference_expression"
  ].includes(node.type)) {
    const inner = node.namedChildren.find((c) => c !== null && c.type !== "comment");
    if (inner) return chainOf(inner, scope);
  }
  return {
    name: node.text.length <= 80 ? node.text : "?",
    nameSpan: spanOf(node),
    computedName: false,
    receiver: [],
    receiverCalls: []
  };
}
function readArgs(argsNode) {
  if (argsNode.type === "template_string") return [{ value: argsNode }];
  if (argsNode.type === "token_tree") return macroArgs(argsNode);
  const args = [];
  for (const child of argsNode.namedChildren) {
    if (!child || child.type === "comment" || child.type.endsWith("_comment")) continue;
    if (child.type === "keywords") {
      for (const pair of child.namedChildren) {
        const key = pair?.childForFieldName("key");
        const value = pair?.childForFieldName("value");
        if (key && value)
          args.push({ key: key.text.replace(/:\s*$/, "").replace(/^"|"$/g, ""), keySpan: spanOf(key), value });
      }
    } else if (child.type === "argument") {
      const parts = child.namedChildren.filter((c) => c !== null);
      const value = parts.at(-1);
      const named = parts.length === 2 && (parts[0].type === "name" || child.childForFieldName("name")?.id === parts[0].id);
      if (value) args.push(named ? { key: parts[0].text, keySpan: spanOf(parts[0]), value } : { value });
    } else if (child.type === "value_argument") {
      const parts = child.namedChildren.filter((c) => c !== null);
      const named = parts.length === 2 && parts[0].type === "identifier";
      const value = parts.at(-1);
      if (value) args.push(named ? { key: parts[0].text, keySpan: spanOf(parts[0]), value } : { value });
    } else if (child.type === "keyword_argument") {
      const name = child.childForFieldName("name");
      const value = child.childForFieldName("value");
      if (name && value) args.push({ key: name.text, keySpan: spanOf(name), value });
    } else if (child.type === "pair" && argsNode.type === "argument_list") {
      const key = child.childForFieldName("key");
      const value = child.childForFieldName("value");
      if (key && value) args.push({ key: keyText(key), keySpan: spanOf(key), value });
    } else {
      args.push({ value: child });
    }
  }
  return args;
}
function macroArgs(tree) {
  const args = [];
  let group = [];
  const flush = () => {
    const first = group[0];
    if (first) args.push({ value: first });
    group = [];
  };
  for (const child of tree.children) {
    if (!child) continue;
    if (child.text === "," && !child.isNamed) flush();
    else if (child.isNamed && child.type !== "line_comment" && child.type !== "block_comment") group.push(child);
  }
  flush();
  return args;
}
function propertiesOf(node, scope, depth = 0) {
  if (depth > 3) return [];
  switch (node.type) {
    case "identifier": {
      const assigned = scope.constants.get(node.text);
      return assigned ? propertiesOf(assigned, scope, depth + 1) : [];
    }
    case "unary_expression":
    case "parenthesized_expression":
    case "as_expression":
    case "satisfies_expression": {
      const inner = node.namedChildren.find((c) => c !== null && c.type !== "comment");
      return inner ? propertiesOf(inner, scope, depth + 1) : [];
    }
    case "composite_literal": {
      const body = node.childForFieldName("body");
      return body ? propertiesOf(body, scope, depth + 1) : [];
    }
    case "call": {
      const args = node.childForFieldName("arguments");
      return args ? readArgs(args).flatMap(
        (a) => a.key && a.keySpan ? [{ key: a.key, keySpan: a.keySpan, value: a.value }] : []
      ) : [];
    }
    default:
      break;
  }
  const properties = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "pair" || child.type === "keyed_element") {
      const key = child.childForFieldName("key") ?? child.namedChildren[0];
      const value = child.childForFieldName("value") ?? child.namedChildren[1];
      if (key && value) properties.push({ key: keyText(key), keySpan: spanOf(key), value: unwrapElement(value) });
    } else if (child.type === "shorthand_property_identifier") {
      properties.push({ key: child.text, keySpan: spanOf(child), value: child });
    }
  }
  return properties;
}
function unwrapElement(node) {
  return node.type === "literal_element" && node.namedChildren[0] ? node.namedChildren[0] : node;
}
function keyText(key) {
  const inner = unwrapElement(key);
  const text = inner.text;
  if (inner.type === "hash_key_symbol") return text;
  if (inner.type === "simple_symbol") return text.slice(1);
  return text.replace(/^['"`]|['"`:]$/g, "").replace(/['"]$/, "");
}
function booleanOf(node) {
  const inner = unwrapElement(node);
  if (inner.type === "true" || inner.text === "true" || inner.text === "True")
    return inner.namedChildren.length === 0 ? true : void 0;
  if (inner.type === "false" || inner.text === "false" || inner.text === "False")
    return inner.namedChildren.length === 0 ? false : void 0;
  if (inner.type === "call_expression") {
    const args = inner.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null) ?? [];
    if (/\bBool$/.test(inner.childForFieldName("function")?.text ?? "") && args.length === 1)
      return booleanOf(args[0]);
  }
  return void 0;
}
function spanOf(node) {
  return { start: node.startIndex, end: node.endIndex };
}

export {
  UNKNOWN,
  isKnown,
  evaluate,
  arrayItems,
  INVISIBLE,
  readCode,
  propertiesOf,
  booleanOf,
  spanOf
};
