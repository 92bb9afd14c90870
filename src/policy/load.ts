import { minimatch } from 'minimatch';
import { PolicyError } from './errors.js';
import type { PolicyProblem } from './errors.js';
import { issueProblems, unknownKey } from './issues.js';
import { emptyPolicy, mergePolicy } from './merge.js';
import { policyFileSchema } from '../core/policy-schema.js';
import { recordPolicySources } from './sources.js';
import type { Policy, PolicyFile } from '../core/policy-schema.js';
import { DEFAULT_POLICY_YAML, STRICT_POLICY_YAML } from './shipped.js';
import { closest } from './suggest.js';
import { parseYaml } from './yaml-source.js';
import type { YamlSource } from './yaml-source.js';

/** Reads a file of the repository (at the commit the policy comes from); undefined when it does not exist. */
export type ReadRepoFile = (repoPath: string) => string | undefined;

export interface LoadOptions {
  /** Rule ids the engine knows; when given, `rules` keys and approval rule globs are checked against them. */
  knownRuleIds?: readonly string[];
}

const BUILTINS: Record<string, { id: string; file: string; text: string }> = {
  default: { id: 'builtin:default', file: 'policies/default.yml (shipped)', text: DEFAULT_POLICY_YAML },
  strict: { id: 'builtin:strict', file: 'policies/strict.yml (shipped)', text: STRICT_POLICY_YAML },
};

interface PolicySource {
  /** Identity for cycle detection: a normalized repository path or a builtin id. */
  id: string;
  /** Name used in error messages. */
  file: string;
  text: string;
}

/**
 * Parses and validates a policy file, resolves its `extends` chain (a missing `extends` means
 * "default") and returns the merged policy. Throws PolicyError for anything wrong, positioned at
 * the file, line and column where it was written.
 */
export function loadPolicy(text: string, fileName: string, readFile?: ReadRepoFile, options: LoadOptions = {}): Policy {
  const read: string[] = [];
  const recording: ReadRepoFile | undefined =
    readFile &&
    ((path) => {
      const found = readFile(path);
      if (found !== undefined) read.push(path);
      return found;
    });
  const policy = resolve({ id: normalizeRepoPath(fileName) ?? fileName, file: fileName, text }, [], recording, options);
  return recordPolicySources(policy, read);
}

/** One of the shipped policies, resolved. */
export function loadShippedPolicy(name: 'default' | 'strict'): Policy {
  return resolve(BUILTINS[name]!, [], undefined, {});
}

/** Parses and validates one policy file without resolving `extends`. */
export function parsePolicyFile(text: string, fileName: string, options: LoadOptions = {}): PolicyFile {
  return parseValid(text, fileName, options).policy;
}

function resolve(
  source: PolicySource,
  chain: readonly string[],
  readFile: ReadRepoFile | undefined,
  options: LoadOptions,
): Policy {
  const { policy, yaml } = parseValid(source.text, source.file, options);
  const target = policy.extends ?? (source.id === BUILTINS.default!.id ? undefined : 'default');
  if (target === undefined) return mergePolicy(emptyPolicy(), policy);

  const fail = (reason: string): never => {
    throw new PolicyError([{ file: source.file, ...yaml.locate(['extends']), reason }]);
  };
  const parent = BUILTINS[target] ?? repoSource(target, readFile, fail);
  const seen = [...chain, source.id];
  if (seen.includes(parent.id)) {
    const names = [...seen.slice(seen.indexOf(parent.id)), parent.id].map((id) => id.replace(/^builtin:/, ''));
    fail(`extends "${target}" makes a cycle: ${names.join(' -> ')}`);
  }
  return mergePolicy(resolve(parent, seen, readFile, options), policy);
}

function repoSource(target: string, readFile: ReadRepoFile | undefined, fail: (reason: string) => never): PolicySource {
  const path = normalizeRepoPath(target);
  if (path === undefined) {
    return fail(`extends takes "default", "strict" or a path inside the repository, got "${target}"`);
  }
  const text = readFile?.(path);
  if (text === undefined) {
    const guess = target.includes('/') || target.includes('.') ? undefined : closest(target, Object.keys(BUILTINS));
    const hint = guess ? ` (did you mean "${guess}"?)` : '';
    return fail(`extends "${target}": no such policy file in the repository${hint}`);
  }
  return { id: path, file: path, text };
}

/** "a/./b/../c.yml" -> "a/c.yml"; undefined for absolute paths and paths that leave the repository. */
export function normalizeRepoPath(path: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return undefined;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

function parseValid(text: string, file: string, options: LoadOptions): { policy: PolicyFile; yaml: YamlSource } {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) throw new PolicyError(parsed.problems);
  const yaml = parsed.source;
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    throw new PolicyError([{ file, ...yaml.locate([]), reason: 'expected a mapping of policy keys at the top level' }]);
  }
  const result = policyFileSchema.safeParse(yaml.data);
  if (!result.success) throw new PolicyError(issueProblems(result.error.issues, policyFileSchema, yaml, file));
  const problems = options.knownRuleIds ? ruleIdProblems(result.data, options.knownRuleIds, yaml, file) : [];
  if (problems.length > 0) throw new PolicyError(problems);
  return { policy: result.data, yaml };
}

function ruleIdProblems(policy: PolicyFile, known: readonly string[], yaml: YamlSource, file: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const id of Object.keys(policy.rules ?? {})) {
    if (!known.includes(id)) {
      problems.push({ file, ...yaml.locate(['rules', id], 'key'), reason: unknownKey(id, known, 'rule id') });
    }
  }
  for (const [i, rule] of (policy.approvals?.rules ?? []).entries()) {
    for (const [j, pattern] of (rule.match.rules ?? []).entries()) {
      if (!known.some((id) => minimatch(id, pattern))) {
        const guess = closest(pattern, known);
        problems.push({
          file,
          ...yaml.locate(['approvals', 'rules', i, 'match', 'rules', j]),
          reason: `rule pattern "${pattern}" matches no known rule${guess ? ` (did you mean "${guess}"?)` : ''}`,
        });
      }
    }
  }
  return problems;
}
