import type { FamilyChecker } from '../core/checker.js';
import type { Rule } from '../core/rule.js';
import { codeChecker } from './code/lib/checker.js';
import { envChecker } from './env/lib/checker.js';
import { guardChecker } from './guard/lib/checker.js';
import { guardTextChecker } from './guard/lib/text-checker.js';
import { cloudFormationChecker } from './iac/lib/cloudformation-checker.js';
import { codeIacChecker } from './iac/lib/code-iac-checker.js';
import { manifestChecker } from './iac/lib/manifest-checker.js';
import { terraformChecker } from './iac/lib/terraform-checker.js';
import { ormChecker } from './orm/lib/checker.js';
import { secretChecker } from './secret/lib/checker.js';
import { shellChecker } from './shell-family.js';
import { sqlChecker } from './sql/lib/checker.js';
import { universalChecker } from './universal/lib/checker.js';

/**
 * Every family's checker, in the order they are tried on a file. The engine meets them through
 * families.ts, which loads each only for a change that has a file of its family.
 */
export const checkers: readonly FamilyChecker[] = [
  sqlChecker,
  ormChecker,
  shellChecker,
  cloudFormationChecker,
  manifestChecker,
  codeIacChecker,
  terraformChecker,
  codeChecker,
  envChecker,
  secretChecker,
  guardChecker,
  guardTextChecker,
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
