import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, UNKNOWN, type EvalScope } from '../../../src/parsers/hcl/evaluate.js';
import { parseHcl, type HclExpr } from '../../../src/parsers/hcl/syntax.js';
import { loadGrammar } from '../../../src/parsers/tree-sitter/loader.js';

beforeAll(async () => {
  await loadGrammar('hcl');
});

/** Evaluates `value = <source>` with the locals and variables given as HCL too. */
function value(source: string, locals = '', variables: Record<string, string> = {}, workspace?: string) {
  const localsFile = parseHcl(`locals {\n${locals}\n}\n`);
  const definitions = new Map<string, HclExpr>(localsFile.blocks[0]!.attributes.map((a) => [a.name, a.value]));
  const scope: EvalScope = {
    local: (name) => definitions.get(name),
    variable: (name) => {
      const text = variables[name];
      return text === undefined ? UNKNOWN : evaluate(parseHcl(`v = ${text}\n`).attributes[0]!.value, scope);
    },
    ...(workspace === undefined ? {} : { workspace }),
  };
  const file = parseHcl(`value = ${source}\n`);
  expect(file.errors).toEqual([]);
  return evaluate(file.attributes[0]!.value, scope);
}

describe('evaluate', () => {
  it('reads literals, strings with escapes and collections', () => {
    expect(value('true')).toBe(true);
    expect(value('-3')).toBe(-3);
    expect(value('"a\\"b"')).toBe('a"b');
    expect(value('["x", 1]')).toEqual(['x', 1]);
    expect(value('{ a = 1, "b" = 2 }')).toEqual({ a: 1, b: 2 });
  });

  it('follows locals and variables through !, comparisons, && and || and conditionals', () => {
    expect(value('local.protect', 'protect = !local.unsafe\nunsafe = true')).toBe(false);
    expect(value('var.env == "prod" ? true : false', '', { env: '"staging"' })).toBe(false);
    expect(value('local.flags.protect', 'flags = { protect = 1 != 1 }')).toBe(false);
    expect(value('var.unset && false')).toBe(false);
    expect(value('var.unset || true')).toBe(true);
    expect(value('var.unset ? 0 : 0')).toBe(0);
  });

  it('knows terraform.workspace only when told, and nothing about resources', () => {
    expect(value('terraform.workspace == "prod"')).toBe(UNKNOWN);
    expect(value('terraform.workspace == "prod"', '', {}, 'staging')).toBe(false);
    expect(value('aws_db_instance.main.id')).toBe(UNKNOWN);
    expect(value('var.unset')).toBe(UNKNOWN);
  });

  it('evaluates the built-ins that decide counts and flags', () => {
    expect(value('length(toset(["a", "a", "b"]))')).toBe(2);
    expect(value('tobool("false")')).toBe(false);
    expect(value('max(1, 3)')).toBe(3);
    expect(value('"db-${local.env}"', 'env = "prod"')).toBe('db-prod');
    expect(value('lookup(var.m, "k")')).toBe(UNKNOWN);
  });

  it('stops on a cycle of locals', () => {
    expect(value('local.a', 'a = local.b\nb = local.a')).toBe(UNKNOWN);
  });
});
