import type { Located } from './command-targets.js';

/** What the env rules are given: the production targets of one file, and which of them the change introduced. */
export interface EnvDocument {
  path: string;
  targets: Located[];
  /** Strong targets the base version of the file did not have: the file now points at production. */
  newTargets: Located[];
}
