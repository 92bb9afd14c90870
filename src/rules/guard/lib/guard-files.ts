import { isScalar, parseDocument, visit } from 'yaml';
import type { Span } from '../../../core/types.js';
import { tooDeepForYaml } from '../../../parsers/yaml/depth.js';

export { isAgentGuard, isClaudeSettings, isCodeowners, isPolicyFile, isWorkflow } from './guard-paths.js';

/** `uses: acme/two-key@v1`, `uses: ./` in the two-key repository, or a `run:` that calls the CLI. */
const TWO_KEY_ACTION = /(^|\/)two-key(@|\/|$)/i;
const TWO_KEY_CLI = /(^|[\s;&|(])(npx\s+(-y\s+)?)?two-key(@\S+)?\s+check\b/;

/** The steps of a workflow that run two-key, as spans of the step in the text; none when it does not parse. */
export function twoKeySteps(text: string): Span[] {
  const doc = tooDeepForYaml(text) === undefined ? parseDocument(text, { keepSourceTokens: false }) : undefined;
  if (!doc || doc.errors.length > 0)
    return TWO_KEY_CLI.test(text) || /uses:\s*\S*two-key/i.test(text) ? [{ start: 0, end: 1 }] : [];
  const steps: Span[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return;
      const key = String(pair.key.value);
      const value = pair.value.value;
      const runsTwoKey = (key === 'uses' && TWO_KEY_ACTION.test(value)) || (key === 'run' && TWO_KEY_CLI.test(value));
      if (runsTwoKey && pair.key.range)
        steps.push({ start: pair.key.range[0], end: pair.value.range?.[1] ?? pair.key.range[1] });
    },
  });
  return steps;
}
