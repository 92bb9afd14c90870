import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import "./chunk-ZHGBYMEX.js";

// src/github/rulesets.ts
var RULESET_NAME = "two-key";
function gateRuleset(context, integrationId) {
  return {
    name: RULESET_NAME,
    target: "branch",
    enforcement: "active",
    bypass_actors: [],
    conditions: { ref_name: { include: ["~DEFAULT_BRANCH"], exclude: [] } },
    rules: [
      {
        type: "required_status_checks",
        parameters: {
          strict_required_status_checks_policy: false,
          required_status_checks: [
            { context, ...integrationId === void 0 ? {} : { integration_id: integrationId } }
          ]
        }
      },
      {
        type: "pull_request",
        parameters: {
          required_approving_review_count: 1,
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: false,
          require_last_push_approval: true,
          required_review_thread_resolution: false
        }
      }
    ]
  };
}
async function applyRuleset(github, owner, repo, wanted) {
  const existing = await github.paginate(github.rest.repos.getRepoRulesets, { owner, repo, includes_parents: false });
  const ours = existing.find((r) => r.name === wanted.name);
  if (!ours) {
    await github.rest.repos.createRepoRuleset({ owner, repo, ...wanted });
    return "created";
  }
  const { data: current } = await github.rest.repos.getRepoRuleset({ owner, repo, ruleset_id: ours.id });
  const same = current.enforcement === wanted.enforcement && (current.bypass_actors ?? []).length === 0 && JSON.stringify(current.conditions) === JSON.stringify(wanted.conditions) && JSON.stringify(normalise(current.rules ?? [])) === JSON.stringify(normalise(wanted.rules));
  if (same) return "unchanged";
  await github.rest.repos.updateRepoRuleset({ owner, repo, ruleset_id: ours.id, ...wanted });
  return "updated";
}
function normalise(rules) {
  const sortKeys = (value) => Array.isArray(value) ? value.map(sortKeys) : value && typeof value === "object" ? Object.fromEntries(
    Object.entries(value).sort(([a], [b]) => a < b ? -1 : 1).map(([k, v]) => [k, sortKeys(v)])
  ) : value;
  return [...rules].sort((a, b) => a.type < b.type ? -1 : 1).map(sortKeys);
}
export {
  RULESET_NAME,
  applyRuleset,
  gateRuleset
};
