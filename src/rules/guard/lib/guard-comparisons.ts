import { compareAgentGuard } from './agent-guard-compare.js';
import { ownerLosses, parseCodeowners, sameRule } from './codeowners.js';
import { headOf, type GuardDocument, type Place } from './document.js';
import { isAgentGuard, isCodeowners, isPolicyFile, isWorkflow, twoKeySteps } from './guard-files.js';
import { comparePolicies } from './policy-compare.js';
import { compareGateWorkflow, narrowedTriggers } from './workflow-compare.js';
import { displayName, handlesReviews, readWorkflow, samePlain, workflowRunNames, type Workflow } from './workflow.js';

/** The guard files a change can weaken, one rule each. */
export type GuardKind = 'policy' | 'codeowners' | 'gate' | 'chain' | 'agent';

export interface Weakening extends Place {
  reason: string;
}

/** A guard file compared between base and head. */
export interface GuardComparison {
  kind: GuardKind;
  /** What the file is, for messages: "the two-key policy", "the review bridge". */
  label: string;
  path: string;
  /** Changes that weaken the guard: each blocks. */
  weakenings: Weakening[];
  /** The file changed at all (text differs); with no weakening, that is a note. */
  edited: boolean;
}

const compared = new WeakMap<GuardDocument, GuardComparison[]>();

/** Every guard role a changed file plays, compared between its two versions (once per document: several rules ask). */
export function guardComparisons(doc: GuardDocument): GuardComparison[] {
  let found = compared.get(doc);
  if (!found) compared.set(doc, (found = compareGuardFile(doc)));
  return found;
}

function compareGuardFile(doc: GuardDocument): GuardComparison[] {
  const path = doc.path;
  const before = doc.previousPath ?? doc.path;
  const head = headOf(doc);
  const base = doc.baseText;
  const edited = head !== base;
  const out: GuardComparison[] = [];
  const is = (test: (p: string) => boolean) => test(path) || test(before);

  const extendsTarget = doc.policyFiles?.includes(before) || doc.policyFiles?.includes(path);
  if (is(isPolicyFile) || extendsTarget) {
    const label =
      extendsTarget && !is(isPolicyFile) ? `${before}, which the two-key policy extends` : 'the two-key policy';
    const { relaxations } = comparePolicies(base ?? '', head);
    out.push({ kind: 'policy', label, path, weakenings: relaxations, edited });
  }
  if (is(isCodeowners))
    out.push({ kind: 'codeowners', label: 'CODEOWNERS', path, weakenings: codeownersWeakenings(base, head), edited });
  if (is(isAgentGuard)) {
    const { loosenings } = compareAgentGuard(before, base, head);
    out.push({ kind: 'agent', label: before, path, weakenings: loosenings, edited });
  }
  if (is(isWorkflow) && base !== undefined) {
    if (twoKeySteps(base).length > 0)
      out.push({
        kind: 'gate',
        label: 'the workflow that runs two-key',
        path,
        weakenings: gateWeakenings(base, head),
        edited,
      });
    const chain = chainRole(doc, base);
    if (chain) out.push({ kind: 'chain', label: chain, path, weakenings: chainWeakenings(chain, base, head), edited });
  }
  return out;
}

function codeownersWeakenings(baseText: string | undefined, headText: string | undefined): Weakening[] {
  if (baseText === undefined) return [];
  const base = parseCodeowners(baseText);
  const head = parseCodeowners(headText ?? '');
  const byPlace = new Map<string, Weakening & { lost: Set<string>; patterns: Set<string> }>();
  for (const loss of ownerLosses(base, head)) {
    const baseRule = loss.baseRule!;
    const kept = head.some((r) => sameRule(r, baseRule));
    const modified = loss.headRule && loss.headRule.pattern === baseRule.pattern;
    const place: Place =
      loss.headRule && (kept || modified) ? { span: loss.headRule.span } : { span: baseRule.span, side: 'base' };
    const key = `${place.side ?? 'head'}:${place.span!.start}`;
    const entry = byPlace.get(key) ?? { ...place, reason: '', lost: new Set<string>(), patterns: new Set<string>() };
    loss.lost.forEach((o) => entry.lost.add(o));
    const now = loss.headRule?.pattern;
    entry.patterns.add(
      now === undefined
        ? `${baseRule.pattern} (now unowned)`
        : now === baseRule.pattern
          ? now
          : `${baseRule.pattern} (now decided by ${now})`,
    );
    byPlace.set(key, entry);
  }
  return [...byPlace.values()].map(({ span, side, lost, patterns }) => ({
    reason: `paths matching ${[...patterns].join(', ')} no longer need a review from ${[...lost].join(', ')}`,
    ...(span ? { span } : {}),
    ...(side ? { side } : {}),
  }));
}

function gateWeakenings(baseText: string, headText: string | undefined): Weakening[] {
  if (headText === undefined || twoKeySteps(headText).length === 0) {
    return [
      {
        reason: 'stops running two-key, which removes the approval gate',
        span: twoKeySteps(baseText)[0]!,
        side: 'base',
      },
    ];
  }
  return compareGateWorkflow(baseText, headText).weakenings;
}

/** Why the gate depends on this workflow at the base, if it does. */
function chainRole(doc: GuardDocument, baseText: string): string | undefined {
  const base = readWorkflow(baseText);
  if (!base.parsed) return undefined;
  if (handlesReviews(base)) return 'the review bridge (it runs on pull_request_review and wakes the gate up)';
  const name = displayName(base, doc.previousPath ?? doc.path);
  if (doc.gateTriggerNames?.includes(name))
    return `the workflow "${name}" that the gate's workflow_run trigger waits for`;
  return undefined;
}

function chainWeakenings(label: string, baseText: string, headText: string | undefined): Weakening[] {
  if (headText === undefined)
    return [
      {
        reason: `deletes ${label}, so the gate no longer re-runs on reviews`,
        span: { start: 0, end: 1 },
        side: 'base',
      },
    ];
  const base = readWorkflow(baseText);
  const head = readWorkflow(headText);
  if (!head.parsed) return [{ reason: `makes ${label} unreadable YAML` }];
  if (samePlain(base.plain, head.plain)) return [];
  const out: Weakening[] = [];
  if (base.name !== head.name) {
    out.push({
      reason: `renames ${label} from "${base.name ?? 'its file name'}" to "${head.name ?? 'its file name'}", so the gate's workflow_run trigger no longer names it`,
      ...(head.namePair
        ? {
            span: {
              start: head.namePair.key.range![0],
              end: head.namePair.value?.range?.[1] ?? head.namePair.key.range![1],
            },
          }
        : {}),
    });
  }
  out.push(
    ...narrowedTriggers(base, head).map((w) => ({
      ...w,
      reason: `${w.reason}: ${label} no longer wakes the gate up on every review`,
    })),
  );
  const withoutTrigger = (w: Workflow) => ({
    ...(w.plain as Record<string, unknown>),
    on: null,
    true: null,
    name: null,
  });
  if (!samePlain(withoutTrigger(base), withoutTrigger(head))) out.push({ reason: `changes what ${label} does` });
  return out;
}

/** The names of workflows that gates (at the base) wait for with `workflow_run`. */
export function gateTriggerNamesIn(files: readonly { path: string; baseText?: string }[]): string[] {
  const names = new Set<string>();
  for (const file of files) {
    if (!isWorkflow(file.path) || file.baseText === undefined || twoKeySteps(file.baseText).length === 0) continue;
    for (const name of workflowRunNames(readWorkflow(file.baseText))) names.add(name);
  }
  return [...names];
}
