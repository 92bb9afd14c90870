import { isMap, type Node } from 'yaml';
import type { Span } from '../../../core/types.js';
import { itemsOf, pairOf, pairSpan, plainValue, spanOf } from '../../../parsers/yaml/positions.js';
import { twoKeySteps } from './guard-files.js';
import { jobsOf, readWorkflow, samePlain, type Workflow } from './workflow.js';

/** A way the head version of a workflow weakens what it does for the gate. */
export interface WorkflowWeakening {
  reason: string;
  /** Where, in the head version (or the base one with side `base`); none: the first changed line. */
  span?: Span;
  side?: 'base';
}

export interface WorkflowComparison {
  /** Both versions do the same: only layout and comments changed. */
  same: boolean;
  weakenings: WorkflowWeakening[];
}

/** Keys of an event's filter that list what it runs on: more entries run it more often. */
const WIDENING_LISTS = ['types', 'workflows'];

/** Events the base version runs on that the head version drops or filters more narrowly. */
export function narrowedTriggers(base: Workflow, head: Workflow): WorkflowWeakening[] {
  const out: WorkflowWeakening[] = [];
  const at = head.onPair
    ? { span: pairSpan(head.onPair) }
    : base.onPair
      ? { span: pairSpan(base.onPair), side: 'base' as const }
      : {};
  for (const [event, config] of Object.entries(base.events)) {
    if (!(event in head.events)) out.push({ reason: `stops running on ${event}`, ...at });
    else if (narrows(config, head.events[event])) out.push({ reason: `narrows when it runs on ${event}`, ...at });
  }
  return out;
}

function narrows(base: unknown, head: unknown): boolean {
  if (samePlain(base, head) || head === null || head === undefined) return false;
  if (base === null || base === undefined || typeof base !== 'object' || typeof head !== 'object') return true;
  const b = base as Record<string, unknown>;
  const h = head as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(h)])) {
    if (WIDENING_LISTS.includes(key)) {
      if (h[key] === undefined) continue;
      const headList = ([] as unknown[]).concat(h[key]);
      if (b[key] === undefined || ([] as unknown[]).concat(b[key]).some((v) => !headList.includes(v))) return true;
    } else if (!samePlain(b[key], h[key])) return true;
  }
  return false;
}

/**
 * Compares two versions of a workflow that runs two-key. The trigger may widen and the layout
 * may change; a two-key step that changes, a condition on the gate's job or step, a narrower
 * trigger, and any other change to what the workflow does weaken or may weaken the gate.
 */
export function compareGateWorkflow(baseText: string, headText: string): WorkflowComparison {
  const base = readWorkflow(baseText);
  const head = readWorkflow(headText);
  if (!head.parsed) return { same: false, weakenings: [{ reason: 'makes the gate workflow unreadable YAML' }] };
  if (!base.parsed)
    return { same: false, weakenings: [{ reason: 'changes a gate workflow two-key could not read before' }] };
  if (samePlain(base.plain, head.plain)) return { same: true, weakenings: [] };
  const weakenings = narrowedTriggers(base, head);
  const headJobs = new Map(jobsOf(head).map((j) => [j.key, j]));
  for (const { key, job } of jobsOf(base).filter((j) => runsTwoKey(j.job, baseText))) {
    const now = headJobs.get(key);
    if (!now) {
      weakenings.push({
        reason: `removes the job ${key} that runs two-key`,
        ...(spanOf(job) ? { span: spanOf(job)!, side: 'base' as const } : {}),
      });
      continue;
    }
    if (samePlain(plainValue(job), plainValue(now.job))) continue;
    weakenings.push(...jobChanges(key, job, now.job));
  }
  const rest = (w: Workflow) => {
    const plain = { ...(w.plain as Record<string, unknown>) };
    delete plain.on;
    delete plain.true;
    const jobs = { ...((plain.jobs as Record<string, unknown> | undefined) ?? {}) };
    for (const { key, job } of jobsOf(base)) if (runsTwoKey(job, baseText)) delete jobs[key];
    plain.jobs = jobs;
    return plain;
  };
  if (!samePlain(rest(base), rest(head))) {
    weakenings.push({
      reason: 'changes what the gate workflow does besides the two-key job (permissions, concurrency, other jobs)',
    });
  }
  return { same: false, weakenings };
}

function runsTwoKey(job: Node | null, text: string): boolean {
  const span = spanOf(job);
  return span !== undefined && twoKeySteps(text).some((s) => s.start >= span.start && s.end <= span.end);
}

/** What changed in the job that runs two-key, named as precisely as the change allows. */
function jobChanges(key: string, base: Node | null, head: Node | null): WorkflowWeakening[] {
  const out: WorkflowWeakening[] = [];
  for (const guardKey of ['if', 'continue-on-error']) {
    // Removing a condition runs the gate more often; setting or changing one can skip it.
    const pair = pairOf(head, guardKey);
    if (pair && !samePlain(plainValue(pairOf(base, guardKey)?.value), plainValue(pair.value))) {
      out.push({ reason: `sets ${guardKey} on the job ${key} that runs two-key`, span: pairSpan(pair) });
    }
  }
  const stepsOf = (job: Node | null) => itemsOf(pairOf(job, 'steps')?.value);
  const baseSteps = stepsOf(base);
  const headSteps = stepsOf(head);
  const isGateStep = (step: Node) => isMap(step) && /two-key/i.test(JSON.stringify(plainValue(step)));
  const baseGate = baseSteps.filter(isGateStep);
  const headGate = headSteps.filter(isGateStep);
  baseGate.forEach((step, i) => {
    const now = headGate[i];
    if (!now) {
      out.push({
        reason: 'removes the two-key step',
        ...(spanOf(step) ? { span: spanOf(step)!, side: 'base' as const } : {}),
      });
      return;
    }
    for (const stepKey of new Set([...keysOf(step), ...keysOf(now)])) {
      if (samePlain(plainValue(pairOf(step, stepKey)?.value), plainValue(pairOf(now, stepKey)?.value))) continue;
      const pair = pairOf(now, stepKey);
      const what =
        stepKey === 'with' || stepKey === 'env'
          ? 'changes the inputs of the two-key step'
          : stepKey === 'uses' || stepKey === 'run'
            ? 'changes which two-key the step runs'
            : `${pair ? 'sets' : 'removes'} ${stepKey} on the two-key step`;
      out.push({ reason: what, ...(pair ? { span: pairSpan(pair) } : spanOf(now) ? { span: spanOf(now)! } : {}) });
    }
  });
  const others = (steps: Node[]) => steps.filter((s) => !isGateStep(s)).map(plainValue);
  const jobRest = (job: Node | null) => {
    const plain = { ...(plainValue(job) as Record<string, unknown>) };
    for (const k of ['if', 'continue-on-error', 'steps']) delete plain[k];
    return plain;
  };
  if (!samePlain(others(baseSteps), others(headSteps)) || !samePlain(jobRest(base), jobRest(head))) {
    out.push({ reason: `changes other steps or settings of the job ${key} that runs two-key` });
  }
  return out;
}

function keysOf(node: Node): string[] {
  return Object.keys((plainValue(node) as Record<string, unknown> | null) ?? {});
}
