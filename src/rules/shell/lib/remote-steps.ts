import { isAlias, isMap, isSeq, type Document, type Node } from 'yaml';
import type { Span } from '../../../core/types.js';
import type { ReadRepoFile } from '../../../parsers/shell/sourced.js';
import { entries, get, items, parseYamlWithPositions, scalarString } from '../../../parsers/yaml/scalar-text.js';

/**
 * CI steps whose effect lives outside the repository: a GitHub action or reusable workflow from
 * another repository, a GitLab job built on a project/remote/template/component include, a
 * CircleCI orb, an Azure template from another repository, a Bitbucket pipe. Their commands
 * cannot be read, so what they are handed is what can be judged: a step that names a destructive
 * operation or receives production credentials is reported (the rule decides), and a routine
 * one (`actions/checkout`, a build template) is not.
 */
export interface RemoteStep {
  /** What runs: `acme/db-action@v2`, `.db-reset (from platform/ci-templates)`. */
  what: string;
  /** Where it comes from, for the message: `another repository`, `a remote include`. */
  from: string;
  /** The reference to it: the `uses:`, `extends:`, `pipe:` or orb key. */
  span: Span;
  /** The whole step or job: a change anywhere in it is a change to what it is handed. */
  unit: Span;
  /** The input that names a destructive operation, or the production credential it receives. */
  trigger: Trigger;
  /** Why a step handed production only reads: a known action told by its inputs to preview or plan. */
  readOnly?: string;
}

export interface Trigger {
  kind: 'destructive' | 'production' | 'branch';
  /** `command: drop-database`, `secrets.PROD_DATABASE_URL`, `ref: main (was v2.3.1)`. */
  text: string;
}

/**
 * Words that name a destructive operation, in a name or an input (`drop-schema`, `DropDatabase`,
 * `action: destroy`). Words that are routine in CI (`clean`, `remove`, `prune`) are left out.
 */
const DESTRUCTIVE =
  /^(destroy|teardown|drop|dropdb|delete|purge|wipe|truncate|reset|flush|flushall|flushdb|nuke|erase|obliterate|uninstall)$/;
/** `prod`, `production`, `prd` as a word of a name or value: `PROD_DATABASE_URL`, `billing-prod`, `pg.prod.internal`. */
const PRODUCTION = /^(prod|production|prd)$/;

/** The lower-case words of a name or value: `DropDatabase` -> drop, database; `PROD_DB_URL` -> prod, db, url. */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function spanOf(node: Node | undefined | null): Span | undefined {
  return node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
}

/** Every scalar under a node (keys and values), with the key path for the message. */
function scalars(node: unknown, path: string, out: { key: string; value: string }[], depth = 0): void {
  if (depth > 16 || out.length > 200) return;
  if (isAlias(node)) return;
  if (isMap(node)) {
    for (const { key, value } of entries(node)) {
      const s = scalarString(value);
      if (s !== undefined) out.push({ key: path ? `${path}.${key}` : key, value: s });
      else {
        out.push({ key: path ? `${path}.${key}` : key, value: '' });
        scalars(value, path ? `${path}.${key}` : key, out, depth + 1);
      }
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const s = scalarString(item);
      if (s !== undefined) out.push({ key: path, value: s });
      else scalars(item, path, out, depth + 1);
    }
  }
}

/** The first destructive word in the names, else the first production credential or target in the inputs. */
function triggerOf(names: readonly string[], inputs: readonly { key: string; value: string }[]): Trigger | undefined {
  for (const name of names)
    if (words(name).some((w) => DESTRUCTIVE.test(w))) return { kind: 'destructive', text: name };
  // Values only: a key such as `delete-branch: true` is an option, not the operation.
  for (const { key, value } of inputs) {
    if (words(value).some((w) => DESTRUCTIVE.test(w))) return { kind: 'destructive', text: `${key}: ${value}` };
  }
  for (const { key, value } of inputs) {
    if (words(value).some((w) => PRODUCTION.test(w)) || (value === '' && words(key).some((w) => PRODUCTION.test(w))))
      return { kind: 'production', text: value ? `${key}: ${value}` : key };
  }
  return undefined;
}

export type CiKind = 'github' | 'gitlab' | 'circleci' | 'azure' | 'bitbucket';

export function ciKindOf(path: string): CiKind | undefined {
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) || /(^|\/)action\.ya?ml$/i.test(path)) return 'github';
  if (/(^|\/)(\.gitlab-ci\.ya?ml|[^/]+\.gitlab-ci\.ya?ml|\.gitlab\/.+\.ya?ml)$/i.test(path)) return 'gitlab';
  if (/(^|\/)\.circleci\/[^/]+\.ya?ml$/i.test(path)) return 'circleci';
  if (/(^|\/)(azure-pipelines?[^/]*\.ya?ml|\.azure-?pipelines\/.+\.ya?ml|\.azuredevops\/.+\.ya?ml)$/i.test(path))
    return 'azure';
  if (/(^|\/)bitbucket-pipelines\.ya?ml$/i.test(path)) return 'bitbucket';
  return undefined;
}

