import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { blankTemplateActions, isHelmTemplatePath } from '../../../../parsers/yaml/helm-template.js';
import {
  entries,
  get,
  items,
  parseYamlWithPositions,
  scalarString,
  scalarText,
} from '../../../../parsers/yaml/scalar-text.js';
import { DYNAMIC, type EnvAssignment } from '../../../../parsers/shell/commands.js';
import type { Span } from '../../../../core/types.js';
import type { ReadRepoFile } from '../../../../parsers/shell/sourced.js';
import type { ShellSource, SourceRead } from '../sources.js';
import { MappedText } from './text-builder.js';
import { isWorkloadManifest, yamlCommandKind } from './recognise.js';
import { stepSource } from './step-shells.js';

export { isIncludedCiFile, isWorkloadManifest, yamlCommandKind } from './recognise.js';

/** The commands of a YAML file of one of the kinds above, each with its position in the file. */
export function yamlCommandSources(path: string, text: string, read?: ReadRepoFile): SourceRead {
  const kind = yamlCommandKind(path);
  const workload = !kind && isWorkloadManifest(path, text);
  const source = isHelmTemplatePath(path) ? blankTemplateActions(text) : text;
  const { documents, error } = parseYamlWithPositions(source);
  const notes: string[] = [];
  if (error) notes.push(`${path}: YAML error (${error}); its commands were read as far as the parser could`);
  const sources: ShellSource[] = [];
  const seen = new Set<number>();
  const label = kind?.name ?? (workload ? 'workload' : 'CI job');
  const keys = kind?.keys ?? (workload ? new Set<string>() : new Set(['script', 'before_script', 'after_script']));
  for (const doc of documents) {
    const included = kind?.name === 'GitLab CI' && read ? includedDocuments(doc, read) : [];
    const walker = new Walker(doc, source, keys, label, sources, seen, included);
    if (workload) walker.workload(doc.contents as Node);
    else walker.walk(doc.contents as Node, undefined, 0);
    if (kind?.name === 'Cloud Build') walker.cloudBuildSteps(doc.contents as Node);
    if (kind?.name === 'Ansible') ansibleDatabaseTasks(doc.contents as Node, sources);
  }
  return { sources, notes };
}

const MAX_DEPTH = 64;

/** Azure Pipelines tasks that run an inline script, the inputs that hold it and the shell that runs it. */
const AZURE_SCRIPT_TASKS: readonly { task: RegExp; scripts: string[]; shell: string; shellInput?: string }[] = [
  { task: /^(PowerShell|AzurePowerShell)@\d+$/i, scripts: ['script', 'inline'], shell: 'pwsh' },
  { task: /^(Bash|ShellScript)@\d+$/i, scripts: ['script'], shell: 'bash' },
  { task: /^CmdLine@\d+$/i, scripts: ['script'], shell: 'bash' },
  { task: /^AzureCLI@\d+$/i, scripts: ['inlineScript'], shell: 'bash', shellInput: 'scriptType' },
  { task: /^PythonScript@\d+$/i, scripts: ['script'], shell: 'python' },
];

/** A task input by name: Azure reads input names without regard to case. */
function inputNode(inputs: Node | undefined, name: string): Node | undefined {
  const lower = name.toLowerCase();
  return entries(inputs).find((e) => e.key.toLowerCase() === lower)?.value ?? undefined;
}

function inputValue(inputs: Node | undefined, name: string): string | undefined {
  return scalarString(inputNode(inputs, name));
}

/** GitLab `include: local: /ci/x.yml` (or a bare path, or a list of either): the files, parsed. */
function includedDocuments(doc: Document, read: ReadRepoFile): Document[] {
  const include = get(doc.contents as Node, 'include');
  const entriesOf = isSeq(include) ? items(include) : include ? [include] : [];
  const out: Document[] = [];
  for (const entry of entriesOf.slice(0, 20)) {
    const path = isMap(entry) ? scalarString(get(entry, 'local')) : scalarString(entry);
    if (!path || /^https?:|\$|\*/.test(path)) continue;
    const text = read(path.replace(/^\/+/, ''));
    if (text !== undefined) out.push(...parseYamlWithPositions(text).documents);
  }
  return out;
}

class Walker {
  /** The variables of the top-level job being walked (GitLab). */
  private env: EnvAssignment[] = [];
  /** The `extends` value of the job being walked, where variables from an included file are reported. */
  private extendsSpan: Span | undefined;

