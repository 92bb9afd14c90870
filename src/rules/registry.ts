import type { FamilyChecker } from '../core/checker.js';
import type { Rule } from '../core/rule.js';
import { codeChecker } from './code/lib/checker.js';
import { envChecker } from './env/lib/checker.js';
import { guardChecker } from './guard/lib/checker.js';
import { cloudFormationChecker } from './iac/lib/cloudformation-checker.js';
import { codeIacChecker } from './iac/lib/code-iac-checker.js';
import { manifestChecker } from './iac/lib/manifest-checker.js';
import { terraformChecker } from './iac/lib/terraform-checker.js';
import { ormChecker } from './orm/lib/checker.js';
import { secretChecker } from './secret/lib/checker.js';
import { httpGraphqlFindings } from './code/lib/http-graphql.js';
import { shellCheckerWith } from './shell/lib/checker.js';
import { sqlChecker } from './sql/lib/checker.js';
import { universalChecker } from './universal/lib/checker.js';

/** Every family the engine reads, in the order they are tried on a file. */
export const checkers: readonly FamilyChecker[] = [
  sqlChecker,
  ormChecker,
  shellCheckerWith([httpGraphqlFindings]),
  cloudFormationChecker,
  manifestChecker,
  codeIacChecker,
  terraformChecker,
  codeChecker,
  envChecker,
  secretChecker,
  guardChecker,
  // Last: the net under the precise readers, for what none of them understands.
  universalChecker,
];

/** Every rule, for the registry test, `two-key explain`, SARIF rule metadata and policy validation. */
export const allRules: readonly Rule<never>[] = checkers.flatMap((c) => c.rules);

export const ruleIds: readonly string[] = allRules.map((r) => r.meta.id);

/** Ids of findings the engine itself reports, outside any family. */
export const engineRuleIds = ['core/unreadable-file', 'core/added-suppression'] as const;

export function findRule(id: string): Rule<never> | undefined {
  return allRules.find((r) => r.meta.id === id);
}
