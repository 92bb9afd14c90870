import type { OffsetMap } from '../../../../parsers/offset-map.js';
import type { ShellSource } from '../sources.js';
import { MappedText } from './text-builder.js';

/**
 * The program a CI step's script is handed to (GitHub's `shell:`, an Azure task's `scriptType`),
 * and how two-key reads it: POSIX shell, PowerShell, a Windows batch file, or the code of an
 * interpreter (`shell: python`, `shell: node {0}`), which is read as that interpreter's `-c`/`-e`
 * code, so its shell-outs, and text it decodes or fetches and then runs, are judged as for
 * `python3 -c '…'` in a script.
 */
const SHELLS: readonly {
  test: RegExp;
  read: 'posix' | 'powershell' | 'batch' | { program: string; option: string };
}[] = [
  { test: /^(bash|sh|zsh|dash|ksh)$/, read: 'posix' },
  { test: /^(pwsh|powershell|pscore|ps)$/, read: 'powershell' },
  { test: /^(cmd|batch)$/, read: 'batch' },
  { test: /^(python[23]?(\.\d+)?|py)$/, read: { program: 'python3', option: '-c' } },
  { test: /^(node|nodejs)$/, read: { program: 'node', option: '-e' } },
  { test: /^perl$/, read: { program: 'perl', option: '-e' } },
  { test: /^ruby$/, read: { program: 'ruby', option: '-e' } },
];

/** The first word of a `shell:` value (`python {0}`, `/usr/bin/bash -e {0}`), without its folder. */
function shellName(shell: string): string {
  const first = shell.trim().split(/\s+/, 1)[0] ?? '';
  return first
    .slice(first.lastIndexOf('/') + 1)
    .replace(/\.exe$/i, '')
    .toLowerCase();
}

/** Whether two-key reads a step run by this shell. */
export function readsStepShell(shell: string): boolean {
  const name = shellName(shell);
  return SHELLS.some((s) => s.test.test(name));
}

/**
 * A step's script as a source of the shell family, by the shell that runs it; undefined for a
 * shell two-key does not read. `end` is the file offset just past the script.
 */
export function stepSource(
  shell: string,
  script: { value: string; map: OffsetMap },
  end: number,
  rest: Omit<ShellSource, 'text' | 'toFile' | 'language'>,
): ShellSource | undefined {
  const name = shellName(shell);
  const read = SHELLS.find((s) => s.test.test(name))?.read;
  if (!read) return undefined;
  if (read === 'posix') return { ...rest, text: script.value, toFile: script.map };
  if (read === 'powershell' || read === 'batch')
    return { ...rest, language: read, text: script.value, toFile: script.map };
  // The code as the single-quoted argument of its interpreter's code option, each character at its place in the file.
  const out = new MappedText();
  const start = script.map(0);
  out.insert(`${read.program} ${read.option} '`, start);
  for (let i = 0; i < script.value.length; i++) {
    const c = script.value[i]!;
    out.insert(c === "'" ? `'\\''` : c, script.map(i));
  }
  out.insert("'", end);
  return { ...rest, text: out.text, toFile: out.map(end) };
}
