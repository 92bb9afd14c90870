import { isDynamic } from './commands.js';

/** `app_test`, `test`, `myapp-e2e`: databases the test suite owns, by name, for every family. */
export function isTestDatabase(name: string): boolean {
  return !isDynamic(name) && /(^|[_\-./])(test|tests|testing|e2e|ci)([_\-.]|$)/i.test(name);
}
