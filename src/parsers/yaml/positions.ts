import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import type { Span } from '../../core/types.js';
import { CLOUDFORMATION_TAGS, wrapIntrinsic } from './cloudformation-tags.js';
import { tooDeepForYaml } from './depth.js';

/** One document of a YAML stream, with its root node and offsets into the whole text. */
export interface YamlDocument {
  root: Node | null;
  span: Span;
}

export interface YamlStream {
  documents: YamlDocument[];
  /** The first syntax error, when the text is not YAML (offset into the text). */
  error?: { message: string; offset: number };
}

/**
 * Parses every document of a YAML (or JSON) text with offsets. CloudFormation's short-form
 * intrinsic tags (`!Ref`, `!Sub`, `!GetAtt`...) are registered so templates parse without warnings.
 */
export function parseYaml(text: string): YamlStream {
  const deep = tooDeepForYaml(text);
  if (deep !== undefined) return { documents: [], error: { message: deep, offset: 0 } };
  const parsed = parseAllDocuments(text, { customTags: CLOUDFORMATION_TAGS, uniqueKeys: false, prettyErrors: false });
  const stream: YamlStream = { documents: [] };
  // Text without documents gives an empty stream, which is an empty array too.
  for (const doc of parsed) {
    const error = doc.errors[0];
    if (error && !stream.error) stream.error = { message: error.message.split('\n')[0]!, offset: error.pos[0] };
    const [start, , end] = doc.range;
    stream.documents.push({ root: doc.contents, span: { start, end } });
  }
  return stream;
}

/** The pair of a mapping whose key is `key`. */
export function pairOf(node: Node | null | undefined, key: string): Pair<Node, Node | null> | undefined {
  if (!isMap(node)) return undefined;
  for (const item of (node as YAMLMap<Node, Node | null>).items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item;
  }
  return undefined;
}

/** The value node under `key` of a mapping. */
export function valueOf(node: Node | null | undefined, key: string): Node | null | undefined {
  return pairOf(node, key)?.value ?? undefined;
}

/** The value under a path of keys. */
export function valueAt(node: Node | null | undefined, ...keys: string[]): Node | null | undefined {
  let current: Node | null | undefined = node;
  for (const key of keys) current = valueOf(current, key);
  return current;
}

/** A scalar's value as a string (numbers and booleans included); undefined for anything else. */
export function scalarText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  if (typeof node.value === 'object') return undefined;
  return String(node.value as string | number | boolean);
}

/** Every key-value pair of a mapping whose key is a scalar. */
export function entriesOf(node: Node | null | undefined): { key: string; pair: Pair<Node, Node | null> }[] {
  if (!isMap(node)) return [];
  const out: { key: string; pair: Pair<Node, Node | null> }[] = [];
  for (const item of (node as YAMLMap<Node, Node | null>).items) {
    if (isPair(item) && isScalar(item.key)) out.push({ key: String(item.key.value), pair: item });
  }
  return out;
}

/** The items of a sequence. */
export function itemsOf(node: Node | null | undefined): Node[] {
  if (!isSeq(node)) return [];
  return node.items.filter((item): item is Node => item !== null && typeof item === 'object' && 'range' in item);
}

/** Offsets of a node in the text (without trailing comments). */
export function spanOf(node: Node | null | undefined): Span | undefined {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/** From a pair's key to the end of its value: the line a finding about the pair points at comes first. */
export function pairSpan(pair: Pair<Node, Node | null>): Span {
  const key = spanOf(pair.key)!;
  const value = spanOf(pair.value);
  return { start: key.start, end: Math.max(key.end, value?.end ?? key.end) };
}

/**
 * A node as plain data for comparing two versions: short-form intrinsics become their long form
 * (`!Ref X` and `{Ref: X}` compare equal), aliases resolve to a marker.
 */
export function plainValue(node: Node | null | undefined): unknown {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return { alias: node.source };
  let value: unknown;
  if (isScalar(node)) value = node.value;
  else if (isSeq(node)) value = node.items.map((item) => plainValue(item as Node));
  else if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const item of node.items) if (isScalar(item.key)) out[String(item.key.value)] = plainValue(item.value as Node);
    value = out;
  }
  return node.tag && !isScalar(node) ? wrapIntrinsic(node.tag, value) : value;
}
