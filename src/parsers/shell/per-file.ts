import type { Span } from '../../core/types.js';
import { baseName } from './wrappers.js';
import { DYNAMIC, type ShellWord } from './words.js';

/**
 * Commands that run another command once per file they find: `find ... -exec rm -rf {} +` and
 * `ls /data | xargs rm -rf`. The inner command is read with the files it is handed written in
 * (as `<root>/*`, the files under the root), so the rules judge `rm -rf /var/lib/postgresql/*`
 * instead of `rm -rf {}`.
 */

/** The primaries of find that run a command, which ends at `;` or `+`. */
const EXEC = new Set(['-exec', '-execdir', '-ok', '-okdir']);

/** find's options that come before its roots, and those of them that take a value. */
const FIND_LEADING = /^-[HLP]$|^-O\d*$|^-D$/;

/** The roots find walks: its operands before the first expression. */
export function findRoots(argv: readonly string[]): number[] {
  const roots: number[] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (FIND_LEADING.test(word)) {
      if (word === '-D') i++;
      continue;
    }
    if (word.startsWith('-') || word === '(' || word === '!') break;
    roots.push(i);
  }
  return roots;
}

/**
 * The commands `find` runs through `-exec`/`-execdir`/`-ok`/`-okdir`, with `{}` replaced by the
 * files under its first root. Empty for any other program.
 */
export function findExecCommands(words: readonly ShellWord[]): ShellWord[][] {
  if (baseName(words[0]?.value ?? '') !== 'find') return [];
  const argv = words.map((w) => w.value);
  const root = findRoots(argv).map((i) => words[i]!)[0];
  const out: ShellWord[][] = [];
  for (let i = 1; i < words.length; i++) {
    if (!EXEC.has(words[i]!.value)) continue;
    const inner: ShellWord[] = [];
    let k = i + 1;
    for (; k < words.length && words[k]!.value !== ';' && words[k]!.value !== '+'; k++) inner.push(words[k]!);
    if (inner.length) out.push(inner.map((w) => (w.value.includes('{}') ? filled(w, root) : w)));
    i = k;
  }
  return out;
}

/** `{}` becomes the files under the root (`.` when find names none). */
function filled(word: ShellWord, root: ShellWord | undefined): ShellWord {
  const files = underRoot(root?.value ?? '.');
  return { ...word, value: word.value.replaceAll('{}', files) };
}

function underRoot(root: string): string {
  return root.includes(DYNAMIC) && !root.startsWith('/') ? root : `${root.replace(/\/+$/, '')}/*`;
}

/** What a listing prints, one item a line, for the `xargs` it pipes into: the files under `ls DIR` or `find DIR`, `echo`'s words. */
export function listedItems(argv: readonly string[], argSpans: readonly Span[]): { value: string; span: Span }[] {
  const program = baseName(argv[0] ?? '');
  const at = (i: number, value: string) => ({ value, span: argSpans[i]! });
  if (program === 'find') {
    // `find DIR -maxdepth 1 -type d -name 'x*'` lists what is under DIR; `-print` changes nothing.
    return findRoots(argv).map((i) => at(i, underRoot(argv[i]!)));
  }
  if (program === 'ls' || program === 'du') {
    const operands = argv.flatMap((a, i) => (i > 0 && !a.startsWith('-') ? [i] : []));
    return operands.map((i) => at(i, underRoot(argv[i]!)));
  }
  if (program === 'echo' || program === 'printf') {
    return argv.flatMap((a, i) => (i > 0 && !a.startsWith('-') && !a.includes('%') ? [at(i, a)] : []));
  }
  return [];
}
