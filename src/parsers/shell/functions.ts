import type { Span } from '../../core/types.js';
import type { ShellCommand } from './commands.js';
import { unwrap } from './wrappers.js';
import { DYNAMIC, type ShellWord } from './words.js';

/** Stands for `"$@"` in a function body until a call fills it: private-use characters no argument holds. */
export const POSITIONAL_ALL = '\uE000';
const POSITIONAL = /\uE001(\d+)\uE002/g;

/** Stands for `$N` in a function body until a call fills it. */
export function positional(n: number): string {
  return `\uE001${n}\uE002`;
}

/** Functions (by the span of their body) and aliases (by their words) a snippet defines. */
export interface Definitions {
  functions: Map<string, Span>;
  aliases: Map<string, string[]>;
}

/** Calls of calls of ...; deeper chains are not followed. */
const MAX_CALL_DEPTH = 8;

/**
 * The commands a call of a function or alias defined in the snippet runs, with `$1`, `"$@"`
 * filled from the call. Each is listed at every call on the way (`recycle payments` calls
 * `k delete namespace "$1"` calls `kubectl "$@"`) and at the body's own command, so a change
 * to either line is seen.
 */
export function expandCalls(commands: readonly ShellCommand[], definitions: Definitions): ShellCommand[] {
  if (!definitions.functions.size && !definitions.aliases.size) return [];
  const bodies = new Map<string, ShellCommand[]>();
  for (const [name, body] of definitions.functions) {
    bodies.set(
      name,
      commands.filter((c) => c.span.start >= body.start && c.span.end <= body.end),
    );
  }
  const expanded: ShellCommand[] = [];
  for (const command of commands) {
    if (!bodies.has(command.argv[0] ?? '') && !definitions.aliases.has(command.argv[0] ?? '')) continue;
    expand(command, command.argv, [command.span], [], bodies, definitions.aliases, expanded);
  }
  return expanded;
}

function expand(
  call: ShellCommand,
  argv: string[],
  spans: Span[],
  through: string[],
  bodies: Map<string, ShellCommand[]>,
  aliases: Map<string, string[]>,
  out: ShellCommand[],
): void {
  const name = argv[0] ?? '';
  if (through.length < MAX_CALL_DEPTH && !through.includes(name)) {
    const alias = aliases.get(name);
    if (alias) return expand(call, [...alias, ...argv.slice(1)], spans, [...through, name], bodies, aliases, out);
    const body = bodies.get(name);
    if (body) {
      for (const inner of body) {
        const filled = rewrap(fill(inner.argv, argv), inner.span);
        const next = { ...inner, argv: filled.argv, wrappers: [...inner.wrappers, ...filled.wrappers] };
        expand(next, next.argv, [...spans, inner.span], [...through, name], bodies, aliases, out);
      }
      return;
    }
  }
  if (!through.length) return;
  const unwrapped = rewrap(argv, call.span);
  for (const span of spans) {
    out.push({
      ...call,
      argv: unwrapped.argv,
      argSpans: unwrapped.argv.map(() => span),
      span,
      wrappers: [...call.wrappers, ...unwrapped.wrappers],
      calledThrough: through,
    });
  }
}

/** `"$@"` becomes the call's arguments, `$N` its Nth (empty when not given, as in the shell). */
export function fill(body: readonly string[], call: readonly string[]): string[] {
  const args = call.slice(1);
  return body.flatMap((word) =>
    word === POSITIONAL_ALL
      ? args
      : [word.replace(POSITIONAL, (_, n: string) => (n === '0' ? call[0]! : (args[Number(n) - 1] ?? '')))],
  );
}

/** A function whose body is `sudo "$@"` runs a command that needs its wrappers taken off again. */
function rewrap(argv: readonly string[], span: Span): { argv: string[]; wrappers: string[] } {
  const words: ShellWord[] = argv.map((value) => ({ value, span, script: value, scriptOffsets: [] }));
  const unwrapped = unwrap(words);
  return { argv: unwrapped.words.map((w) => w.value), wrappers: unwrapped.wrappers };
}

/** Outside a call, `$1` and `"$@"` are whatever the script is run with. */
export function finalize(command: ShellCommand): ShellCommand {
  const plain = (value: string) => value.replaceAll(POSITIONAL_ALL, DYNAMIC).replace(POSITIONAL, DYNAMIC);
  return {
    ...command,
    argv: command.argv.map(plain),
    envAssignments: command.envAssignments.map((e) => ({ ...e, value: plain(e.value) })),
  };
}
