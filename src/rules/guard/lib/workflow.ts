import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Span } from '../../../core/types.js';
import {
  entriesOf,
  itemsOf,
  pairOf,
  pairSpan,
  parseYaml,
  plainValue,
  scalarText,
  spanOf,
  valueOf,
} from '../../../parsers/yaml/positions.js';
import { scalarText as scalarWithOffsets } from '../../../parsers/yaml/scalar-text.js';

/** A GitHub Actions workflow as the guard rules compare it. */
export interface Workflow {
  /** False when the text is not one YAML mapping: nothing below can be trusted. */
  parsed: boolean;
  root: Node | null;
  /** `name:`; GitHub names a workflow without one after its file path. */
  name?: string;
  namePair?: Pair<Node, Node | null>;
  /** The `on:` pair, and its events as plain data (`on: push` is `{ push: null }`). */
  onPair?: Pair<Node, Node | null>;
  events: Record<string, unknown>;
  /** The whole workflow as plain data: equal for two versions that differ only in layout and comments. */
  plain: unknown;
}

export function readWorkflow(text: string): Workflow {
  const stream = parseYaml(text);
  const root = stream.documents[0]?.root ?? null;
  if (stream.error || stream.documents.length !== 1 || !isMap(root)) {
    return { parsed: false, root: null, events: {}, plain: undefined };
  }
  const workflow: Workflow = { parsed: true, root, events: {}, plain: plainValue(root) };
  const namePair = pairOf(root, 'name');
  const name = scalarText(namePair?.value);
  if (namePair && name !== undefined) Object.assign(workflow, { namePair, name });
  const onPair = pairOf(root, 'on') ?? pairOf(root, 'true');
  if (onPair) {
    workflow.onPair = onPair;
    workflow.events = eventsOf(onPair.value);
  }
  return workflow;
}

function eventsOf(node: Node | null): Record<string, unknown> {
  const single = scalarText(node);
  if (single !== undefined) return { [single]: null };
  if (isSeq(node))
    return Object.fromEntries(itemsOf(node).flatMap((i) => (isScalar(i) ? [[String(i.value), null]] : [])));
  if (isMap(node)) return Object.fromEntries(entriesOf(node).map(({ key, pair }) => [key, plainValue(pair.value)]));
  return {};
}

/** Events that run a workflow when someone reviews: the bridge that wakes the gate up. */
const REVIEW_EVENTS = ['pull_request_review', 'pull_request_review_comment'];

export function handlesReviews(workflow: Workflow): boolean {
  return REVIEW_EVENTS.some((e) => e in workflow.events);
}

/** The workflows a `workflow_run` trigger names. */
export function workflowRunNames(workflow: Workflow): string[] {
  const config = workflow.events.workflow_run;
  if (config === null || typeof config !== 'object') return [];
  const names = (config as Record<string, unknown>).workflows;
  if (typeof names === 'string') return [names];
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
}

/** The name other workflows' `workflow_run` triggers use for this one. */
export function displayName(workflow: Workflow, path: string): string {
  return workflow.name ?? path;
}

/** A place in a workflow that lets it write commit statuses or check runs. */
export interface StatusWrite {
  /** What it is, stable across layout changes, to tell an existing one from a new one. */
  key: string;
  what: string;
  span: Span;
}

const STATUS_PERMISSIONS = ['statuses', 'checks'];

/** `permissions: { statuses: write }`, `checks: write` or `write-all`, at the top or in a job. */
export function statusPermissions(workflow: Workflow): StatusWrite[] {
  const found: StatusWrite[] = [];
  const read = (owner: string, permissions: Pair<Node, Node | null> | undefined) => {
    if (!permissions) return;
    if (scalarText(permissions.value) === 'write-all') {
      found.push({ key: `${owner}:write-all`, what: 'permissions: write-all', span: pairSpan(permissions) });
    }
    for (const { key, pair } of entriesOf(permissions.value)) {
      if (STATUS_PERMISSIONS.includes(key) && scalarText(pair.value) === 'write') {
        found.push({ key: `${owner}:${key}`, what: `${key}: write`, span: pairSpan(pair) });
      }
    }
  };
  read('workflow', pairOf(workflow.root, 'permissions'));
  for (const { key, job } of jobsOf(workflow)) read(`job ${key}`, pairOf(job, 'permissions'));
  return found;
}

/** The statuses and checks REST endpoints, as a URL path or a `gh api` route. */
const STATUS_ROUTE = /\/(?:statuses|check-runs|check-suites)\b|\brepos\/[^\s'"]+\/(?:statuses|check-runs)\b/;
/** Octokit calls in actions/github-script: `github.rest.repos.createCommitStatus`, `checks.create`. */
const OCTOKIT_CALL = /\b(?:createCommitStatus|checks\.(?:create|update|rerequestRun|rerequestSuite))\b/;
/** Marketplace actions whose one job is to set a commit status or a check run. */
const STATUS_ACTION = /(?:commit-status|status-action|set-status|checks-action|check-run)/i;

/** Steps that call the statuses or checks API: `gh api`, `curl`, github-script, a status-setting action. */
export function statusCalls(workflow: Workflow, text: string): StatusWrite[] {
  const found: StatusWrite[] = [];
  for (const { key: jobKey, job } of jobsOf(workflow)) {
    itemsOf(valueOf(job, 'steps')).forEach((step) => {
      const uses = scalarText(valueOf(step, 'uses'));
      const at = (what: string, node: Node | null | undefined, offset?: number): void => {
        const span = spanAt(node, text, offset) ?? spanOf(step)!;
        found.push({ key: `job ${jobKey}:${what}:${uses ?? ''}`, what, span });
      };
      if (uses && STATUS_ACTION.test(uses.split('@')[0]!)) at(`uses: ${uses}`, valueOf(step, 'uses'));
      const run = valueOf(step, 'run');
      const runText = scalarText(run);
      const route = runText === undefined ? null : STATUS_ROUTE.exec(runText);
      if (route) at(`a run: step calling ${route[0].replace(/^\//, '')}`, run, route.index);
      const script = valueOf(valueOf(step, 'with'), 'script');
      const scriptText = scalarText(script);
      const call = scriptText === undefined ? null : (OCTOKIT_CALL.exec(scriptText) ?? STATUS_ROUTE.exec(scriptText));
      if (call) at(`a script calling ${call[0].replace(/^\//, '')}`, script, call.index);
    });
  }
  return found;
}

/** Where the matched text of a scalar starts in the file: the exact line inside a block scalar. */
function spanAt(node: Node | null | undefined, text: string, offset: number | undefined): Span | undefined {
  if (!isScalar(node)) return spanOf(node);
  if (offset === undefined) return spanOf(node);
  const mapped = scalarWithOffsets(node, text);
  if (!mapped) return spanOf(node);
  const start = mapped.map(offset);
  return { start, end: start + 1 };
}

export function jobsOf(workflow: Workflow): { key: string; pair: Pair<Node, Node | null>; job: Node | null }[] {
  return entriesOf(valueOf(workflow.root, 'jobs')).map(({ key, pair }) => ({ key, pair, job: pair.value }));
}

/** Deep equality of plain data, as JSON: key order matters in neither YAML mappings nor here. */
export function samePlain(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}
