import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import { fromOffsets, type OffsetMap } from '../offset-map.js';

/** Helpers over tree-sitter trees that every framework reader shares. */

export function spanOf(node: Node): Span {
  return { start: node.startIndex, end: node.endIndex };
}

/** Every descendant (and the node itself) in document order. */
export function* descendants(node: Node): Generator<Node> {
  yield node;
  for (const child of node.namedChildren) if (child) yield* descendants(child);
}

/** The nearest ancestor of one of `types`, or undefined. */
export function ancestor(node: Node, types: readonly string[]): Node | undefined {
  for (let n = node.parent; n; n = n.parent) if (types.includes(n.type)) return n;
  return undefined;
}

/** The first syntax error, as a 1-based line, so a file that is clearly a migration but broken fails closed. */
export function syntaxErrorLine(root: Node): number | undefined {
  if (!root.hasError) return undefined;
  for (const n of descendants(root)) {
    if (n.type === 'ERROR' || n.isMissing) return n.startPosition.row + 1;
  }
  for (const n of descendantsWithAnonymous(root)) if (n.isMissing || n.type === 'ERROR') return n.startPosition.row + 1;
  return root.startPosition.row + 1;
}

function* descendantsWithAnonymous(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children) if (child) yield* descendantsWithAnonymous(child);
}

/**
 * A string literal read from code: its value with the file offset of each character, or why its
 * value cannot be known before the code runs.
 */
export type StringValue = { text: string; offsets: number[] } | { dynamic: string };

export function isDynamic(value: StringValue): value is { dynamic: string } {
  return 'dynamic' in value;
}

/** Builds a value piece by piece, keeping each decoded character's offset in the file. */
export class StringBuilder {
  text = '';
  offsets: number[] = [];
  private end = 0;

  /** Text copied unchanged from the file at `start`. */
  raw(text: string, start: number): void {
    for (let i = 0; i < text.length; i++) this.offsets.push(start + i);
    this.text += text;
    this.end = start + text.length;
  }

  /** A decoded escape: every character of `decoded` points at the escape in the file. */
  escape(decoded: string, start: number, end: number): void {
    for (let i = 0; i < decoded.length; i++) this.offsets.push(start);
    this.text += decoded;
    this.end = end;
  }

  append(value: { text: string; offsets: number[] }): void {
    this.text += value.text;
    this.offsets.push(...value.offsets.slice(0, value.text.length));
    this.end = value.offsets[value.text.length] ?? this.end;
  }

  /** Marks where the value ends in the file, for the offset just past its last character. */
  endAt(end: number): void {
    this.end = end;
  }

  value(): { text: string; offsets: number[] } {
    return { text: this.text, offsets: [...this.offsets, this.end] };
  }
}

export function toOffsetMap(value: { offsets: number[] }): OffsetMap {
  return fromOffsets(value.offsets);
}

/** Common backslash escapes shared by Ruby double-quoted strings and Python strings. */
export function decodeEscape(escape: string): string {
  const c = escape[1];
  switch (c) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case '0':
      return '\0';
    case '\n':
      // A backslash at the end of a line continues the string.
      return '';
    case 'u':
    case 'x': {
      const hex = escape.slice(2).replace(/[{}]/g, '');
      const code = Number.parseInt(hex, 16);
      return Number.isNaN(code) ? escape : String.fromCodePoint(code);
    }
    default:
      return c ?? '';
  }
}
