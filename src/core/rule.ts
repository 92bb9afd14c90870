import type { FindingKind, Severity, Span } from './types.js';

/** The file families a rule can belong to; a rule's id starts with its family. */
export type Family = 'sql' | 'orm' | 'iac' | 'shell' | 'code' | 'env' | 'secret' | 'guard' | 'universal';

/** A worked example a registry test runs: invalid ones must be reported at `line`, valid ones not at all. */
export interface InvalidExample {
  code: string;
  /** 1-based line the finding must point at. */
  line: number;
  /** Path to check the example under, when the rule depends on it (defaults to a migration path). */
  path?: string;
  /** The file's base version: the example is then a modification (or, with `code: ''`, a removal). */
  base?: string;
  /** `base` when `line` is a line of `base` (a removed resource). */
  side?: 'head' | 'base';
}

/** Code that must not be reported: a string is checked under a migration path, like an invalid example's default. */
export type ValidExample = string | { code: string; path: string; base?: string };

export interface RuleMeta<MessageId extends string = string> {
  /** `family/kebab-name`, equal to the rule's file path under src/rules/ (a family's other files live in its lib/). */
  id: string;
  family: Family;
  kind: FindingKind;
  defaultSeverity: Severity;
  /** One sentence for the rule list. */
  description: string;
  /** Message templates; `{name}` placeholders are filled from a report's data. */
  messages: Record<MessageId, string>;
  examples: { invalid: InvalidExample[]; valid: ValidExample[] };
}

export interface RuleReport<MessageId extends string = string> {
  messageId: MessageId;
  data?: Record<string, string>;
  /** Where the finding points, in the text the rule was given. */
  span: Span;
  /** The statement or command the finding belongs to; findings sharing one are reported together. */
  unit?: Span;
  rollbackOnly?: boolean;
  /** `base` when span and unit are offsets into the base version (a removed resource). */
  side?: 'head' | 'base';
  /** Why this finding does not block although its rule would (read-only work, a published sample key). */
  downgradedBecause?: string;
}

export interface Rule<Input, MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(input: Input, report: (r: RuleReport<MessageId>) => void): void;
}

export function formatMessage(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}
