import { isMap, type Node } from 'yaml';
import type { Span } from '../../../core/types.js';
import { defaultPolicy } from '../../../policy/defaults.js';
import { itemsOf, pairOf, pairSpan, parseYaml, plainValue, spanOf } from '../../../parsers/yaml/positions.js';
import { samePlain } from './workflow.js';

/** A way a policy version lets more through than the one before it. */
export interface PolicyRelaxation {
  /** Dotted key, e.g. `rules.sql/drop-table` or `approvals.default.count`. */
  key: string;
  reason: string;
  span: Span;
  side?: 'base';
}

export interface PolicyComparison {
  /** Both versions parsed and say the same thing: only layout or comments changed. */
  same: boolean;
  relaxations: PolicyRelaxation[];
}

const SEVERITY_ORDER: Record<string, number> = { off: 0, warn: 1, block: 2 };

/** Lists whose entries each widen what is checked or who is suspected: removing one relaxes. */
const KEEP_ENTRIES = [
  'paths.include',
  'families.sql.paths',
  'production.hosts',
  'production.databases',
  'production.projects',
  'production.kubeContexts',
  'production.workspaces',
  'production.environments',
  'production.directories',
  'agents.logins',
  'agents.emails',
  'agents.trailers',
  'agents.branchPrefixes',
  'agents.bodyMarkers',
];
/** Lists whose entries each exempt something: adding one relaxes. */
const ADD_NOTHING = ['paths.exclude', 'paths.nonBlocking', 'paths.rollback'];
/** Numbers that count required approvals: lowering one relaxes. */
const COUNTS = ['approvals.default.count', 'agents.extraApprovals'];

/**
 * Compares two versions of a policy file key by key. Anything this does not know to be
 * tightening or neutral counts as a relaxation: an unknown change fails closed.
 */
export function comparePolicies(baseText: string | undefined, headText: string | undefined): PolicyComparison {
  const base = readPolicyYaml(baseText);
  const head = readPolicyYaml(headText);
  if (!head) {
    const span = { start: 0, end: 1 };
    const reason =
      headText === undefined
        ? 'removes the policy file'
        : 'makes the policy unreadable, so what it requires is unknown';
    return {
      same: false,
      relaxations: [{ key: '', reason, span, ...(headText === undefined ? { side: 'base' } : {}) }],
    };
  }
  if (!base) return { same: false, relaxations: [] };
  if (samePlain(base.plain, head.plain)) return { same: true, relaxations: [] };
  const relaxations: PolicyRelaxation[] = [];
  for (const key of differingKeys(base.plain, head.plain)) {
    const reason = relaxationOf(key, valueAt(base.plain, key), valueAt(head.plain, key));
    if (reason === undefined) continue;
    const removed = removedEntry(base.root, key, valueAt(head.plain, key));
    if (removed) {
      relaxations.push({ key, reason, span: removed, side: 'base' });
      continue;
    }
    const inHead = locate(head.root, key);
    const inBase = locate(base.root, key);
    if (inHead?.exact || !inBase?.exact) relaxations.push({ key, reason, span: inHead?.span ?? { start: 0, end: 1 } });
    else relaxations.push({ key, reason, span: inBase.span, side: 'base' });
  }
  return { same: false, relaxations };
}

function readPolicyYaml(text: string | undefined): { root: Node; plain: unknown } | undefined {
  if (text === undefined) return undefined;
  const stream = parseYaml(text);
  const root = stream.documents[0]?.root;
  if (stream.error || stream.documents.length > 1) return undefined;
  // An empty file is a policy that extends the default and changes nothing.
  if (root === null || root === undefined) return { root: null as unknown as Node, plain: {} };
  if (!isMap(root)) return undefined;
  return { root, plain: plainValue(root) };
}

