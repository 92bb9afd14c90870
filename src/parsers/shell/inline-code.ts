import { fromOffsets, type OffsetMap } from '../offset-map.js';
import { baseName } from './wrappers.js';
import type { ShellWord } from './words.js';

/**
 * Code given to an interpreter on the command line (`python3 -c "import os; os.system('dropdb x')"`,
 * `node -e "require('child_process').execSync('…')"`, `ruby -e 'system(…)'`, `perl -e`, `php -r`)
 * that shells out: the command lines in its string literals, read as scripts of their own, as the
 * code family reads a file's shell-outs. Literals are read with a scanner of quotes shared by these
 * languages, so no grammar loads for a one-liner: `'a' + 'b'` (and Perl's and PHP's `.`) joins into
 * one string, and literals in a list or an argument list (`['dropdb', 'x']`, `system("dropdb", "x")`)
 * are the words of one command.
 */

/** Interpreters and the option whose value is their code. */
const CODE_OPTIONS: readonly { programs: RegExp; option: RegExp }[] = [
  { programs: /^(python|python[23](\.\d+)?|pypy3?)$/, option: /^-[a-zA-Z]*c$/ },
  { programs: /^(node|nodejs|bun)$/, option: /^(-e|--eval|-p|--print|-pe)$/ },
  { programs: /^deno$/, option: /^eval$/ },
  { programs: /^ruby$/, option: /^-[a-zA-Z0-9]*e$/ },
  { programs: /^perl$/, option: /^-[a-zA-Z0-9]*[eE]$/ },
  { programs: /^php(\d+(\.\d+)?)?$/, option: /^(-r|--run)$/ },
];

/** Calls and operators that run a command line, in any of these languages. */
const SHELLS_OUT =
  /\b(system|exec\w*|spawn\w*|popen\d?|subprocess|check_output|check_call|getoutput|Popen|child_process|shell_exec|passthru|proc_open|qx|Open3|capture[23]e?)\b|`|%x[({[]/;

export interface InlineScript {
  text: string;
  map: OffsetMap;
}

/** The command lines the inline code of an interpreter command runs; empty for any other command. */
export function inlineCodeScripts(words: readonly ShellWord[]): InlineScript[] {
  const row = CODE_OPTIONS.find((r) => r.programs.test(baseName(words[0]?.value ?? '')));
  if (!row) return [];
  const at = words.findIndex((w, i) => i > 0 && row.option.test(w.value));
  const code = at > 0 ? words[at + 1] : undefined;
  if (!code || !SHELLS_OUT.test(code.script)) return [];
  const toSnippet = fromOffsets(code.scriptOffsets);
  return commandLines(code.script).map(({ text, at: offsets }) => ({
    text,
    map: (offset: number) => toSnippet(offsets[Math.min(offset, offsets.length - 1)]!),
  }));
}

interface Literal {
  text: string;
  /** Code offset of each character, plus one past the end. */
  at: number[];
  start: number;
  end: number;
}

/** String literals of the code, quote-aware with backslash escapes; comments are not told apart. */
function literals(code: string): Literal[] {
  const out: Literal[] = [];
  let i = 0;
  while (i < code.length) {
    const quote = code[i]!;
    if (quote !== '"' && quote !== "'" && quote !== '`') {
      i++;
      continue;
    }
    let text = '';
    const at: number[] = [];
    let j = i + 1;
    while (j < code.length && code[j] !== quote) {
      if (code[j] === '\\' && j + 1 < code.length) {
        const next = code[j + 1]!;
        text += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        at.push(j + 1);
        j += 2;
        continue;
      }
      text += code[j];
      at.push(j);
      j++;
    }
    at.push(j);
    out.push({ text, at, start: i, end: j + 1 });
    i = j + 1;
  }
  return out;
}

/**
 * The command lines of the code: literals joined by `+` or `.` are one string; strings side by
 * side in a list or an argument list are the words of one command, each quoted.
 */
