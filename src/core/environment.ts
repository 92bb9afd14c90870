import type { Side, Span } from './types.js';

/**
 * The environment a piece of a change runs against. Production and staging are long-lived and
 * shared; a preview is built for one pull request and torn down with it; local and test targets
 * live on the developer's machine or the CI runner. Unknown is what nothing in the change says.
 */
export type TargetEnvironment = 'production' | 'staging' | 'preview' | 'local' | 'test' | 'unknown';

/** Environments whose destruction is routine: nothing shared is lost. */
const DISPOSABLE = new Set<TargetEnvironment>(['preview', 'local', 'test']);

/**
 * Evidence, found by a family in one file, that a span of it (a command, a step, a job, a recipe)
 * runs against a given environment: `pr-${{ github.event.number }}`, a job's service container on
 * localhost, `RAILS_ENV=test`, `docker compose -f docker-compose.dev.yml`.
 */
export interface TargetContext {
  environment: TargetEnvironment;
  /** One clause a reviewer understands: "preview environment named from the pull request number". */
  reason: string;
  /** The command, step, job or recipe the evidence holds for, in the file's text on `side`. */
  span: Span;
  side?: Side;
}

export function isDisposable(environment: TargetEnvironment): boolean {
  return DISPOSABLE.has(environment);
}

/** A context of one file, with the file it was found in, as the decision layer weighs it. */
export interface LocatedContext extends TargetContext {
  path: string;
}

/**
 * The disposable environment a finding's unit runs against, when some context of the same file
 * covers it. The innermost (shortest) context wins, so a command's own evidence outweighs its job's.
 */
export function disposableContextOf(
  contexts: readonly LocatedContext[],
  finding: { path: string; side: Side; unitSpan?: Span },
): LocatedContext | undefined {
  const unit = finding.unitSpan;
  if (!unit) return undefined;
  const covering = contexts.filter(
    (c) =>
      c.path === finding.path &&
      (c.side ?? 'head') === finding.side &&
      c.span.start <= unit.start &&
      unit.end <= c.span.end,
  );
  covering.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
  const innermost = covering[0];
  return innermost && isDisposable(innermost.environment) ? innermost : undefined;
}