  constructor(
    private readonly doc: Document,
    private readonly text: string,
    private readonly keys: ReadonlySet<string>,
    private readonly label: string,
    private readonly sources: ShellSource[],
    private readonly seen: Set<number>,
    /** The locally included files (GitLab `include: local:`), for the templates a job extends. */
    private readonly included: readonly Document[] = [],
  ) {}

  private resolve(node: unknown): Node | undefined {
    if (isAlias(node)) return (node.resolve(this.doc) ?? undefined) as Node | undefined;
    return (node ?? undefined) as Node | undefined;
  }

  /** Every key of the kind anywhere in the tree; `job` is the top-level entry, for labels. */
  walk(node: unknown, job: string | undefined, depth: number): void {
    const resolved = this.resolve(node);
    if (!resolved || depth > MAX_DEPTH) return;
    if (isMap(resolved)) {
      if (this.label === 'Azure Pipelines' && this.azureStep(resolved, job)) return;
      for (const pair of resolved.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '<<';
        const here = job ?? key;
        // A GitLab job's commands run with its variables: the file's, its templates' (`extends`), its own.
        if (job === undefined && this.label === 'GitLab CI') {
          this.extendsSpan = undefined;
          this.env = this.gitlabEnv(key, new Set());
        }
        if (job === undefined && key === 'jobs' && this.label === 'CircleCI') this.circleJobs(pair.value, depth + 1);
        else if (this.keys.has(key)) this.commands(pair.value, `${this.label} ${JSON.stringify(here)}`, depth + 1);
        else this.walk(pair.value, here, depth + 1);
      }
    } else if (isSeq(resolved)) {
      for (const item of resolved.items) this.walk(item, job, depth + 1);
    }
  }

  /** A string, a list of strings (nested lists flattened), or a map with `command`/`cmd`. */
  private commands(node: unknown, label: string, depth: number): void {
    const resolved = this.resolve(node);
    if (!resolved || depth > MAX_DEPTH) return;
    if (isScalar(resolved)) this.add(resolved, label);
    else if (isSeq(resolved) && resolved.tag === '!reference')
      this.commands(this.reference(resolved), label, depth + 1);
    else if (isSeq(resolved)) for (const item of resolved.items) this.commands(item, label, depth + 1);
    else if (isMap(resolved)) {
      // A CircleCI `run:` map's own `environment:` is added to its job's for its command.
      const outer = this.env;
      if (this.label === 'CircleCI')
        this.env = [...outer, ...this.variables(this.doc, get(resolved, 'environment'), undefined)];
      for (const key of ['command', 'cmd', 'script']) {
        const value = get(resolved, key);
        if (value) this.commands(value, label, depth + 1);
      }
      this.env = outer;
    }
  }

  /**
   * CircleCI's `jobs:`: each job's steps run with its `environment:` (the database URL of a
   * service image beside it, a `RAILS_ENV`), as a GitLab job runs with its variables.
   */
  private circleJobs(node: unknown, depth: number): void {
    const jobs = this.resolve(node);
    if (!isMap(jobs)) return this.walk(node, 'jobs', depth);
    for (const pair of jobs.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : 'jobs';
      this.env = this.variables(this.doc, get(this.resolve(pair.value), 'environment'), undefined);
      this.walk(pair.value, name, depth + 1);
    }
    this.env = [];
  }

  /** GitLab's `!reference [.job, script]`: the node at that key path from the document's root. */
  private reference(seq: Node): Node | undefined {
    let node: Node | undefined = this.doc.contents as Node | undefined;
    for (const key of items(seq)) {
      const name = scalarString(key);
      if (name === undefined) return undefined;
      node = get(this.resolve(node), name);
    }
    return node;
  }

  /**
   * An Azure Pipelines step whose script is not POSIX shell: `pwsh:`/`powershell:` and the script
   * tasks (`PowerShell@2`, `AzurePowerShell@5`, `Bash@3`, `AzureCLI@2` by its `scriptType`,
   * `CmdLine@2`, `PythonScript@0`), each inline script read in its own language. False for any
   * other map, which is walked as usual.
   */
  private azureStep(step: Node, job: string | undefined): boolean {
    const label = `${this.label} ${JSON.stringify(job ?? 'steps')}`;
    for (const key of ['pwsh', 'powershell']) {
      const value = this.resolve(get(step, key));
      if (isScalar(value)) {
        this.addAs('powershell', value, label);
        return true;
      }
    }
    const task = scalarString(get(step, 'task'));
    const row = task && AZURE_SCRIPT_TASKS.find((t) => t.task.test(task));
    if (!row) return false;
    const inputs = this.resolve(get(step, 'inputs'));
    const shell = row.shellInput ? (inputValue(inputs, row.shellInput) ?? 'bash') : row.shell;
    for (const name of row.scripts) {
      const value = inputNode(inputs, name);
      if (isScalar(value)) this.addAs(shell, value, `${label} task ${task}`);
    }
    return true;
  }

