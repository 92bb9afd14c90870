import type { ChangeContext } from '../../../core/checker.js';
import type { Policy } from '../../../core/policy-schema.js';
import { policySources } from '../../../policy/sources.js';
import { isAgentGuard, isCodeowners, isPolicyFile, isWorkflow } from './guard-paths.js';

/** Every file with text may switch a tool's own guard off (a bypass variable in a Dockerfile, a `--no-verify`). */
export function guardsGate(_path: string, text: string): boolean {
  return text.length > 0;
}

/** A file that guards the gate: the policy and the files it extends, CODEOWNERS, workflows, agents' guards. */
function isGuardPath(path: string, policy: Policy | undefined): boolean {
  return (
    isPolicyFile(path) ||
    isCodeowners(path) ||
    isWorkflow(path) ||
    isAgentGuard(path) ||
    (policy !== undefined && policySources(policy).includes(path))
  );
}

export function readsGuardFile(path: string, _text: string, policy: Policy): boolean {
  return isGuardPath(path, policy);
}

/** A file renamed away from a guard's place (a workflow moved out of .github/workflows) is compared as that guard. */
export function wasGuardFile(path: string, _text: string, context: ChangeContext, policy?: Policy): boolean {
  const previous = context.files.find((f) => f.path === path)?.previousPath;
  return previous !== undefined && isGuardPath(previous, policy);
}
