import type { Family, Rule } from './rule.js';
import { formatMessage } from './rule.js';
import type { FindingKind, Severity, Span } from './types.js';
import type { Policy } from '../policy/schema.js';

/** A rule's report with its rule's metadata attached, before lines, suppression and policy are applied. */
export interface RawFinding {
  ruleId: string;
  kind: FindingKind;
  defaultSeverity: Severity;
  message: string;
  span: Span;
  unit: Span;
  rollbackOnly: boolean;
}

/** Reads one family of files and runs its rules; the engine does everything that is not family-specific. */
export interface FamilyChecker {
  family: Family;
  rules: readonly Rule<never>[];
  /** Whether this family reads the file, by path convention or by sniffing its content. */
  appliesTo(path: string, text: string, policy: Policy): boolean;
  /** Loads what the family needs (a WebAssembly parser) the first time a file of it is present. */
  prepare(): Promise<void>;
  check(path: string, text: string, policy: Policy): { findings: RawFinding[]; notes: string[] };
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
      });
    });
  }
  return findings;
}
