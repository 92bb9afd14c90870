import { isScalar } from 'yaml';
import { entries, get, items, parseYamlWithPositions, scalarString } from '../../../parsers/yaml/scalar-text.js';
import type { Policy } from '../../../core/policy-schema.js';
import type { Located } from './command-targets.js';
import { productionVariable } from './targets.js';

/**
 * Production targets in a compose file's `environment:` (a map, or a list of `NAME=value`), each
 * with its service as the unit: `DATABASE_URL: postgres://…@billing-prod…` points the service at
 * production wherever the stack runs, a developer's machine included.
 */
export function composeTargets(text: string, policy: Policy): Located[] {
  const found: Located[] = [];
  for (const doc of parseYamlWithPositions(text).documents) {
    for (const service of entries(get(doc.contents, 'services'))) {
      const range = service.value?.range;
      if (!range) continue;
      const unit = { start: range[0], end: range[1] };
      const environment = get(service.value, 'environment');
      for (const pair of entries(environment)) {
        const value = scalarString(pair.value);
        const target = value === undefined ? undefined : productionVariable(pair.key, value, policy);
        const end = pair.value?.range?.[1];
        if (target && end !== undefined) found.push({ ...target, span: { start: pair.keyNode.range![0], end }, unit });
      }
      for (const item of items(environment)) {
        if (!isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
        const eq = item.value.indexOf('=');
        if (eq <= 0) continue;
        const target = productionVariable(item.value.slice(0, eq), item.value.slice(eq + 1), policy);
        if (target) found.push({ ...target, span: { start: item.range[0], end: item.range[1] }, unit });
      }
    }
  }
  return found;
}