  private addAs(shell: string, node: Node, label: string): void {
    if (!isScalar(node) || !node.range || this.seen.has(node.range[0])) return;
    const script = scalarText(node, this.text);
    if (!script) return;
    this.seen.add(node.range[0]);
    const source = stepSource(shell, script, node.range[1], { label, ...(this.env.length ? { env: this.env } : {}) });
    if (source) this.sources.push(source);
  }

  private add(node: Node, label: string): void {
    if (!isScalar(node) || !node.range || this.seen.has(node.range[0])) return;
    const script = scalarText(node, this.text);
    if (!script) return;
    this.seen.add(node.range[0]);
    this.sources.push({ text: script.value, toFile: script.map, label, ...(this.env.length ? { env: this.env } : {}) });
  }

  /**
   * The variables a GitLab job runs with, later ones winning: the top-level `variables:`, then
   * each template it `extends` (their own templates first), then its own `variables:` (a value
   * may be `{ value: …, description: … }` or a `!reference`).
   */
  private gitlabEnv(job: string, through: Set<string>, doc = this.doc, anchor?: Span): EnvAssignment[] {
    const root = this.resolveIn(doc, doc.contents);
    if (!isMap(root) || through.size > 8 || through.has(job)) return [];
    through.add(job);
    const global = through.size === 1 ? this.variables(doc, get(root, 'variables'), anchor) : [];
    if (job === 'variables') return global;
    let node = this.resolveIn(doc, get(root, job));
    if (!node && anchor === undefined) {
      // A template from a locally included file: its variables are reported at the `extends` here.
      const from = this.included.find((d) => get(this.resolveIn(d, d.contents), job) !== undefined);
      if (from) return [...global, ...this.gitlabEnv(job, new Set(), from, this.extendsSpan)];
    }
    if (!isMap(node)) return global;
    const extended = this.resolveIn(doc, get(node, 'extends'));
    if (anchor === undefined && extended?.range)
      this.extendsSpan = { start: extended.range[0], end: extended.range[1] };
    const templates = isSeq(extended) ? items(extended).map(scalarString) : [scalarString(extended)];
    const inherited = templates.flatMap((t) => (t === undefined ? [] : this.gitlabEnv(t, through, doc, anchor)));
    node = this.resolveIn(doc, get(root, job));
    return [...global, ...inherited, ...this.variables(doc, get(node, 'variables'), anchor)];
  }

  private resolveIn(doc: Document, node: unknown): Node | undefined {
    if (isAlias(node)) return (node.resolve(doc) ?? undefined) as Node | undefined;
    return (node ?? undefined) as Node | undefined;
  }

  private variables(doc: Document, node: unknown, anchor: Span | undefined): EnvAssignment[] {
    let resolved = this.resolveIn(doc, node);
    if (isSeq(resolved) && resolved.tag === '!reference' && doc === this.doc)
      resolved = this.resolve(this.reference(resolved));
    if (!isMap(resolved)) return [];
    return entries(resolved).flatMap(({ key, keyNode, value }) => {
      const held = this.resolveIn(doc, value);
      const scalar = isMap(held) ? this.resolveIn(doc, get(held, 'value')) : held;
      const raw = isScalar(scalar) ? scalarString(scalar) : undefined;
      if (raw === undefined) return [];
      if (anchor) return [{ name: key, value: raw.replace(/\$\{?\w+\}?/g, DYNAMIC), span: anchor }];
      const end = scalar?.range?.[1] ?? keyNode.range?.[1] ?? 0;
      return [
        { name: key, value: raw.replace(/\$\{?\w+\}?/g, DYNAMIC), span: { start: keyNode.range?.[0] ?? 0, end } },
      ];
    });
  }

  /** Every container, init container and Argo template of a workload: `command` + `args` as argv. */
  workload(root: Node | undefined): void {
    const stack: unknown[] = [root];
    let steps = 0;
    while (stack.length && steps++ < 10_000) {
      const node = this.resolve(stack.pop());
      if (isSeq(node)) stack.push(...node.items);
      if (!isMap(node)) continue;
      const command = get(node, 'command');
      const args = get(node, 'args');
      const source = get(node, 'source');
      const name = scalarString(get(node, 'name')) ?? 'container';
      if (isSeq(command) || isSeq(args))
        this.argv([...items(command), ...items(args)], `container ${JSON.stringify(name)}`);
      // Argo `script:` templates run `source` with the image's `command` (a shell by convention).
      if (isScalar(source) && get(node, 'image')) this.add(source, `script template ${JSON.stringify(name)}`);
      for (const pair of node.items) stack.push(pair.value);
    }
  }

