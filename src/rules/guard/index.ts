import type { Rule } from '../../core/rule.js';
import { agentGuardChange } from './agent-guard-change.js';
import type { GuardDocument } from './document.js';
import { gateWorkflowChange } from './gate-workflow-change.js';
import { policyChange } from './policy-change.js';
import { safetyBypass } from './safety-bypass.js';

export const guardRules: readonly Rule<GuardDocument>[] = [
  policyChange,
  gateWorkflowChange,
  agentGuardChange,
  safetyBypass,
];
