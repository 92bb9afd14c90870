import type { Family, Rule } from './rule.js';
import { formatMessage } from './rule.js';
import type { TargetContext } from './environment.js';
import type { BaseTree, ChangedFile, FileStatus, FindingKind, Severity, Side, Span, UnchangedFile } from './types.js';
import type { Policy } from './policy-schema.js';

/** A rule's report with its rule's metadata attached, before lines, suppression and policy are applied. */
export interface RawFinding {
  ruleId: string;
  kind: FindingKind;
  defaultSeverity: Severity;
  message: string;
  span: Span;
  unit: Span;
  rollbackOnly: boolean;
  /** `base` when span and unit are offsets into the base text: a removed resource, a deleted file. */
  side?: Side;
  /** Set when the rule saw why this finding should not block: it is reported as a note with the reason. */
  downgradedBecause?: string;
  /**
   * Other places the judged text is written, when the span points elsewhere (a constant's literal,
   * the finding at the call that runs it): a less specific reader's finding there is this one.
   */
  covers?: Span[];
}

/** One changed file as a family reads it. */
export interface CheckedFile {
  path: string;
  /** The head version; empty when the change removes the file. */
  text: string;
  /** The base version, when the file existed there: families that compare versions read it. */
  baseText?: string;
  status: FileStatus;
  previousPath?: string;
}

/** The rest of the change, for families whose meaning spans files (Terraform modules, locals in another file). */
export interface ChangeContext {
  files: readonly ChangedFile[];
  /** The base commit's workflow files, when the caller read them. */
  baseWorkflows?: readonly { path: string; text: string }[];
  /** Unchanged files beside changed ones (ChangeSet.neighbours). */
  neighbours?: readonly UnchangedFile[];
  /** The base tree beyond the changed files, when the caller can read it. */
  baseTree?: BaseTree;
}

/** What a family checker returns: findings, notes, and what it learned about where each piece runs. */
export interface CheckResult {
  findings: RawFinding[];
  notes: string[];
  /** Evidence that a span of the file runs against a preview, local or test target (see core/environment.ts). */
  contexts?: TargetContext[];
}

/** Reads one family of files and runs its rules; the engine does everything that is not family-specific. */
export interface FamilyChecker {
  family: Family;
  rules: readonly Rule<never>[];
  /**
   * Whether this family reads the file, by path convention or by sniffing its content (the head
   * version, or the base version of a removed file). Several families may read one file.
   */
  appliesTo(path: string, text: string, policy: Policy): boolean;
  /**
   * Whether the family reads the file because another file of the repository gives it a meaning
   * its name does not (a script sources `ci/release.env`): asked only when appliesTo says no.
   */
  appliesInContext?(path: string, text: string, context: ChangeContext, policy?: Policy): boolean;
  /**
   * Loads what the family needs (WebAssembly grammars) before its first check; the text (and the
   * change, when given) lets a family load only what this file needs.
   */
  prepare(file: CheckedFile, policy?: Policy, context?: ChangeContext): Promise<void>;
  check(file: CheckedFile, policy: Policy, context: ChangeContext): CheckResult;
}

/** Runs rules over an input and attaches their metadata to what they report. */
export function runRules<Input>(
  rules: readonly Rule<Input>[],
  input: Input,
  rollback: (span: Span) => boolean,
): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const rule of rules) {
    rule.check(input, (r) => {
      findings.push({
        ruleId: rule.meta.id,
        kind: rule.meta.kind,
        defaultSeverity: rule.meta.defaultSeverity,
        message: formatMessage(rule.meta.messages[r.messageId] ?? r.messageId, r.data),
        span: r.span,
        unit: r.unit ?? r.span,
        rollbackOnly: r.rollbackOnly ?? rollback(r.span),
        ...(r.side === 'base' ? { side: 'base' as const } : {}),
        ...(r.downgradedBecause ? { downgradedBecause: r.downgradedBecause } : {}),
      });
    });
  }
  return findings;
}
