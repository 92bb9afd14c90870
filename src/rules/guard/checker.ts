import type { FamilyChecker } from '../../core/checker.js';
import { runRules } from '../../core/checker.js';
import { policySources } from '../../policy/sources.js';
import type { GuardDocument } from './document.js';
import { gateTriggerNamesIn } from './guard-comparisons.js';
import { guardRules } from './index.js';

export const guardChecker: FamilyChecker = {
  family: 'guard',
  rules: guardRules,
  // Guards hide anywhere (a bypass variable in a Dockerfile, a hook in an agent's settings), so every text file is read.
  appliesTo(_path: string, text: string) {
    return text.length > 0;
  },
  prepare: async () => {},
  check(file, policy, context) {
    const doc: GuardDocument = {
      ...file,
      policyFiles: policySources(policy),
      gateTriggerNames: gateTriggerNamesIn([
        ...context.files,
        ...(context.baseWorkflows ?? []).map((w) => ({ path: w.path, baseText: w.text })),
      ]),
    };
    return { findings: runRules(guardRules, doc, () => false), notes: [] };
  },
};
