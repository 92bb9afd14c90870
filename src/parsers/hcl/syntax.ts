import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import { parserFor } from '../tree-sitter/loader.js';

/** An HCL expression, reduced to the shapes two-key evaluates; anything else is `other`. */
export type HclExpr =
  | { kind: 'literal'; value: string | number | boolean | null; span: Span }
  /** A string with interpolations: its literal pieces and interpolated expressions in order. */
  | { kind: 'template'; parts: (string | HclExpr)[]; span: Span }
  /** `var.env`, `local.flags.protect`, `terraform.workspace`, `aws_s3_bucket.logs.id`: a root and its steps. */
  | { kind: 'traversal'; root: string; steps: (string | number | HclExpr)[]; span: Span }
  | { kind: 'unary'; operator: string; operand: HclExpr; span: Span }
  | { kind: 'binary'; operator: string; left: HclExpr; right: HclExpr; span: Span }
  | { kind: 'conditional'; condition: HclExpr; whenTrue: HclExpr; whenFalse: HclExpr; span: Span }
  | { kind: 'tuple'; items: HclExpr[]; span: Span }
  | { kind: 'object'; entries: { key: HclExpr; value: HclExpr }[]; span: Span }
  | { kind: 'call'; name: string; args: HclExpr[]; expandsLast: boolean; span: Span }
  /** `[for k, v in coll : v if cond]` or `{for k, v in coll : k => v...}`. */
  | {
      kind: 'for';
      keyName: string | undefined;
      valueName: string;
      collection: HclExpr;
      /** Present for the object form. */
      keyExpr: HclExpr | undefined;
      valueExpr: HclExpr;
      condition: HclExpr | undefined;
      /** `...` after the value: values grouped under their key. */
      grouped: boolean;
      span: Span;
    }
  /** Attribute and index access on something other than a name: `split(",", x)[0]`, `(local.a).b`. */
  | { kind: 'access'; target: HclExpr; steps: (string | number | HclExpr)[]; span: Span }
  | { kind: 'other'; span: Span };

export interface HclAttribute {
  name: string;
  value: HclExpr;
  /** The whole `name = value`. */
  span: Span;
}

export interface HclBlock {
  type: string;
  labels: string[];
  attributes: HclAttribute[];
  blocks: HclBlock[];
  /** From the block type to the closing brace. */
  span: Span;
  /** The block type and its labels, up to the opening brace: where a finding on the block points. */
  header: Span;
}

export interface HclFile {
  blocks: HclBlock[];
  attributes: HclAttribute[];
  /** Where the text stopped being HCL (ERROR and MISSING nodes); empty for a clean parse. */
  errors: Span[];
}

/** Parses HCL (Terraform, OpenTofu, tfvars). Needs loadGrammar('hcl'); never throws on bad input. */
export function parseHcl(text: string): HclFile {
  const tree = parserFor('hcl').parse(text);
  if (!tree) return { blocks: [], attributes: [], errors: [{ start: 0, end: text.length }] };
  try {
    const root = tree.rootNode;
    const body = root.namedChildren.find((c) => c?.type === 'body');
    const { blocks, attributes } = body ? readBody(body) : { blocks: [], attributes: [] };
    return { blocks, attributes, errors: root.hasError ? errorSpans(root) : [] };
  } finally {
    tree.delete();
  }
}

function readBody(body: Node): { blocks: HclBlock[]; attributes: HclAttribute[] } {
  const blocks: HclBlock[] = [];
  const attributes: HclAttribute[] = [];
  for (const child of body.namedChildren) {
    if (child?.type === 'block') blocks.push(readBlock(child));
    else if (child?.type === 'attribute') {
      const attribute = readAttribute(child);
      if (attribute) attributes.push(attribute);
    }
  }
  return { blocks, attributes };
}

function readBlock(node: Node): HclBlock {
  const named = node.namedChildren.filter((c): c is Node => c !== null);
  const type = named[0]?.text ?? '';
  const labels: string[] = [];
  let headerEnd = node.endIndex;
  let body: Node | undefined;
  for (const child of named.slice(1)) {
    if (child.type === 'string_lit') labels.push(stringLiteral(child) ?? child.text);
    else if (child.type === 'identifier') labels.push(child.text);
    else if (child.type === 'block_start') headerEnd = child.startIndex;
    else if (child.type === 'body') body = child;
  }
  const { blocks, attributes } = body ? readBody(body) : { blocks: [], attributes: [] };
  return {
    type,
    labels,
    attributes,
    blocks,
    span: spanOf(node),
    header: { start: node.startIndex, end: Math.max(node.startIndex, trimEnd(node, headerEnd)) },
  };
}

