import * as core from '@actions/core';
import type { ApprovalTree } from '../core/approval-types.js';
import type { Decision } from '../core/types.js';
import { toAnnotations, STEP_ANNOTATION_LIMITS } from '../report/annotations.js';
import type { GateReportOptions } from '../report/gate-report.js';
import { renderDecision } from '../report/index.js';
import { renderSummary } from '../report/summary.js';

/** Annotations on the changed lines, most severe first within GitHub's per-step limits; the summary lists the rest. */
export async function reportInJob(decision: Decision, tree: ApprovalTree, options: GateReportOptions): Promise<void> {
  const { annotations, overflow } = toAnnotations(decision, STEP_ANNOTATION_LIMITS);
  for (const a of annotations) {
    const properties: core.AnnotationProperties = {
      title: a.title,
      file: a.path,
      startLine: a.startLine,
      endLine: a.endLine,
    };
    if (a.startColumn !== undefined) properties.startColumn = a.startColumn;
    if (a.endColumn !== undefined) properties.endColumn = a.endColumn;
    if (a.level === 'failure') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(renderSummary(decision, tree, { ...options, unannotated: overflow })).write();
  }
}

/** The step outputs: the verdict, and the findings, agent and requirements as JSON. */
export function setOutputs(decision: Decision, tree: ApprovalTree): void {
  const json = JSON.parse(renderDecision(decision, 'json')) as { findings: unknown; agent: unknown };
  core.setOutput('verdict', decision.verdict);
  core.setOutput('findings', JSON.stringify(json.findings));
  core.setOutput('agent', JSON.stringify(json.agent));
  core.setOutput(
    'requirements',
    JSON.stringify(
      tree.requirements.map((r) => ({
        ...r.requirement,
        satisfied: r.satisfied,
        approvedBy: r.approvedBy,
        missing: r.missing,
        unverifiable: r.unverifiable,
      })),
    ),
  );
}
