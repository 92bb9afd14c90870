import { beforeAll, describe, expect, it } from 'vitest';
import { parseHcl } from '../../../src/parsers/hcl/syntax.js';
import { loadGrammar } from '../../../src/parsers/tree-sitter/loader.js';

beforeAll(async () => {
  await loadGrammar('hcl');
});

describe('parseHcl', () => {
  const text =
    'resource "aws_db_instance" "main" {\n  count = 1\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n\nmoved {\n  from = aws_db_instance.old\n  to   = module.db["x"].aws_db_instance.main\n}\n';

  it('reads blocks with labels, nested blocks and attribute spans', () => {
    const file = parseHcl(text);
    expect(file.errors).toEqual([]);
    const [resource, moved] = file.blocks;
    expect(resource).toMatchObject({ type: 'resource', labels: ['aws_db_instance', 'main'] });
    expect(text.slice(resource!.header.start, resource!.header.end)).toBe('resource "aws_db_instance" "main"');
    const lifecycle = resource!.blocks[0]!;
    expect(lifecycle.type).toBe('lifecycle');
    const guard = lifecycle.attributes[0]!;
    expect(text.slice(guard.span.start, guard.span.end)).toBe('prevent_destroy = true');
    expect(guard.value).toMatchObject({ kind: 'literal', value: true });
    expect(moved!.attributes[1]!.value).toMatchObject({ kind: 'traversal', root: 'module' });
  });

  it('reads operators with traversal operands', () => {
    const [attribute] = parseHcl('x = !var.a == local.b\n').attributes;
    expect(attribute!.value).toMatchObject({
      kind: 'binary',
      operator: '==',
      left: { kind: 'unary', operator: '!', operand: { kind: 'traversal', root: 'var', steps: ['a'] } },
      right: { kind: 'traversal', root: 'local', steps: ['b'] },
    });
  });

  it('reports where the text stops being HCL', () => {
    const file = parseHcl('resource "a" "b" {\n  x =\n}\n');
    expect(file.errors.length).toBeGreaterThan(0);
  });
});
