/**
 * Deeper than any real configuration. The yaml package composes and converts nested collections
 * by recursion; 20 KB of `{{{{` runs it to the edge of the stack, where V8 aborts the process
 * while compiling the next regular expression instead of throwing. Text nested deeper than this
 * is refused before it is parsed.
 */
export const MAX_YAML_DEPTH = 200;

/**
 * The deepest nesting a YAML (or JSON) text can reach: flow brackets outside quotes and
 * comments, plus the block nesting of a line (its indentation and `- ` / `? ` prefixes).
 * Linear, with no regular expression.
 */
export function yamlNestingDepth(text: string): number {
  let deepest = 0;
  let flow = 0;
  let quote = '';
  let lineStart = true;
  let block = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      lineStart = true;
      block = 0;
      if (quote === "'" || quote === '"') continue;
      continue;
    }
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (lineStart) {
      if (c === ' ' || c === '\t') {
        block++;
        continue;
      }
      if ((c === '-' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        block += 2;
        i++;
        continue;
      }
      lineStart = false;
    }
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') flow++;
    else if ((c === '}' || c === ']') && flow > 0) flow--;
    deepest = Math.max(deepest, flow + Math.floor(block / 2));
  }
  return Math.max(deepest, Math.floor(block / 2));
}

/** Why a YAML text is not parsed, or undefined when it is shallow enough to parse. */
export function tooDeepForYaml(text: string): string | undefined {
  const depth = yamlNestingDepth(text);
  return depth > MAX_YAML_DEPTH
    ? `nested ${depth} levels deep, more than the ${MAX_YAML_DEPTH} two-key reads`
    : undefined;
}
