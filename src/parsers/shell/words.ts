import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';

/** Stands for a value the shell substitutes at run time; NUL, because no real argument can contain one. */
export const DYNAMIC = '\u0000';

export function isDynamic(value: string): boolean {
  return value.includes(DYNAMIC);
}

/**
 * The value of an expansion (`$DB`, `${DB:?}`, `$1`) when the snippet around it decides it, or
 * undefined when only the run time does.
 */
export type ExpansionResolver = (node: Node) => string | undefined;

/** A shell word as the program receives it. */
export interface ShellWord {
  /** Quotes removed, escapes resolved, DYNAMIC where an expansion is. */
  value: string;
  span: Span;
  /** The same word with expansions kept as written, to read it as a script again (`bash -c`). */
  script: string;
  /** Snippet offset of each character of `script`, plus the offset just past the last one. */
  scriptOffsets: number[];
}

const EXPANSIONS = new Set([
  'simple_expansion',
  'expansion',
  'command_substitution',
  'process_substitution',
  'arithmetic_expansion',
  'brace_expression',
]);

/** Bash's `$'...'` escapes that stand for one fixed character. */
const ANSI_C: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

class WordBuilder {
  value = '';
  script = '';
  offsets: number[] = [];
  private end: number;

  constructor(
    private readonly src: string,
    start: number,
    private readonly resolve?: ExpansionResolver,
  ) {
    this.end = start;
  }

  expansion(node: Node): void {
    const value = this.resolve?.(node);
    if (value === undefined) this.dynamic(node.startIndex, node.endIndex);
    else this.resolved(value, node.startIndex, node.endIndex);
  }

  /** A character of the value that the source spells from `start` to `end` (one character, or an escape). */
  literal(text: string, start: number, end: number): void {
    // A NUL ends a C string, so it can never reach the program as part of an argument.
    const chars = text.replaceAll(DYNAMIC, '');
    this.value += chars;
    this.script += chars;
    for (let i = 0; i < chars.length; i++) this.offsets.push(start);
    this.end = end;
  }

  /** An expansion whose value is known: every character of it points at the expansion. */
  resolved(value: string, start: number, end: number): void {
    this.value += value;
    this.script += value;
    for (let i = 0; i < value.length; i++) this.offsets.push(start);
    this.end = end;
  }

  dynamic(start: number, end: number): void {
    this.value += DYNAMIC;
    for (let i = start; i < end; i++) {
      this.script += this.src[i];
      this.offsets.push(i);
    }
    this.end = end;
  }

  finish(span: Span): ShellWord {
    return { value: this.value, span, script: this.script, scriptOffsets: [...this.offsets, this.end] };
  }
}

/** Reads a word node (a command name or an argument) into the value the program receives. */
export function decodeWord(node: Node, src: string, resolve?: ExpansionResolver): ShellWord {
  const builder = new WordBuilder(src, node.startIndex, resolve);
  decodeInto(node, src, builder);
  return builder.finish({ start: node.startIndex, end: node.endIndex });
}

/**
 * Reads a heredoc body as the text the command receives on stdin: expansions are substituted
 * unless the delimiter was quoted (`<<'EOF'`).
 */
export function decodeHeredoc(body: Node, src: string, expands: boolean, resolve?: ExpansionResolver): ShellWord {
  const b = new WordBuilder(src, body.startIndex, resolve);
  let at = body.startIndex;
  if (expands) {
    for (let i = 0; i < body.namedChildCount; i++) {
      const child = body.namedChild(i)!;
      if (!EXPANSIONS.has(child.type)) continue;
      for (let k = at; k < child.startIndex; k++) b.literal(src[k]!, k, k + 1);
      b.expansion(child);
      at = child.endIndex;
    }
  }
  for (let k = at; k < body.endIndex; k++) b.literal(src[k]!, k, k + 1);
  return b.finish({ start: body.startIndex, end: body.endIndex });
}

