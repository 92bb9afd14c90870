import { ACTION_REPOSITORY, VERSION } from '../core/version.js';

/** The rule's page at the version that produced the report, so a link never shows newer wording than the check used. */
export function ruleDocUrl(ruleId: string): string | undefined {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined;
  return `https://github.com/${ACTION_REPOSITORY}/blob/v${VERSION}/docs/rules/${ruleId}.md`;
}
