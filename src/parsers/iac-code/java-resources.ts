import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import { resolveName, type ImportBindings } from './imports.js';
import type { CodeProperty, CodeResource } from './resources.js';

/**
 * CDK constructs as Java writes them: a builder, `Bucket.Builder.create(this, "Uploads")
 * .removalPolicy(RemovalPolicy.DESTROY).autoDeleteObjects(true).build()`, or a constructor given
 * built props, `new Bucket(this, "Uploads", BucketProps.builder().versioned(true).build())`.
 * Each builder step is a property: `autoDeleteObjects(true)` is `autoDeleteObjects: true`.
 */
export function javaResource(node: Node, bindings: ImportBindings): CodeResource | undefined {
  if (node.type === 'method_invocation' && node.childForFieldName('name')?.text === 'build')
    return builtConstruct(node, bindings);
  if (node.type === 'object_creation_expression') return constructed(node, bindings);
  return undefined;
}

const KEY_OF = (name: string) => name.replace(/_/g, '').toLowerCase();

function argsOf(node: Node): Node[] {
  return node.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => c !== null) ?? [];
}

/** The steps of a builder chain ending at `build()`, outermost last, and what the chain starts from. */
function chain(build: Node): { steps: Node[]; start: Node | null } {
  const steps: Node[] = [];
  let current: Node | null = build.childForFieldName('object');
  while (current?.type === 'method_invocation') {
    steps.unshift(current);
    current = current.childForFieldName('object');
  }
  return { steps, start: current };
}

function propertiesOf(steps: Node[]): CodeProperty[] {
  const out: CodeProperty[] = [];
  for (const step of steps) {
    const name = step.childForFieldName('name');
    const [value] = argsOf(step);
    if (!name || !value || argsOf(step).length !== 1) continue;
    out.push({
      key: KEY_OF(name.text),
      name: name.text,
      value: value.text.replace(/\s+/g, ''),
      span: spanFrom(name, step),
    });
  }
  return out;
}

/** `Bucket.Builder.create(this, "Uploads")...build()`. */
function builtConstruct(build: Node, bindings: ImportBindings): CodeResource | undefined {
  const { steps } = chain(build);
  const create = steps[0];
  const owner = create?.childForFieldName('object');
  if (create?.childForFieldName('name')?.text !== 'create' || !owner || !/(^|\.)Builder$/.test(owner.text))
    return undefined;
  const qualified = owner.text.replace(/\s+/g, '').replace(/\.Builder$/, '');
  const args = argsOf(create);
  return resource(qualified, bindings, args[1]?.text ?? '', build, owner, propertiesOf(steps.slice(1)));
}

/** `new Bucket(this, "Uploads", BucketProps.builder()...build())`. */
function constructed(node: Node, bindings: ImportBindings): CodeResource | undefined {
  const type = node.childForFieldName('type');
  const args = argsOf(node);
  if (!type || args.length < 2 || !/^[A-Z]/.test(type.text.split('.').pop() ?? '')) return undefined;
  const props = args[2];
  const built = props?.type === 'method_invocation' && props.childForFieldName('name')?.text === 'build';
  const properties = built
    ? propertiesOf(chain(props).steps.filter((s) => s.childForFieldName('name')?.text !== 'builder'))
    : [];
  return resource(type.text.replace(/\s+/g, ''), bindings, args[1]!.text, node, type, properties);
}

function resource(
  qualified: string,
  bindings: ImportBindings,
  logicalName: string,
  node: Node,
  callee: Node,
  props: CodeProperty[],
): CodeResource {
  const resolved = resolveName(qualified, bindings);
  return {
    qualified,
    resolved,
    className: resolved.split('.').pop() ?? '',
    logicalName,
    span: spanOf(node),
    calleeSpan: spanOf(callee),
    props,
    options: [],
    arguments: props.map((p) => ({
      names: [p.key],
      written: [p.name],
      key: p.key,
      text: p.value,
      value: /^(true|false)$/.test(p.value) ? p.value === 'true' : undefined,
      span: p.span,
    })),
  };
}

function spanOf(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}

/** From a builder step's name to the end of its call: `autoDeleteObjects(true)`. */
function spanFrom(name: Node, step: Node): Span {
  return { start: name.startIndex, end: step.endIndex };
}
