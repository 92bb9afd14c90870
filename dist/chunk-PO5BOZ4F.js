import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/parsers/sql/tokenizer-chars.ts
var INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;
var UNICODE_WORD = /[\p{L}\p{N}\p{M}\p{Pc}]/u;
var UNICODE_SPACE = /\s/;
var LOOK_ALIKES = Object.fromEntries(
  "\u0410A \u0412B \u0415E \u041AK \u041CM \u041DH \u041EO \u0420P \u0421C \u0422T \u0423Y \u0425X \u0405S \u0406I \u0408J \u0391A \u0392B \u0395E \u0396Z \u0397H \u0399I \u039AK \u039CM \u039DN \u039FO \u03A1P \u03A4T \u03A5Y \u03A7X".split(" ").map((pair) => [pair[0], pair[1]])
);
var LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "g");
function keywordForm(word) {
  if (isAscii(word)) return word.toUpperCase();
  const upper = word.normalize("NFKC").replace(INVISIBLE, "").toUpperCase();
  return isAscii(upper) ? upper : upper.replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c);
}
function isInvisible(code) {
  return code === 173 || code === 6158 || code >= 8203 && code <= 8207 || code >= 8288 && code <= 8292 || code === 65279;
}
function isSpaceOrInvisible(code) {
  if (code <= 32) return code === 32 || code >= 9 && code <= 13;
  if (code < 128) return false;
  return isInvisible(code) || UNICODE_SPACE.test(String.fromCharCode(code));
}
function isUnicodeWordPart(text, i) {
  const code = text.charCodeAt(i);
  if (isInvisible(code) || code >= 55296 && code <= 57343) return true;
  return UNICODE_WORD.test(text[i]);
}
function isAscii(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

// src/parsers/sql/tokenizer.ts
var PUNCT = /* @__PURE__ */ new Set(["(", ")", ",", ";", "."]);
var MULTI_CHAR_OPS = "<=> ->> #>> :: := <> != >= <= || && -> #> @> <@ => == << >> += -= *= /= %= !< !> ~* !~ ?| ?&".split(" ");
var BACKSLASH_ESCAPES = { n: "\n", t: "	", r: "\r", b: "\b", "0": "\0", Z: "" };
function tokenize(text, dialect) {
  const lexer = new SqlLexer(text, dialect);
  const tokens = [];
  for (let token = lexer.next(); token; token = lexer.next()) tokens.push(token);
  return tokens;
}
var SqlLexer = class {
  constructor(text, dialect) {
    this.text = text;
    this.dialect = dialect;
  }
  text;
  dialect;
  pos = 0;
  /** A MySQL client delimiter other than `;`: words stop where it starts, as in `END$$`. */
  delimiter;
  /** Inside MySQL's `/*! ... *\/`, whose contents MySQL runs as code. */
  inExecutableComment = false;
  save() {
    return { pos: this.pos, inExecutableComment: this.inExecutableComment };
  }
  restore(state) {
    this.pos = state.pos;
    this.inExecutableComment = state.inExecutableComment;
  }
  /** Moves past whitespace and returns where the next token starts (the text's length at the end). */
  skipSpace() {
    const text = this.text;
    while (this.pos < text.length && isSpaceOrInvisible(text.charCodeAt(this.pos))) this.pos++;
    return this.pos;
  }
  next() {
    if (this.skipSpace() >= this.text.length) return void 0;
    const token = this.scan(this.pos);
    this.pos = Math.max(token.end, this.pos + 1);
    return token;
  }
  scan(start) {
    const text = this.text;
    const c = text[start];
    const n = text[start + 1];
    const dialect = this.dialect;
    if (c === "-" && n === "-" && this.dashDashStartsComment(start)) return this.lineComment(start, 2);
    if (c === "#" && (dialect === "mysql" || dialect === "bigquery")) return this.lineComment(start, 1);
    if (c === "/" && n === "*") return this.blockComment(start);
    if (c === "*" && n === "/" && this.inExecutableComment) {
      this.inExecutableComment = false;
      return this.make("comment", start, start + 2, "");
    }
    if (c === "'" && dialect === "bigquery") return this.bigQueryString(start, start, false);
    if (c === "'") return this.quoted(start, start, this.stringRules("'"), "string");
    if (c === '"') return this.doubleQuoted(start, start);
    if (c === "`" && dialect !== "postgres" && dialect !== "sqlserver") return this.backtick(start);
    if (c === "[" && (dialect === "sqlserver" || dialect === "sqlite")) {
      return this.quoted(start, start, { close: "]", doubling: true, backslash: "none" }, "quoted-ident");
    }
    if (isDigit(c) || c === "." && isDigit(n)) return this.number(start);
    if (c === "$") return this.dollar(start);
    if (c === "@" && dialect !== "postgres") return this.variable(start, 1);
    if (c === ":") return this.colon(start);
    if (c === "?" && dialect !== "postgres") return this.make("variable", start, start + 1);
    if (c === "#" && dialect === "sqlserver") return this.word(start);
    if (this.isWordPart(start) && !isDigit(c)) return this.word(start);
    if (PUNCT.has(c)) return this.make("punct", start, start + 1);
    return this.operator(start);
  }
  make(kind, start, end, value, extra) {
    const text = this.text.slice(start, end);
    const token = { kind, text, value: value ?? text, start, end };
    return extra ? Object.assign(token, extra) : token;
  }
  /** MySQL needs whitespace after `--`: `5--1` is five minus minus one there. */
  dashDashStartsComment(start) {
    if (this.dialect !== "mysql") return true;
    const after = this.text.charCodeAt(start + 2);
    return Number.isNaN(after) || after <= 32;
  }
  lineComment(start, markerLength) {
    const text = this.text;
    let end = start + markerLength;
    while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
    return this.make("comment", start, end, text.slice(start + markerLength, end));
  }
  blockComment(start) {
    const text = this.text;
    if (this.dialect === "mysql" && !this.inExecutableComment) {
      const executable = /\/\*M?!\d{0,6}/y;
      executable.lastIndex = start;
      const marker = executable.exec(text);
      if (marker) {
        this.inExecutableComment = true;
        return this.make("comment", start, start + marker[0].length, "");
      }
    }
    const nested = this.dialect === "postgres" || this.dialect === "sqlserver";
    let depth = 0;
    for (let i = start; i < text.length - 1; i++) {
      if (text[i] === "/" && text[i + 1] === "*") {
        depth++;
        i++;
      } else if (text[i] === "*" && text[i + 1] === "/") {
        depth = nested ? depth - 1 : 0;
        i++;
        if (depth === 0) return this.make("comment", start, i + 1, text.slice(start + 2, i - 1));
      }
    }
    return this.make("comment", start, text.length, text.slice(start + 2), { unterminated: true });
  }
  stringRules(quote) {
    const mysql = this.dialect === "mysql";
    return {
      close: quote,
      doubling: this.dialect !== "bigquery",
      backslash: mysql || this.dialect === "bigquery" ? "escape" : "none"
    };
  }
  doubleQuoted(start, quoteAt) {
    if (this.dialect === "bigquery") return this.bigQueryString(start, quoteAt, false);
    if (this.dialect === "mysql") {
      return this.quoted(start, quoteAt, this.stringRules('"'), "string");
    }
    return this.quoted(start, quoteAt, { close: '"', doubling: true, backslash: "none" }, "quoted-ident");
  }
  backtick(start) {
    const bigquery = this.dialect === "bigquery";
    return this.quoted(
      start,
      start,
      { close: "`", doubling: !bigquery, backslash: bigquery ? "escape" : "none" },
      "quoted-ident"
    );
  }
  /** A quoted string or identifier whose opening quote is at `quoteAt` (after any prefix such as `N`). */
  quoted(start, quoteAt, rules, kind) {
    const text = this.text;
    const close = rules.close;
    const contentStart = quoteAt + close.length;
    let value = "";
    let chunk = contentStart;
    let i = contentStart;
    while (i < text.length) {
      const c = text[i];
      if (c === "\\" && rules.backslash !== "none" && i + 1 < text.length) {
        const escaped = text[i + 1];
        value += text.slice(chunk, i) + (rules.backslash === "raw" ? `\\${escaped}` : unescape(escaped));
        i += 2;
        chunk = i;
      } else if (c === close[0] && text.startsWith(close, i)) {
        if (rules.doubling && close.length === 1 && text[i + 1] === c) {
          value += text.slice(chunk, i + 1);
          i += 2;
          chunk = i;
          continue;
        }
        value += text.slice(chunk, i);
        return this.make(kind, start, i + close.length, value, { contentStart, contentEnd: i });
      } else if (rules.backslash === "none") {
        const next = text.indexOf(close[0], i + 1);
        i = next < 0 ? text.length : next;
      } else {
        i++;
      }
    }
    value += text.slice(chunk);
    return this.make(kind, start, text.length, value, { contentStart, contentEnd: text.length, unterminated: true });
  }
  number(start) {
    const text = this.text;
    let i = start;
    if (text[i] === "0" && (text[i + 1] === "x" || text[i + 1] === "X") && isHexDigit(text[i + 2])) {
      i += 2;
      while (isHexDigit(text[i])) i++;
    } else {
      while (isDigit(text[i])) i++;
      if (text[i] === "." && text[i + 1] !== ".") {
        i++;
        while (isDigit(text[i])) i++;
      }
      if ((text[i] === "e" || text[i] === "E") && exponentFollows(text, i + 1)) {
        i += text[i + 1] === "+" || text[i + 1] === "-" ? 2 : 1;
        while (isDigit(text[i])) i++;
      }
    }
    if ((this.dialect === "mysql" || this.dialect === "bigquery") && i < text.length && this.isWordPart(i)) {
      return this.word(start);
    }
    return this.make("number", start, i);
  }
  dollar(start) {
    const text = this.text;
    const dialect = this.dialect;
    if (dialect === "postgres") {
      if (isDigit(text[start + 1])) return this.digitsAfter(start, "variable");
      const tag = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
      tag.lastIndex = start;
      const opening = tag.exec(text)?.[0];
      if (opening) return this.dollarQuoted(start, opening);
      return this.make("op", start, start + 1);
    }
    if (dialect === "sqlite" && start + 1 < text.length && this.isWordPart(start + 1)) {
      return this.variable(start, 1);
    }
    if (dialect === "mysql" || dialect === "sqlserver") return this.word(start);
    return this.make("op", start, start + 1);
  }
  dollarQuoted(start, tag) {
    const contentStart = start + tag.length;
    const close = this.text.indexOf(tag, contentStart);
    const end = close < 0 ? this.text.length : close;
    const extra = { contentStart, contentEnd: end, ...close < 0 ? { unterminated: true } : {} };
    return this.make("string", start, close < 0 ? end : close + tag.length, this.text.slice(contentStart, end), extra);
  }
  digitsAfter(start, kind) {
    let i = start + 1;
    while (isDigit(this.text[i])) i++;
    return this.make(kind, start, i);
  }
  /** `@x`, `@@x`, MySQL's `@'x'`; a lone `@` is an operator. */
  variable(start, sigils) {
    const text = this.text;
    let i = start + sigils;
    if (text[start] === "@" && text[i] === "@") i++;
    const quote = text[i];
    if (this.dialect === "mysql" && (quote === "'" || quote === '"' || quote === "`")) {
      const inner = this.quoted(i, i, { close: quote, doubling: true, backslash: "escape" }, "string");
      return this.make(
        "variable",
        start,
        inner.end,
        void 0,
        inner.unterminated ? { unterminated: true } : void 0
      );
    }
    if (i >= text.length || !this.isWordPart(i)) return this.make("op", start, start + 1);
    while (i < text.length && this.isWordPart(i)) i++;
    return this.make("variable", start, i);
  }
  colon(start) {
    const text = this.text;
    const next = text[start + 1];
    if (next === ":" || next === "=") return this.make("op", start, start + 2);
    const named = this.dialect === "postgres" || this.dialect === "sqlite";
    if (named && (next === "'" || next === '"') && this.dialect === "postgres") {
      const inner = this.quoted(start + 1, start + 1, { close: next, doubling: true, backslash: "none" }, "string");
      return this.make("variable", start, inner.end);
    }
    if (named && start + 1 < text.length && this.isWordPart(start + 1) && !isDigit(next)) {
      return this.variable(start, 1);
    }
    return this.make("op", start, start + 1);
  }
  word(start) {
    const text = this.text;
    let i = start + 1;
    while (i < text.length && this.isWordPart(i) && !(this.delimiter && text.startsWith(this.delimiter, i))) i++;
    const prefixed = this.prefixedString(start, i);
    if (prefixed) return prefixed;
    const raw = text.slice(start, i);
    return { kind: "word", text: raw, value: raw, upper: keywordForm(raw), start, end: i };
  }
  /** `N'..'`, `E'..'`, `X'..'`, `_utf8mb4'..'`, BigQuery `r'..'`, `b"""..."""`. */
  prefixedString(start, end) {
    const text = this.text;
    const quote = text[end];
    const prefix = text.slice(start, end).toUpperCase();
    if (quote === "'") {
      const rules = this.prefixRules(prefix);
      if (rules) return this.quoted(start, end, rules, "string");
    }
    if (this.dialect === "bigquery" && (quote === "'" || quote === '"') && /^(R|B|RB|BR)$/.test(prefix)) {
      return this.bigQueryString(start, end, prefix.includes("R"));
    }
    if (this.dialect === "postgres" && prefix === "U" && text[end] === "&") {
      if (text[end + 1] === "'") return this.quoted(start, end + 1, this.stringRules("'"), "string");
      if (text[end + 1] === '"') return this.doubleQuoted(start, end + 1);
    }
    return void 0;
  }
  prefixRules(prefix) {
    const plain = { close: "'", doubling: true, backslash: "none" };
    switch (this.dialect) {
      case "postgres":
        if (prefix === "E") return { ...plain, backslash: "escape" };
        return ["N", "B", "X"].includes(prefix) ? plain : void 0;
      case "mysql":
        return ["N", "B", "X"].includes(prefix) || /^_[A-Z0-9]+$/.test(prefix) ? this.stringRules("'") : void 0;
      case "sqlserver":
        return prefix === "N" ? plain : void 0;
      case "sqlite":
        return prefix === "X" ? plain : void 0;
      default:
        return void 0;
    }
  }
  bigQueryString(start, quoteAt, raw) {
    const text = this.text;
    const q = text[quoteAt];
    const close = text.startsWith(q.repeat(3), quoteAt) ? q.repeat(3) : q;
    return this.quoted(start, quoteAt, { close, doubling: false, backslash: raw ? "raw" : "escape" }, "string");
  }
  operator(start) {
    const text = this.text;
    for (const op of MULTI_CHAR_OPS) {
      if (text.startsWith(op, start) && this.operatorAllowed(op)) return this.make("op", start, start + op.length);
    }
    return this.make("op", start, start + 1);
  }
  operatorAllowed(op) {
    return /[#@?]/.test(op) ? this.dialect === "postgres" : true;
  }
  isWordPart(i) {
    const code = this.text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90 || code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 95) {
        return true;
      }
      if (code === 36) return this.dialect !== "bigquery";
      if (code === 64 || code === 35) return this.dialect === "sqlserver";
      return false;
    }
    return isUnicodeWordPart(this.text, i);
  }
};
function isDigit(c) {
  return c !== void 0 && c >= "0" && c <= "9";
}
function isHexDigit(c) {
  return c !== void 0 && /[0-9a-fA-F]/.test(c);
}
function exponentFollows(text, i) {
  const c = text[i];
  return isDigit(c) || (c === "+" || c === "-") && isDigit(text[i + 1]);
}
function unescape(c) {
  return BACKSLASH_ESCAPES[c] ?? c;
}

export {
  keywordForm,
  tokenize,
  SqlLexer
};