/** The remote steps of a CI file that are handed something destructive or production. */
export function remoteSteps(path: string, text: string, baseText?: string, read?: ReadRepoFile): RemoteStep[] {
  const kind = ciKindOf(path);
  if (!kind || !/\S/.test(text)) return [];
  const { documents } = parseYamlWithPositions(text);
  const base = baseText === undefined ? [] : parseYamlWithPositions(baseText).documents;
  const out: RemoteStep[] = [];
  for (const doc of documents) {
    const root = doc.contents as Node | undefined;
    if (!isMap(root)) continue;
    if (kind === 'github') out.push(...githubSteps(root));
    if (kind === 'gitlab') out.push(...gitlabJobs(doc, root, base, read));
    if (kind === 'circleci') out.push(...circleSteps(root));
    if (kind === 'azure') out.push(...azureTemplates(root));
    if (kind === 'bitbucket') out.push(...bitbucketPipes(root));
  }
  return out;
}

// ---- GitHub ------------------------------------------------------------------------------------

/** GitHub's own actions: what they do is documented and fixed. */
const GITHUB_OWN = /^(actions|github)\//i;
/**
 * Actions that only set up a tool or log in: handed a production role they still change nothing
 * (a destructive word in their inputs is still reported).
 */
const SETUP =
  /^(aws-actions\/configure-aws-credentials|google-github-actions\/(auth|setup-gcloud)|azure\/login|docker\/(login-action|setup-[\w-]+)|[\w.-]+\/setup-[\w-]+)(@|$)/i;

/**
 * Actions whose operation is an input, and the values that only preview or plan: handed
 * production, they compute what would change and change nothing. A destructive word in the
 * inputs is still reported, and an input set from an expression is not a known value.
 */
const READ_ONLY_INPUTS: readonly { action: RegExp; input: string; values: RegExp; does: string }[] = [
  { action: /^pulumi\/actions@/i, input: 'command', values: /^preview$/, does: 'computes a preview' },
  {
    action: /^aws-actions\/aws-cloudformation-github-deploy@/i,
    input: 'no-execute-changeset',
    values: /^(1|true)$/,
    does: 'creates a change set without executing it',
  },
];
/** Actions that only plan or check, by name. */
const READ_ONLY_ACTIONS = /^dflook\/(terraform|tofu)-(plan|validate|fmt-check|check|version)@/i;

function readOnlyAction(ref: string, step: unknown): string | undefined {
  if (READ_ONLY_ACTIONS.test(ref)) return `${ref.replace(/@.*/, '')} only plans or checks: it changes nothing`;
  for (const known of READ_ONLY_INPUTS) {
    if (!known.action.test(ref)) continue;
    const value = scalarString(get(get(step as Node, 'with'), known.input))?.trim();
    if (value !== undefined && known.values.test(value))
      return `${ref.replace(/@.*/, '')} with ${known.input}: ${value} ${known.does}: it changes nothing`;
  }
  return undefined;
}

function githubSteps(root: Node): RemoteStep[] {
  const out: RemoteStep[] = [];
  const jobs = get(root, 'jobs');
  const runs = get(root, 'runs');
  const stepLists = [...entries(jobs).map(({ value }) => get(value, 'steps')), get(runs, 'steps')];
  for (const { key, value: job } of entries(jobs)) {
    // A reusable workflow from another repository: `uses: org/repo/.github/workflows/x.yml@ref`.
    const uses = get(job, 'uses');
    const ref = scalarString(uses);
    if (ref && !ref.startsWith('./') && uses) {
      const inputs: { key: string; value: string }[] = [];
      scalars(get(job, 'with'), 'with', inputs);
      scalars(get(job, 'secrets'), 'secrets', inputs);
      const trigger = triggerOf([ref, key], inputs);
      if (trigger) out.push(remote(`the reusable workflow ${ref}`, 'another repository', uses, job, trigger));
    }
  }
  for (const steps of stepLists) {
    for (const step of items(steps)) {
      const uses = get(step, 'uses');
      const ref = scalarString(uses);
      if (!ref || !uses || ref.startsWith('./') || ref.startsWith('docker://') || GITHUB_OWN.test(ref)) continue;
      const inputs: { key: string; value: string }[] = [];
      scalars(get(step, 'with'), 'with', inputs);
      scalars(get(step, 'env'), 'env', inputs);
      let trigger = triggerOf([ref], inputs);
      if (trigger?.kind === 'production' && SETUP.test(ref)) trigger = undefined;
      if (!trigger) continue;
      const found = remote(`the action ${ref}`, 'another repository', uses, step, trigger);
      const readOnly = trigger.kind === 'production' ? readOnlyAction(ref, step) : undefined;
      out.push(readOnly ? { ...found, readOnly } : found);
    }
  }
  return out;
}

