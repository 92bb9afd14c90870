import { minimatch } from 'minimatch';
import type { Span } from '../../../core/types.js';

/** One rule of a CODEOWNERS file: a path pattern and the owners it gives (none: unowned). */
export interface OwnerRule {
  pattern: string;
  owners: string[];
  line: number;
  span: Span;
}

/** The rules of a CODEOWNERS file, in order; comments and blank lines are not rules. */
export function parseCodeowners(text: string): OwnerRule[] {
  const rules: OwnerRule[] = [];
  let start = 0;
  text.split('\n').forEach((raw, i) => {
    const lineStart = start;
    start += raw.length + 1;
    const content = stripComment(raw.replace(/\r$/, '')).trim();
    if (content === '') return;
    const [pattern, ...owners] = splitFields(content);
    rules.push({
      pattern: pattern!,
      owners: owners.map((o) => o.toLowerCase()),
      line: i + 1,
      span: { start: lineStart, end: lineStart + Math.max(1, raw.length) },
    });
  });
  return rules;
}

/** `#` starts a comment unless escaped (`\#` is a file name starting with `#`). */
function stripComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '#') return line.slice(0, i);
  }
  return line;
}

/** Fields split on unescaped whitespace (`\ ` is a space in a path). */
function splitFields(line: string): string[] {
  return line
    .split(/(?<!\\)\s+/)
    .filter((f) => f !== '')
    .map((f) => f.replace(/\\(.)/g, '$1'));
}

/**
 * Whether a CODEOWNERS pattern matches a file path, with GitHub's gitignore-like rules: a pattern
 * with a slash before its end is anchored at the root, one without matches at any depth; a
 * trailing slash or a directory name covers everything below; `dir/*` covers only direct children.
 */
export function matchesPath(pattern: string, path: string): boolean {
  let glob = pattern;
  const directoryOnly = glob.endsWith('/');
  if (directoryOnly) glob = glob.slice(0, -1);
  const anchored = glob.startsWith('/') || glob.includes('/');
  glob = glob.replace(/^\//, '');
  if (glob === '' || glob === '*' || glob === '**') return true;
  if (!anchored) glob = `**/${glob}`;
  const options = { dot: true, nocomment: true, nonegate: true };
  if (!directoryOnly && minimatch(path, glob, options)) return true;
  return !glob.endsWith('/*') && minimatch(path, `${glob}/**`, options);
}

/** The rule that decides a path's owners: the last matching one. */
export function ruleFor(rules: readonly OwnerRule[], path: string): OwnerRule | undefined {
  for (let i = rules.length - 1; i >= 0; i--) if (matchesPath(rules[i]!.pattern, path)) return rules[i];
  return undefined;
}

/**
 * Paths that stand for what each pattern covers: the pattern itself with wildcards filled in,
 * a file inside it when it can be a directory, and the same at depth for unanchored patterns.
 * Comparing owners on these paths between two versions finds every path a change gives fewer owners.
 */
export function witnessPaths(rules: readonly OwnerRule[]): string[] {
  const paths = new Set<string>(['README.md', 'src/index.ts']);
  for (const { pattern } of rules) {
    const filled = pattern
      .replace(/^\//, '')
      .replace(/\*\*/g, 'd1/d2')
      .replace(/\*/g, 'x.x')
      .replace(/\?/g, 'q')
      .replace(/\/+/g, '/');
    const base = filled.endsWith('/') ? filled.slice(0, -1) : filled;
    if (base === '' || base === 'd1/d2') continue;
    const anchored = pattern.replace(/\/$/, '').includes('/');
    const variants = anchored ? [base] : [base, `nested/${base}`];
    for (const v of variants) {
      if (!pattern.endsWith('/')) paths.add(v);
      paths.add(`${v}/file.x`);
      paths.add(`${v}/deeper/file.x`);
    }
  }
  return [...paths];
}

/** A path whose owners the change reduces: who it loses, and the rules that decide it on each side. */
export interface OwnerLoss {
  path: string;
  lost: string[];
  baseRule?: OwnerRule;
  headRule?: OwnerRule;
}

export function ownerLosses(base: readonly OwnerRule[], head: readonly OwnerRule[]): OwnerLoss[] {
  const losses: OwnerLoss[] = [];
  for (const path of witnessPaths([...base, ...head])) {
    const baseRule = ruleFor(base, path);
    if (!baseRule) continue;
    const headRule = ruleFor(head, path);
    const headOwners = new Set(headRule?.owners ?? []);
    const lost = baseRule.owners.filter((o) => !headOwners.has(o));
    // An unowned path (a pattern with no owners) loses its owners too, even if base had none listed.
    if (lost.length > 0) losses.push({ path, lost, baseRule, ...(headRule ? { headRule } : {}) });
  }
  return losses;
}

/** Two rules say the same thing. */
export function sameRule(a: OwnerRule, b: OwnerRule): boolean {
  return a.pattern === b.pattern && a.owners.join(' ') === b.owners.join(' ');
}