  /**
   * Cloud Build steps: the `args` are the argv of the step's `entrypoint`, or of the builder its
   * image `name` is (`gcr.io/cloud-builders/gsutil` runs `gsutil`); an image with an entrypoint
   * of its own runs the args as a command.
   */
  cloudBuildSteps(root: Node | undefined): void {
    for (const step of items(get(this.resolve(root), 'steps'))) {
      const node = this.resolve(step);
      if (!isMap(node)) continue;
      const args = this.resolve(get(node, 'args'));
      if (!isSeq(args)) continue;
      const entrypoint = this.resolve(get(node, 'entrypoint'));
      const label = `Cloud Build step ${JSON.stringify(scalarString(get(node, 'id')) ?? scalarString(get(node, 'name')) ?? 'step')}`;
      if (isScalar(entrypoint)) this.argv([entrypoint, ...args.items.map((a) => this.resolve(a)!)], label);
      else
        this.argv(
          args.items.map((a) => this.resolve(a)!),
          label,
          builderProgram(scalarString(get(node, 'name'))),
        );
    }
  }

  /** An exec-form argv as single-quoted shell words, each character pointing into its YAML string. */
  private argv(words: Node[], label: string, program?: string): void {
    const out = new MappedText();
    let end = 0;
    const first = words[0]?.range?.[0];
    if (program && first !== undefined) out.insert(`${program} `, first);
    for (const [k, word] of words.entries()) {
      if (!isScalar(word) || !word.range) return;
      const text = scalarText(word, this.text) ?? { value: String(word.value), map: () => word.range![0] };
      if (this.seen.has(word.range[0])) return;
      if (k > 0) out.insert(' ', word.range[0]);
      out.insert("'", word.range[0]);
      for (let c = 0; c < text.value.length; c++) {
        const char = text.value[c]!;
        out.insert(char === "'" ? "'\\''" : char, text.map(c));
      }
      out.insert("'", word.range[1]);
      end = word.range[1];
    }
    for (const word of words) if (word.range) this.seen.add(word.range[0]);
    if (out.text) this.sources.push({ text: out.text, toFile: out.map(end), label });
  }
}

/** The Cloud Build builders whose image runs the program it is named after. */
const BUILDERS = new Set([
  'gcloud',
  'gsutil',
  'bq',
  'kubectl',
  'docker',
  'git',
  'npm',
  'yarn',
  'gke-deploy',
  'terraform',
  'helm',
  'firebase',
  'curl',
]);

/** `gcr.io/cloud-builders/gsutil:latest` runs `gsutil`; `hashicorp/terraform:1.7` runs `terraform`. */
function builderProgram(image: string | undefined): string | undefined {
  const last = image
    ?.split('/')
    .pop()
    ?.replace(/[:@].*$/, '');
  return last && BUILDERS.has(last) ? last : undefined;
}

/** Ansible database modules whose `state: absent` drops a database, as the command that does the same. */
const DATABASE_MODULES: Record<string, string> = {
  postgresql_db: 'dropdb',
  'community.postgresql.postgresql_db': 'dropdb',
  mysql_db: 'mysqladmin drop',
  'community.mysql.mysql_db': 'mysqladmin drop',
};

/**
 * `postgresql_db: { name: ledger, state: absent }` drops the database: it is read as the
 * equivalent command (`dropdb ledger`) at the task's lines, so the database-dropping rules judge it.
 */
function ansibleDatabaseTasks(root: Node | undefined, sources: ShellSource[]): void {
  const stack: unknown[] = [root];
  let steps = 0;
  while (stack.length && steps++ < 10_000) {
    const node = stack.pop();
    if (isSeq(node)) stack.push(...node.items);
    if (!isMap(node)) continue;
    for (const { key, value } of entries(node)) {
      const program = DATABASE_MODULES[key];
      if (!program || !isMap(value)) {
        stack.push(value);
        continue;
      }
      const state = get(value, 'state');
      if (scalarString(state) !== 'absent' || !state?.range) continue;
      const name = scalarString(get(value, 'name')) ?? scalarString(get(value, 'db')) ?? 'database';
      const command = `${program} ${name}`;
      const at = state.range[0];
      sources.push({ text: command, toFile: () => at, label: `Ansible task ${key} state: absent` });
    }
  }
}
