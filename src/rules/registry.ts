import type { FamilyChecker } from '../core/checker.js';
import type { Rule } from '../core/rule.js';
import { codeChecker } from './code/checker.js';
import { envChecker } from './env/checker.js';
import { guardChecker } from './guard/checker.js';
import { cloudFormationChecker } from './iac/cloudformation-checker.js';
import { codeIacChecker } from './iac/code-iac-checker.js';
import { manifestChecker } from './iac/manifest-checker.js';
import { terraformChecker } from './iac/terraform-checker.js';
import { ormChecker } from './orm/checker.js';
import { secretChecker } from './secret/checker.js';
import { httpGraphqlFindings } from './code/http-graphql.js';
import { shellCheckerWith } from './shell/checker.js';
import { sqlChecker } from './sql/checker.js';
import { universalChecker } from './universal/checker.js';

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
