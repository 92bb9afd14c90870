import { isScalar, type Node } from 'yaml';
import type { EnvAssignment } from '../../../../parsers/shell/commands.js';
import { DYNAMIC } from '../../../../parsers/shell/commands.js';
import {
  entries,
  get,
  items,
  parseYamlWithPositions,
  scalarString,
  scalarText,
} from '../../../../parsers/yaml/scalar-text.js';
import type { ShellSource, SourceRead } from '../sources.js';
import type { ReadRepoFile } from '../../../../parsers/shell/sourced.js';
import { isCompositeAction } from './recognise.js';
import { readsStepShell, stepSource } from './step-shells.js';

export { isWorkflow } from './recognise.js';

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;
const POSIX_SHELLS = /^(bash|sh)(\s|$)/;

/**
 * The `run:` steps of a GitHub workflow (and of a composite action), each with the `env:` of the
 * workflow, job and step it runs under. `${{ }}` expressions are substituted by the runner before
 * the shell sees the script, so each becomes a shell variable of the same length: an opaque word.
 */
export function workflowSources(path: string, text: string, read?: ReadRepoFile): SourceRead {
  const { documents, error } = parseYamlWithPositions(text);
  const notes: string[] = [];
  if (error) notes.push(`${path}: YAML error (${error}); the steps were read as far as the parser could`);
  const sources: ShellSource[] = [];
  for (const doc of documents) {
    const root = doc.contents;
    const workflowEnv = envOf(get(root, 'env'));
    const workflowShell = scalarString(get(get(get(root, 'defaults'), 'run'), 'shell'));
    const jobs = isCompositeAction(path)
      ? [{ key: 'action', value: get(root, 'runs') }]
      : entries(get(root, 'jobs')).map((j) => ({ key: j.key, value: j.value }));
    for (const job of jobs) {
      const jobEnv = [...workflowEnv, ...envOf(get(job.value, 'env'))];
      const jobShell = scalarString(get(get(get(job.value, 'defaults'), 'run'), 'shell')) ?? workflowShell;
      const runsOn = JSON.stringify(get(job.value, 'runs-on')?.toJSON() ?? '');
      const selfHosted = /self-hosted/i.test(runsOn) || /\$\{\{/.test(runsOn);
      const windows = /windows/i.test(runsOn);
      const services = entries(get(job.value, 'services')).map((s) => s.key);
      for (const [index, step] of items(get(job.value, 'steps')).entries()) {
        const run = get(step, 'run');
        const label = `job ${JSON.stringify(job.key)} step ${index + 1}`;
        if (!isScalar(run)) {
          const local = read && localActionSources(step, read);
          for (const source of local ?? [])
            sources.push({ ...source, label, env: [...jobEnv, ...envOf(get(step, 'env'))], localHosts: services });
          continue;
        }
        const shell = scalarString(get(step, 'shell')) ?? jobShell ?? (windows ? 'pwsh' : 'bash');
        if (!readsStepShell(shell)) {
          notes.push(`${path}: ${label} runs with shell "${shell}", which two-key does not read`);
          continue;
        }
        const script = scalarText(run, text);
        if (!script) continue;
        // `shell: pwsh`, `shell: cmd`, `shell: python`: each read in its own language.
        const source = stepSource(
          shell,
          { value: script.value.replace(EXPRESSION, (m) => '$' + '_'.repeat(m.length - 1)), map: script.map },
          run.range?.[1] ?? script.map(script.value.length),
          {
            label,
            env: [...jobEnv, ...envOf(get(step, 'env'))],
            // A GitHub-hosted runner is a fresh machine thrown away after the job.
            throwaway: !selfHosted,
            localHosts: services,
          },
        );
        if (source) sources.push(source);
      }
    }
  }
  return { sources, notes };
}

/**
 * `uses: ./.github/actions/db-reset`: a composite action of this repository, read from the head
 * tree though the change does not touch it. Its `run:` steps run where the workflow's step is, so
 * each is judged there (at the `uses:` line), with `${{ inputs.x }}` as the value the step passes
 * when that is a literal, else an opaque word.
 */
function localActionSources(step: Node, read: ReadRepoFile): ShellSource[] {
  const uses = get(step, 'uses');
  const ref = scalarString(uses);
  if (!ref?.startsWith('./') || !uses?.range) return [];
  const dir = ref.slice(2).replace(/\/+$/, '');
  const path = [`${dir}/action.yml`, `${dir}/action.yaml`].find((p) => read(p) !== undefined);
  const text = path && read(path);
  if (!path || !text) return [];
  const inputs = new Map(entries(get(step, 'with')).map(({ key, value }) => [key, scalarString(value)]));
  const at = uses.range[0];
  const out: ShellSource[] = [];
  for (const doc of parseYamlWithPositions(text).documents) {
    for (const inner of items(get(get(doc.contents, 'runs'), 'steps'))) {
      const run = scalarString(get(inner, 'run'));
      const shell = scalarString(get(inner, 'shell')) ?? 'bash';
      if (run === undefined || !POSIX_SHELLS.test(shell.trim())) continue;
      const script = run.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (m, name: string) => {
        const value = inputs.get(name);
        return value !== undefined && !/\$\{\{/.test(value) ? value : DYNAMIC;
      });
      out.push({
        text: script.replace(EXPRESSION, (m) => '$' + '_'.repeat(m.length - 1)),
        toFile: () => at,
        sourced: `run by ${ref}, in ${path}`,
      });
    }
  }
  return out;
}

function envOf(node: Node | undefined): EnvAssignment[] {
  return entries(node).map(({ key, keyNode, value }) => {
    const raw = scalarString(value) ?? '';
    const end = value?.range?.[1] ?? keyNode.range?.[1] ?? 0;
    return {
      name: key,
      value: raw.replace(EXPRESSION, DYNAMIC),
      span: { start: keyNode.range?.[0] ?? 0, end },
    };
  });
}