function remote(what: string, from: string, ref: Node, unit: Node | undefined, trigger: Trigger): RemoteStep {
  const span = spanOf(ref)!;
  return { what, from, span, unit: spanOf(unit) ?? span, trigger };
}

// ---- GitLab ------------------------------------------------------------------------------------

const GITLAB_KEYWORDS = new Set([
  'include',
  'stages',
  'variables',
  'workflow',
  'default',
  'image',
  'services',
  'before_script',
  'after_script',
  'cache',
  'spec',
]);

interface GitlabInclude {
  node: Node;
  kind: 'project' | 'remote' | 'template' | 'component' | 'local';
  name: string;
}

function gitlabIncludes(root: Node): GitlabInclude[] {
  const include = get(root, 'include');
  const list = isSeq(include) ? items(include) : include ? [include] : [];
  return list.flatMap((entry): GitlabInclude[] => {
    const plain = scalarString(entry);
    if (plain !== undefined) return [{ node: entry, kind: /^https?:/i.test(plain) ? 'remote' : 'local', name: plain }];
    for (const kind of ['project', 'remote', 'template', 'component', 'local'] as const) {
      const name = scalarString(get(entry, kind));
      if (name !== undefined) return [{ node: entry, kind, name }];
    }
    return [];
  });
}

const FROM: Record<GitlabInclude['kind'], string> = {
  project: 'another project',
  remote: 'a remote URL',
  template: "GitLab's templates",
  component: 'a CI component of another project',
  local: 'this repository',
};

/** A ref that names a branch rather than a fixed version: not a tag like `v2.3.1`/`1.4` nor a commit. */
function isBranch(ref: string): boolean {
  return !/^(v?\d+(\.\d+)*([-+.][\w.]+)?|[0-9a-f]{7,40}|refs\/tags\/.+)$/i.test(ref);
}

function gitlabJobs(doc: Document, root: Node, base: readonly Document[], read?: ReadRepoFile): RemoteStep[] {
  const includes = gitlabIncludes(root);
  const unread = includes.filter((i) => i.kind !== 'local');
  if (!unread.length) return [];
  const out: RemoteStep[] = [];
  const baseIncludes = base.flatMap((d) => (isMap(d.contents) ? gitlabIncludes(d.contents as Node) : []));
  for (const include of unread) {
    const what = `${include.kind} ${include.name}`;
    // `ref:` moved from a fixed version to a branch: what runs is whatever the branch holds.
    const refNode = get(include.node, 'ref');
    const ref = scalarString(refNode);
    if (include.kind === 'project' && ref !== undefined && refNode && isBranch(ref)) {
      const before = baseIncludes.find((b) => b.kind === 'project' && b.name === include.name);
      const was = scalarString(get(before?.node, 'ref'));
      if (before && was !== ref) {
        const trigger: Trigger = { kind: 'branch', text: `${ref} (was ${was ?? 'the default branch'})` };
        out.push(remote(`the include of ${what}`, FROM[include.kind], refNode, include.node, trigger));
      }
    }
    // A component's (or include's) `inputs:` are what it is handed.
    const inputs: { key: string; value: string }[] = [];
    scalars(get(include.node, 'inputs'), 'inputs', inputs);
    const trigger = inputs.length ? triggerOf([include.kind === 'component' ? include.name : ''], inputs) : undefined;
    if (trigger) out.push(remote(`the ${what}`, FROM[include.kind], include.node, include.node, trigger));
  }
  const defined = new Set(entries(root).map((e) => e.key));
  for (const include of includes) {
    if (include.kind !== 'local' || !read) continue;
    const text = read(include.name.replace(/^\/+/, ''));
    if (text === undefined) continue;
    for (const d of parseYamlWithPositions(text).documents) for (const e of entries(d.contents)) defined.add(e.key);
  }
  const from = unread.map((i) => i.name).join(', ');
  for (const { key, value: job } of entries(root)) {
    if (GITLAB_KEYWORDS.has(key) || !isMap(job)) continue;
    const references = templateReferences(job).filter((r) => !defined.has(r.name));
    if (!references.length) continue;
    const inputs: { key: string; value: string }[] = [];
    scalars(get(job, 'variables'), 'variables', inputs);
    const environment = get(job, 'environment');
    const envName = scalarString(environment) ?? scalarString(get(environment, 'name'));
    if (envName !== undefined) inputs.push({ key: 'environment', value: envName });
    const trigger = triggerOf([key, ...references.map((r) => r.name)], inputs);
    if (!trigger) continue;
    const first = references[0]!;
    out.push(remote(`${first.name} (job ${JSON.stringify(key)})`, `an include (${from})`, first.node, job, trigger));
  }
  void doc;
  return out;
}

