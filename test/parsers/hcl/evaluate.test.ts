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

  it('evaluates regex functions, and bounds the matches of an anchored pattern when the text is unknown', () => {
    expect(value('regexall("^prod", "production")')).toEqual(['prod']);
    expect(value('regexall("[0-9]+", "a1b22")')).toEqual(['1', '22']);
    expect(value('regex("^([a-z]+)-([0-9]+)$", "db-12")')).toEqual(['db', '12']);
    expect(value('regex("(?P<env>[a-z]+)", "prod1")')).toEqual({ env: 'prod' });
    expect(value('length(regexall("^prod", terraform.workspace)) > 1')).toBe(false);
    expect(value('length(regexall("^prod", terraform.workspace)) > 0')).toBe(UNKNOWN);
    expect(value('length(regexall("prod", terraform.workspace)) > 1')).toBe(UNKNOWN);
    expect(value('local.n >= 2', 'n = length(regexall("^p", var.unset))')).toBe(false);
  });

  it('gives can() and try() what a failing call does in Terraform', () => {
    expect(value('can(regex("^prod", "staging"))')).toBe(false);
    expect(value('can(regex("^prod", "prod-eu"))')).toBe(true);
    expect(value('can(regex("^prod", var.unset))')).toBe(UNKNOWN);
    expect(value('try(local.cfg.protect, true)', 'cfg = {}')).toBe(true);
    expect(value('try(local.cfg.protect, true)', 'cfg = { protect = false }')).toBe(false);
    expect(value('regex("x", "y")')).toBe(UNKNOWN);
  });

  it('evaluates string, collection and conversion functions', () => {
    expect(value('lower("PROD")')).toBe('prod');
    expect(value('upper("a")')).toBe('A');
    expect(value('replace("a-b-c", "-", "_")')).toBe('a_b_c');
    expect(value('replace("db01", "/[0-9]+/", "")')).toBe('db');
    expect(value('contains(["prod", "staging"], "prod")')).toBe(true);
    expect(value('startswith("prod-eu", "prod")')).toBe(true);
    expect(value('endswith("prod-eu", "prod")')).toBe(false);
    expect(value('coalesce("", "x")')).toBe('x');
    expect(value('lookup({ a = 1 }, "b", 2)')).toBe(2);
    expect(value('merge({ a = 1 }, { a = 2, b = 3 })')).toEqual({ a: 2, b: 3 });
    expect(value('concat(["a"], ["b"])')).toEqual(['a', 'b']);
    expect(value('element(["a", "b"], 3)')).toBe('b');
    expect(value('format("%s-%d", "db", 2)')).toBe('db-2');
    expect(value('join(",", split("-", "a-b"))')).toBe('a,b');
    expect(value('tonumber("3") + 1')).toBe(4);
    expect(value('tostring(true)')).toBe('true');
    expect(value('split(",", "a,b")[1]')).toBe('b');
    expect(value('timestamp()')).toBe(UNKNOWN);
  });

  it('evaluates for expressions over known values', () => {
    expect(value('[for s in ["a", "b"] : upper(s)]')).toEqual(['A', 'B']);
    expect(value('{ for k, v in { a = 1, b = 0 } : k => v if v > 0 }')).toEqual({ a: 1 });
    expect(value('length([for d in local.dbs : d if d.keep])', 'dbs = [{ keep = false }, { keep = true }]')).toBe(1);
    expect(value('[for s in var.unset : s]')).toBe(UNKNOWN);
  });
});