function decodeInto(node: Node, src: string, b: WordBuilder): void {
  const { startIndex: start, endIndex: end } = node;
  if (EXPANSIONS.has(node.type)) return b.expansion(node);
  switch (node.type) {
    case 'raw_string':
      for (let i = start + 1; i < closedAt(src, start, end, "'"); i++) b.literal(src[i]!, i, i + 1);
      return;
    case 'string':
      return decodeDoubleQuoted(node, src, b);
    case 'ansi_c_string':
      return decodeAnsiC(src, start + 2, closedAt(src, start, end, "'"), b);
    case 'number':
      return node.namedChildCount ? b.dynamic(start, end) : decodeUnquoted(src, start, end, b);
    case 'translated_string': {
      const quoted = node.namedChild(0);
      return quoted ? decodeInto(quoted, src, b) : decodeUnquoted(src, start, end, b);
    }
    case 'command_name':
    case 'concatenation': {
      let at = start;
      for (let i = 0; i < node.childCount; i++) {
        const child = node.child(i)!;
        decodeUnquoted(src, at, child.startIndex, b);
        decodeInto(child, src, b);
        at = child.endIndex;
      }
      return decodeUnquoted(src, at, end, b);
    }
    default:
      return decodeUnquoted(src, start, end, b);
  }
}

/** Where a quoted node's content ends: before its closing quote, or at its end when an error left it open. */
function closedAt(src: string, start: number, end: number, quote: string): number {
  return end - start >= 2 && src[end - 1] === quote ? end - 1 : end;
}

/** Outside quotes a backslash keeps the next character literally; before a newline it joins lines. */
function decodeUnquoted(src: string, start: number, end: number, b: WordBuilder): void {
  for (let i = start; i < end; i++) {
    const char = src[i]!;
    if (char !== '\\' || i + 1 >= end) {
      b.literal(char, i, i + 1);
    } else if (src[i + 1] === '\n') {
      i++;
    } else {
      b.literal(src[i + 1]!, i, i + 2);
      i++;
    }
  }
}

function decodeDoubleQuoted(node: Node, src: string, b: WordBuilder): void {
  let at = node.startIndex + 1;
  const contentEnd = closedAt(src, node.startIndex, node.endIndex, '"');
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i)!;
    if (!EXPANSIONS.has(child.type)) continue;
    decodeQuotedText(src, at, child.startIndex, b);
    b.expansion(child);
    at = child.endIndex;
  }
  decodeQuotedText(src, at, contentEnd, b);
}

/** Inside double quotes a backslash escapes only `$`, a backtick, `"`, `\` and a newline. */
function decodeQuotedText(src: string, start: number, end: number, b: WordBuilder): void {
  for (let i = start; i < end; i++) {
    const char = src[i]!;
    const next = src[i + 1];
    if (char === '\\' && i + 1 < end && next === '\n') {
      i++;
    } else if (char === '\\' && i + 1 < end && '$`"\\'.includes(next!)) {
      b.literal(next!, i, i + 2);
      i++;
    } else {
      b.literal(char, i, i + 1);
    }
  }
}

function decodeAnsiC(src: string, start: number, end: number, b: WordBuilder): void {
  for (let i = start; i < end; i++) {
    const char = src[i]!;
    if (char !== '\\' || i + 1 >= end) {
      b.literal(char, i, i + 1);
      continue;
    }
    const escape = src[i + 1]!;
    const numeric = numericEscape(src, i + 1, end);
    if (escape in ANSI_C) {
      b.literal(ANSI_C[escape]!, i, i + 2);
      i++;
    } else if (escape === 'c' && i + 2 < end) {
      b.literal(String.fromCharCode(src.charCodeAt(i + 2) & 0x1f), i, i + 3);
      i += 2;
    } else if (numeric) {
      b.literal(String.fromCodePoint(numeric.code), i, numeric.end);
      i = numeric.end - 1;
    } else {
      b.literal('\\' + escape, i, i + 2);
      i++;
    }
  }
}

/** `\nnn` octal, `\xHH`, `\uHHHH`, `\UHHHHHHHH`: the code and where the escape ends. */
function numericEscape(src: string, at: number, end: number): { code: number; end: number } | undefined {
  const forms: [RegExp, number, number][] = [
    [/^[0-7]{1,3}/, 0, 8],
    [/^x[0-9a-fA-F]{1,2}/, 1, 16],
    [/^u[0-9a-fA-F]{1,4}/, 1, 16],
    [/^U[0-9a-fA-F]{1,8}/, 1, 16],
  ];
  const rest = src.slice(at, Math.min(end, at + 9));
  for (const [pattern, prefix, radix] of forms) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const code = parseInt(m[0].slice(prefix), radix);
    if (code > 0x10ffff) return undefined;
    return { code, end: at + m[0].length };
  }
  return undefined;
}
