import type { Span } from '../../core/types.js';
import type { ShellCommand, ShellParse } from './commands.js';
import { DYNAMIC } from './words.js';

/**
 * Reads a Windows batch file (`.bat`, `.cmd`, a `shell: cmd` step, `cmd /c "…"`) into the commands
 * the shell rules judge. A scanner of cmd.exe's own syntax: statements end at a newline, `&`, `&&`,
 * `||` or `|`; `(` and `)` group statements (`if exist x ( … )`); `"…"` quotes; `^` escapes the
 * next character; `%VAR%` and `!VAR!` are values known at run time; `REM` and `::` start comments.
 * `if …` and `for … do` are read for the command they run. Commands with a POSIX twin the rules
 * know are read as that twin: `rd /s /q X` as `rm -rf X`, `del /s /q X` as `rm -rf X`,
 * `format D:` as formatting a device. Offsets are positions in `text`; never throws.
 */
export function parseBatch(text: string): ShellParse {
  return { commands: batchCommandsIn(text, 0, text.length), assignments: [] };
}

/** The commands of the batch text between two offsets (`cmd /c "…"` inside PowerShell), at the text's offsets. */
export function batchCommandsIn(text: string, from: number, to: number): ShellCommand[] {
  const commands: ShellCommand[] = [];
  readStatements(text, from, to, commands, 0);
  return commands.sort((a, b) => a.span.start - b.span.start);
}

interface Word {
  value: string;
  span: Span;
}

const MAX_DEPTH = 8;

function readStatements(t: string, from: number, to: number, out: ShellCommand[], depth: number): void {
  let words: Word[] = [];
  let upstream: string[][] = [];
  const end = (piped: boolean) => {
    const command = words.length ? statement(t, words, upstream, out, depth) : undefined;
    upstream = piped && command ? [command.argv, ...upstream] : [];
    words = [];
  };
  let i = from;
  while (i < to) {
    const c = t[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '@' || c === ',' || c === ';' || c === '=') {
      // `@echo off`; commas, semicolons and `=` separate arguments in cmd.exe (`if a==b`).
      if ((c === '=' || c === ',') && words.length)
        words.push({ value: c === '=' ? '=' : ',', span: { start: i, end: i + 1 } });
      i++;
      continue;
    }
    // `for %%i in (a b) do …`: the set in brackets is the loop's list, not a group of statements.
    if (c === '(' && words[words.length - 1]?.value.toLowerCase() === 'in' && words[0]?.value.toLowerCase() === 'for') {
      const close = t.indexOf(')', i);
      const next = close < 0 || close >= to ? to : close + 1;
      words.push({ value: DYNAMIC, span: { start: i, end: next } });
      i = next;
      continue;
    }
    if (c === '\n' || c === '&' || c === '|' || c === '(' || c === ')') {
      end(c === '|' && t[i + 1] !== '|');
      i += (c === '&' && t[i + 1] === '&') || (c === '|' && t[i + 1] === '|') ? 2 : 1;
      continue;
    }
    if (!words.length && (c === ':' || /^rem(\s|$)/i.test(t.slice(i, i + 4)))) {
      // `:label`, `:: comment`, `REM comment`.
      const nl = t.indexOf('\n', i);
      i = nl < 0 || nl > to ? to : nl;
      continue;
    }
    if (c === '>' || c === '<') {
      // A redirect: its target is not an argument.
      let j = i + 1;
      if (t[j] === '>' || t[j] === '&') j++;
      while (j < to && (t[j] === ' ' || t[j] === '\t')) j++;
      i = wordAt(t, j, to).next;
      continue;
    }
    const word = wordAt(t, i, to);
    words.push(word.word);
    i = Math.max(word.next, i + 1);
  }
  end(false);
}

function wordAt(t: string, i: number, to: number): { word: Word; next: number } {
  let j = i;
  let value = '';
  let quoted = false;
  while (j < to) {
    const d = t[j]!;
    if (d === '"') {
      quoted = !quoted;
      j++;
      continue;
    }
    if (d === '\n' || (!quoted && /[\s&|()<>,;=]/.test(d))) break;
    if (d === '^' && j + 1 < to) {
      value += t[j + 1];
      j += 2;
      continue;
    }
    if (d === '%' || d === '!') {
      // `%VAR%`, `%~dp0`, `%1`, `!VAR!`: known at run time. `%%i` is a `for` variable.
      const m = (d === '%' ? /^%(%?[~\w]+%?|\*|\d)/ : /^![\w]+!/).exec(t.slice(j, to));
      if (m) {
        // `%~dp0` (the script's own folder) stands for a path in the repository.
        value += /^%~d?p0$/i.test(m[0]) ? '' : DYNAMIC;
        j += m[0].length;
        continue;
      }
    }
    value += d;
    j++;
  }
  return { word: { value, span: { start: i, end: j } }, next: j };
}

