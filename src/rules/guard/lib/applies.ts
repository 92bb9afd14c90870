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
  const previous = renamedFrom(context).get(path);
  return previous !== undefined && isGuardPath(previous, policy);
}

const renames = new WeakMap<ChangeContext, Map<string, string>>();

/** The change's renamed files by their new path, found once per change (asked of every file). */
function renamedFrom(context: ChangeContext): Map<string, string> {
  let found = renames.get(context);
  if (!found) {
    found = new Map(context.files.flatMap((f) => (f.previousPath === undefined ? [] : [[f.path, f.previousPath]])));
    renames.set(context, found);
  }
  return found;
}
