import type { Rule, RuleMeta } from '../../../core/rule.js';
import type { TerraformDocument } from './terraform-document.js';
import { protectionChanges, type ProtectionRule } from './terraform-protections.js';

export type ProtectionMessage = 'set' | 'removed' | 'shortened' | 'resourceRemoved' | 'unknown' | 'viaLocal';

/** The two messages every protection rule shares: a value known only at plan time, and the local behind a change. */
const SHARED_MESSAGES = {
  unknown:
    '{address}: {attribute} (was {before}) is now set by an expression two-key cannot evaluate before a plan; approve only if it keeps the safeguard',
  viaLocal: '{address}: {attribute} becomes {value} (was {before}) because of this definition',
};

/**
 * A rule over one kind of safeguard: the analysis in terraform-protections.ts finds every change
 * to a safeguard in the module; each rule reports its own kind, in the file being checked.
 */
export function protectionRule(
  rule: ProtectionRule,
  meta: Omit<
    RuleMeta<Exclude<ProtectionMessage, keyof typeof SHARED_MESSAGES>>,
    'family' | 'kind' | 'defaultSeverity' | 'id'
  >,
): Rule<TerraformDocument, ProtectionMessage> {
  return {
    meta: {
      id: `iac/terraform-${rule}`,
      family: 'iac',
      kind: 'protection',
      defaultSeverity: 'block',
      ...meta,
      messages: { ...SHARED_MESSAGES, ...meta.messages },
    },
    check(doc, report) {
      for (const change of protectionChanges(doc).changes) {
        if (change.rule !== rule) continue;
        if (change.path !== (change.side === 'base' ? doc.basePath : doc.path)) continue;
        const throwaway = throwawayEnvironment(change.path);
        const because =
          change.downgradedBecause ?? (throwaway ? `the module is the ${throwaway} environment's` : undefined);
        report({
          messageId: change.how,
          data: { address: change.address, attribute: change.attribute, value: change.value, before: change.before },
          span: change.span,
          unit: change.unit,
          side: change.side,
          ...(because ? { downgradedBecause: because } : {}),
        });
      }
    },
  };
}

/**
 * A module directory named for a throwaway environment (`environments/dev/`, `infra/sandbox/`):
 * a safeguard given up there is routine, reported without holding the merge. Removing a
 * resource still blocks wherever it is (iac/terraform-removed-resource).
 */
const THROWAWAY = new Set([
  'dev',
  'development',
  'sandbox',
  'scratch',
  'ephemeral',
  'preview',
  'local',
  'test',
  'testing',
  'e2e',
]);

export function throwawayEnvironment(path: string): string | undefined {
  const dirs = path.split('/').slice(0, -1);
  return dirs.find((d) => THROWAWAY.has(d.toLowerCase()));
}
