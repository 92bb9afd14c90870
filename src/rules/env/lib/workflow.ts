import { isMap, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import type { Span } from '../../../core/types.js';
import type { Policy } from '../../../core/policy-schema.js';
import type { Located } from './command-targets.js';
import { isProductionEnvironment, productionVariable } from './targets.js';
import { tooDeepForYaml } from '../../../parsers/yaml/depth.js';

/** Step inputs of deploy actions that name the environment they deploy to. */
const ENVIRONMENT_INPUTS = new Set(['environment', 'env', 'stage', 'environment-name', 'environment_name']);

/**
 * Production targets in a GitHub Actions workflow: a job's `environment`, `env` maps at every
 * level (their unit is the scope they apply to, so a job's `RAILS_ENV: production` weighs with
 * every command of the job), deploy inputs. The commands of `run:` steps are the shell family's, read by the env checker.
 */
export function workflowTargets(text: string, policy: Policy): Located[] {
  if (tooDeepForYaml(text) !== undefined) return [];
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  const found: Located[] = [];
  const whole = rangeOf(doc.contents) ?? { start: 0, end: text.length };
  envTargets(get(doc.contents, 'env'), whole, policy, found);
  const jobs = get(doc.contents, 'jobs');
  if (!isMap(jobs)) return found;
  for (const jobPair of jobs.items) {
    const job = jobPair.value;
    if (!isMap(job)) continue;
    const jobUnit = rangeOf(job)!;
    const jobSteps = get(job, 'steps');
    const usesActions = (step: unknown) => isMap(step) && get(step, 'uses') !== undefined;
    // A reusable workflow (`uses:` on the job) or an action step: work two-key does not read.
    const jobRunsActions =
      get(job, 'uses') !== undefined || (isSeq(jobSteps) && jobSteps.items.some((step) => usesActions(step)));
    const before = found.length;
    const environment = get(job, 'environment');
    const envName = isMap(environment) ? get(environment, 'name') : environment;
    if (isScalar(envName) && typeof envName.value === 'string' && isProductionEnvironment(envName.value, policy)) {
      found.push({ label: `environment: ${envName.value}`, strong: true, span: rangeOf(envName)!, unit: jobUnit });
    }
    envTargets(get(job, 'env'), jobUnit, policy, found);
    for (let i = before; i < found.length; i++) if (jobRunsActions) found[i]!.runsActions = true;
    const steps = jobSteps;
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const stepUnit = rangeOf(step)!;
      const stepStart = found.length;
      envTargets(get(step, 'env'), stepUnit, policy, found);
      for (let i = stepStart; i < found.length; i++) if (usesActions(step)) found[i]!.runsActions = true;
      const inputs = get(step, 'with');
      if (isMap(inputs)) {
        for (const input of inputs.items) {
          if (!isScalar(input.key) || !isScalar(input.value) || typeof input.value.value !== 'string') continue;
          const key = String(input.key.value).toLowerCase();
          if (ENVIRONMENT_INPUTS.has(key) && isProductionEnvironment(input.value.value, policy)) {
            found.push({
              label: `${key}: ${input.value.value}`,
              strong: true,
              span: rangeOf(input.value)!,
              unit: stepUnit,
            });
          }
        }
      }
    }
  }
  return found;
}

function envTargets(env: unknown, unit: Span, policy: Policy, found: Located[]): void {
  if (!isMap(env)) return;
  for (const pair of env.items as Pair[]) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || pair.value.value === null) continue;
    const target = productionVariable(String(pair.key.value), String(pair.value.value), policy);
    const key = rangeOf(pair.key)!;
    const value = rangeOf(pair.value)!;
    if (target) found.push({ ...target, span: { start: key.start, end: value.end }, unit });
  }
}

function get(map: YAMLMap | Document['contents'], key: string): unknown {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isScalar(p.key) && p.key.value === key)?.value;
}

function rangeOf(node: unknown): Span | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}
