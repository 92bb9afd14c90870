import type { ApprovalRule, Policy, PolicyFile } from '../core/policy-schema.js';

/** What the shipped default is laid over; the default names every key, so none of this shows through. */
export function emptyPolicy(): Policy {
  return {
    paths: { include: ['**'], exclude: [], nonBlocking: [], rollback: [] },
    families: { sql: { paths: [], dialects: {} } },
    rules: {},
    production: {
      hosts: [],
      databases: [],
      projects: [],
      kubeContexts: [],
      workspaces: [],
      environments: [],
      directories: [],
    },
    approvals: { default: { count: 1, from: [] }, rules: [] },
    agents: {
      logins: [],
      emails: [],
      trailers: [],
      branchPrefixes: [],
      bodyMarkers: [],
      extraApprovals: 0,
      warnBlocks: false,
    },
    suppressions: { allowAdded: false },
  };
}

/**
 * Lays a policy file over the policy it extends: mappings merge key by key, and anything else
 * (a list, a number, a flag) given by the child replaces the parent's whole. Lists replace rather
 * than concatenate so that a child can drop an inherited entry.
 */
export function mergePolicy(parent: Policy, child: PolicyFile): Policy {
  const { extends: _extends, $schema: _schema, ...body } = child;
  const merged = mergeValue(parent, body) as Policy;
  merged.approvals.default.from = merged.approvals.default.from.map(normalizeReviewer);
  merged.approvals.rules = merged.approvals.rules.map((rule): ApprovalRule => ({
    ...rule,
    from: (rule.from ?? []).map(normalizeReviewer),
  }));
  return merged;
}

/** "alice" and "@alice" are the same user; teams are already written "@org/team". */
export function normalizeReviewer(reviewer: string): string {
  return reviewer.startsWith('@') ? reviewer : `@${reviewer}`;
}

function mergeValue(parent: unknown, child: unknown): unknown {
  if (child === undefined) return structuredClone(parent);
  if (!isPlainObject(parent) || !isPlainObject(child)) return structuredClone(child);
  const out: Record<string, unknown> = structuredClone(parent);
  for (const [key, value] of Object.entries(child)) out[key] = mergeValue(parent[key], value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
