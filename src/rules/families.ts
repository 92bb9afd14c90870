import type { ChangeContext, FamilyChecker } from '../core/checker.js';
import type { Policy } from '../core/policy-schema.js';
import type { Family } from '../core/rule.js';
import { readsCode } from './code/lib/applies.js';
import { readsEnvironment } from './env/lib/applies.js';
import { guardsGate, readsGuardFile, wasGuardFile } from './guard/lib/applies.js';
import { readsCloudFormation, readsCodeIac, readsManifests, readsTerraform } from './iac/lib/applies.js';
import { readsMigration } from './orm/lib/applies.js';
import { scansForSecrets } from './secret/lib/applies.js';
import { isShellSource, isSourcedByAnother } from './shell/lib/applies.js';
import { readsSql } from './sql/lib/applies.js';
import { netReads } from './universal/lib/applies.js';

/**
 * A family as the engine meets it before it knows the change: whether it reads a file (the very
 * test its checker uses, kept apart from the checker's code), and its checker, whose rules,
 * readers and libraries (yaml, graphql, secretlint, the WebAssembly parsers) are imported the
 * first time a file of the family turns up. A change of documentation loads no SQL reader.
 */
export interface FamilyEntry {
  family: Family;
  appliesTo(path: string, text: string, policy: Policy): boolean;
  /** Whether another file of the repository gives this one a meaning for the family (see FamilyChecker). */
  appliesInContext?(path: string, text: string, context: ChangeContext, policy?: Policy): boolean;
  /** The checker; the same object on every call. */
  load(): Promise<FamilyChecker>;
}

function entry(
  family: Family,
  appliesTo: FamilyEntry['appliesTo'],
  importChecker: () => Promise<FamilyChecker>,
  appliesInContext?: FamilyEntry['appliesInContext'],
): FamilyEntry {
  let loading: Promise<FamilyChecker> | undefined;
  return {
    family,
    appliesTo,
    ...(appliesInContext ? { appliesInContext } : {}),
    load: () => (loading ??= importChecker()),
  };
}

/** Every family the engine reads, in the order they are tried on a file (registry.ts lists the same checkers). */
export const families: readonly FamilyEntry[] = [
  entry('sql', readsSql, async () => (await import('./sql/lib/checker.js')).sqlChecker),
  entry('orm', readsMigration, async () => (await import('./orm/lib/checker.js')).ormChecker),
  entry(
    'shell',
    isShellSource,
    async () => (await import('./shell-family.js')).shellChecker,
    (path, _text, context) => isSourcedByAnother(path, context),
  ),
  entry(
    'iac',
    readsCloudFormation,
    async () => (await import('./iac/lib/cloudformation-checker.js')).cloudFormationChecker,
  ),
  entry('iac', readsManifests, async () => (await import('./iac/lib/manifest-checker.js')).manifestChecker),
  entry('iac', readsCodeIac, async () => (await import('./iac/lib/code-iac-checker.js')).codeIacChecker),
  entry('iac', readsTerraform, async () => (await import('./iac/lib/terraform-checker.js')).terraformChecker),
  entry('code', readsCode, async () => (await import('./code/lib/checker.js')).codeChecker),
  entry('env', readsEnvironment, async () => (await import('./env/lib/checker.js')).envChecker),
  entry('secret', scansForSecrets, async () => (await import('./secret/lib/checker.js')).secretChecker),
  // The files that guard the gate, compared with the YAML reader; every other text only for bypass switches.
  entry('guard', readsGuardFile, async () => (await import('./guard/lib/checker.js')).guardChecker, wasGuardFile),
  entry('guard', guardsGate, async () => (await import('./guard/lib/text-checker.js')).guardTextChecker),
  // Last: the net under the precise readers, for what none of them understands.
  entry('universal', netReads, async () => (await import('./universal/lib/checker.js')).universalChecker),
];