function commandLines(code: string): { text: string; at: number[] }[] {
  const found = literals(code);
  const lines: { text: string; at: number[] }[] = [];
  let words: Literal[] = [];
  const flush = () => {
    if (words.length === 1) lines.push({ text: words[0]!.text, at: words[0]!.at });
    else if (words.length > 1) {
      let text = '';
      const at: number[] = [];
      for (const word of words) {
        const quoted = `'${word.text.replace(/'/g, `'\\''`)}' `;
        text += quoted;
        for (let k = 0; k < quoted.length; k++) at.push(word.at[Math.min(Math.max(k - 1, 0), word.at.length - 1)]!);
      }
      at.push(words[words.length - 1]!.end);
      lines.push({ text, at });
    }
    words = [];
  };
  for (const literal of found) {
    const previous = words[words.length - 1];
    const between = previous ? code.slice(previous.end, literal.start) : '';
    if (previous && /^\s*[+.]\s*$/.test(between)) {
      words[words.length - 1] = {
        text: previous.text + literal.text,
        at: [...previous.at.slice(0, -1), ...literal.at],
        start: previous.start,
        end: literal.end,
      };
    } else if (previous && /^[\s,[\]]*$/.test(between) && between.includes(',')) {
      words.push(literal);
    } else {
      flush();
      words.push(literal);
    }
  }
  flush();
  return lines;
}

/** What inline code runs that the change does not spell: decoded text, fetched text, or a command held in a variable. */
export interface HiddenCode {
  how: 'decoded' | 'downloaded' | 'dynamic';
  /** The call that hides it, as written: `b64decode`, `urlopen`, `execSync(process.env.CMD)`. */
  what: string;
}

/** Calls that run code or a command line they are given. */
const RUNS_CODE =
  /\b(exec|eval|compile|Function|runInNewContext|runInThisContext|instance_eval|class_eval|module_eval|system|popen\d?|Popen|check_output|check_call|getoutput|subprocess\.\w+|execSync|spawnSync|spawn|execFile\w*|shell_exec|passthru|proc_open|qx)\b\s*\(|`|%x[({[]|\|\s*(sh|bash)\b/;
/** Calls that decode text: base64, hex, compressed or serialised code. */
const DECODES =
  /\b(b64decode|b32decode|b85decode|a85decode|base64_decode|decode64|decodebytes|unhexlify|fromhex|atob|gzinflate|gzuncompress|str_rot13|decompress|marshal\.loads|pickle\.loads|unpack\s*\(\s*['"][mu]|fromCharCode|chr\s*\(\s*\d)|Buffer\.from\s*\([^)]*,\s*['"](base64|hex)['"]|\.decode\s*\(\s*['"](base64|hex|rot13|zlib)/;
/** Calls that fetch text from elsewhere. */
const FETCHES =
  /\b(urlopen|urlretrieve|requests\.(get|post)|httpx\.(get|post)|http\.get|https\.get|fetch|Net::HTTP|URI\.open|open-uri|file_get_contents\s*\(\s*['"]https?:|curl_exec|LWP::|HTTP::Tiny|get\s*\(\s*['"]https?:)/;
/**
 * A shell-out whose command is not a literal: `os.system(sys.argv[1])`, `execSync(process.env.CMD)`,
 * `system($ENV{CMD})`, `subprocess.run(cmd, shell=True)`.
 */
const SHELLS_OUT_VARIABLE =
  /\b(os\.system|os\.popen|subprocess\.(run|call|Popen|check_output|check_call|getoutput)|execSync|spawnSync|child_process\.exec|cp\.exec|shell_exec|passthru|proc_open|popen|Open3\.\w+|IO\.popen|(?<![.\w])system|(?<![.\w])exec)\s*\(\s*(?!['"`[\]])([$@%]?[A-Za-z_][\w.$]*(\[[^\]]*\]|\{[^}]*\})?)/;

/**
 * Inline code (`python3 -c`, `node -e`, `ruby -e`, `perl -e`, `php -r`) that runs text decoded or
 * fetched in the code itself (`exec(base64.b64decode('…'))`, `eval(Net::HTTP.get(…))`), or
 * shells out to a command held in a variable: what it runs cannot be read from the change.
 */
export function hiddenInlineCode(code: string): HiddenCode | undefined {
  const runs = RUNS_CODE.exec(code);
  if (runs) {
    const decoded = DECODES.exec(code);
    if (decoded) return { how: 'decoded', what: decoded[0].replace(/\s*\($/, '') };
    const fetched = FETCHES.exec(code);
    if (fetched) return { how: 'downloaded', what: fetched[0].replace(/\s*\($/, '') };
  }
  const variable = SHELLS_OUT_VARIABLE.exec(code);
  if (variable) return { how: 'dynamic', what: `${variable[1]}(${variable[3]})` };
  return undefined;
}
