import type { ApprovalTree } from '../core/approval-types.js';
import type { Decision, LocatedFinding } from '../core/types.js';
import { renderGateReport, truncate, utf8Length, type GateReportOptions } from './gate-report.js';
import { escapeMarkdown, inlineCode } from './markdown-escape.js';
import { plural } from './wording.js';

/** GitHub rejects a step summary over 1 MiB; the margin leaves room for anything else a step appends. */
export const MAX_SUMMARY_BYTES = 1_000_000;

const MAX_UNANNOTATED_LISTED = 500;

export interface SummaryOptions extends GateReportOptions {
  /** Findings that got no annotation (over GitHub's per-step limits, or on removed lines): listed so none is lost. */
  unannotated?: readonly LocatedFinding[];
}

/** The job summary ($GITHUB_STEP_SUMMARY): everything the comment has, with a larger limit. */
export function renderSummary(decision: Decision, tree: ApprovalTree, options: SummaryOptions): string {
  const extra = options.unannotated?.length ? [unannotatedSection(options.unannotated)] : [];
  return renderGateReport(
    decision,
    tree,
    options,
    { maxSize: MAX_SUMMARY_BYTES, measure: utf8Length, seeAlso: 'run `two-key check` locally to see them all' },
    extra,
  );
}

function unannotatedSection(findings: readonly LocatedFinding[]): string {
  const listed = findings.slice(0, MAX_UNANNOTATED_LISTED).map((f) => {
    const where = `${truncate(f.path, 300)}:${f.line}${f.side === 'base' ? ' (removed line)' : ''}`;
    return `- ${escapeMarkdown(where)} ${inlineCode(f.ruleId)}`;
  });
  const more = findings.length - listed.length;
  if (more > 0) listed.push(`- and ${plural(more, 'more')}`);
  return [
    `#### Not annotated on the diff (${plural(findings.length, 'finding')})`,
    'GitHub shows a limited number of annotations per step, and none on removed lines; these are the rest.',
    ...listed,
  ].join('\n');
}
