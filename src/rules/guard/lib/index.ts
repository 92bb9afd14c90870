import type { Rule } from '../../../core/rule.js';
import { agentGuardChange } from '../agent-guard-change.js';
import { codeownersChange } from '../codeowners-change.js';
import type { GuardDocument } from './document.js';
import { gateWorkflowChange } from '../gate-workflow-change.js';
import { guardFileEdit } from '../guard-file-edit.js';
import { policyChange } from '../policy-change.js';
import { safetyBypass } from '../safety-bypass.js';
import { statusWriter } from '../status-writer.js';
import { triggerChainChange } from '../trigger-chain-change.js';

/** The rules that compare a guard file's two versions (checker.ts). */
export const guardFileRules: readonly Rule<GuardDocument>[] = [
  policyChange,
  codeownersChange,
  gateWorkflowChange,
  triggerChainChange,
  statusWriter,
  agentGuardChange,
  guardFileEdit,
];

/** Every guard rule: those above and the bypass switches read in every file (text-checker.ts). */
export const guardRules: readonly Rule<GuardDocument>[] = [...guardFileRules, safetyBypass];
