import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  policySources
} from "./chunk-YQYAWUZZ.js";
import {
  Minimatch
} from "./chunk-L26QLQXM.js";

// src/rules/guard/lib/guard-paths.ts
var POLICY_FILES = [".github/two-key.yml", ".github/two-key.yaml"];
var CODEOWNERS = ["CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"];
var AGENT_GUARDS = [
  ".claude/settings.json",
  ".claude/settings.local.json",
  ".claude/hooks/**",
  ".cursor/rules/**",
  ".cursor/hooks.json",
  ".cursor/cli.json",
  ".cursor/permissions.json",
  ".cursorrules",
  ".codex/config.toml",
  ".codex/rules/**",
  ".gemini/settings.json",
  ".gemini/policies/**",
  ".windsurf/rules/**",
  ".windsurfrules",
  ".amazonq/rules/**",
  ".continue/config.json",
  ".continue/config.yaml",
  ".aider.conf.yml",
  ".github/copilot/permissions.json"
];
var WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
function isPolicyFile(path) {
  return POLICY_FILES.includes(path);
}
function isCodeowners(path) {
  return CODEOWNERS.includes(path);
}
var AGENT_GUARD_PATTERNS = AGENT_GUARDS.map((glob) => new Minimatch(glob, { dot: true }));
var AGENT_GUARD_FIRST = AGENT_GUARDS.every((glob) => glob.startsWith(".")) ? "." : "";
function isAgentGuard(path) {
  return path.startsWith(AGENT_GUARD_FIRST) && AGENT_GUARD_PATTERNS.some((m) => m.match(path));
}
function isClaudeSettings(path) {
  return /^\.claude\/settings(\.local)?\.json$/.test(path);
}
function isWorkflow(path) {
  return WORKFLOW.test(path);
}

// src/rules/guard/lib/applies.ts
function guardsGate(_path, text) {
  return text.length > 0;
}
function isGuardPath(path, policy) {
  return isPolicyFile(path) || isCodeowners(path) || isWorkflow(path) || isAgentGuard(path) || policy !== void 0 && policySources(policy).includes(path);
}
function readsGuardFile(path, _text, policy) {
  return isGuardPath(path, policy);
}
function wasGuardFile(path, _text, context, policy) {
  const previous = renamedFrom(context).get(path);
  return previous !== void 0 && isGuardPath(previous, policy);
}
var renames = /* @__PURE__ */ new WeakMap();
function renamedFrom(context) {
  let found = renames.get(context);
  if (!found) {
    found = new Map(context.files.flatMap((f) => f.previousPath === void 0 ? [] : [[f.path, f.previousPath]]));
    renames.set(context, found);
  }
  return found;
}

