import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  mayHoldCommand
} from "./chunk-HU7KHN2P.js";
import {
  fromOffsets,
  shiftBy
} from "./chunk-GBH2K4QU.js";

// src/parsers/universal/text-lines.ts
function quotedStrings(line, from) {
  const out = [];
  let i = from;
  while (i < line.length) {
    const c = line[i];
    if (c === "#" && out.length === 0 && line.slice(from, i).trim() === "") break;
    if (c !== '"' && c !== "'") {
      i++;
      continue;
    }
    const at = [];
    let text = "";
    let j = i + 1;
    while (j < line.length && line[j] !== c) {
      if (c === '"' && line[j] === "\\" && j + 1 < line.length) {
        const next = line[j + 1];
        text += next === "n" ? "\n" : next === "t" ? "	" : next;
        at.push(j);
        j += 2;
        continue;
      }
      text += line[j];
      at.push(j);
      j++;
    }
    at.push(j);
    out.push({ text, toLine: fromOffsets(at), end: j + 1 });
    i = j + 1;
  }
  return out;
}
function firstOf(line, ...chars) {
  const found = chars.map((c) => line.indexOf(c)).filter((i) => i >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}
var COMMENT = /^[ \t]*(#|\/\/|--|;|\/\*|\*|REM\b|::|%)/i;
var PROMPT = /^[ \t]*(?:[\w.-]*=?[>#]|\$|>)[ \t]+/;
var SQL_START = /^[ \t]*(CREATE|ALTER|DROP|TRUNCATE|DELETE|UPDATE|INSERT|MERGE|GRANT|REVOKE|COPY|EXEC|EXECUTE|CALL|DO|RENAME|REPLACE|WITH)\b/i;
var CRON_SCHEDULE = /^[ \t]*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)|(?:[\d*][\d*/,-]*[ \t]+){4}[\d*A-Za-z][\w*/,-]*)[ \t]+/;
function cronPrefix(line) {
  const schedule = CRON_SCHEDULE.exec(line)?.[0].length;
  if (schedule === void 0) return 0;
  const rest = line.slice(schedule);
  if (mayHoldCommand(rest)) return schedule;
  const user = /^[a-z_][\w-]*[ \t]+/.exec(rest)?.[0].length ?? 0;
  return user > 0 && mayHoldCommand(rest.slice(user)) ? schedule + user : schedule;
}
function textLines(text, context, near) {
  return linesOf(text, shiftBy(0), context, near);
}
var BLOCK_LINES = 40;
function linesOf(text, toFile, context, near) {
  const out = [];
  if (near?.length === 0) return out;
  const starts = lineStarts(text);
  const count = starts.length;
  const lineAt = (n) => text.slice(starts[n], n + 1 < count ? starts[n + 1] - 1 : text.length);
  let next = 0;
  for (let n = 0; n < count; n++) {
    if (near) {
      while (next < near.length && near[next] < n) next++;
      if (next === near.length) break;
      if (near[next] > n + BLOCK_LINES) {
        n = near[next] - BLOCK_LINES - 1;
        continue;
      }
    }
    const raw = lineAt(n).replace(/\r$/, "");
    if (raw.trim() === "" || COMMENT.test(raw)) continue;
    const prompt = PROMPT.exec(raw)?.[0].length ?? cronPrefix(raw);
    const line = raw.slice(prompt);
    const start = starts[n] + prompt;
    const where = `line ${n + 1} of ${context}`;
    if (SQL_START.test(line) && !line.trimEnd().endsWith(";")) {
      let end = n;
      while (end + 1 < count && end - n < BLOCK_LINES) {
        const next2 = lineAt(end + 1).trim();
        if (next2 === "") break;
        end++;
        if (next2.endsWith(";")) break;
      }
      if (end > n) {
        const block = text.slice(start, starts[end] + lineAt(end).replace(/\r$/, "").length);
        out.push({ text: block, toFile: (o) => toFile(start + o), context: where, structured: false });
        continue;
      }
    }
    const whole = { text: line, toFile: (o) => toFile(start + o), context: where, structured: false };
    out.push(whole);
    const value = valueAfterKey(line);
    if (value > 0 && mayHoldCommand(line.slice(value))) {
      const rest = line.slice(value).replace(/<\/[\w:.-]+>\s*$/, "");
      out.push({ text: rest, toFile: (o) => whole.toFile(value + o), context: where, structured: false });
    }
    if (!SQL_START.test(line)) {
      for (const q of quotedStrings(line, 0)) {
        if (q.text.trim().length < 4) continue;
        out.push({
          text: q.text,
          toFile: (o) => whole.toFile(q.toLine(o)),
          context: where,
          structured: true,
          within: whole
        });
      }
    }
  }
  return out;
}
function valueAfterKey(line) {
  const element = /^\s*<([\w:.-]+)[^<>]*>(?=[^<]+<\/\1>\s*$)/.exec(line);
  if (element) return element[0].length;
  const instruction = /^\s*[A-Z]{2,}(?:_[A-Z]+)*\s+(?:--[\w-]+(?:=\S*)?\s+(?:[A-Z][A-Z0-9_]*(?:=\S*)?\s+)?)*/.exec(
    line
  );
  if (instruction) return instruction[0].length;
  const key = /^\s*(?:-\s+)?[\w.$@-]+\s*(?::|=>|:=|=)\s+(?=[^\s"'])/.exec(line);
  return key ? key[0].length : -1;
}
function lineStarts(text) {
  const starts = [0];
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) starts.push(nl + 1);
  return starts;
}
var TEMPLATE_HOLE = /\{\{[^{}\n]*\}\}|\{%-?[^%\n]*-?%\}|#\{[^{}\n]*\}|\$\{[^{}\n]*\}|\{[A-Za-z_][\w.]*\}/g;
function withTemplateHoles(snippet) {
  if (!/\{\{|\{%|[#$]\{|\{[A-Za-z_][\w.]*\}/.test(snippet.text)) return snippet;
  let text = "";
  const at = [];
  let from = 0;
  for (const m of snippet.text.matchAll(TEMPLATE_HOLE)) {
    for (let i = from; i < m.index; i++) {
      text += snippet.text[i];
      at.push(snippet.toFile(i));
    }
    if (!m[0].startsWith("{%")) {
      text += "x";
      at.push(snippet.toFile(m.index));
    }
    from = m.index + m[0].length;
  }
  for (let i = from; i < snippet.text.length; i++) {
    text += snippet.text[i];
    at.push(snippet.toFile(i));
  }
  at.push(snippet.toFile(snippet.text.length));
  return { ...snippet, text, toFile: fromOffsets(at) };
}
function snippetSpan(snippet) {
  const lead = snippet.text.length - snippet.text.trimStart().length;
  return { start: snippet.toFile(lead), end: snippet.toFile(snippet.text.trimEnd().length) };
}

export {
  quotedStrings,
  firstOf,
  textLines,
  linesOf,
  withTemplateHoles,
  snippetSpan
};
