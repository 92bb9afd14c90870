import type { AgentReport, AgentSignal, Decision, Requirement } from '../core/types.js';

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "1 approval from any eligible reviewer with write access for destructive change" */
export function describeRequirement(requirement: Requirement): string {
  const who = requirement.from.length === 0 ? 'any eligible reviewer with write access' : requirement.from.join(' or ');
  return `${plural(requirement.approvals, 'approval')} from ${who} for ${requirement.reason}`;
}

/** The one-line outcome, unescaped: each renderer escapes it for its medium. */
export function verdictSentence(decision: Decision): string {
  if (decision.verdict === 'block') {
    if (decision.requirements.length === 0) return 'two-key: blocked';
    return `two-key: blocked, needs ${decision.requirements.map(describeRequirement).join(', and ')}`;
  }
  const count = decision.findings.length;
  if (count === 0) return 'two-key: allowed, no findings';
  return `two-key: allowed, ${plural(count, 'finding')} ${count === 1 ? 'does' : 'do'} not block`;
}

export function describeSignal(signal: AgentSignal): string {
  return `${signal.kind}: ${signal.value}${signal.agent ? ` (${signal.agent})` : ''}`;
}

export function agentSummary(agent: AgentReport): string {
  return agent.detected ? 'detected' : 'not detected';
}

/**
 * The warning a report leads with when one change both commits a credential and destroys data:
 * the pairing that let an agent delete a production database with a token it found in the code.
 */
export function secretWithDestructiveWarning(decision: Decision): string | undefined {
  const kinds = new Set(decision.findings.map((f) => f.kind));
  if (!kinds.has('secret') || !kinds.has('destructive')) return undefined;
  return 'warning: this change commits a credential and also destroys data or infrastructure; revoke the credential and review both together';
}

/** What a report leads with when the change commits a credential: revoking it cannot wait for the review. */
export function secretWarning(decision: Decision): string | undefined {
  if (!decision.findings.some((f) => f.kind === 'secret')) return undefined;
  return (
    secretWithDestructiveWarning(decision) ??
    'warning: this change commits a credential; revoke it now, whatever happens to this pull request (a later commit that removes it does not un-leak it)'
  );
}
