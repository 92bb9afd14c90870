import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  parserFor
} from "./chunk-BG6M7MHB.js";

// src/parsers/hcl/syntax.ts
function parseHcl(text) {
  const tree = parserFor("hcl").parse(text);
  if (!tree) return { blocks: [], attributes: [], errors: [{ start: 0, end: text.length }] };
  try {
    const root = tree.rootNode;
    const body = root.namedChildren.find((c) => c?.type === "body");
    const { blocks, attributes } = body ? readBody(body) : { blocks: [], attributes: [] };
    return { blocks, attributes, errors: root.hasError ? errorSpans(root) : [] };
  } finally {
    tree.delete();
  }
}
function readBody(body) {
  const blocks = [];
  const attributes = [];
  for (const child of body.namedChildren) {
    if (child?.type === "block") blocks.push(readBlock(child));
    else if (child?.type === "attribute") {
      const attribute = readAttribute(child);
      if (attribute) attributes.push(attribute);
    }
  }
  return { blocks, attributes };
}
function readBlock(node) {
  const named = node.namedChildren.filter((c) => c !== null);
  const type = named[0]?.text ?? "";
  const labels = [];
  let headerEnd = node.endIndex;
  let body;
  for (const child of named.slice(1)) {
    if (child.type === "string_lit") labels.push(stringLiteral(child) ?? child.text);
    else if (child.type === "identifier") labels.push(child.text);
    else if (child.type === "block_start") headerEnd = child.startIndex;
    else if (child.type === "body") body = child;
  }
  const { blocks, attributes } = body ? readBody(body) : { blocks: [], attributes: [] };
  return {
    type,
    labels,
    attributes,
    blocks,
    span: spanOf(node),
    header: { start: node.startIndex, end: Math.max(node.startIndex, trimEnd(node, headerEnd)) }
  };
}
function trimEnd(node, end) {
  const text = node.text.slice(0, end - node.startIndex);
  return node.startIndex + text.trimEnd().length;
}
function readAttribute(node) {
  const name = node.namedChildren.find((c) => c?.type === "identifier");
  const value = node.namedChildren.find((c) => c?.type === "expression");
  if (!name || !value) return void 0;
  return { name: name.text, value: readExpression(value), span: spanOf(node) };
}
var OPERATOR_NODES = /* @__PURE__ */ new Set(["unary_operation", "binary_operation"]);
function readExpression(node) {
  const span = spanOf(node);
  switch (node.type) {
    case "expression":
      return readExpressionNode(node);
    case "literal_value":
      return readLiteral(node);
    case "operation":
      return readExpression(namedChild(node, 0) ?? node);
    case "template_expr":
      return readTemplate(namedChild(node, 0) ?? node);
    case "collection_value":
      return readCollection(namedChild(node, 0) ?? node);
    case "function_call":
      return readCall(node);
    case "for_expr":
      return readFor(namedChild(node, 0) ?? node);
    case "conditional": {
      const [condition, whenTrue, whenFalse] = node.namedChildren.filter((c) => c !== null);
      if (!condition || !whenTrue || !whenFalse) return { kind: "other", span };
      return {
        kind: "conditional",
        condition: readExpression(condition),
        whenTrue: readExpression(whenTrue),
        whenFalse: readExpression(whenFalse),
        span
      };
    }
    case "variable_expr":
      return { kind: "traversal", root: node.text, steps: [], span };
    default:
      if (OPERATOR_NODES.has(node.type)) return readOperation(node);
      return { kind: "other", span };
  }
}
function readExpressionNode(node) {
  return readTerm(
    node.namedChildren.filter((c) => c !== null && c.type !== "comment"),
    spanOf(node)
  );
}
function readTerm(nodes, span) {
  const [first, ...rest] = nodes;
  if (!first) return { kind: "other", span };
  if (rest.length === 0) return readExpression(first);
  const steps = [];
  for (const step of rest) {
    if (step.type === "get_attr") steps.push(namedChild(step, 0)?.text ?? "");
    else if (step.type === "index") {
      const inner = namedChild(step, 0);
      const expression = inner?.type === "new_index" ? namedChild(inner, 0) : void 0;
      if (inner?.type === "legacy_index") steps.push(Number(inner.text.slice(1)));
      else if (expression) steps.push(readExpression(expression));
      else return { kind: "other", span };
    } else return { kind: "other", span };
  }
  if (first.type !== "variable_expr") return { kind: "access", target: readExpression(first), steps, span };
  return { kind: "traversal", root: first.text, steps, span };
}
function readFor(node) {
  const span = spanOf(node);
  const children = node.namedChildren.filter((c) => c !== null && c.type !== "comment");
  const intro = children.find((c) => c.type === "for_intro");
  const names = intro?.namedChildren.filter((c) => c?.type === "identifier").map((c) => c.text) ?? [];
  const collection = intro?.namedChildren.find((c) => c?.type === "expression");
  const bodies = children.filter((c) => c.type === "expression");
  const condition = children.find((c) => c.type === "for_cond")?.namedChildren.find((c) => c?.type === "expression");
  const isObject = node.type === "for_object_expr";
  const valueName = names[names.length - 1];
  if (!collection || !valueName || names.length > 2 || bodies.length !== (isObject ? 2 : 1))
    return { kind: "other", span };
  return {
    kind: "for",
    keyName: names.length === 2 ? names[0] : void 0,
    valueName,
    collection: readExpression(collection),
    keyExpr: isObject ? readExpression(bodies[0]) : void 0,
    valueExpr: readExpression(bodies[bodies.length - 1]),
    condition: condition ? readExpression(condition) : void 0,
    grouped: children.some((c) => c.type === "ellipsis"),
    span
  };
}
function readLiteral(node) {
  const span = spanOf(node);
  const inner = namedChild(node, 0);
  switch (inner?.type) {
    case "bool_lit":
      return { kind: "literal", value: inner.text === "true", span };
    case "null_lit":
      return { kind: "literal", value: null, span };
    case "numeric_lit":
      return { kind: "literal", value: Number(inner.text), span };
    case "string_lit": {
      const value = stringLiteral(inner);
      return value === void 0 ? { kind: "other", span } : { kind: "literal", value, span };
    }
    default:
      return { kind: "other", span };
  }
}
function stringLiteral(node) {
  let value = "";
  for (const child of node.namedChildren) {
    if (!child || child.type === "quoted_template_start" || child.type === "quoted_template_end") continue;
    if (child.type !== "template_literal") return void 0;
    value += unescape(child.text);
  }
  return value;
}
function unescape(text) {
  return text.replace(/\\(["\\nrt])|\$\$\{|%%\{/g, (whole, c) => {
    if (whole === "$${") return "${";
    if (whole === "%%{") return "%{";
    return { n: "\n", r: "\r", t: "	" }[c] ?? c ?? whole;
  });
}
function readTemplate(node) {
  const parts = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "template_literal") parts.push(unescape(child.text));
    else if (child.type === "template_interpolation") {
      const expression = child.namedChildren.find((c) => c?.type === "expression");
      parts.push(expression ? readExpression(expression) : { kind: "other", span: spanOf(child) });
    } else if (child.type === "template_directive") parts.push({ kind: "other", span: spanOf(child) });
  }
  return { kind: "template", parts, span: spanOf(node) };
}
function readCollection(node) {
  const span = spanOf(node);
  if (node.type === "tuple") {
    const items = node.namedChildren.filter((c) => c?.type === "expression").map(readExpression);
    return { kind: "tuple", items, span };
  }
  if (node.type === "object") {
    const entries = [];
    for (const element of node.namedChildren) {
      if (element?.type !== "object_elem") continue;
      const key = element.childForFieldName("key");
      const value = element.childForFieldName("val");
      if (!key || !value) continue;
      entries.push({ key: readObjectKey(key), value: readExpression(value) });
    }
    return { kind: "object", entries, span };
  }
  return { kind: "other", span };
}
function readObjectKey(node) {
  const inner = readExpression(node);
  if (inner.kind === "traversal" && inner.steps.length === 0)
    return { kind: "literal", value: inner.root, span: inner.span };
  return inner;
}
function readCall(node) {
  const name = namedChild(node, 0)?.text ?? "";
  const argumentsNode = node.namedChildren.find((c) => c?.type === "function_arguments");
  const args = (argumentsNode?.namedChildren ?? []).filter((c) => c?.type === "expression").map(readExpression);
  const expandsLast = argumentsNode?.namedChildren.some((c) => c?.type === "ellipsis") ?? false;
  return { kind: "call", name, args, expandsLast, span: spanOf(node) };
}
function readOperation(node) {
  const span = spanOf(node);
  const children = node.children.filter((c) => c !== null && c.type !== "comment");
  const at = children.findIndex((c) => !c.isNamed && c.type !== "(" && c.type !== ")");
  const operator = children[at];
  if (at < 0 || !operator) return { kind: "other", span };
  const operands = (nodes) => {
    const named = nodes.filter((c) => c.isNamed);
    const first = named[0];
    const last = named[named.length - 1];
    return readTerm(named, first && last ? { start: first.startIndex, end: last.endIndex } : span);
  };
  if (node.type === "unary_operation")
    return { kind: "unary", operator: operator.type, operand: operands(children.slice(at + 1)), span };
  return {
    kind: "binary",
    operator: operator.type,
    left: operands(children.slice(0, at)),
    right: operands(children.slice(at + 1)),
    span
  };
}
function namedChild(node, index) {
  return node.namedChildren.filter((c) => c !== null && c.type !== "comment")[index];
}
function spanOf(node) {
  return { start: node.startIndex, end: node.endIndex };
}
function errorSpans(root) {
  const spans = [];
  const visit = (node) => {
    if (node.type === "ERROR" || node.isMissing) {
      spans.push(spanOf(node));
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return spans;
}

export {
  parseHcl
};