/** The command a statement runs, `if` and `for` taken off; recorded, and returned for a pipe. */
function statement(
  t: string,
  words: Word[],
  upstream: string[][],
  out: ShellCommand[],
  depth: number,
): ShellCommand | undefined {
  words = words.filter((w) => w.value !== ',');
  for (let guard = 0; guard < 8 && words.length; guard++) {
    const head = words[0]!.value.toLowerCase();
    if (head === 'if') words = afterCondition(words);
    else if (head === 'for') {
      const k = words.findIndex((w) => w.value.toLowerCase() === 'do');
      words = k < 0 ? [] : words.slice(k + 1);
    } else if (head === 'else' || head === 'call' || head === 'do') words = words.slice(1);
    else if (head === 'start') words = startTarget(t, words);
    else break;
  }
  words = words.filter((w) => w.value !== '=');
  if (!words.length) return undefined;
  const span = { start: words[0]!.span.start, end: words[words.length - 1]!.span.end };
  // `cmd /c "…"`: a batch line of its own, read in place.
  const program = programName(words[0]!.value);
  if (program === 'cmd') {
    const k = words.findIndex((w, n) => n > 0 && /^\/[ck]$/i.test(w.value));
    if (k > 0 && words[k + 1] && depth < MAX_DEPTH) {
      const inner = words.slice(k + 1);
      // The quotes are taken off, so the inner words are read from the file's own text.
      const from = inner[0]!.span.start;
      const to = inner[inner.length - 1]!.span.end;
      const sub: ShellCommand[] = [];
      readStatements(unquoted(t, from, to), from, to, sub, depth + 1);
      out.push(...sub);
      return sub[sub.length - 1];
    }
  }
  const argv = translate(words);
  const command: ShellCommand = {
    argv: argv.map((a) => a.value),
    argSpans: argv.map((a) => a.span),
    span,
    envAssignments: [],
    wrappers: [],
    upstream,
    calledThrough: [],
  };
  out.push(command);
  return command;
}

/** The text with the quotes around `cmd /c "…"` blanked, so its statements are read at the file's own offsets. */
function unquoted(t: string, from: number, to: number): string {
  const first = t.indexOf('"', from);
  const last = t.lastIndexOf('"', to - 1);
  if (first === from && last > first)
    return t.slice(0, first) + ' ' + t.slice(first + 1, last) + ' ' + t.slice(last + 1);
  return t;
}

/** `if [/i] [not] exist x cmd`, `if defined X cmd`, `if errorlevel 1 cmd`, `if "%A%"=="b" cmd`. */
function afterCondition(words: Word[]): Word[] {
  let k = 1;
  if (words[k]?.value.toLowerCase() === '/i') k++;
  if (words[k]?.value.toLowerCase() === 'not') k++;
  const test = words[k]?.value.toLowerCase();
  if (test === 'exist' || test === 'defined' || test === 'errorlevel') return words.slice(k + 2);
  // `a==b`, `a EQU b`: the comparison is three words (or `a = = b` split on `=`).
  if (words[k + 1]?.value === '=' && words[k + 2]?.value === '=') return words.slice(k + 4);
  if (/^(equ|neq|lss|leq|gtr|geq|==)$/i.test(words[k + 1]?.value ?? '')) return words.slice(k + 3);
  return words.slice(k + 1);
}

/** `start "" /b /wait prog args`: the program it starts. */
function startTarget(t: string, words: Word[]): Word[] {
  let k = 1;
  // A first quoted word is the window title.
  if (words[k] && t[words[k]!.span.start] === '"') k++;
  while (words[k] && /^\//.test(words[k]!.value)) k += /^\/(d|affinity|node)$/i.test(words[k]!.value) ? 2 : 1;
  return words.slice(k);
}

/** `C:\Tools\psql.exe` -> `psql`. */
function programName(word: string): string {
  return word
    .replace(/\\/g, '/')
    .slice(word.replace(/\\/g, '/').lastIndexOf('/') + 1)
    .replace(/\.(exe|com|bat|cmd)$/i, '')
    .toLowerCase();
}

/** `D:\data\pg` -> `/data/pg`: the drive taken off and forward slashes, as the rules read paths. */
function posixPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^[A-Za-z]:(?=\/|$)/, '');
}

/** The words of a command, cmd.exe built-ins with a POSIX twin read as that twin. */
function translate(words: Word[]): Word[] {
  const head = words[0]!;
  const program = programName(head.value);
  const rest = words.slice(1);
  const switches = new Set(rest.filter((w) => /^\/\w+$/.test(w.value)).map((w) => w.value.toLowerCase()));
  const operands = rest.filter((w) => !/^\/\w+(:\S*)?$/.test(w.value));
  const at = (value: string, span: Span = head.span) => ({ value, span });
  const paths = operands.map((w) => at(posixPath(w.value), w.span));
  if (program === 'rd' || program === 'rmdir') {
    const flags = `-${switches.has('/s') ? 'r' : ''}${switches.has('/q') ? 'f' : ''}`;
    return [at('rm'), ...(flags.length > 1 ? [at(flags)] : []), ...paths];
  }
  if (program === 'del' || program === 'erase') {
    const flags = `-${switches.has('/s') ? 'r' : ''}${switches.has('/q') || switches.has('/f') ? 'f' : ''}`;
    return [at('rm'), ...(flags.length > 1 ? [at(flags)] : []), ...paths];
  }
  if (program === 'format') {
    // `format D: /q /y`: the volume is formatted, every file on it gone.
    const drive = operands.find((w) => /^[A-Za-z]:$/.test(w.value));
    return drive ? [at('mkfs'), at(`/dev/disk/${drive.value.toUpperCase()}`, drive.span)] : [at('format')];
  }
  // The program keeps its folder (`call scripts\seed.bat` runs a file of the repository), `.exe` taken off.
  const path = posixPath(head.value).replace(/\.(exe|com)$/i, '');
  const name = path.slice(0, path.lastIndexOf('/') + 1) + path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return [at(name, head.span), ...rest.map((w) => (/\\/.test(w.value) ? at(posixPath(w.value), w.span) : w))];
}
