import { isComposePath } from '../../../parsers/kubernetes/recognise.js';
import { isShellSource } from '../../shell/lib/applies.js';
import { isDatabaseConfig, isDotenv } from './config-targets.js';

export const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;

/** Whether a file can name the environment a change runs against (apart from the checker: see rules/families.ts). */
export function readsEnvironment(path: string, text: string): boolean {
  return (
    WORKFLOW.test(path) || isDotenv(path) || isDatabaseConfig(path) || isComposePath(path) || isShellSource(path, text)
  );
}