/** `extends: .x` / `extends: [.a, .b]` and `!reference [.x, script]` anywhere in the job. */
function templateReferences(job: Node): { name: string; node: Node }[] {
  const out: { name: string; node: Node }[] = [];
  const extended = get(job, 'extends');
  for (const node of isSeq(extended) ? items(extended) : extended ? [extended] : []) {
    const name = scalarString(node);
    if (name) out.push({ name, node });
  }
  const stack: unknown[] = [job];
  let steps = 0;
  while (stack.length && steps++ < 2000) {
    const node = stack.pop();
    if (isSeq(node) && node.tag === '!reference') {
      const name = scalarString(node.items[0]);
      if (name) out.push({ name, node: node as Node });
      continue;
    }
    if (isSeq(node)) stack.push(...node.items);
    else if (isMap(node)) for (const pair of node.items) stack.push(pair.value);
  }
  return out;
}

// ---- CircleCI ----------------------------------------------------------------------------------

function circleSteps(root: Node): RemoteStep[] {
  const orbs = new Map<string, string>();
  for (const { key, value } of entries(get(root, 'orbs'))) {
    const ref = scalarString(value);
    // An inline orb (a map) is in the file and read like the rest of it.
    if (ref !== undefined) orbs.set(key, ref);
  }
  if (!orbs.size) return [];
  const out: RemoteStep[] = [];
  const invocation = (entry: Node, kind: string): void => {
    const name = scalarString(entry) ?? (isMap(entry) ? entries(entry)[0]?.key : undefined);
    const orb = name?.includes('/') ? orbs.get(name.slice(0, name.indexOf('/'))) : undefined;
    if (!name || !orb) return;
    const keyNode = isMap(entry) ? (entry.items[0]?.key as Node) : entry;
    const inputs: { key: string; value: string }[] = [];
    if (isMap(entry)) scalars(entries(entry)[0]?.value, 'parameters', inputs);
    const trigger = triggerOf([name.slice(name.indexOf('/') + 1)], inputs);
    if (trigger) out.push(remote(`the orb ${kind} ${name} (${orb})`, 'an orb', keyNode, entry, trigger));
  };
  for (const { value: job } of entries(get(root, 'jobs')))
    for (const step of items(get(job, 'steps'))) invocation(step, 'command');
  for (const { value: workflow } of entries(get(root, 'workflows')))
    for (const entry of items(get(workflow, 'jobs'))) invocation(entry, 'job');
  return out;
}

// ---- Azure Pipelines ---------------------------------------------------------------------------

function azureTemplates(root: Node): RemoteStep[] {
  const out: RemoteStep[] = [];
  const stack: unknown[] = [root];
  let steps = 0;
  while (stack.length && steps++ < 10_000) {
    const node = stack.pop();
    if (isSeq(node)) stack.push(...node.items);
    if (!isMap(node)) continue;
    const template = get(node, 'template');
    const ref = scalarString(template);
    const at = ref?.lastIndexOf('@') ?? -1;
    if (ref && template && at > 0 && ref.slice(at + 1) !== 'self') {
      const inputs: { key: string; value: string }[] = [];
      scalars(get(node, 'parameters'), 'parameters', inputs);
      const trigger = triggerOf([ref.slice(0, at)], inputs);
      const repo = ref.slice(at + 1);
      if (trigger)
        out.push(
          remote(`the template ${ref}`, `the repository resource ${JSON.stringify(repo)}`, template, node, trigger),
        );
    }
    for (const pair of node.items) stack.push(pair.value);
  }
  return out;
}

// ---- Bitbucket Pipelines -----------------------------------------------------------------------

function bitbucketPipes(root: Node): RemoteStep[] {
  const out: RemoteStep[] = [];
  const stack: unknown[] = [root];
  let steps = 0;
  while (stack.length && steps++ < 10_000) {
    const node = stack.pop();
    if (isSeq(node)) stack.push(...node.items);
    if (!isMap(node)) continue;
    const pipe = get(node, 'pipe');
    const ref = scalarString(pipe);
    if (ref && pipe) {
      const inputs: { key: string; value: string }[] = [];
      scalars(get(node, 'variables'), 'variables', inputs);
      const trigger = triggerOf([ref.replace(/:[^/]*$/, '')], inputs);
      if (trigger) out.push(remote(`the pipe ${ref}`, 'a container image', pipe, node, trigger));
      continue;
    }
    for (const pair of node.items) stack.push(pair.value);
  }
  return out;
}