function trimEnd(node: Node, end: number): number {
  const text = node.text.slice(0, end - node.startIndex);
  return node.startIndex + text.trimEnd().length;
}

function readAttribute(node: Node): HclAttribute | undefined {
  const name = node.namedChildren.find((c) => c?.type === 'identifier');
  const value = node.namedChildren.find((c) => c?.type === 'expression');
  if (!name || !value) return undefined;
  return { name: name.text, value: readExpression(value), span: spanOf(node) };
}

const OPERATOR_NODES = new Set(['unary_operation', 'binary_operation']);

/** Reads an `expression` node or any of its inner forms. */
export function readExpression(node: Node): HclExpr {
  const span = spanOf(node);
  switch (node.type) {
    case 'expression':
      return readExpressionNode(node);
    case 'literal_value':
      return readLiteral(node);
    case 'operation':
      return readExpression(namedChild(node, 0) ?? node);
    case 'template_expr':
      return readTemplate(namedChild(node, 0) ?? node);
    case 'collection_value':
      return readCollection(namedChild(node, 0) ?? node);
    case 'function_call':
      return readCall(node);
    case 'for_expr':
      return readFor(namedChild(node, 0) ?? node);
    case 'conditional': {
      const [condition, whenTrue, whenFalse] = node.namedChildren.filter((c): c is Node => c !== null);
      if (!condition || !whenTrue || !whenFalse) return { kind: 'other', span };
      return {
        kind: 'conditional',
        condition: readExpression(condition),
        whenTrue: readExpression(whenTrue),
        whenFalse: readExpression(whenFalse),
        span,
      };
    }
    case 'variable_expr':
      return { kind: 'traversal', root: node.text, steps: [], span };
    default:
      if (OPERATOR_NODES.has(node.type)) return readOperation(node);
      return { kind: 'other', span };
  }
}

/** An `expression` node: one inner form, or a traversal (`var.x["k"][0]`) as its root and steps. */
function readExpressionNode(node: Node): HclExpr {
  return readTerm(
    node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment'),
    spanOf(node),
  );
}

/** Sibling nodes that form one operand: the grammar lays a traversal out as `variable_expr get_attr index ...`. */
function readTerm(nodes: Node[], span: Span): HclExpr {
  const [first, ...rest] = nodes;
  if (!first) return { kind: 'other', span };
  if (rest.length === 0) return readExpression(first);
  const steps: (string | number | HclExpr)[] = [];
  for (const step of rest) {
    if (step.type === 'get_attr') steps.push(namedChild(step, 0)?.text ?? '');
    else if (step.type === 'index') {
      const inner = namedChild(step, 0);
      const expression = inner?.type === 'new_index' ? namedChild(inner, 0) : undefined;
      if (inner?.type === 'legacy_index') steps.push(Number(inner.text.slice(1)));
      else if (expression) steps.push(readExpression(expression));
      else return { kind: 'other', span };
    } else return { kind: 'other', span };
  }
  if (first.type !== 'variable_expr') return { kind: 'access', target: readExpression(first), steps, span };
  return { kind: 'traversal', root: first.text, steps, span };
}

/** `[for k, v in c : x if y]` and `{for k, v in c : k => v... if y}`. */
function readFor(node: Node): HclExpr {
  const span = spanOf(node);
  const children = node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
  const intro = children.find((c) => c.type === 'for_intro');
  const names = intro?.namedChildren.filter((c): c is Node => c?.type === 'identifier').map((c) => c.text) ?? [];
  const collection = intro?.namedChildren.find((c) => c?.type === 'expression');
  const bodies = children.filter((c) => c.type === 'expression');
  const condition = children.find((c) => c.type === 'for_cond')?.namedChildren.find((c) => c?.type === 'expression');
  const isObject = node.type === 'for_object_expr';
  const valueName = names[names.length - 1];
  if (!collection || !valueName || names.length > 2 || bodies.length !== (isObject ? 2 : 1))
    return { kind: 'other', span };
  return {
    kind: 'for',
    keyName: names.length === 2 ? names[0] : undefined,
    valueName,
    collection: readExpression(collection),
    keyExpr: isObject ? readExpression(bodies[0]!) : undefined,
    valueExpr: readExpression(bodies[bodies.length - 1]!),
    condition: condition ? readExpression(condition) : undefined,
    grouped: children.some((c) => c.type === 'ellipsis'),
    span,
  };
}