// src/parsers/diff.ts
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
var RangeBuilder = class {
  list = [];
  sorted = true;
  add(line) {
    const last = this.list[this.list.length - 1];
    if (last && last.end + 1 === line) last.end = line;
    else if (last && line >= last.start && line <= last.end) return;
    else {
      if (last && line < last.start) this.sorted = false;
      this.list.push({ start: line, end: line });
    }
  }
  get ranges() {
    if (!this.sorted) {
      this.list = mergeRanges(this.list, []);
      this.sorted = true;
    }
    return this.list;
  }
};
function splitPatchLines(text) {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function readHunk(lines, start, base, head) {
  const match = HUNK_HEADER.exec(lines[start] ?? "");
  if (!match) return [start + 1, false];
  let baseLine = Number(match[1]);
  let baseLeft = match[2] === void 0 ? 1 : Number(match[2]);
  let headLine = Number(match[3]);
  let headLeft = match[4] === void 0 ? 1 : Number(match[4]);
  let i = start + 1;
  while (i < lines.length && (baseLeft > 0 || headLeft > 0)) {
    const line = lines[i];
    const first = line[0];
    if (first === "-" && baseLeft > 0) {
      base.add(baseLine++);
      baseLeft--;
    } else if (first === "+" && headLeft > 0) {
      head.add(headLine++);
      headLeft--;
    } else if ((first === " " || line === "") && baseLeft > 0 && headLeft > 0) {
      baseLine++;
      headLine++;
      baseLeft--;
      headLeft--;
    } else if (first !== "\\") {
      break;
    }
    i++;
  }
  while (i < lines.length && lines[i]?.[0] === "\\") i++;
  return [i, baseLeft === 0 && headLeft === 0];
}
function parseHunks(patch) {
  const lines = splitPatchLines(patch);
  const base = new RangeBuilder();
  const head = new RangeBuilder();
  let truncated = false;
  let seenHunk = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith("@@")) {
      seenHunk = true;
      const [next, ok] = readHunk(lines, i, base, head);
      if (!ok) truncated = true;
      i = next;
    } else {
      if (seenHunk) truncated = true;
      i++;
    }
  }
  return { headChangedLines: head.ranges, baseChangedLines: base.ranges, truncated };
}
var C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function readQuotedPath(text, start = 0) {
  if (text[start] !== '"') return void 0;
  const decoder = new TextDecoder();
  let out = "";
  let bytes = [];
  const flush = () => {
    if (bytes.length > 0) out += decoder.decode(new Uint8Array(bytes));
    bytes = [];
  };
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      flush();
      return [out, i + 1];
    }
    if (ch !== "\\") {
      flush();
      out += ch;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === void 0) return void 0;
    const octal = /^[0-3][0-7]{2}/.exec(text.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 4;
    } else if (next in C_ESCAPES) {
      bytes.push(C_ESCAPES[next]);
      i += 2;
    } else {
      return void 0;
    }
  }
  return void 0;
}
function headerPath(value, prefix) {
  let name;
  if (value.startsWith('"')) {
    const quoted = readQuotedPath(value);
    if (!quoted) return void 0;
    name = quoted[0];
  } else {
    const tab = value.indexOf("	");
    name = tab < 0 ? value : value.slice(0, tab);
    if (name === "/dev/null") return void 0;
  }
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
function plainPath(value) {
  return value.startsWith('"') ? readQuotedPath(value)?.[0] : value;
}
function gitHeaderPaths(rest) {
  const strip = (name, prefix) => name?.startsWith(prefix) ? name.slice(prefix.length) : name;
  if (rest.startsWith('"')) {
    const first = readQuotedPath(rest);
    if (!first) return [void 0, void 0];
    const tail = rest.slice(first[1] + 1);
    const second = tail.startsWith('"') ? readQuotedPath(tail)?.[0] : tail;
    return [strip(first[0], "a/"), strip(second, "b/")];
  }
  if (rest.endsWith('"')) {
    const at2 = rest.lastIndexOf(' "');
    const second = at2 < 0 ? void 0 : readQuotedPath(rest, at2 + 1)?.[0];
    return [strip(rest.slice(0, Math.max(at2, 0)), "a/"), strip(second, "b/")];
  }
  if ((rest.length - 5) % 2 === 0 && rest.startsWith("a/")) {
    const half = (rest.length - 5) / 2;
    const name = rest.slice(2, 2 + half);
    if (rest.slice(2 + half) === ` b/${name}`) return [name, name];
  }
  const at = rest.indexOf(" b/");
  if (at < 0) return [void 0, void 0];
  return [strip(rest.slice(0, at), "a/"), rest.slice(at + 3)];
}
function newSection() {
  return {
    created: false,
    deleted: false,
    binary: false,
    truncated: false,
    base: new RangeBuilder(),
    head: new RangeBuilder()
  };
}
function sectionToFile(s) {
  const basePath = s.renameFrom ?? s.copyFrom ?? (s.minus === null ? void 0 : s.minus) ?? s.header?.[0];
  const headPath = s.renameTo ?? s.copyTo ?? (s.plus === null ? void 0 : s.plus) ?? s.header?.[1];
  const created = s.created || s.minus === null;
  const deleted = s.deleted || s.plus === null;
  let status;
  if (deleted) status = "removed";
  else if (created || s.copyTo !== void 0) status = "added";
  else if (s.renameTo !== void 0 && basePath !== headPath) status = "renamed";
  else status = "modified";
  const path = status === "removed" ? basePath : headPath;
  if (path === void 0) return void 0;
  const file = {
    path,
    status,
    binary: s.binary,
    truncated: s.truncated,
    headChangedLines: s.head.ranges,
    baseChangedLines: s.base.ranges
  };
  if (status === "renamed" && basePath !== void 0) file.previousPath = basePath;
  return file;
}
function mergeRanges(a, b) {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const out = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
function parseUnifiedDiff(text) {
  const lines = splitPatchLines(text);
  const files = /* @__PURE__ */ new Map();
  let section;
  const finish = () => {
    if (!section) return;
    const file = sectionToFile(section);
    section = void 0;
    if (!file) return;
    const earlier = files.get(file.path);
    if (!earlier) {
      files.set(file.path, file);
      return;
    }
    earlier.headChangedLines = mergeRanges(earlier.headChangedLines, file.headChangedLines);
    earlier.baseChangedLines = mergeRanges(earlier.baseChangedLines, file.baseChangedLines);
    earlier.binary ||= file.binary;
    earlier.truncated ||= file.truncated;
    if (earlier.status !== file.status) earlier.status = "modified";
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith("diff --git ")) {
      finish();
      section = newSection();
      section.header = gitHeaderPaths(line.slice("diff --git ".length));
      i++;
      continue;
    }
    if (line.startsWith("--- ") && lines[i + 1]?.startsWith("+++ ")) {
      if (!section || section.minus !== void 0 || section.base.ranges.length + section.head.ranges.length > 0) {
        finish();
        section = newSection();
      }
      section.minus = headerPath(line.slice(4), "a/") ?? null;
      section.plus = headerPath(lines[i + 1].slice(4), "b/") ?? null;
      i += 2;
      continue;
    }
    if (!section) {
      i++;
      continue;
    }
    if (line.startsWith("@@")) {
      const [next, ok] = readHunk(lines, i, section.base, section.head);
      if (!ok) section.truncated = true;
      i = next;
      continue;
    }
    if (line.startsWith("rename from ")) section.renameFrom = plainPath(line.slice("rename from ".length));
    else if (line.startsWith("rename to ")) section.renameTo = plainPath(line.slice("rename to ".length));
    else if (line.startsWith("copy from ")) section.copyFrom = plainPath(line.slice("copy from ".length));
    else if (line.startsWith("copy to ")) section.copyTo = plainPath(line.slice("copy to ".length));
    else if (line.startsWith("new file mode ")) section.created = true;
    else if (line.startsWith("deleted file mode ")) section.deleted = true;
    else if (line.startsWith("Binary files ") || line === "GIT binary patch") section.binary = true;
    i++;
  }
  finish();
  return files;
}
function splitLines(text) {
  if (text === void 0 || text === "") return [];
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  return lines;
}
function diffLines(baseText, headText, maxEdits = 4e3) {
  const a = splitLines(baseText);
  const b = splitLines(headText);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    suffix++;
  }
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  const base = new RangeBuilder();
  const head = new RangeBuilder();
  const whole = () => {
    for (let i = 0; i < n; i++) base.add(prefix + i + 1);
    for (let j = 0; j < m; j++) head.add(prefix + j + 1);
    return { baseChangedLines: base.ranges, headChangedLines: head.ranges };
  };
  if (n === 0 || m === 0) return whole();
  const ids = /* @__PURE__ */ new Map();
  const id = (line) => {
    let v = ids.get(line);
    if (v === void 0) ids.set(line, v = ids.size);
    return v;
  };
  const x0 = Int32Array.from(a.slice(prefix, prefix + n), id);
  const y0 = Int32Array.from(b.slice(prefix, prefix + m), id);
  const edits = myers(x0, y0, maxEdits);
  if (!edits) return whole();
  edits.deleted.forEach((gone, i) => gone && base.add(prefix + i + 1));
  edits.inserted.forEach((added, j) => added && head.add(prefix + j + 1));
  return { baseChangedLines: base.ranges, headChangedLines: head.ranges };
}
function myers(a, b, maxD) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, maxD) && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && v[off + k - 1] < v[off + k + 1] ? v[off + k + 1] : v[off + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[off + k] = x2;
      if (x2 >= n && y2 >= m) {
        found = d;
        break;
      }
    }
    trace.push(v.slice(off - d, off + d + 1));
  }
  if (found < 0) return void 0;
  const deleted = new Array(n).fill(false);
  const inserted = new Array(m).fill(false);
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1];
    const at = (k2) => prev[k2 + d - 1];
    const k = x - y;
    const down = k === -d || k !== d && at(k - 1) < at(k + 1);
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    if (down) inserted[prevY] = true;
    else deleted[prevX] = true;
    x = prevX;
    y = prevY;
  }
  return { deleted, inserted };
}

export {
  isPolicyFile,
  isCodeowners,
  isAgentGuard,
  isClaudeSettings,
  isWorkflow,
  parseHunks,
  parseUnifiedDiff,
  diffLines,
  guardsGate,
  readsGuardFile,
  wasGuardFile
};
