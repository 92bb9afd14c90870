import type { ChangeContext, FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { policySources } from '../../../policy/sources.js';
import type { GuardDocument } from './document.js';
import { gateTriggerNamesIn } from './guard-comparisons.js';
import { guardFileRules } from './index.js';
import { readsGuardFile, wasGuardFile } from './applies.js';

/** Read once per change: every file of the change is checked with the same context. */
const triggerNames = new WeakMap<ChangeContext, string[]>();

function gateTriggerNamesOf(context: ChangeContext): string[] {
  let names = triggerNames.get(context);
  if (!names) {
    const baseWorkflows = (context.baseWorkflows ?? []).map((w) => ({ path: w.path, baseText: w.text }));
    triggerNames.set(context, (names = gateTriggerNamesIn([...context.files, ...baseWorkflows])));
  }
  return names;
}

/** The files that guard the gate, compared between base and head (text-checker.ts reads every other file). */
export const guardChecker: FamilyChecker = {
  family: 'guard',
  rules: guardFileRules,
  appliesTo: readsGuardFile,
  appliesInContext: wasGuardFile,
  prepare: async () => {},
  check(file, policy, context) {
    const doc: GuardDocument = {
      ...file,
      policyFiles: policySources(policy),
      gateTriggerNames: gateTriggerNamesOf(context),
    };
    return { findings: runRules(guardFileRules, doc, () => false), notes: [] };
  },
};
