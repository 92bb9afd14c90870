import type { ShellCommand, ShellText } from './commands.js';
import { baseName } from './wrappers.js';
import { DYNAMIC } from './words.js';

type Filter = (text: string) => string | undefined;

/**
 * The text a pipeline hands to a command when the snippet spells it: `echo '...'`, `printf '...'`
 * or a heredoc given to `cat`, passed through filters that only transform it (`rev`,
 * `base64 -d`, `xxd -r -p`). Every character points at the literal it came from.
 * `upstream` is nearest first.
 */
export function pipedText(upstream: readonly ShellCommand[]): ShellText | undefined {
  if (!upstream.length) return undefined;
  const source = upstream[upstream.length - 1]!;
  let produced = producedText(source);
  if (!produced) return undefined;
  for (let i = upstream.length - 2; i >= 0 && produced; i--) {
    const filter = filterOf(upstream[i]!.argv);
    if (!filter) return undefined;
    const text = filter(produced.text);
    produced = text === undefined ? undefined : { text, map: collapse(produced) };
  }
  return produced;
}

/** Decoded text no longer lines up with its literal: every character points at the whole literal. */
function collapse(text: ShellText): ShellText['map'] {
  const start = text.map(0);
  const end = text.map(text.text.length);
  const length = text.text.length;
  return (offset) => (offset < length ? start : end);
}

function producedText(command: ShellCommand): ShellText | undefined {
  const program = baseName(command.argv[0] ?? '');
  if (program === 'cat' && command.argv.length === 1) return command.stdin;
  if (program !== 'echo' && program !== 'printf') return undefined;
  let args = command.argv.slice(1).map((value, i) => ({ value, span: command.argSpans[i + 1]! }));
  if (program === 'echo') while (args[0] && /^-[neE]+$/.test(args[0].value)) args = args.slice(1);
  if (program === 'printf') args = args.slice(0, 1).filter((a) => !a.value.includes('%'));
  if (!args.length || args.some((a) => a.value.includes(DYNAMIC))) return undefined;
  const text = args.map((a) => a.value).join(' ') + (program === 'echo' ? '\n' : '');
  const start = args[0]!.span.start;
  const end = args[args.length - 1]!.span.end;
  return { text, map: (offset) => (offset < text.length ? start : end) };
}

function filterOf(argv: readonly string[]): Filter | undefined {
  const program = baseName(argv[0] ?? '');
  const options = argv.slice(1);
  if (program === 'cat' && !options.length) return (t) => t;
  if (program === 'rev' && !options.length) return reverseLines;
  if (program === 'base64' && options.some((o) => /^(-d|-D|--decode)$/.test(o))) return fromBase64;
  if (program === 'xxd' && options.some((o) => /^-r/.test(o)) && options.some((o) => /^-(r?p|ps|plain)$/.test(o))) {
    return fromHex;
  }
  return undefined;
}

function reverseLines(text: string): string {
  const trailing = text.endsWith('\n');
  const lines = (trailing ? text.slice(0, -1) : text).split('\n');
  return lines.map((l) => [...l].reverse().join('')).join('\n') + (trailing ? '\n' : '');
}

function fromBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64').toString('utf8');
}

function fromHex(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^([0-9a-fA-F]{2})*$/.test(compact)) return undefined;
  return Buffer.from(compact, 'hex').toString('utf8');
}
