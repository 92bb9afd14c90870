import type { Node } from 'web-tree-sitter';
import type { Span } from '../../core/types.js';
import { fromOffsets, mapSpan, type OffsetMap } from '../offset-map.js';
import { parserFor } from '../tree-sitter/loader.js';
import { baseName, unwrap } from './wrappers.js';
import { decodeWord, type ShellWord } from './words.js';

export { DYNAMIC, isDynamic } from './words.js';

export interface EnvAssignment {
  name: string;
  /** Quotes removed; DYNAMIC where an expansion is. */
  value: string;
  span: Span;
}

/** A simple command the shell runs, with its wrappers (`sudo`, `npx`) taken off. */
export interface ShellCommand {
  /** What the program receives: quotes removed, escapes resolved, DYNAMIC where an expansion is. */
  argv: string[];
  /** Where each word of argv is. */
  argSpans: Span[];
  /** The whole simple command, assignments and wrappers included. */
  span: Span;
  /** `NAME=value` before the command or given through `env`/`sudo`, outermost first. */
  envAssignments: EnvAssignment[];
  /** Wrappers taken off, outermost first; a command read from a `bash -c` string lists the shell too. */
  wrappers: string[];
}

export interface ShellParse {
  /** In the order they are written; a command inside another (`$(...)`, `bash -c`) comes after it. */
  commands: ShellCommand[];
  /** Offset of the first syntax error; the commands around it are read as far as the parser could. */
  syntaxError?: number;
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);

/** A `bash -c` string inside a `bash -c` string inside ...; deeper nesting is not read. */
const MAX_DEPTH = 8;

/**
 * Reads the simple commands of a shell snippet: through pipelines, lists, subshells, compound
 * statements, function bodies, command and process substitutions, and `sh -c` strings.
 * Offsets are UTF-16 positions in `text`. Needs loadGrammar('bash'); never throws on bad input.
 */
export function parseShell(text: string): ShellParse {
  return parseAt(text, 0);
}

function parseAt(text: string, depth: number): ShellParse {
  const tree = parserFor('bash').parse(text);
  if (!tree) return { commands: [], syntaxError: 0 };
  try {
    const commands: ShellCommand[] = [];
    let syntaxError: number | undefined;
    // Iterative, because a generated script can nest deeper than the call stack.
    const stack: Node[] = [tree.rootNode];
    while (stack.length) {
      const node = stack.pop()!;
      const error = errorOffset(node);
      if (error !== undefined && (syntaxError === undefined || error < syntaxError)) syntaxError = error;
      if (node.type === 'command') commands.push(...readCommand(node, text, depth));
      for (let i = node.childCount - 1; i >= 0; i--) stack.push(node.child(i)!);
    }
    commands.sort((a, b) => a.span.start - b.span.start);
    return syntaxError === undefined ? { commands } : { commands, syntaxError };
  } finally {
    tree.delete();
  }
}

/**
 * Where a syntax error is: an ERROR node often begins with commands that are fine, so the error
 * is its first token that no construct explains (a stray `if`, an unclosed quote).
 */
function errorOffset(node: Node): number | undefined {
  if (node.isMissing) return node.startIndex;
  if (!node.isError) return undefined;
  let nested = false;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i)!;
    if (!child.isNamed) return child.startIndex;
    nested ||= child.hasError;
  }
  // An error further in is found when the walk reaches it.
  return nested ? undefined : node.startIndex;
}

/** The command, then the commands of a script it runs with `sh -c`. */
function readCommand(node: Node, text: string, depth: number): ShellCommand[] {
  const words: ShellWord[] = [];
  const env: EnvAssignment[] = [];
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i)!;
    const field = node.fieldNameForChild(i);
    if (child.type === 'variable_assignment') env.push(readAssignment(child, text));
    else if (field === 'name' || field === 'argument') words.push(decodeWord(child, text));
  }
  if (!words.length) return [];
  const unwrapped = unwrap(words);
  const command: ShellCommand = {
    argv: unwrapped.words.map((w) => w.value),
    argSpans: unwrapped.words.map((w) => w.span),
    span: { start: node.startIndex, end: node.endIndex },
    envAssignments: [...env, ...unwrapped.env.map(({ name, value, word }) => ({ name, value, span: word.span }))],
    wrappers: unwrapped.wrappers,
  };
  const script = scriptArgument(unwrapped.words);
  if (!script || depth >= MAX_DEPTH) return [command];
  const inner = parseAt(script.script, depth + 1).commands.map((c) =>
    inherit(command, remap(c, fromOffsets(script.scriptOffsets))),
  );
  return [command, ...inner];
}

function readAssignment(node: Node, text: string): EnvAssignment {
  const name = node.childForFieldName('name')?.text ?? '';
  const value = node.childForFieldName('value');
  return {
    name,
    value: value ? decodeWord(value, text).value : '',
    span: { start: node.startIndex, end: node.endIndex },
  };
}

/** The script of `bash -c 'script'` (options may come first, `bash -ec`, `sh -o pipefail -c`). */
function scriptArgument(words: readonly ShellWord[]): ShellWord | undefined {
  const program = baseName(words[0]?.value ?? '');
  if (program === 'npx' || (program === 'npm' && ['exec', 'x'].includes(words[1]?.value ?? ''))) {
    const call = words.findIndex((w) => w.value === '-c' || w.value === '--call');
    return call > 0 ? words[call + 1] : undefined;
  }
  if (!SHELLS.has(program)) return undefined;
  let readsString = false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!.value;
    if (word === '--' || word === '-') continue;
    if (/^([-+][oO]|--rcfile|--init-file)$/.test(word)) {
      i++;
      continue;
    }
    if (/^[-+]/.test(word)) {
      readsString ||= /^-[a-zA-Z]*c/.test(word);
      continue;
    }
    // Without -c the first operand is a script file, which is checked as a file of its own.
    return readsString ? words[i] : undefined;
  }
  return undefined;
}

function remap(command: ShellCommand, map: OffsetMap): ShellCommand {
  return {
    ...command,
    argSpans: command.argSpans.map((s) => mapSpan(map, s)),
    span: mapSpan(map, command.span),
    envAssignments: command.envAssignments.map((e) => ({ ...e, span: mapSpan(map, e.span) })),
  };
}

/** A command inside `sh -c` runs with the environment and privileges of the shell that reads it. */
function inherit(outer: ShellCommand, inner: ShellCommand): ShellCommand {
  return {
    ...inner,
    envAssignments: [...outer.envAssignments, ...inner.envAssignments],
    wrappers: [...outer.wrappers, baseName(outer.argv[0] ?? ''), ...inner.wrappers],
  };
}
