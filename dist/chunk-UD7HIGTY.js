import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  REMOTE_WRAPPERS,
  baseName,
  unwrap
} from "./chunk-FJFFMLKF.js";
import {
  parserFor
} from "./chunk-BG6M7MHB.js";
import {
  fromOffsets,
  mapSpan
} from "./chunk-GBH2K4QU.js";

// src/parsers/shell/words.ts
var DYNAMIC = "\0";
function isDynamic(value) {
  return value.includes(DYNAMIC);
}
var EXPANSIONS = /* @__PURE__ */ new Set([
  "simple_expansion",
  "expansion",
  "command_substitution",
  "process_substitution",
  "arithmetic_expansion",
  "brace_expression"
]);
var ANSI_C = {
  a: "\x07",
  b: "\b",
  e: "\x1B",
  E: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?"
};
var WordBuilder = class {
  constructor(src, start, resolve) {
    this.src = src;
    this.resolve = resolve;
    this.end = start;
  }
  src;
  resolve;
  value = "";
  script = "";
  offsets = [];
  end;
  expansion(node) {
    const value = this.resolve?.(node);
    if (value === void 0) this.dynamic(node.startIndex, node.endIndex);
    else this.resolved(value, node.startIndex, node.endIndex);
  }
  /** A character of the value that the source spells from `start` to `end` (one character, or an escape). */
  literal(text, start, end) {
    const chars = text.replaceAll(DYNAMIC, "");
    this.value += chars;
    this.script += chars;
    for (let i = 0; i < chars.length; i++) this.offsets.push(start);
    this.end = end;
  }
  /** An expansion whose value is known: every character of it points at the expansion. */
  resolved(value, start, end) {
    this.value += value;
    this.script += value;
    for (let i = 0; i < value.length; i++) this.offsets.push(start);
    this.end = end;
  }
  dynamic(start, end) {
    this.value += DYNAMIC;
    for (let i = start; i < end; i++) {
      this.script += this.src[i];
      this.offsets.push(i);
    }
    this.end = end;
  }
  finish(span) {
    return { value: this.value, span, script: this.script, scriptOffsets: [...this.offsets, this.end] };
  }
};
function decodeWord(node, src, resolve) {
  const builder = new WordBuilder(src, node.startIndex, resolve);
  decodeInto(node, src, builder);
  return builder.finish({ start: node.startIndex, end: node.endIndex });
}
function decodeHeredoc(body, src, expands, resolve) {
  const b = new WordBuilder(src, body.startIndex, resolve);
  let at = body.startIndex;
  if (expands) {
    for (let i = 0; i < body.namedChildCount; i++) {
      const child = body.namedChild(i);
      if (!EXPANSIONS.has(child.type)) continue;
      for (let k = at; k < child.startIndex; k++) b.literal(src[k], k, k + 1);
      b.expansion(child);
      at = child.endIndex;
    }
  }
  for (let k = at; k < body.endIndex; k++) b.literal(src[k], k, k + 1);
  return b.finish({ start: body.startIndex, end: body.endIndex });
}
function decodeInto(node, src, b) {
  const { startIndex: start, endIndex: end } = node;
  if (EXPANSIONS.has(node.type)) return b.expansion(node);
  switch (node.type) {
    case "raw_string":
      for (let i = start + 1; i < closedAt(src, start, end, "'"); i++) b.literal(src[i], i, i + 1);
      return;
    case "string":
      return decodeDoubleQuoted(node, src, b);
    case "ansi_c_string":
      return decodeAnsiC(src, start + 2, closedAt(src, start, end, "'"), b);
    case "number":
      return node.namedChildCount ? b.dynamic(start, end) : decodeUnquoted(src, start, end, b);
    case "translated_string": {
      const quoted = node.namedChild(0);
      return quoted ? decodeInto(quoted, src, b) : decodeUnquoted(src, start, end, b);
    }
    case "command_name":
    case "concatenation": {
      let at = start;
      for (let i = 0; i < node.childCount; i++) {
        const child = node.child(i);
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
function closedAt(src, start, end, quote) {
  return end - start >= 2 && src[end - 1] === quote ? end - 1 : end;
}
function decodeUnquoted(src, start, end, b) {
  for (let i = start; i < end; i++) {
    const char = src[i];
    if (char !== "\\" || i + 1 >= end) {
      b.literal(char, i, i + 1);
    } else if (src[i + 1] === "\n") {
      i++;
    } else {
      b.literal(src[i + 1], i, i + 2);
      i++;
    }
  }
}
function decodeDoubleQuoted(node, src, b) {
  let at = node.startIndex + 1;
  const contentEnd = closedAt(src, node.startIndex, node.endIndex, '"');
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (!EXPANSIONS.has(child.type)) continue;
    decodeQuotedText(src, at, child.startIndex, b);
    b.expansion(child);
    at = child.endIndex;
  }
  decodeQuotedText(src, at, contentEnd, b);
}
function decodeQuotedText(src, start, end, b) {
  for (let i = start; i < end; i++) {
    const char = src[i];
    const next = src[i + 1];
    if (char === "\\" && i + 1 < end && next === "\n") {
      i++;
    } else if (char === "\\" && i + 1 < end && '$`"\\'.includes(next)) {
      b.literal(next, i, i + 2);
      i++;
    } else {
      b.literal(char, i, i + 1);
    }
  }
}
function decodeAnsiC(src, start, end, b) {
  for (let i = start; i < end; i++) {
    const char = src[i];
    if (char !== "\\" || i + 1 >= end) {
      b.literal(char, i, i + 1);
      continue;
    }
    const escape = src[i + 1];
    const numeric = numericEscape(src, i + 1, end);
    if (escape in ANSI_C) {
      b.literal(ANSI_C[escape], i, i + 2);
      i++;
    } else if (escape === "c" && i + 2 < end) {
      b.literal(String.fromCharCode(src.charCodeAt(i + 2) & 31), i, i + 3);
      i += 2;
    } else if (numeric) {
      b.literal(String.fromCodePoint(numeric.code), i, numeric.end);
      i = numeric.end - 1;
    } else {
      b.literal("\\" + escape, i, i + 2);
      i++;
    }
  }
}
function numericEscape(src, at, end) {
  const forms = [
    [/^[0-7]{1,3}/, 0, 8],
    [/^x[0-9a-fA-F]{1,2}/, 1, 16],
    [/^u[0-9a-fA-F]{1,4}/, 1, 16],
    [/^U[0-9a-fA-F]{1,8}/, 1, 16]
  ];
  const rest = src.slice(at, Math.min(end, at + 9));
  for (const [pattern, prefix, radix] of forms) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const code = parseInt(m[0].slice(prefix), radix);
    if (code > 1114111) return void 0;
    return { code, end: at + m[0].length };
  }
  return void 0;
}

// src/parsers/shell/batch.ts
function parseBatch(text) {
  return { commands: batchCommandsIn(text, 0, text.length), assignments: [] };
}
function batchCommandsIn(text, from, to) {
  const commands = [];
  readStatements(text, from, to, commands, 0);
  return commands.sort((a, b) => a.span.start - b.span.start);
}
var MAX_DEPTH = 8;
function readStatements(t, from, to, out, depth) {
  let words = [];
  let upstream = [];
  const end = (piped) => {
    const command = words.length ? statement(t, words, upstream, out, depth) : void 0;
    upstream = piped && command ? [command.argv, ...upstream] : [];
    words = [];
  };
  let i = from;
  while (i < to) {
    const c = t[i];
    if (c === " " || c === "	" || c === "\r" || c === "@" || c === "," || c === ";" || c === "=") {
      if ((c === "=" || c === ",") && words.length)
        words.push({ value: c === "=" ? "=" : ",", span: { start: i, end: i + 1 } });
      i++;
      continue;
    }
    if (c === "(" && words[words.length - 1]?.value.toLowerCase() === "in" && words[0]?.value.toLowerCase() === "for") {
      const close = t.indexOf(")", i);
      const next = close < 0 || close >= to ? to : close + 1;
      words.push({ value: DYNAMIC, span: { start: i, end: next } });
      i = next;
      continue;
    }
    if (c === "\n" || c === "&" || c === "|" || c === "(" || c === ")") {
      end(c === "|" && t[i + 1] !== "|");
      i += c === "&" && t[i + 1] === "&" || c === "|" && t[i + 1] === "|" ? 2 : 1;
      continue;
    }
    if (!words.length && (c === ":" || /^rem(\s|$)/i.test(t.slice(i, i + 4)))) {
      const nl = t.indexOf("\n", i);
      i = nl < 0 || nl > to ? to : nl;
      continue;
    }
    if (c === ">" || c === "<") {
      let j = i + 1;
      if (t[j] === ">" || t[j] === "&") j++;
      while (j < to && (t[j] === " " || t[j] === "	")) j++;
      i = wordAt(t, j, to).next;
      continue;
    }
    const word = wordAt(t, i, to);
    words.push(word.word);
    i = Math.max(word.next, i + 1);
  }
  end(false);
}
function wordAt(t, i, to) {
  let j = i;
  let value = "";
  let quoted = false;
  while (j < to) {
    const d = t[j];
    if (d === '"') {
      quoted = !quoted;
      j++;
      continue;
    }
    if (d === "\n" || !quoted && /[\s&|()<>,;=]/.test(d)) break;
    if (d === "^" && j + 1 < to) {
      value += t[j + 1];
      j += 2;
      continue;
    }
    if (d === "%" || d === "!") {
      const m = (d === "%" ? /^%(%?[~\w]+%?|\*|\d)/ : /^![\w]+!/).exec(t.slice(j, to));
      if (m) {
        value += /^%~d?p0$/i.test(m[0]) ? "" : DYNAMIC;
        j += m[0].length;
        continue;
      }
    }
    value += d;
    j++;
  }
  return { word: { value, span: { start: i, end: j } }, next: j };
}
function statement(t, words, upstream, out, depth) {
  words = words.filter((w) => w.value !== ",");
  for (let guard = 0; guard < 8 && words.length; guard++) {
    const head = words[0].value.toLowerCase();
    if (head === "if") words = afterCondition(words);
    else if (head === "for") {
      const k = words.findIndex((w) => w.value.toLowerCase() === "do");
      words = k < 0 ? [] : words.slice(k + 1);
    } else if (head === "else" || head === "call" || head === "do") words = words.slice(1);
    else if (head === "start") words = startTarget(t, words);
    else break;
  }
  words = words.filter((w) => w.value !== "=");
  if (!words.length) return void 0;
  const span = { start: words[0].span.start, end: words[words.length - 1].span.end };
  const program = programName(words[0].value);
  if (program === "cmd") {
    const k = words.findIndex((w, n) => n > 0 && /^\/[ck]$/i.test(w.value));
    if (k > 0 && words[k + 1] && depth < MAX_DEPTH) {
      const inner = words.slice(k + 1);
      const from = inner[0].span.start;
      const to = inner[inner.length - 1].span.end;
      const sub = [];
      readStatements(unquoted(t, from, to), from, to, sub, depth + 1);
      out.push(...sub);
      return sub[sub.length - 1];
    }
  }
  const argv = translate(words);
  const command = {
    argv: argv.map((a) => a.value),
    argSpans: argv.map((a) => a.span),
    span,
    envAssignments: [],
    wrappers: [],
    upstream,
    calledThrough: []
  };
  out.push(command);
  return command;
}
function unquoted(t, from, to) {
  const first = t.indexOf('"', from);
  const last = t.lastIndexOf('"', to - 1);
  if (first === from && last > first)
    return t.slice(0, first) + " " + t.slice(first + 1, last) + " " + t.slice(last + 1);
  return t;
}
function afterCondition(words) {
  let k = 1;
  if (words[k]?.value.toLowerCase() === "/i") k++;
  if (words[k]?.value.toLowerCase() === "not") k++;
  const test = words[k]?.value.toLowerCase();
  if (test === "exist" || test === "defined" || test === "errorlevel") return words.slice(k + 2);
  if (words[k + 1]?.value === "=" && words[k + 2]?.value === "=") return words.slice(k + 4);
  if (/^(equ|neq|lss|leq|gtr|geq|==)$/i.test(words[k + 1]?.value ?? "")) return words.slice(k + 3);
  return words.slice(k + 1);
}
function startTarget(t, words) {
  let k = 1;
  if (words[k] && t[words[k].span.start] === '"') k++;
  while (words[k] && /^\//.test(words[k].value)) k += /^\/(d|affinity|node)$/i.test(words[k].value) ? 2 : 1;
  return words.slice(k);
}
function programName(word) {
  return word.replace(/\\/g, "/").slice(word.replace(/\\/g, "/").lastIndexOf("/") + 1).replace(/\.(exe|com|bat|cmd)$/i, "").toLowerCase();
}
function posixPath(path) {
  return path.replace(/\\/g, "/").replace(/^[A-Za-z]:(?=\/|$)/, "");
}
function translate(words) {
  const head = words[0];
  const program = programName(head.value);
  const rest = words.slice(1);
  const switches = new Set(rest.filter((w) => /^\/\w+$/.test(w.value)).map((w) => w.value.toLowerCase()));
  const operands = rest.filter((w) => !/^\/\w+(:\S*)?$/.test(w.value));
  const at = (value, span = head.span) => ({ value, span });
  const paths = operands.map((w) => at(posixPath(w.value), w.span));
  if (program === "rd" || program === "rmdir") {
    const flags = `-${switches.has("/s") ? "r" : ""}${switches.has("/q") ? "f" : ""}`;
    return [at("rm"), ...flags.length > 1 ? [at(flags)] : [], ...paths];
  }
  if (program === "del" || program === "erase") {
    const flags = `-${switches.has("/s") ? "r" : ""}${switches.has("/q") || switches.has("/f") ? "f" : ""}`;
    return [at("rm"), ...flags.length > 1 ? [at(flags)] : [], ...paths];
  }
  if (program === "format") {
    const drive = operands.find((w) => /^[A-Za-z]:$/.test(w.value));
    return drive ? [at("mkfs"), at(`/dev/disk/${drive.value.toUpperCase()}`, drive.span)] : [at("format")];
  }
  const path = posixPath(head.value).replace(/\.(exe|com)$/i, "");
  const name = path.slice(0, path.lastIndexOf("/") + 1) + path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  return [at(name, head.span), ...rest.map((w) => /\\/.test(w.value) ? at(posixPath(w.value), w.span) : w)];
}

// src/parsers/shell/powershell.ts
function parsePowerShell(text) {
  const commands = [];
  new Reader(text, commands).statements(0, text.length, 0);
  return { commands: commands.sort((a, b) => a.span.start - b.span.start), assignments: [] };
}
var MAX_DEPTH2 = 16;
var Reader = class {
  constructor(text, out) {
    this.text = text;
    this.out = out;
  }
  text;
  out;
  /** Reads the statements between two offsets; nested groups are read at depth + 1. */
  statements(from, to, depth) {
    const t = this.text;
    let words = [];
    let start = from;
    let upstream = [];
    const end = (at, piped) => {
      const last = words[words.length - 1];
      const command = last ? this.command(words, { start, end: Math.min(at, last.span.end) }, upstream) : void 0;
      upstream = piped && command ? [command.argv, ...upstream] : [];
      words = [];
    };
    let i = from;
    while (i < to) {
      const c = t[i];
      if (c === "`" && (t[i + 1] === "\n" || t[i + 1] === "\r" && t[i + 2] === "\n")) {
        i += t[i + 1] === "\r" ? 3 : 2;
        continue;
      }
      if (c === " " || c === "	" || c === "\r") {
        i++;
        continue;
      }
      if (c === "\n" || c === ";" || c === "|" || c === "&" && t[i + 1] === "&") {
        end(i, c === "|" && t[i + 1] !== "|");
        i += c === "|" && t[i + 1] === "|" || c === "&" && t[i + 1] === "&" ? 2 : 1;
        continue;
      }
      if (c === "#") {
        i = lineEnd(t, i, to);
        continue;
      }
      if (c === "<" && t[i + 1] === "#") {
        const close = t.indexOf("#>", i + 2);
        i = close < 0 || close >= to ? to : close + 2;
        continue;
      }
      if (!words.length) start = i;
      const word = this.word(i, to, depth);
      words.push(word.word);
      i = Math.max(word.next, i + 1);
    }
    end(to, false);
  }
  /** One word starting at `i`: a string, a group, or a bare word (which may run into a group: `[x]::Create(...)`). */
  word(i, to, depth) {
    const t = this.text;
    const c = t[i];
    if (c === "'" || c === "@" && t[i + 1] === "'") {
      const here = c === "@";
      const close = here ? t.indexOf("\n'@", i + 2) : singleQuoteEnd(t, i + 1, to);
      const stop = close < 0 || close >= to ? to : close;
      const value2 = here ? t.slice(t.indexOf("\n", i) + 1, stop) : t.slice(i + 1, stop).replace(/''/g, "'");
      const next = here ? stop + 3 : stop + 1;
      return { word: { value: value2, span: { start: i, end: Math.min(next, to) }, bare: false }, next };
    }
    if (c === '"' || c === "@" && t[i + 1] === '"') {
      const here = c === "@";
      const bodyStart = here ? t.indexOf("\n", i) + 1 : i + 1;
      const close = here ? t.indexOf('\n"@', bodyStart) : doubleQuoteEnd(t, bodyStart, to);
      const stop = close < 0 || close >= to ? to : close;
      const value2 = this.expandable(bodyStart, stop, depth);
      const next = here ? stop + 3 : stop + 1;
      return { word: { value: value2, span: { start: i, end: Math.min(next, to) }, bare: false }, next };
    }
    let j = i;
    let value = "";
    let computed = false;
    let fetches;
    while (j < to) {
      const d = t[j];
      if (/[\s;|]/.test(d) || d === "&" && t[j + 1] === "&" || d === "#" && j === i) break;
      if (d === "(" || d === "{" || d === "$" && t[j + 1] === "(" || d === "@" && t[j + 1] === "(") {
        const open = d === "$" || d === "@" ? j + 1 : j;
        const close = matching(t, open, to);
        if (depth < MAX_DEPTH2) this.statements(open + 1, close, depth + 1);
        const method = /\.(DownloadString|DownloadFile|DownloadData)$/i.exec(value)?.[1];
        if (method) fetches = this.fetchCall(method, open + 1, close);
        computed = true;
        j = close + 1;
        continue;
      }
      if (d === "[") {
        const close = t.indexOf("]", j);
        value += t.slice(j, close < 0 || close >= to ? to : close + 1);
        j = close < 0 || close >= to ? to : close + 1;
        continue;
      }
      if (d === "$") computed = true;
      if (d === "'" || d === '"') break;
      value += d;
      j++;
    }
    const span = { start: i, end: j };
    const word = { value: computed ? DYNAMIC : value, span, bare: !computed };
    return { word: fetches === void 0 ? word : { ...word, fetches }, next: j };
  }
  /** A double-quoted string's value: `$x` and `$(...)` are run-time values; `$(...)` holds statements. */
  expandable(from, to, depth) {
    const t = this.text;
    let value = "";
    for (let i = from; i < to; i++) {
      const c = t[i];
      if (c === "`" && i + 1 < to) {
        const n = t[++i];
        value += n === "n" ? "\n" : n === "t" ? "	" : n === "0" ? "" : n;
      } else if (c === '"' && t[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === "$" && t[i + 1] === "(") {
        const close = matching(t, i + 1, to);
        if (depth < MAX_DEPTH2) this.statements(i + 2, close, depth + 1);
        value += DYNAMIC;
        i = close;
      } else if (c === "$" && /[\w{:]/.test(t[i + 1] ?? "")) {
        value += DYNAMIC;
        i++;
        if (t[i] === "{") i = Math.max(i, t.indexOf("}", i));
        else while (i + 1 < to && /[\w:]/.test(t[i + 1])) i++;
      } else value += c;
    }
    return value;
  }
  /** `(New-Object Net.WebClient).DownloadString('https://…')` read as a download of its URL. */
  fetchCall(method, from, to) {
    const url = /['"]([^'"]+)['"]/.exec(this.text.slice(from, to))?.[1] ?? DYNAMIC;
    const span = { start: from, end: to };
    this.out.push(base(["invoke-webrequest", url, `-${method}`], [span, span, span], span, []));
    return url;
  }
  command(words, span, upstream) {
    if (words[0].value === DYNAMIC && words[1]?.value === "=") words = words.slice(2);
    if (words[0]?.value === "=") words = words.slice(1);
    if (!words.length) return void 0;
    if ((words[0].value === "&" || words[0].value === ".") && words.length > 1) {
      const target = words[1];
      if (target.value === DYNAMIC) {
        const command2 = base(["iex", DYNAMIC], [words[0].span, target.span], span, upstream);
        this.out.push(command2);
        return command2;
      }
      words = words[0].value === "." ? [{ ...words[0], value: "source" }, ...words.slice(1)] : words.slice(1);
    }
    if (words[0].fetches !== void 0) {
      const command2 = base(["invoke-webrequest", words[0].fetches], [words[0].span, words[0].span], span, upstream);
      this.out.push(command2);
      return command2;
    }
    if (words[0].bare && /^(pwsh|powershell)(\.exe)?$/i.test(words[0].value)) {
      const at = words.findIndex((w, k) => k > 0 && w.bare && /^-(c|command)$/i.test(w.value));
      const script = at > 0 ? words[at + 1] : void 0;
      if (script && !script.bare && script.span.end - script.span.start >= 2) {
        this.statements(script.span.start + 1, script.span.end - 1, MAX_DEPTH2 - 1);
      }
    }
    if (words[0].bare && /^cmd(\.exe)?$/i.test(words[0].value)) {
      const k = words.findIndex((w, n) => n > 0 && w.bare && /^\/[ck]$/i.test(w.value));
      const rest = k > 0 ? words.slice(k + 1) : [];
      if (rest.length) {
        const quoted = rest.length === 1 && !rest[0].bare;
        const from = rest[0].span.start + (quoted ? 1 : 0);
        const to = rest[rest.length - 1].span.end - (quoted ? 1 : 0);
        const inner = batchCommandsIn(this.text, from, to).map((c) => ({
          ...c,
          upstream: c.upstream.length ? c.upstream : upstream
        }));
        this.out.push(...inner);
        if (inner.length) return inner[inner.length - 1];
      }
    }
    if (words[0].bare && /^(start-process|start|saps)$/i.test(words[0].value)) {
      const started = startedProcess(words, span, upstream);
      if (started) {
        this.out.push(...started);
        return started[started.length - 1];
      }
    }
    const argv = translate2(words);
    const command = base(
      argv.map((a) => a.value),
      argv.map((a) => a.span),
      span,
      upstream
    );
    this.out.push(command);
    return command;
  }
};
function startedProcess(words, span, upstream) {
  const p = parameters(words.filter((w) => w.value !== ","));
  const file = valueOf(p, "filepath", 1) ?? p.positional[0];
  if (!file) return void 0;
  const list = valueOf(p, "argumentlist", 1) ?? p.positional[1];
  const listWords = [];
  for (let k = list ? words.indexOf(list) : -1; k >= 0 && k < words.length; k += 2) {
    listWords.push(words[k]);
    if (words[k + 1]?.value !== ",") break;
  }
  const args = listWords.flatMap((w) => w.bare ? [w.value] : splitCommandLine(w.value));
  const at = list?.span ?? file.span;
  const program = posixPath2(file.value).slice(posixPath2(file.value).lastIndexOf("/") + 1).replace(/\.exe$/i, "");
  if (/^(pwsh|powershell)$/i.test(program)) {
    const k = args.findIndex((a) => /^-(c|command)$/i.test(a));
    if (k < 0) return void 0;
    return parsePowerShell(args.slice(k + 1).join(" ")).commands.map((c) => ({
      ...c,
      argSpans: c.argSpans.map(() => at),
      span,
      upstream
    }));
  }
  if (/^cmd$/i.test(program)) {
    const k = args.findIndex((a) => /^\/[ck]$/i.test(a));
    if (k < 0) return void 0;
    const line = args.slice(k + 1).join(" ");
    return batchCommandsIn(line, 0, line.length).map((c) => ({
      ...c,
      argSpans: c.argSpans.map(() => at),
      span,
      upstream
    }));
  }
  const argv = [program.toLowerCase(), ...args];
  return [
    base(
      argv,
      argv.map((_, k) => k === 0 ? file.span : at),
      span,
      upstream
    )
  ];
}
function splitCommandLine(line) {
  const out = [];
  let word = "";
  let quoted = false;
  let any = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "\\" && line[i + 1] === '"') {
      word += '"';
      i++;
      any = true;
    } else if (c === '"') {
      quoted = !quoted;
      any = true;
    } else if (/\s/.test(c) && !quoted) {
      if (any) out.push(word);
      word = "";
      any = false;
    } else {
      word += c;
      any = true;
    }
  }
  if (any) out.push(word);
  return out;
}
function base(argv, argSpans, span, upstream) {
  return { argv, argSpans, span, envAssignments: [], wrappers: [], upstream, calledThrough: [] };
}
function lineEnd(t, i, to) {
  const nl = t.indexOf("\n", i);
  return nl < 0 || nl > to ? to : nl;
}
function singleQuoteEnd(t, i, to) {
  for (let j = i; j < to; j++) {
    if (t[j] !== "'") continue;
    if (t[j + 1] === "'") {
      j++;
      continue;
    }
    return j;
  }
  return to;
}
function doubleQuoteEnd(t, i, to) {
  for (let j = i; j < to; j++) {
    if (t[j] === "`") {
      j++;
      continue;
    }
    if (t[j] === "$" && t[j + 1] === "(") {
      j = matching(t, j + 1, to);
      continue;
    }
    if (t[j] !== '"') continue;
    if (t[j + 1] === '"') {
      j++;
      continue;
    }
    return j;
  }
  return to;
}
function matching(t, open, to) {
  const close = t[open] === "{" ? "}" : ")";
  const opener = t[open];
  let depth = 0;
  for (let j = open; j < to; j++) {
    const c = t[j];
    if (c === "'") j = singleQuoteEnd(t, j + 1, to);
    else if (c === '"') j = doubleQuoteEnd(t, j + 1, to);
    else if (c === "#" && (j === 0 || /\s/.test(t[j - 1]))) j = lineEnd(t, j, to) - 1;
    else if (c === opener || c === "(" && opener === "{" || c === "{" && opener === "(") depth++;
    else if (c === close || c === ")" && opener === "{" || c === "}" && opener === "(") {
      depth--;
      if (depth === 0) return j;
    }
  }
  return to - 1;
}
var SWITCHES = [
  "recurse",
  "force",
  "confirm",
  "whatif",
  "asjob",
  "passthru",
  "skipfinalsnapshot",
  "deletebucketcontent",
  "verbose",
  "usebasicparsing",
  "wait",
  "nonewwindow"
];
var VALUED = [
  "path",
  "literalpath",
  "name",
  "resourcegroupname",
  "servername",
  "databasename",
  "serverinstance",
  "database",
  "query",
  "inputfile",
  "uri",
  "outfile",
  "dbinstanceidentifier",
  "dbclusteridentifier",
  "tablename",
  "bucketname",
  "filter",
  "include",
  "exclude",
  "erroraction",
  "filepath",
  "argumentlist",
  "computername",
  "scriptblock"
];
function isSwitch(name) {
  return SWITCHES.some((s) => s.startsWith(name)) && !VALUED.some((v) => v.startsWith(name));
}
function parameters(words) {
  const named = /* @__PURE__ */ new Map();
  const positional2 = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    const m = w.bare ? /^-([A-Za-z][\w]*)(?::(.*))?$/.exec(w.value) : null;
    if (!m) {
      positional2.push(w);
      continue;
    }
    const name = m[1].toLowerCase();
    if (m[2] !== void 0) named.set(name, { ...w, value: m[2] });
    else if (isSwitch(name) || i + 1 >= words.length || words[i + 1].bare && /^-[A-Za-z]/.test(words[i + 1].value))
      named.set(name, true);
    else named.set(name, words[++i]);
  }
  return { named, positional: positional2 };
}
function param(p, full, shortest = 1) {
  for (const [name, value] of p.named) if (name.length >= shortest && full.startsWith(name)) return value;
  return void 0;
}
function valueOf(p, full, shortest = 1) {
  const v = param(p, full, shortest);
  return v === true ? void 0 : v;
}
function posixPath2(path) {
  return path.replace(/\\/g, "/").replace(/^[A-Za-z]:(?=\/)/, "");
}
var CLOUD_CMDLETS = {
  "remove-azresourcegroup": { argv: ["az", "group", "delete"], names: [["name", "--name"]] },
  "remove-azsqldatabase": {
    argv: ["az", "sql", "db", "delete"],
    names: [
      ["databasename", "--name"],
      ["servername", "--server"]
    ]
  },
  "remove-azsqlserver": { argv: ["az", "sql", "server", "delete"], names: [["servername", "--name"]] },
  "remove-azstorageaccount": { argv: ["az", "storage", "account", "delete"], names: [["name", "--name"]] },
  "remove-azstoragecontainer": { argv: ["az", "storage", "container", "delete"], names: [["name", "--name"]] },
  "remove-azstorageshare": { argv: ["az", "storage", "share", "delete"], names: [["name", "--name"]] },
  "remove-azstoragetable": { argv: ["az", "storage", "table", "delete"], names: [["name", "--name"]] },
  "remove-azcosmosdbaccount": { argv: ["az", "cosmosdb", "delete"], names: [["name", "--name"]] },
  "remove-azcosmosdbsqldatabase": {
    argv: ["az", "cosmosdb", "sql", "database", "delete"],
    names: [["name", "--name"]]
  },
  "remove-azcosmosdbsqlcontainer": {
    argv: ["az", "cosmosdb", "sql", "container", "delete"],
    names: [["name", "--name"]]
  },
  "remove-azpostgresqlflexibleserver": {
    argv: ["az", "postgres", "flexible-server", "delete"],
    names: [["name", "--name"]]
  },
  "remove-azpostgresqlserver": { argv: ["az", "postgres", "server", "delete"], names: [["name", "--name"]] },
  "remove-azmysqlflexibleserver": { argv: ["az", "mysql", "flexible-server", "delete"], names: [["name", "--name"]] },
  "remove-azmysqlserver": { argv: ["az", "mysql", "server", "delete"], names: [["name", "--name"]] },
  "remove-azrediscache": { argv: ["az", "redis", "delete"], names: [["name", "--name"]] },
  "remove-azdisk": { argv: ["az", "disk", "delete"], names: [["diskname", "--name"]] },
  "remove-azaks": { argv: ["az", "aks", "delete"], names: [["name", "--name"]] },
  "remove-azsqlinstance": { argv: ["az", "sql", "mi", "delete"], names: [["name", "--name"]] },
  "remove-azsqlinstancedatabase": { argv: ["az", "sql", "midb", "delete"], names: [["name", "--name"]] },
  "remove-rdsdbinstance": {
    argv: ["aws", "rds", "delete-db-instance"],
    names: [["dbinstanceidentifier", "--db-instance-identifier"]]
  },
  "remove-rdsdbcluster": {
    argv: ["aws", "rds", "delete-db-cluster"],
    names: [["dbclusteridentifier", "--db-cluster-identifier"]]
  },
  "remove-ddbtable": { argv: ["aws", "dynamodb", "delete-table"], names: [["tablename", "--table-name"]] },
  "remove-s3bucket": { argv: ["aws", "s3api", "delete-bucket"], names: [["bucketname", "--bucket"]] }
};
var REMOVE_ITEM = /^(remove-item|rm|ri|del|erase|rd|rmdir)$/i;
function translate2(words) {
  const head = words[0];
  const name = head.bare ? head.value.toLowerCase() : head.value;
  const keep = words.map((w, i) => ({
    value: i === 0 && head.bare && /^[\w-]+$/.test(w.value) ? name : i === 0 ? posixPath2(w.value) : w.value,
    span: w.span
  }));
  if (!head.bare) return keep;
  const p = parameters(words);
  const at = (value, span = head.span) => ({ value, span });
  if (REMOVE_ITEM.test(name)) {
    const recurse = param(p, "recurse", 1) !== void 0;
    const force = param(p, "force", 1) !== void 0;
    const paths = [valueOf(p, "path", 1), valueOf(p, "literalpath", 1), ...p.positional].filter((w) => !!w);
    const flags = `-${recurse ? "r" : ""}${force ? "f" : ""}`;
    return [at("rm"), ...flags.length > 1 ? [at(flags)] : [], ...paths.map((w) => at(posixPath2(w.value), w.span))];
  }
  if (name === "invoke-sqlcmd") {
    const out = [at("sqlcmd")];
    const server = valueOf(p, "serverinstance", 1);
    if (server) out.push(at("-S", server.span), at(server.value, server.span));
    const database = valueOf(p, "database", 1);
    if (database) out.push(at("-d", database.span), at(database.value, database.span));
    const query = valueOf(p, "query", 1);
    if (query) out.push(at("-Q", query.span), at(query.value, query.span));
    const file = valueOf(p, "inputfile", 1);
    if (file) out.push(at("-i", file.span), at(file.value, file.span));
    return out;
  }
  const cloud = CLOUD_CMDLETS[name];
  if (cloud) {
    const out = cloud.argv.map((a) => at(a));
    for (const [param_, option] of cloud.names) {
      const value = valueOf(p, param_, param_.length);
      if (value) out.push(at(option, value.span), at(value.value, value.span));
    }
    if (valueOf(p, "resourcegroupname", "resourcegroupname".length)) {
      const group = valueOf(p, "resourcegroupname", "resourcegroupname".length);
      out.push(at("--resource-group", group.span), at(group.value, group.span));
    }
    if (name === "remove-rdsdbinstance" && param(p, "skipfinalsnapshot", 5) !== void 0)
      out.push(at("--skip-final-snapshot"));
    return out;
  }
  if (name === "invoke-expression") return [at("iex"), ...keep.slice(1)];
  return keep;
}

// src/parsers/shell/functions.ts
var POSITIONAL_ALL = "\uE000";
var POSITIONAL = /\uE001(\d+)\uE002/g;
function positional(n) {
  return `\uE001${n}\uE002`;
}
var MAX_CALL_DEPTH = 8;
function expandCalls(commands, definitions) {
  if (!definitions.functions.size && !definitions.aliases.size) return [];
  const bodies = /* @__PURE__ */ new Map();
  for (const [name, body] of definitions.functions) {
    bodies.set(
      name,
      commands.filter((c) => c.span.start >= body.start && c.span.end <= body.end)
    );
  }
  const expanded = [];
  for (const command of commands) {
    if (!bodies.has(command.argv[0] ?? "") && !definitions.aliases.has(command.argv[0] ?? "")) continue;
    expand(command, command.argv, [command.span], [], bodies, definitions.aliases, expanded);
  }
  return expanded;
}
function expand(call, argv, spans, through, bodies, aliases, out) {
  const name = argv[0] ?? "";
  if (through.length < MAX_CALL_DEPTH && !through.includes(name)) {
    const alias = aliases.get(name);
    if (alias) return expand(call, [...alias, ...argv.slice(1)], spans, [...through, name], bodies, aliases, out);
    const body = bodies.get(name);
    if (body) {
      for (const inner of body) {
        const filled2 = rewrap(fill(inner.argv, argv), inner.span);
        const next = { ...inner, argv: filled2.argv, wrappers: [...inner.wrappers, ...filled2.wrappers] };
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
      calledThrough: through
    });
  }
}
function fill(body, call) {
  const args = call.slice(1);
  return body.flatMap(
    (word) => word === POSITIONAL_ALL ? args : [word.replace(POSITIONAL, (_, n) => n === "0" ? call[0] : args[Number(n) - 1] ?? "")]
  );
}
function rewrap(argv, span) {
  const words = argv.map((value) => ({ value, span, script: value, scriptOffsets: [] }));
  const unwrapped = unwrap(words);
  return { argv: unwrapped.words.map((w) => w.value), wrappers: unwrapped.wrappers };
}
function finalize(command) {
  const plain = (value) => value.replaceAll(POSITIONAL_ALL, DYNAMIC).replace(POSITIONAL, DYNAMIC);
  return {
    ...command,
    argv: command.argv.map(plain),
    envAssignments: command.envAssignments.map((e) => ({ ...e, value: plain(e.value) }))
  };
}

// src/parsers/shell/inline-code.ts
var CODE_OPTIONS = [
  { programs: /^(python|python[23](\.\d+)?|pypy3?)$/, option: /^-[a-zA-Z]*c$/ },
  { programs: /^(node|nodejs|bun)$/, option: /^(-e|--eval|-p|--print|-pe)$/ },
  { programs: /^deno$/, option: /^eval$/ },
  { programs: /^ruby$/, option: /^-[a-zA-Z0-9]*e$/ },
  { programs: /^perl$/, option: /^-[a-zA-Z0-9]*[eE]$/ },
  { programs: /^php(\d+(\.\d+)?)?$/, option: /^(-r|--run)$/ }
];
var SHELLS_OUT = /\b(system|exec\w*|spawn\w*|popen\d?|subprocess|check_output|check_call|getoutput|Popen|child_process|shell_exec|passthru|proc_open|qx|Open3|capture[23]e?)\b|`|%x[({[]/;
function inlineCodeScripts(words) {
  const row = CODE_OPTIONS.find((r) => r.programs.test(baseName(words[0]?.value ?? "")));
  if (!row) return [];
  const at = words.findIndex((w, i) => i > 0 && row.option.test(w.value));
  const code = at > 0 ? words[at + 1] : void 0;
  if (!code || !SHELLS_OUT.test(code.script)) return [];
  const toSnippet = fromOffsets(code.scriptOffsets);
  return commandLines(code.script).map(({ text, at: offsets }) => ({
    text,
    map: (offset) => toSnippet(offsets[Math.min(offset, offsets.length - 1)])
  }));
}
function literals(code) {
  const out = [];
  let i = 0;
  while (i < code.length) {
    const quote = code[i];
    if (quote !== '"' && quote !== "'" && quote !== "`") {
      i++;
      continue;
    }
    let text = "";
    const at = [];
    let j = i + 1;
    while (j < code.length && code[j] !== quote) {
      if (code[j] === "\\" && j + 1 < code.length) {
        const next = code[j + 1];
        text += next === "n" ? "\n" : next === "t" ? "	" : next;
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
function commandLines(code) {
  const found = literals(code);
  const lines = [];
  let words = [];
  const flush = () => {
    if (words.length === 1) lines.push({ text: words[0].text, at: words[0].at });
    else if (words.length > 1) {
      let text = "";
      const at = [];
      for (const word of words) {
        const quoted = `'${word.text.replace(/'/g, `'\\''`)}' `;
        text += quoted;
        for (let k = 0; k < quoted.length; k++) at.push(word.at[Math.min(Math.max(k - 1, 0), word.at.length - 1)]);
      }
      at.push(words[words.length - 1].end);
      lines.push({ text, at });
    }
    words = [];
  };
  for (const literal of found) {
    const previous = words[words.length - 1];
    const between = previous ? code.slice(previous.end, literal.start) : "";
    if (previous && /^\s*[+.]\s*$/.test(between)) {
      words[words.length - 1] = {
        text: previous.text + literal.text,
        at: [...previous.at.slice(0, -1), ...literal.at],
        start: previous.start,
        end: literal.end
      };
    } else if (previous && /^[\s,[\]]*$/.test(between) && between.includes(",")) {
      words.push(literal);
    } else {
      flush();
      words.push(literal);
    }
  }
  flush();
  return lines;
}
var RUNS_CODE = /\b(exec|eval|compile|Function|runInNewContext|runInThisContext|instance_eval|class_eval|module_eval|system|popen\d?|Popen|check_output|check_call|getoutput|subprocess\.\w+|execSync|spawnSync|spawn|execFile\w*|shell_exec|passthru|proc_open|qx)\b\s*\(|`|%x[({[]|\|\s*(sh|bash)\b/;
var DECODES = /\b(b64decode|b32decode|b85decode|a85decode|base64_decode|decode64|decodebytes|unhexlify|fromhex|atob|gzinflate|gzuncompress|str_rot13|decompress|marshal\.loads|pickle\.loads|unpack\s*\(\s*['"][mu]|fromCharCode|chr\s*\(\s*\d)|Buffer\.from\s*\([^)]*,\s*['"](base64|hex)['"]|\.decode\s*\(\s*['"](base64|hex|rot13|zlib)/;
var FETCHES = /\b(urlopen|urlretrieve|requests\.(get|post)|httpx\.(get|post)|http\.get|https\.get|fetch|Net::HTTP|URI\.open|open-uri|file_get_contents\s*\(\s*['"]https?:|curl_exec|LWP::|HTTP::Tiny|get\s*\(\s*['"]https?:)/;
var SHELLS_OUT_VARIABLE = /\b(os\.system|os\.popen|subprocess\.(run|call|Popen|check_output|check_call|getoutput)|execSync|spawnSync|child_process\.exec|cp\.exec|shell_exec|passthru|proc_open|popen|Open3\.\w+|IO\.popen|(?<![.\w])system|(?<![.\w])exec)\s*\(\s*(?!['"`[\]])([$@%]?[A-Za-z_][\w.$]*(\[[^\]]*\]|\{[^}]*\})?)/;
function hiddenInlineCode(code) {
  const runs = RUNS_CODE.exec(code);
  if (runs) {
    const decoded = DECODES.exec(code);
    if (decoded) return { how: "decoded", what: decoded[0].replace(/\s*\($/, "") };
    const fetched = FETCHES.exec(code);
    if (fetched) return { how: "downloaded", what: fetched[0].replace(/\s*\($/, "") };
  }
  const variable = SHELLS_OUT_VARIABLE.exec(code);
  if (variable) return { how: "dynamic", what: `${variable[1]}(${variable[3]})` };
  return void 0;
}

// src/parsers/shell/crontab.ts
function crontabScript(table) {
  const lines = table.text.split("\n");
  const out = lines.map((line) => {
    if (/^\s*(#|$)/.test(line) || /^\s*[A-Za-z_]\w*\s*=/.test(line)) return " ".repeat(line.length);
    const schedule = line.trimStart().startsWith("@") ? /^\s*@\w+\s+/.exec(line) : /^\s*(\S+\s+){5}/.exec(line);
    if (!schedule) return " ".repeat(line.length);
    const command = line.slice(schedule[0].length);
    const stdinAt = command.search(/(?<!\\)%/);
    const kept = stdinAt < 0 ? command : command.slice(0, stdinAt) + " ".repeat(command.length - stdinAt);
    return " ".repeat(schedule[0].length) + kept;
  });
  return { text: out.join("\n"), map: table.map };
}
function crontabReadsStdin(argv) {
  let operand;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (word === "-u") {
      i++;
      continue;
    }
    if (/^-[lreiT]$/.test(word)) return false;
    if (word !== "-" && word.startsWith("-")) continue;
    operand ??= word;
  }
  return operand === void 0 || operand === "-";
}

// src/parsers/shell/expect.ts
function expectCommandText(code) {
  const out = [...code].map((c) => c === "\n" ? "\n" : " ");
  let found = false;
  const keep = (from, to) => {
    for (let k = from; k < to; k++) out[k] = code[k] === "\n" ? "\n" : code[k];
    found = true;
  };
  for (const { start, end } of statements(code)) {
    const text = code.slice(start, end);
    const lead = /^\s*/.exec(text)[0].length;
    const head = /^(spawn|exec)(\s+-\w+)*\s+/.exec(text.slice(lead));
    if (head) {
      keep(start + lead + head[0].length, end);
      continue;
    }
    const send = /^send(\s+-\w+)*\s+(["{])/.exec(text.slice(lead));
    if (send) {
      const open = start + lead + send[0].length;
      const close = code.lastIndexOf(send[2] === "{" ? "}" : '"', end - 1);
      const body = code.slice(open, close > open ? close : end).replace(/(\\[rn])+$/, "");
      keep(open, open + body.length);
    }
  }
  return found ? out.join("") : void 0;
}
function statements(code) {
  const out = [];
  let start = 0;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i <= code.length; i++) {
    const c = code[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === '"' && depth === 0) quoted = !quoted;
    else if (c === "{" && !quoted) depth++;
    else if (c === "}" && !quoted) depth = Math.max(0, depth - 1);
    else if (i === code.length || (c === ";" || c === "\n") && !quoted && depth === 0) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

// src/parsers/shell/per-file.ts
var EXEC = /* @__PURE__ */ new Set(["-exec", "-execdir", "-ok", "-okdir"]);
var FIND_LEADING = /^-[HLP]$|^-O\d*$|^-D$/;
function findRoots(argv) {
  const roots = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (FIND_LEADING.test(word)) {
      if (word === "-D") i++;
      continue;
    }
    if (word.startsWith("-") || word === "(" || word === "!") break;
    roots.push(i);
  }
  return roots;
}
function findExecCommands(words) {
  if (baseName(words[0]?.value ?? "") !== "find") return [];
  const argv = words.map((w) => w.value);
  const root = findRoots(argv).map((i) => words[i])[0];
  const out = [];
  for (let i = 1; i < words.length; i++) {
    if (!EXEC.has(words[i].value)) continue;
    const inner = [];
    let k = i + 1;
    for (; k < words.length && words[k].value !== ";" && words[k].value !== "+"; k++) inner.push(words[k]);
    if (inner.length) out.push(inner.map((w) => w.value.includes("{}") ? filled(w, root) : w));
    i = k;
  }
  return out;
}
function filled(word, root) {
  const files = underRoot(root?.value ?? ".");
  return { ...word, value: word.value.replaceAll("{}", files) };
}
function underRoot(root) {
  return root.includes(DYNAMIC) && !root.startsWith("/") ? root : `${root.replace(/\/+$/, "")}/*`;
}
function listedItems(argv, argSpans) {
  const program = baseName(argv[0] ?? "");
  const at = (i, value) => ({ value, span: argSpans[i] });
  if (program === "find") {
    return findRoots(argv).map((i) => at(i, underRoot(argv[i])));
  }
  if (program === "ls" || program === "du") {
    const operands = argv.flatMap((a, i) => i > 0 && !a.startsWith("-") ? [i] : []);
    return operands.map((i) => at(i, underRoot(argv[i])));
  }
  if (program === "echo" || program === "printf") {
    return argv.flatMap((a, i) => i > 0 && !a.startsWith("-") && !a.includes("%") ? [at(i, a)] : []);
  }
  return [];
}

// src/parsers/shell/pipes.ts
function pipedText(upstream) {
  if (!upstream.length) return void 0;
  const source = upstream[upstream.length - 1];
  let produced = producedText(source);
  if (!produced) return void 0;
  for (let i = upstream.length - 2; i >= 0 && produced; i--) {
    const filter = filterOf(upstream[i].argv);
    if (!filter) return void 0;
    const text = filter(produced.text);
    produced = text === void 0 ? void 0 : { text, map: collapse(produced) };
  }
  return produced;
}
function collapse(text) {
  const start = text.map(0);
  const end = text.map(text.text.length);
  const length = text.text.length;
  return (offset) => offset < length ? start : end;
}
function producedText(command) {
  const program = baseName(command.argv[0] ?? "");
  if (program === "cat" && command.argv.length === 1) return command.stdin;
  if (program !== "echo" && program !== "printf") return void 0;
  let args = command.argv.slice(1).map((value, i) => ({ value, span: command.argSpans[i + 1] }));
  if (program === "echo") while (args[0] && /^-[neE]+$/.test(args[0].value)) args = args.slice(1);
  if (program === "printf") args = args.slice(0, 1).filter((a) => !a.value.includes("%"));
  if (!args.length || args.some((a) => a.value.includes(DYNAMIC))) return void 0;
  const text = args.map((a) => a.value).join(" ") + (program === "echo" ? "\n" : "");
  const start = args[0].span.start;
  const end = args[args.length - 1].span.end;
  return { text, map: (offset) => offset < text.length ? start : end };
}
function filterOf(argv) {
  const program = baseName(argv[0] ?? "");
  const options = argv.slice(1);
  if (program === "cat" && !options.length) return (t) => t;
  if (program === "rev" && !options.length) return reverseLines;
  if (program === "base64" && options.some((o) => /^(-d|-D|--decode)$/.test(o))) return fromBase64;
  if (program === "xxd" && options.some((o) => /^-r/.test(o)) && options.some((o) => /^-(r?p|ps|plain)$/.test(o))) {
    return fromHex;
  }
  return void 0;
}
function reverseLines(text) {
  const trailing = text.endsWith("\n");
  const lines = (trailing ? text.slice(0, -1) : text).split("\n");
  return lines.map((l) => [...l].reverse().join("")).join("\n") + (trailing ? "\n" : "");
}
function fromBase64(text) {
  const compact = text.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return void 0;
  return Buffer.from(compact, "base64").toString("utf8");
}
function fromHex(text) {
  const compact = text.replace(/\s+/g, "");
  if (!/^([0-9a-fA-F]{2})*$/.test(compact)) return void 0;
  return Buffer.from(compact, "hex").toString("utf8");
}

// src/parsers/shell/commands.ts
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh"]);
var MAX_DEPTH3 = 8;
function parseShell(text) {
  const parsed = parseAt(text, 0);
  return { ...parsed, commands: parsed.commands.map(finalize) };
}
function parseAt(text, depth) {
  const tree = parserFor("bash").parse(withoutAliasEscapes(text));
  if (!tree) return { commands: [], assignments: [], syntaxError: 0 };
  try {
    return new SnippetReader(text, depth).read(tree.rootNode);
  } finally {
    tree.delete();
  }
}
function withoutAliasEscapes(text) {
  return text.replace(/(^|\n)([ \t]*)\\(?=[A-Za-z_])/g, "$1$2 ");
}
var SnippetReader = class {
  constructor(text, depth) {
    this.text = text;
    this.depth = depth;
  }
  text;
  depth;
  commands = [];
  assignments = [];
  /** Variables by name: the literal last assigned, or undefined once a value is decided at run time. */
  variables = /* @__PURE__ */ new Map();
  /** Where each variable was last assigned. */
  assignedAt = /* @__PURE__ */ new Map();
  /** The assignments the words being decoded expanded, while a command is read. */
  via;
  definitions = { functions: /* @__PURE__ */ new Map(), aliases: /* @__PURE__ */ new Map() };
  /** The first command read from each command node, to find what pipes into a command. */
  byNode = /* @__PURE__ */ new Map();
  syntaxError;
  read(root) {
    const stack = [root];
    while (stack.length) {
      const node = stack.pop();
      this.visit(node);
      for (let i = node.childCount - 1; i >= 0; i--) stack.push(node.child(i));
    }
    const expanded = expandCalls(this.commands, this.definitions);
    const commands = [...this.commands, ...expanded].sort((a, b) => a.span.start - b.span.start);
    const assignments = this.assignments;
    const functionBodies = [...this.definitions.functions.values()];
    return {
      commands,
      assignments,
      ...this.syntaxError === void 0 ? {} : { syntaxError: this.syntaxError },
      ...functionBodies.length ? { functionBodies } : {}
    };
  }
  visit(node) {
    const error = errorOffset(node);
    if (error !== void 0 && (this.syntaxError === void 0 || error < this.syntaxError)) this.syntaxError = error;
    switch (node.type) {
      case "variable_assignment":
        if (node.parent?.type !== "command") this.assign(node);
        return;
      case "for_statement": {
        const variable = node.childForFieldName("variable")?.text;
        if (variable) this.variables.set(variable, void 0);
        return;
      }
      case "function_definition": {
        const name = node.childForFieldName("name")?.text;
        const body = node.childForFieldName("body");
        if (name && body) this.definitions.functions.set(name, { start: body.startIndex, end: body.endIndex });
        return;
      }
      case "command":
        this.readCommand(node);
        return;
    }
  }
  assign(node) {
    const name = node.childForFieldName("name")?.text;
    if (!name) return;
    const value = node.childForFieldName("value");
    const decoded = value ? decodeWord(value, this.text, this.resolver).value : "";
    this.variables.set(name, decoded.includes(DYNAMIC) ? void 0 : decoded);
    this.assignedAt.set(name, { start: node.startIndex, end: node.endIndex });
    const fallback = value ? fallbackOf(value) : void 0;
    this.assignments.push({
      name,
      value: decoded,
      ...fallback !== void 0 ? { fallback } : {},
      ...isUnconditional(node) ? { unconditional: true } : {},
      span: { start: node.startIndex, end: node.endIndex }
    });
  }
  /** `$DB`, `${DB}`, `${DB:?}` of a variable assigned a literal; `$1`, `$@` as markers a function call fills. */
  resolver = (node) => {
    if (node.type !== "simple_expansion" && node.type !== "expansion") return void 0;
    const variable = node.namedChildren.find((c) => c?.type === "variable_name" || c?.type === "special_variable_name");
    if (!variable) return void 0;
    const operator = node.childForFieldName("operator")?.text;
    const extra = node.namedChildren.filter((c) => c !== variable && c?.type !== "variable_name");
    if (variable.type === "special_variable_name") {
      return (variable.text === "@" || variable.text === "*") && !operator ? POSITIONAL_ALL : void 0;
    }
    if (/^\d+$/.test(variable.text)) return operator || extra.length ? void 0 : positional(Number(variable.text));
    if (operator !== void 0 && ![":?", "?", ":-", "-", ":=", "="].includes(operator)) return void 0;
    if (operator === void 0 && extra.length) return void 0;
    if (!this.variables.has(variable.text) && operator !== void 0 && DEFAULTS.includes(operator)) {
      return this.defaultOf(extra);
    }
    const value = this.variables.get(variable.text);
    const at = this.assignedAt.get(variable.text);
    if (value !== void 0 && !value.startsWith("-") && at && this.via && !this.via.includes(at)) this.via.push(at);
    return value;
  };
  /**
   * `${ACTION:-destroy}` of a variable the snippet never sets is its default unless the caller
   * sets it, so the default is what runs by default. A default that would make the command look
   * harmless (a local host, a test database, a URL or path) is not taken: the caller that runs it
   * for real sets the variable.
   */
  defaultOf(parts) {
    let value = "";
    for (const part of parts) {
      if (!part) return void 0;
      const decoded = decodeWord(part, this.text, this.resolver).value;
      if (decoded.includes(DYNAMIC)) return void 0;
      value += decoded;
    }
    if (!/^[A-Za-z0-9_.-]+$/.test(value) || isLocalLooking(value)) return void 0;
    return value;
  }
  /** The command, then the commands of a script it runs (`sh -c`, `eval`, a heredoc or pipe fed to a shell). */
  readCommand(node) {
    const words = [];
    const env = [];
    const via = [];
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      const field = node.fieldNameForChild(i);
      if (child.type === "variable_assignment") env.push(this.readAssignment(child));
      else if (field === "name" || field === "argument") {
        const previous = words[words.length - 1]?.value;
        this.via = previous !== void 0 && /^-[^=]*$/.test(previous) ? void 0 : via;
        words.push(decodeWord(child, this.text, this.resolver));
      }
    }
    this.via = void 0;
    if (!words.length) return;
    const unwrapped = unwrap(words);
    const upstream = this.upstreamOf(node);
    const stdin = this.stdinOf(node) ?? pipedText(upstream);
    const stdinFrom = stdinRedirectOf(node);
    const stdoutTo = this.stdoutRedirectOf(node);
    const handed = unwrapped.wrappers.includes("xargs") && upstream[0] ? listedItems(upstream[0].argv, upstream[0].argSpans) : [];
    const command = {
      argv: [...unwrapped.words.map((w) => w.value), ...handed.map((h) => h.value)],
      argSpans: [...unwrapped.words.map((w) => w.span), ...handed.map((h) => h.span)],
      span: { start: node.startIndex, end: node.endIndex },
      envAssignments: [...env, ...unwrapped.env.map(({ name, value, word }) => ({ name, value, span: word.span }))],
      wrappers: unwrapped.wrappers,
      upstream: upstream.map((c) => c.argv),
      calledThrough: [],
      ...stdin ? { stdin } : {},
      ...stdinFrom ? { stdinFrom } : {},
      ...stdoutTo ? { stdoutTo } : {},
      ...via.length ? { via } : {}
    };
    this.byNode.set(node.id, command);
    this.commands.push(command);
    this.define(command);
    this.readScript(command, unwrapped.script ? wordScript(unwrapped.script) : scriptOf(unwrapped.words, command));
    for (const inline of inlineCodeScripts(unwrapped.words)) this.readScript(command, inline);
    const powershell = powerShellScript(unwrapped.words);
    if (powershell) this.readScript(command, { ...powershell, powershell: true });
    for (const words2 of findExecCommands(unwrapped.words)) {
      const inner = unwrap(words2);
      const run = {
        ...command,
        argv: inner.words.map((w) => w.value),
        argSpans: inner.words.map((w) => w.span),
        envAssignments: [
          ...command.envAssignments,
          ...inner.env.map(({ name, value, word }) => ({ name, value, span: word.span }))
        ],
        wrappers: [...command.wrappers, "find -exec", ...inner.wrappers]
      };
      this.commands.push(run);
      this.readScript(run, inner.script ? wordScript(inner.script) : scriptOf(inner.words, run));
    }
  }
  /** The commands of a script the command runs, at their places in the snippet. */
  readScript(command, script) {
    if (!script || this.depth >= MAX_DEPTH3) return;
    const parsed = script.powershell ? parsePowerShell(script.text) : parseAt(script.text, this.depth + 1);
    for (const inner of parsed.commands) {
      const filled2 = script.args ? { ...inner, argv: fill(inner.argv, script.args) } : inner;
      this.commands.push(inherit(command, remap(filled2, script.map)));
    }
  }
  /** `alias kd='kubectl delete'` and `read VAR` change what later words mean. */
  define(command) {
    const program = command.argv[0];
    if (program === "alias") {
      for (const arg of command.argv.slice(1)) {
        const eq = arg.indexOf("=");
        if (eq <= 0) continue;
        const first = parseAt(arg.slice(eq + 1), MAX_DEPTH3).commands[0];
        if (first) this.definitions.aliases.set(arg.slice(0, eq), first.argv);
      }
    } else if (program === "read" || program === "mapfile" || program === "readarray") {
      for (const arg of command.argv.slice(1)) if (/^[A-Za-z_]\w*$/.test(arg)) this.variables.set(arg, void 0);
    }
  }
  readAssignment(node) {
    const name = node.childForFieldName("name")?.text ?? "";
    const value = node.childForFieldName("value");
    return {
      name,
      value: value ? decodeWord(value, this.text, this.resolver).value : "",
      span: { start: node.startIndex, end: node.endIndex }
    };
  }
  /** The commands piping into this one, nearest first, as far as they were read. */
  upstreamOf(node) {
    const found = [];
    let current = node;
    while (current) {
      const pipeline = current.parent;
      if (pipeline?.type !== "pipeline") break;
      let previous = current.previousNamedSibling;
      if (!previous && pipeline.parent?.type === "heredoc_redirect") {
        previous = pipeline.parent.parent?.childForFieldName("body") ?? null;
      }
      const command = previous ? this.commandIn(previous) : void 0;
      if (!command) break;
      found.push(command);
      current = previous;
    }
    return found;
  }
  commandIn(node) {
    if (node.type === "command") return this.byNode.get(node.id);
    if (node.type === "redirected_statement") {
      const body = node.childForFieldName("body");
      return body ? this.commandIn(body) : void 0;
    }
    if (node.type === "subshell" || node.type === "compound_statement") {
      for (let k = node.namedChildCount - 1; k >= 0; k--) {
        const inner = node.namedChild(k);
        const command = inner ? this.commandIn(inner) : void 0;
        if (command) return command;
      }
    }
    return void 0;
  }
  /** The file a `>`/`>>` redirect sends the command's output to; a pipeline's redirect belongs to its last command. */
  stdoutRedirectOf(node) {
    const holders = [node];
    let parent = node.parent;
    if (parent?.type === "pipeline" && parent.lastNamedChild?.id === node.id) {
      holders.push(parent);
      parent = parent.parent;
    }
    if (parent?.type === "redirected_statement") holders.push(parent);
    for (const holder of holders) {
      for (const redirect of holder.children) {
        if (redirect?.type !== "file_redirect") continue;
        const descriptor = redirect.childForFieldName("descriptor")?.text;
        if (descriptor !== void 0 && descriptor !== "1") continue;
        if (!redirect.children.some((c) => c && /^(>|>>|>\||&>|&>>)$/.test(c.text))) continue;
        const destination = redirect.childForFieldName("destination");
        if (!destination) continue;
        const word = decodeWord(destination, this.text, this.resolver);
        return { path: word.value, span: word.span };
      }
    }
    return void 0;
  }
  /** A heredoc or here-string given to the command. */
  stdinOf(node) {
    const holders = [node];
    if (node.parent?.type === "redirected_statement") holders.push(node.parent);
    for (const holder of holders) {
      for (const redirect of holder.children) {
        if (redirect?.type === "herestring_redirect" && redirect.namedChild(0)) {
          return asText(decodeWord(redirect.namedChild(0), this.text, this.resolver));
        }
        if (redirect?.type !== "heredoc_redirect") continue;
        const body = redirect.namedChildren.find((c) => c?.type === "heredoc_body");
        const start = redirect.namedChildren.find((c) => c?.type === "heredoc_start");
        if (!body) continue;
        const expands = !/['"\\]/.test(start?.text ?? "");
        return asText(decodeHeredoc(body, this.text, expands, this.resolver));
      }
    }
    return void 0;
  }
};
var DEFAULTS = [":-", "-", ":=", "="];
function stdinRedirectOf(node) {
  const holders = [node];
  if (node.parent?.type === "redirected_statement") holders.push(node.parent);
  for (const holder of holders) {
    for (const redirect of holder.children) {
      const string = redirect?.type === "herestring_redirect" ? redirect.namedChild(0) : null;
      if (string) return { start: string.startIndex, end: string.endIndex };
      if (redirect?.type !== "file_redirect" || !redirect.children.some((c) => c?.text === "<")) continue;
      const source = redirect.childForFieldName("destination") ?? redirect.namedChildren[redirect.namedChildCount - 1];
      if (source) return { start: source.startIndex, end: source.endIndex };
    }
  }
  return void 0;
}
function isLocalLooking(value) {
  return /(^|[_\-.])(localhost|local|test|tests|testing|e2e|ci|dev|development)([_\-.]|$)/i.test(value) || /^127\./.test(value);
}
function fallbackOf(value) {
  const expansion = value.type === "string" && value.namedChildCount === 1 ? value.namedChild(0) : value;
  if (expansion?.type !== "expansion") return void 0;
  const operator = expansion.childForFieldName("operator");
  if (!operator || ![":-", "-", ":=", "="].includes(operator.text)) return void 0;
  const literal = expansion.text.slice(operator.endIndex - expansion.startIndex, -1);
  const unquoted2 = /^(["'])(.*)\1$/s.exec(literal)?.[2] ?? literal;
  return /[$`"'\\]/.test(unquoted2) ? void 0 : unquoted2;
}
function asText(word) {
  return { text: word.value, map: fromOffsets(word.scriptOffsets.length ? word.scriptOffsets : [word.span.start]) };
}
function errorOffset(node) {
  if (node.isMissing) return node.startIndex;
  if (!node.isError) return void 0;
  let nested = false;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (!child.isNamed) return child.startIndex;
    nested ||= child.hasError;
  }
  return nested ? void 0 : node.startIndex;
}
function powerShellScript(words) {
  if (!/^(pwsh|powershell)(\.exe)?$/i.test(baseName(words[0]?.value ?? ""))) return void 0;
  for (let i = 1; i < words.length - 1; i++) {
    const option = words[i].value.toLowerCase();
    if (/^-(c|command|com|comm|comma|comman)$/.test(option)) {
      const rest = words.slice(i + 1);
      return rest.length === 1 ? wordScript(rest[0]) : evalScript(rest);
    }
    if (/^-(e|ec|en|enc|encodedcommand|encoded\w*)$/.test(option)) {
      const word = words[i + 1];
      const decoded = Buffer.from(word.value, "base64").toString("utf16le");
      return { text: decoded, map: () => word.span.start };
    }
  }
  return void 0;
}
function scriptOf(words, command) {
  const program = baseName(words[0]?.value ?? "");
  if (program === "eval") return evalScript(words.slice(1));
  if ((program === "at" || program === "batch") && !words.some((w) => w.value === "-f")) return command.stdin;
  if (program === "expect") {
    const at = words.findIndex((w, i) => i > 0 && w.value === "-c");
    const code = at > 0 ? words[at + 1] : void 0;
    const text = code && expectCommandText(code.script);
    return code && text ? { text, map: fromOffsets(code.scriptOffsets) } : void 0;
  }
  if (program === "crontab" && crontabReadsStdin(command.argv)) {
    const table = command.stdin ?? echoedText(command);
    return table ? crontabScript(table) : void 0;
  }
  if (program === "ssh") return sshScript(words);
  if (program === "ansible") return ansibleScript(words);
  if (words.length === 1 && /\s/.test(words[0].value) && command.wrappers.some((w) => REMOTE_WRAPPERS.has(w))) {
    return wordScript(words[0]);
  }
  if (program === "npx" || program === "npm" && ["exec", "x"].includes(words[1]?.value ?? "")) {
    const call = words.findIndex((w) => w.value === "-c" || w.value === "--call");
    return call > 0 && words[call + 1] ? wordScript(words[call + 1]) : void 0;
  }
  if (!SHELLS.has(program)) return void 0;
  let readsString = false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i].value;
    if (word === "--" || word === "-") continue;
    if (/^([-+][oO]|--rcfile|--init-file)$/.test(word)) {
      i++;
      continue;
    }
    if (/^[-+]/.test(word)) {
      readsString ||= /^-[a-zA-Z]*c/.test(word);
      continue;
    }
    if (!readsString) return void 0;
    const args = words.slice(i + 1).map((w) => w.value);
    return { ...wordScript(words[i]), ...args.length ? { args } : {} };
  }
  return readsString ? void 0 : command.stdin;
}
function echoedText(command) {
  const printed = command.upstream.filter((argv) => /^(echo|printf)$/.test(baseName(argv[0] ?? "")) && argv.length > 1).map(
    (argv) => argv.slice(1).filter((a) => !/^-[neE]+$/.test(a)).join(" ")
  ).filter((line) => !line.includes(DYNAMIC));
  if (!printed.length) return void 0;
  const text = printed.join("\n");
  const at = command.span.start;
  return { text, map: () => at };
}
function wordScript(word) {
  return { text: word.script, map: fromOffsets(word.scriptOffsets) };
}
var SSH_WITH_VALUE = /^-[bcDEeFIiJLlmOopQRSWwB]$/;
function sshScript(words) {
  let i = 1;
  while (i < words.length && words[i].value.startsWith("-")) {
    if (words[i].value === "--") {
      i++;
      break;
    }
    i += SSH_WITH_VALUE.test(words[i].value) ? 2 : 1;
  }
  const command = words.slice(i + 1);
  if (!command.length) return void 0;
  return command.length === 1 ? wordScript(command[0]) : evalScript(command);
}
var ANSIBLE_COMMAND_MODULE = /^(ansible\.(builtin|legacy)\.)?(command|shell|raw)$/;
function ansibleScript(words) {
  let module = "command";
  let args;
  for (let i = 1; i < words.length; i++) {
    const word = words[i].value;
    if (word === "-m" || word === "--module-name") module = words[i + 1]?.value ?? "";
    else if (word.startsWith("--module-name=")) module = word.slice("--module-name=".length);
    else if (word === "-a" || word === "--args") args = words[i + 1];
  }
  return args && ANSIBLE_COMMAND_MODULE.test(module) ? wordScript(args) : void 0;
}
function evalScript(words) {
  if (!words.length || words.some((w) => w.value.includes(DYNAMIC))) return void 0;
  let text = "";
  const offsets = [];
  for (const [i, word] of words.entries()) {
    if (i > 0) {
      text += " ";
      offsets.push(word.span.start);
    }
    text += word.value;
    offsets.push(...word.scriptOffsets.slice(0, word.value.length));
  }
  offsets.push(words[words.length - 1].span.end);
  return { text, map: fromOffsets(offsets) };
}
function remap(command, map) {
  const stdin = command.stdin;
  return {
    ...command,
    argSpans: command.argSpans.map((s) => mapSpan(map, s)),
    span: mapSpan(map, command.span),
    envAssignments: command.envAssignments.map((e) => ({ ...e, span: mapSpan(map, e.span) })),
    ...stdin ? { stdin: { text: stdin.text, map: (offset) => map(stdin.map(offset)) } } : {},
    ...command.stdinFrom ? { stdinFrom: mapSpan(map, command.stdinFrom) } : {},
    ...command.stdoutTo ? { stdoutTo: { ...command.stdoutTo, span: mapSpan(map, command.stdoutTo.span) } } : {},
    ...command.via ? { via: command.via.map((s) => mapSpan(map, s)) } : {}
  };
}
function inherit(outer, inner) {
  return {
    ...inner,
    envAssignments: [...outer.envAssignments, ...inner.envAssignments],
    wrappers: [...outer.wrappers, baseName(outer.argv[0] ?? ""), ...inner.wrappers]
  };
}
function isUnconditional(node) {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === "program") return true;
    if (parent.type === "declaration_command" && parent.child(0)?.type !== "local") continue;
    if (parent.type === "variable_assignments") continue;
    return false;
  }
  return false;
}

// src/parsers/shell/test-database.ts
function isTestDatabase(name) {
  return !isDynamic(name) && /(^|[_\-./])(test|tests|testing|e2e|ci)([_\-.]|$)/i.test(name);
}

export {
  DYNAMIC,
  isDynamic,
  hiddenInlineCode,
  parseBatch,
  parsePowerShell,
  parseShell,
  isTestDatabase
};
