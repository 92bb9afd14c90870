import type { FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { safetyBypass } from '../safety-bypass.js';
import { guardsGate } from './applies.js';
import type { GuardDocument } from './document.js';

const guardTextRules = [safetyBypass];

/**
 * The guard rule that reads every text file: a variable or flag that switches a tool's own
 * refusal off can be written anywhere. The files that guard the gate are compared by
 * checker.ts, which loads the YAML reader; a change without one does not.
 */
export const guardTextChecker: FamilyChecker = {
  family: 'guard',
  rules: guardTextRules,
  appliesTo: guardsGate,
  prepare: async () => {},
  check(file) {
    const doc: GuardDocument = { ...file };
    return { findings: runRules(guardTextRules, doc, () => false), notes: [] };
  },
};
