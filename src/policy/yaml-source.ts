import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { tooDeepForYaml } from '../parsers/yaml/depth.js';
import type { Document, Node } from 'yaml';
import type { PolicyProblem } from './errors.js';

export type Where = 'key' | 'value';

/** A parsed YAML file that can say where a path into its data was written. */
export interface YamlSource {
  data: unknown;
  /** Position of the node at `path`, or of the deepest written node on the way to it. */
  locate(path: readonly PropertyKey[], where?: Where): { line: number; column: number };
}

export type ParseResult = { ok: true; source: YamlSource } | { ok: false; problems: PolicyProblem[] };

export function parseYaml(text: string, file: string): ParseResult {
  const deep = tooDeepForYaml(text);
  if (deep !== undefined) return { ok: false, problems: [{ file, line: 1, column: 1, reason: `the file is ${deep}` }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: true, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        ...position(e.pos[0]),
        reason: yamlReason(e.code, e.message, text, e.pos),
      })),
    };
  }
  return {
    ok: true,
    source: {
      data: doc.toJS({ maxAliasCount: 100 }) ?? {},
      locate: (path, where = 'value') => position(offsetOf(doc, path, where)),
    },
  };
}

function yamlReason(code: string, message: string, text: string, pos: [number, number]): string {
  if (code === 'DUPLICATE_KEY') return `key "${keyAt(text, pos[0])}" appears twice in the same mapping`;
  if (code === 'MULTIPLE_DOCS') return 'a policy file holds one YAML document, but this one starts a second';
  const plain = message.replace(/ at line \d+, column \d+[\s\S]*$/, '');
  return `YAML syntax error: ${plain.charAt(0).toLowerCase()}${plain.slice(1)}`;
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const quoted = /^(["'])(.*?)\1/.exec(rest);
  return quoted?.[2] ?? /^[^:\n]*/.exec(rest)![0].trim();
}

function offsetOf(doc: Document, path: readonly PropertyKey[], where: Where): number {
  let node: Node | null | undefined = doc.contents;
  let found = node?.range?.[0] ?? 0;
  for (const [i, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair || !isScalar(pair.key)) break;
      const key = pair.key;
      found = key.range?.[0] ?? found;
      const value = pair.value as Node | null;
      // An empty value has no text of its own; the key is the place to point at.
      if ((last && where === 'key') || !value || (isScalar(value) && value.value === null && !value.source)) {
        node = undefined;
        continue;
      }
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
    } else {
      break;
    }
    found = node.range?.[0] ?? found;
  }
  return found;
}
