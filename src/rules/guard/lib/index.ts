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

export const guardRules: readonly Rule<GuardDocument>[] = [
  policyChange,
  codeownersChange,
  gateWorkflowChange,
  triggerChainChange,
  statusWriter,
  agentGuardChange,
  guardFileEdit,
  safetyBypass,
];
