import type { Node } from 'web-tree-sitter';
import type { CodeCall } from '../../../parsers/code/read.js';

/**
 * A test that holds only on a developer's machine or in the test suite, as each framework writes
 * it: `Rails.env.development?`, `process.env.NODE_ENV === 'development'`,
 * `app()->environment('local')`. Only the test alone counts: `Rails.env.development? || ENV['X']`
 * also runs elsewhere, and a guard that only refuses production (`unless Rails.env.production?`)
 * still runs against staging.
 */
const DEVELOPMENT_TESTS: RegExp[] = [
  /^Rails\.env\.(?:development|test|local)\?$/,
  /^Rails\.env\s*==\s*(["'])(?:development|test)\1$/,
  /^process\.env\.NODE_ENV\s*===?\s*(["'])(?:development|test)\1$/,
  /^(["'])(?:development|test)\1\s*===?\s*process\.env\.NODE_ENV$/,
  /^(?:app\(\)->|App::)environment\(\s*(["'])(?:local|testing)\1\s*\)$/,
  /^(?:app\(\)->|App::)(?:isLocal|runningUnitTests)\(\)$/,
];

/** The same tests, negated, guarding an early exit: `if (process.env.NODE_ENV !== 'development') return;`. */
const NEGATED_TESTS: RegExp[] = [
  /^process\.env\.NODE_ENV\s*!==?\s*(["'])(?:development|test)\1$/,
  /^(["'])(?:development|test)\1\s*!==?\s*process\.env\.NODE_ENV$/,
  /^Rails\.env\s*!=\s*(["'])(?:development|test)\1$/,
];

const IF_TYPES = new Set(['if_statement', 'if', 'unless', 'if_modifier', 'unless_modifier']);
const EXIT_TYPES = new Set(['return_statement', 'return', 'throw_statement', 'raise_statement']);
const EXIT_CALLS = /^(?:raise|abort|exit|exit!|process\.exit|die)\b/;

/**
 * Why a destructive call runs only in development or tests, when code around it says so: it sits
 * in the branch of an `if` on such a test, or after a guard that leaves the function (or the
 * script) whenever the test fails. `undefined` when nothing says so.
 */
export function developmentGuardOf(call: CodeCall): string | undefined {
  let child: Node = call.node;
  for (let node = call.node.parent; node; child = node, node = node.parent) {
    if (IF_TYPES.has(node.type)) {
      const test = guardedBranchTest(node, child);
      if (test) return `runs only in development or tests: it is inside \`if ${test}\` (line ${line(node)})`;
    }
    for (let sibling = child.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling) {
      const test = exitGuardTest(sibling);
      if (test) return `runs only in development or tests: the guard on line ${line(sibling)} leaves first (${test})`;
    }
  }
  return undefined;
}

/** The test of an `if` whose taken branch holds `child` and runs only under a development test. */
function guardedBranchTest(ifNode: Node, child: Node): string | undefined {
  const condition = conditionOf(ifNode);
  if (!condition || child.id === condition.id) return undefined;
  const text = normalise(condition.text);
  const negated = ifNode.type === 'unless' || ifNode.type === 'unless_modifier';
  // The call must be in the branch taken when the test holds, not in an else.
  const alternative = ifNode.childForFieldName('alternative');
  if (alternative && child.id === alternative.id) return undefined;
  if (
    ifNode.namedChildren.some(
      (c) => c && /^(else|else_clause|elsif|elif_clause|else_if_clause)$/.test(c.type) && c.id === child.id,
    )
  )
    return undefined;
  return !negated && DEVELOPMENT_TESTS.some((re) => re.test(text)) ? text : undefined;
}

/** The test of an early-exit guard that leaves outside development: `return unless Rails.env.development?`. */
function exitGuardTest(statement: Node): string | undefined {
  if (!IF_TYPES.has(statement.type)) return undefined;
  const condition = conditionOf(statement);
  if (!condition) return undefined;
  const text = normalise(condition.text);
  const unless = statement.type === 'unless' || statement.type === 'unless_modifier';
  const failsTest = unless
    ? DEVELOPMENT_TESTS.some((re) => re.test(text))
    : NEGATED_TESTS.some((re) => re.test(text)) ||
      (text.startsWith('!') && DEVELOPMENT_TESTS.some((re) => re.test(normalise(text.slice(1)))));
  if (!failsTest || !alwaysExits(statement, condition)) return undefined;
  return `${unless ? 'unless' : 'if'} ${text}`;
}

/** Whether the body of a guard (not its else) ends by leaving: return, throw, raise, exit. */
function alwaysExits(statement: Node, condition: Node): boolean {
  if (statement.childForFieldName('alternative')) return false;
  const body = statement.namedChildren.filter((c): c is Node => c !== null && c.id !== condition.id);
  if (body.some((c) => /else/.test(c.type))) return false;
  const last = lastStatement(body.at(-1));
  if (!last) return false;
  if (EXIT_TYPES.has(last.type)) return true;
  const text = last.type === 'expression_statement' ? (last.namedChild(0)?.text ?? '') : last.text;
  return EXIT_CALLS.test(text.trim());
}

function lastStatement(node: Node | undefined): Node | undefined {
  let current = node;
  while (current && /^(statement_block|compound_statement|block|then|body_statement|colon_block)$/.test(current.type)) {
    const children = current.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
    current = children.at(-1);
  }
  return current;
}

function conditionOf(node: Node): Node | undefined {
  return node.childForFieldName('condition') ?? undefined;
}

function normalise(text: string): string {
  let t = text.trim();
  while (t.startsWith('(') && t.endsWith(')') && balanced(t.slice(1, -1))) t = t.slice(1, -1).trim();
  return t.replace(/\s+/g, ' ');
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function line(node: Node): number {
  return node.startPosition.row + 1;
}
