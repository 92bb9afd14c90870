import type { GitHub } from './client.js';

/** The ruleset the README asks for, on the default branch: the gate required, approvals that go stale. */
export interface GateRuleset {
  name: string;
  target: 'branch';
  enforcement: 'active';
  bypass_actors: [];
  conditions: { ref_name: { include: ['~DEFAULT_BRANCH']; exclude: [] } };
  rules: (
    | {
        type: 'required_status_checks';
        parameters: {
          strict_required_status_checks_policy: boolean;
          required_status_checks: { context: string; integration_id?: number }[];
        };
      }
    | {
        type: 'pull_request';
        parameters: {
          required_approving_review_count: number;
          dismiss_stale_reviews_on_push: boolean;
          require_code_owner_review: boolean;
          require_last_push_approval: boolean;
          required_review_thread_resolution: boolean;
        };
      }
  )[];
}

export const RULESET_NAME = 'two-key';

export function gateRuleset(context: string, integrationId?: number): GateRuleset {
  return {
    name: RULESET_NAME,
    target: 'branch',
    enforcement: 'active',
    bypass_actors: [],
    conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
    rules: [
      {
        type: 'required_status_checks',
        parameters: {
          strict_required_status_checks_policy: false,
          required_status_checks: [
            { context, ...(integrationId === undefined ? {} : { integration_id: integrationId }) },
          ],
        },
      },
      {
        type: 'pull_request',
        parameters: {
          required_approving_review_count: 1,
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: false,
          require_last_push_approval: true,
          required_review_thread_resolution: false,
        },
      },
    ],
  };
}

export type RulesetOutcome = 'created' | 'updated' | 'unchanged';

/** Creates or updates the `two-key` ruleset of a repository; a second run with the same settings changes nothing. */
export async function applyRuleset(
  github: GitHub,
  owner: string,
  repo: string,
  wanted: GateRuleset,
): Promise<RulesetOutcome> {
  const existing = await github.paginate(github.rest.repos.getRepoRulesets, { owner, repo, includes_parents: false });
  const ours = existing.find((r) => r.name === wanted.name);
  if (!ours) {
    await github.rest.repos.createRepoRuleset({ owner, repo, ...wanted });
    return 'created';
  }
  const { data: current } = await github.rest.repos.getRepoRuleset({ owner, repo, ruleset_id: ours.id });
  const same =
    current.enforcement === wanted.enforcement &&
    (current.bypass_actors ?? []).length === 0 &&
    JSON.stringify(current.conditions) === JSON.stringify(wanted.conditions) &&
    JSON.stringify(normalise(current.rules ?? [])) === JSON.stringify(normalise(wanted.rules));
  if (same) return 'unchanged';
  await github.rest.repos.updateRepoRuleset({ owner, repo, ruleset_id: ours.id, ...wanted });
  return 'updated';
}

function normalise(rules: readonly { type: string; parameters?: unknown }[]): unknown[] {
  const sortKeys = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sortKeys)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, v]) => [k, sortKeys(v)]),
          )
        : value;
  return [...rules].sort((a, b) => (a.type < b.type ? -1 : 1)).map(sortKeys);
}
