import type { Node } from 'web-tree-sitter';

/**
 * The declared type of each name in a file, as TypeScript, Java and Kotlin write it:
 * `private readonly orders: Repository<Order>`, `OrderRepository orders`, `val orders: OrderRepository`.
 * Only the type's own name is kept (`Repository`, `OrderRepository`). A name declared twice with
 * different types has none: which one a call means is not known.
 */
const cache = new WeakMap<Node, Map<string, string | null>>();

export function declaredTypeOf(root: Node, name: string): string | undefined {
  let types = cache.get(root);
  if (!types) {
    types = collect(root);
    cache.set(root, types);
  }
  return types.get(name) ?? undefined;
}

function collect(root: Node): Map<string, string | null> {
  const types = new Map<string, string | null>();
  const record = (name: Node | null | undefined, type: Node | null | undefined) => {
    if (!name || !type) return;
    const typeName = baseName(type);
    if (!typeName) return;
    const known = types.get(name.text);
    types.set(name.text, known === undefined || known === typeName ? typeName : null);
  };
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      // TypeScript
      case 'required_parameter':
      case 'optional_parameter':
        record(node.childForFieldName('pattern'), node.childForFieldName('type'));
        break;
      case 'public_field_definition':
      case 'variable_declarator':
        // Java's variable_declarator carries no type: its declaration does (below).
        if (node.childForFieldName('type')) record(node.childForFieldName('name'), node.childForFieldName('type'));
        break;
      // Java
      case 'formal_parameter':
        record(node.childForFieldName('name'), node.childForFieldName('type'));
        break;
      case 'field_declaration':
      case 'local_variable_declaration':
        for (const declarator of node.childrenForFieldName('declarator'))
          record(declarator?.childForFieldName('name'), node.childForFieldName('type'));
        break;
      // Kotlin: the name and its user_type are children without fields.
      case 'class_parameter':
      case 'variable_declaration':
      case 'parameter': {
        const name = node.namedChildren.find((c) => c?.type === 'identifier' || c?.type === 'simple_identifier');
        const type = node.namedChildren.find((c) => c?.type === 'user_type');
        if (name && type) record(name, type);
        break;
      }
      default:
        break;
    }
    for (let i = node.namedChildCount - 1; i >= 0; i--) {
      const child = node.namedChild(i);
      if (child && child.type !== 'comment') stack.push(child);
    }
  }
  return types;
}

/** `Repository<Order>` -> `Repository`; `org.x.OrderRepository` -> `OrderRepository`. */
function baseName(type: Node): string | undefined {
  const text = type.text
    .replace(/^:\s*/, '')
    .replace(/<.*$/s, '')
    .replace(/[?!\s]/g, '');
  const last = text.split('.').pop();
  return last && /^[A-Za-z_]\w*$/.test(last) ? last : undefined;
}

/** A Spring Data, TypeORM or MikroORM repository type: `Repository<T>`, `OrderRepository`, `EntityRepository<T>`. */
export function isRepositoryType(type: string | undefined): boolean {
  return type !== undefined && /(Repository|Repo)$/.test(type);
}