function readLiteral(node: Node): HclExpr {
  const span = spanOf(node);
  const inner = namedChild(node, 0);
  switch (inner?.type) {
    case 'bool_lit':
      return { kind: 'literal', value: inner.text === 'true', span };
    case 'null_lit':
      return { kind: 'literal', value: null, span };
    case 'numeric_lit':
      return { kind: 'literal', value: Number(inner.text), span };
    case 'string_lit': {
      const value = stringLiteral(inner);
      return value === undefined ? { kind: 'other', span } : { kind: 'literal', value, span };
    }
    default:
      return { kind: 'other', span };
  }
}

/** The value of a quoted string without interpolations. */
function stringLiteral(node: Node): string | undefined {
  let value = '';
  for (const child of node.namedChildren) {
    if (!child || child.type === 'quoted_template_start' || child.type === 'quoted_template_end') continue;
    if (child.type !== 'template_literal') return undefined;
    value += unescape(child.text);
  }
  return value;
}

function unescape(text: string): string {
  return text.replace(/\\(["\\nrt])|\$\$\{|%%\{/g, (whole, c: string | undefined) => {
    if (whole === '$${') return '${';
    if (whole === '%%{') return '%{';
    return { n: '\n', r: '\r', t: '\t' }[c as 'n'] ?? c ?? whole;
  });
}

function readTemplate(node: Node): HclExpr {
  const parts: (string | HclExpr)[] = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'template_literal') parts.push(unescape(child.text));
    else if (child.type === 'template_interpolation') {
      const expression = child.namedChildren.find((c) => c?.type === 'expression');
      parts.push(expression ? readExpression(expression) : { kind: 'other', span: spanOf(child) });
    } else if (child.type === 'template_directive') parts.push({ kind: 'other', span: spanOf(child) });
  }
  return { kind: 'template', parts, span: spanOf(node) };
}

function readCollection(node: Node): HclExpr {
  const span = spanOf(node);
  if (node.type === 'tuple') {
    const items = node.namedChildren.filter((c): c is Node => c?.type === 'expression').map(readExpression);
    return { kind: 'tuple', items, span };
  }
  if (node.type === 'object') {
    const entries: { key: HclExpr; value: HclExpr }[] = [];
    for (const element of node.namedChildren) {
      if (element?.type !== 'object_elem') continue;
      const key = element.childForFieldName('key');
      const value = element.childForFieldName('val');
      if (!key || !value) continue;
      entries.push({ key: readObjectKey(key), value: readExpression(value) });
    }
    return { kind: 'object', entries, span };
  }
  return { kind: 'other', span };
}

/** A bare identifier key (`{ a = 1 }`) is the string "a", not a variable. */
function readObjectKey(node: Node): HclExpr {
  const inner = readExpression(node);
  if (inner.kind === 'traversal' && inner.steps.length === 0)
    return { kind: 'literal', value: inner.root, span: inner.span };
  return inner;
}

function readCall(node: Node): HclExpr {
  const name = namedChild(node, 0)?.text ?? '';
  const argumentsNode = node.namedChildren.find((c) => c?.type === 'function_arguments');
  const args = (argumentsNode?.namedChildren ?? [])
    .filter((c): c is Node => c?.type === 'expression')
    .map(readExpression);
  const expandsLast = argumentsNode?.namedChildren.some((c) => c?.type === 'ellipsis') ?? false;
  return { kind: 'call', name, args, expandsLast, span: spanOf(node) };
}

function readOperation(node: Node): HclExpr {
  const span = spanOf(node);
  const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
  const at = children.findIndex((c) => !c.isNamed && c.type !== '(' && c.type !== ')');
  const operator = children[at];
  if (at < 0 || !operator) return { kind: 'other', span };
  const operands = (nodes: Node[]) => {
    const named = nodes.filter((c) => c.isNamed);
    const first = named[0];
    const last = named[named.length - 1];
    return readTerm(named, first && last ? { start: first.startIndex, end: last.endIndex } : span);
  };
  if (node.type === 'unary_operation')
    return { kind: 'unary', operator: operator.type, operand: operands(children.slice(at + 1)), span };
  return {
    kind: 'binary',
    operator: operator.type,
    left: operands(children.slice(0, at)),
    right: operands(children.slice(at + 1)),
    span,
  };
}

function namedChild(node: Node, index: number): Node | undefined {
  return node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment')[index];
}

function spanOf(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}

function errorSpans(root: Node): Span[] {
  const spans: Span[] = [];
  const visit = (node: Node) => {
    if (node.type === 'ERROR' || node.isMissing) {
      spans.push(spanOf(node));
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return spans;
}
