import type { Decision, Finding } from '../core/types.js';
import { escapeJsonText } from './escape.js';

export type JsonOptions = Record<string, never>;

/** The `--format json` object of DESIGN.md "The command line", keys in its order, without a trailing newline. */
export function render(decision: Decision, _options: JsonOptions = {}): string {
  const output = {
    schemaVersion: 1,
    verdict: decision.verdict,
    agent: {
      detected: decision.agent.detected,
      signals: decision.agent.signals.map((s) => ({
        kind: s.kind,
        value: s.value,
        ...(s.agent === undefined ? {} : { agent: s.agent }),
      })),
    },
    findings: decision.findings.map((f): Finding => ({
      ruleId: f.ruleId,
      kind: f.kind,
      blocking: f.blocking,
      rollbackOnly: f.rollbackOnly,
      path: f.path,
      line: f.line,
      side: f.side,
      message: f.message,
      snippet: f.snippet,
      ...(f.downgradedBecause === undefined ? {} : { downgradedBecause: f.downgradedBecause }),
    })),
    requirements: decision.requirements.map((r) => ({ reason: r.reason, approvals: r.approvals, from: [...r.from] })),
  };
  return escapeJsonText(JSON.stringify(output, null, 2));
}