/** Keys (dotted) where two versions differ, down to the keys the judgement knows about. */
function differingKeys(base: unknown, head: unknown, prefix = ''): string[] {
  if (samePlain(base, head)) return [];
  const judgedWhole = [...KEEP_ENTRIES, ...ADD_NOTHING, ...COUNTS].includes(prefix) || prefix.startsWith('rules.');
  // A section one version leaves out is compared key by key against nothing.
  if (!judgedWhole && (isRecord(base) || base === undefined) && (isRecord(head) || head === undefined)) {
    const b = base ?? {};
    const h = head ?? {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(h)])];
    return keys.flatMap((k) => differingKeys(b[k], h[k], prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function relaxationOf(key: string, base: unknown, head: unknown): string | undefined {
  if (key.startsWith('rules.')) {
    const rule = key.slice('rules.'.length);
    const before = typeof base === 'string' ? SEVERITY_ORDER[base] : undefined;
    const after = typeof head === 'string' ? SEVERITY_ORDER[head] : undefined;
    if (after === SEVERITY_ORDER.block) return undefined;
    if (before === undefined) return `sets ${rule} to ${String(head)}, which may be below its default`;
    if (after === undefined) return `removes the setting of ${rule} (was ${String(base)})`;
    return after < before ? `lowers ${rule} from ${String(base)} to ${String(head)}` : undefined;
  }
  if (KEEP_ENTRIES.includes(key)) {
    const gone = listOf(base).filter((e) => !listOf(head).some((h) => samePlain(h, e)));
    return gone.length > 0 ? `removes ${gone.map((e) => JSON.stringify(e)).join(', ')} from ${key}` : undefined;
  }
  if (ADD_NOTHING.includes(key)) {
    const added = listOf(head).filter((e) => !listOf(base).some((b) => samePlain(b, e)));
    return added.length > 0 ? `adds ${added.map((e) => JSON.stringify(e)).join(', ')} to ${key}` : undefined;
  }
  if (COUNTS.includes(key)) {
    // An unset count is the shipped default's.
    const before = base ?? valueAt(defaultPolicy(), key);
    const after = head ?? valueAt(defaultPolicy(), key);
    if (typeof before === 'number' && typeof after === 'number' && after >= before) return undefined;
    return `lowers ${key} from ${String(before)} to ${String(after)}`;
  }
  if (key === 'agents.warnBlocks' && head === true) return undefined;
  if (key === 'suppressions.allowAdded' && head !== true) return undefined;
  if (key === 'extends' && head === 'strict') return undefined;
  if (key === 'approvals.rules')
    return 'changes the approval rules (first match wins, so any change can route a finding to fewer or other reviewers)';
  if (key === 'approvals.default.from') return 'changes who can give the default approval';
  return `changes ${key} from ${JSON.stringify(base ?? null)} to ${JSON.stringify(head ?? null)}`;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function valueAt(data: unknown, key: string): unknown {
  let current = data;
  for (const part of splitKey(key)) current = isRecord(current) ? current[part] : undefined;
  return current;
}

/** `rules.sql/drop-table` has one dot before the rule id; rule ids never contain dots. */
function splitKey(key: string): string[] {
  if (key === '') return [];
  if (key.startsWith('rules.')) return ['rules', key.slice('rules.'.length)];
  return key.split('.');
}

/** The first entry of a list the head version no longer has, where the base writes it. */
function removedEntry(baseRoot: Node | null, key: string, head: unknown): Span | undefined {
  if (!KEEP_ENTRIES.includes(key)) return undefined;
  let node: Node | null | undefined = baseRoot;
  for (const part of splitKey(key)) node = pairOf(node, part)?.value;
  const gone = itemsOf(node).find((item) => !listOf(head).some((h) => samePlain(h, plainValue(item))));
  return gone ? spanOf(gone) : undefined;
}

/** The pair a dotted key is written at (exact), or the closest enclosing one. */
function locate(root: Node | null, key: string): { span: Span; exact: boolean } | undefined {
  let node: Node | null | undefined = root;
  let span = spanOf(root);
  for (const part of splitKey(key)) {
    const pair = pairOf(node, part);
    if (!pair) return span && { span, exact: false };
    span = pairSpan(pair);
    node = pair.value;
  }
  return span && { span, exact: true };
}
