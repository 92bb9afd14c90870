import type { ApprovalTree } from '../core/approval-types.js';
import type { Decision, LocatedFinding } from '../core/types.js';
import { escapeControls, splitLines } from './escape.js';
import { renderGateReport, type GateReportOptions } from './gate-report.js';
import { bySeverity } from './severity.js';
import { statusFor } from './status.js';

/** One annotation on a head line: a check run's annotation, or a workflow command (`failure` is `::error`). */
export interface Annotation {
  path: string;
  startLine: number;
  endLine: number;
  /** Only on single-line annotations: GitHub ignores columns across lines. */
  startColumn?: number;
  endColumn?: number;
  level: 'failure' | 'warning' | 'notice';
  title: string;
  /** Plain text, control characters escaped; the writer still escapes it for its transport. */
  message: string;
}

export interface AnnotationLimits {
  error: number;
  warning: number;
  notice?: number;
}

/** GitHub shows at most 10 error, 10 warning and 10 notice annotations per step from workflow commands. */
export const STEP_ANNOTATION_LIMITS: Required<AnnotationLimits> = { error: 10, warning: 10, notice: 10 };

/** Check runs take annotations 50 per request. */
export const CHECK_RUN_ANNOTATION_BATCH = 50;

/** Check run output title, summary and text are each capped at 65,535 characters. */
export const MAX_CHECK_RUN_TEXT = 65_535;

const MAX_MESSAGE_CHARS = 4_000;
const MAX_SNIPPET_LINES = 10;

/**
 * Annotations for the workflow log, most severe first, within GitHub's per-step limits. Everything
 * else is `overflow` for the summary to list: findings past the limits, and findings on removed
 * lines, which have no head line to sit on.
 */
export function toAnnotations(
  decision: Decision,
  limits: AnnotationLimits = { error: 10, warning: 10 },
): { annotations: Annotation[]; overflow: LocatedFinding[] } {
  const left = {
    failure: limits.error,
    warning: limits.warning,
    notice: limits.notice ?? STEP_ANNOTATION_LIMITS.notice,
  };
  const annotations: Annotation[] = [];
  const overflow: LocatedFinding[] = [];
  for (const finding of bySeverity(decision.findings)) {
    const annotation = annotationFor(finding);
    if (annotation === undefined || left[annotation.level] <= 0) {
      overflow.push(finding);
      continue;
    }
    left[annotation.level] -= 1;
    annotations.push(annotation);
  }
  return { annotations, overflow };
}

/** A check run's output: the verdict as title, the report as summary, every head-line finding as annotations in batches of 50. */
export function checkRunOutput(
  decision: Decision,
  tree: ApprovalTree,
  options: Partial<GateReportOptions> = {},
): { title: string; summary: string; text?: string; annotations: Annotation[][] } {
  const summary = renderGateReport(
    decision,
    tree,
    { ...options, headSha: options.headSha ?? '' },
    { maxSize: MAX_CHECK_RUN_TEXT, measure: (text) => text.length, seeAlso: 'see the job summary' },
  );
  const all = bySeverity(decision.findings).flatMap((f) => annotationFor(f) ?? []);
  const annotations: Annotation[][] = [];
  for (let i = 0; i < all.length; i += CHECK_RUN_ANNOTATION_BATCH) {
    annotations.push(all.slice(i, i + CHECK_RUN_ANNOTATION_BATCH));
  }
  return { title: statusFor(decision, tree).description, summary, annotations };
}

function levelOf(finding: LocatedFinding): Annotation['level'] {
  if (finding.blocking) return 'failure';
  return finding.rollbackOnly ? 'notice' : 'warning';
}

function annotationFor(finding: LocatedFinding): Annotation | undefined {
  if (finding.side === 'base') return undefined;
  const endLine = Math.max(finding.line, finding.endLine);
  const weight = finding.blocking
    ? 'needs approval'
    : finding.rollbackOnly
      ? 'rollback only'
      : finding.downgradedBecause
        ? `not blocking: ${finding.downgradedBecause}`
        : 'warning';
  const snippet = splitLines(finding.snippet.replace(/\n+$/, '')).slice(0, MAX_SNIPPET_LINES);
  const message = [finding.message, ...(finding.snippet.trim() === '' ? [] : ['', ...snippet])]
    .map(escapeControls)
    .join('\n');
  return {
    path: finding.path,
    startLine: finding.line,
    endLine,
    ...(endLine === finding.line ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
    level: levelOf(finding),
    title: escapeControls(`two-key ${finding.ruleId}: ${finding.kind}, ${weight}`),
    message: truncateChars(message, MAX_MESSAGE_CHARS),
  };
}

function truncateChars(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
