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
import { isCompositeAction } from './recognise.js';

export { isWorkflow } from './recognise.js';

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;
const POSIX_SHELLS = /^(bash|sh)(\s|$)/;

/**
 * The `run:` steps of a GitHub workflow (and of a composite action), each with the `env:` of the
 * workflow, job and step it runs under. `${{ }}` expressions are substituted by the runner before
 * the shell sees the script, so each becomes a shell variable of the same length: an opaque word.
 */
export function workflowSources(path: string, text: string): SourceRead {
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
        if (!isScalar(run)) continue;
        const label = `job ${JSON.stringify(job.key)} step ${index + 1}`;
        const shell = scalarString(get(step, 'shell')) ?? jobShell ?? (windows ? 'pwsh' : 'bash');
        if (!POSIX_SHELLS.test(shell.trim())) {
          notes.push(`${path}: ${label} runs with shell "${shell}", which two-key does not read`);
          continue;
        }
        const script = scalarText(run, text);
        if (!script) continue;
        sources.push({
          text: script.value.replace(EXPRESSION, (m) => '$' + '_'.repeat(m.length - 1)),
          toFile: script.map,
          label,
          env: [...jobEnv, ...envOf(get(step, 'env'))],
          // A GitHub-hosted runner is a fresh machine thrown away after the job.
          throwaway: !selfHosted,
          localHosts: services,
        });
      }
    }
  }
  return { sources, notes };
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
