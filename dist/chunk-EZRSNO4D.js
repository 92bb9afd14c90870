import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  iacCodeReferences
} from "./chunk-ZQIJZ6PA.js";
import {
  refineryEvidencePaths
} from "./chunk-4QNIKBWI.js";
import {
  Minimatch
} from "./chunk-L26QLQXM.js";

// src/parsers/text/decode.ts
import { isUtf8 } from "node:buffer";
var MAX_TEXT_BYTES = 128 * 1024 * 1024;
var BINARY_SNIFF_BYTES = 8e3;
var CP1252_HIGH = "\u20AC\x81\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\x8D\u017D\x8F\x90\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\x9D\u017E\u0178";
function decodeWindows1252(bytes) {
  return bytes.toString("latin1").replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 128]);
}
function decodeUtf16(bytes, bigEndian) {
  const even = Buffer.from(bytes.subarray(0, bytes.length - bytes.length % 2));
  if (bigEndian) even.swap16();
  return new TextDecoder("utf-16le").decode(even);
}
function utf16Order(bytes) {
  if (bytes.length < 2) return void 0;
  if (bytes[0] === 255 && bytes[1] === 254) return "le";
  if (bytes[0] === 254 && bytes[1] === 255) return "be";
  const sample = bytes.subarray(0, Math.min(bytes.length - bytes.length % 2, BINARY_SNIFF_BYTES));
  if (sample.length < 8 || !sample.includes(0)) return void 0;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const pairs = sample.length / 2;
  if (oddNuls / pairs > 0.6 && evenNuls / pairs < 0.05) return "le";
  if (evenNuls / pairs > 0.6 && oddNuls / pairs < 0.05) return "be";
  return void 0;
}
var CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
function controlShare(text) {
  if (text.length === 0 || !CONTROL.test(text)) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11 || c >= 127 && c < 160) controls++;
  }
  return controls / text.length;
}
function decodeFileText(bytes) {
  let text;
  const utf16 = utf16Order(bytes);
  if (utf16 !== void 0) {
    text = decodeUtf16(bytes, utf16 === "be");
  } else if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { binary: true };
  } else if (bytes.includes(0)) {
    return { unreadable: `holds a NUL byte at byte ${bytes.indexOf(0)}, which hides what follows it from parsers` };
  } else {
    const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    if (bom) {
      text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3));
    } else {
      text = isUtf8(bytes) ? bytes.toString("utf8") : decodeWindows1252(bytes);
    }
  }
  if (controlShare(text) > 0.3) return { unreadable: "not a text file" };
  return { text };
}

// src/engine/neighbour-files.ts
var MODULE_FILE = /\.(tf|tofu|tfvars)$/i;
var MAX_NEIGHBOURS = 200;
var dirOf = (path) => path.slice(0, Math.max(0, path.lastIndexOf("/")));
function moduleDirs(files, referenced = []) {
  const dirs = files.filter((f) => MODULE_FILE.test(f.path)).map((f) => dirOf(f.path));
  for (const path of referenced) dirs.push(referencedDir(path));
  return [...new Set(dirs)];
}
function pickNeighbours(files, listing, room = MAX_NEIGHBOURS, referenced = /* @__PURE__ */ new Set()) {
  const changed = new Set(files.map((f) => f.path));
  const wanted = referencedMatcher(referenced);
  return listing.filter((entry) => (MODULE_FILE.test(entry.path) || wanted(entry.path)) && !changed.has(entry.path)).slice(0, Math.max(0, room));
}
function referencedMatcher(referenced) {
  const paths = /* @__PURE__ */ new Set();
  const globs = [];
  for (const r of referenced) {
    if (/[*?[]/.test(r)) globs.push(new Minimatch(r, { dot: true }));
    else paths.add(r);
  }
  return (path) => paths.has(path) || globs.some((g) => g.match(path));
}
function referencedDir(reference) {
  const literal = reference.split("/");
  const at = literal.findIndex((part) => /[*?[]/.test(part));
  const parts = at < 0 ? literal.slice(0, -1) : literal.slice(0, at);
  return parts.join("/");
}

// src/engine/referenced-files.ts
function referencedPaths(files) {
  const out = /* @__PURE__ */ new Set();
  for (const file of files) {
    const text = file.headText;
    if (!text || file.binary) continue;
    for (const p of refineryEvidencePaths(file.path)) out.add(p);
    const iac = iacCodeReferences(file.path, text);
    if (iac.length) {
      for (const p of iac) out.add(p);
      continue;
    }
    if (MAKE_COMMAND.test(text))
      for (const p of makefilesAbove(file.path.includes(".github/") ? "" : file.path)) out.add(p);
    if (MAKEFILE.test(file.path)) {
      for (const p of makeIncludes(file.path, text)) out.add(p);
      if (!/(^|\/)(GNUmakefile|[Mm]akefile)$/.test(file.path)) for (const p of makefilesAbove(file.path)) out.add(p);
    } else if (WORKFLOW.test(file.path)) for (const p of localActions(text)) out.add(p);
    else if (GITLAB.test(file.path)) for (const p of gitlabIncludes(text)) out.add(p);
    else if (SCRIPT.test(file.path) || SHEBANG.test(text.slice(0, 200)))
      for (const p of sourcedFiles(file.path, text)) out.add(p);
    else if (SOURCEABLE.test(file.path) && !NAMED_KIND.test(file.path))
      for (const p of scriptsNear(file.path)) out.add(p);
    if (HOLDS_COMMANDS.test(file.path) || WORKFLOW.test(file.path) || GITLAB.test(file.path))
      for (const p of sourcedFiles(file.path, text, SOURCE_IN_PIECE)) out.add(p);
  }
  for (const file of files) out.delete(file.path);
  return [...out];
}
var WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
var LOCAL_ACTION = /^[ \t-]*uses:[ \t]*['"]?\.\/([\w./-]+?)\/?['"]?[ \t]*(?:#.*)?$/gm;
var GITLAB = /(^|\/)(\.gitlab-ci\.ya?ml|[^/]+\.gitlab-ci\.ya?ml|\.gitlab\/.+\.ya?ml)$/i;
var GITLAB_INCLUDE = /^[ \t]*(?:-[ \t]*)?(?:local:|include:)?[ \t]*['"]?\/?([\w./-]+\.ya?ml)['"]?[ \t]*$/gm;
var MAKEFILE = /(^|\/)(GNUmakefile|[Mm]akefile)$|\.mk$|\.make$/;
var SCRIPT = /\.(sh|bash)$/i;
var SOURCEABLE = /(^|\/)([^/.]+|[^/]*\.(env|rc|inc|conf|cfg|vars|profile|lib|functions|source))$/i;
var NAMED_KIND = /(^|\/)(Dockerfile|Containerfile|Procfile|Gemfile|Rakefile|Brewfile|Vagrantfile|Jenkinsfile|Justfile|justfile|LICENSE|CODEOWNERS|VERSION)$/;
function scriptsNear(path) {
  const dir = dirOf2(path);
  const up = dir.includes("/") ? dirOf2(dir) : "";
  return [.../* @__PURE__ */ new Set([dir, up])].flatMap((d) => [`${d ? d + "/" : ""}*.sh`, `${d ? d + "/" : ""}*.bash`]);
}
var SHEBANG = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:\S*\/)?(?:ba|da|a)?sh(?:[ \t]|$)/;
var SOURCE = /(?:^|[;&|({]|\bthen|\bdo|\belse)[ \t]*(?:source|\.)[ \t]+([^\n;&|]+)/gm;
var SOURCE_IN_PIECE = /(?:^|[\s;&|({:"'])(?:source|\.)[ \t]+([^\n;&|"]+)/gm;
var HOLDS_COMMANDS = /(^|\/)(Dockerfile|Containerfile)(\.[\w.-]+)?$|\.[Dd]ockerfile$|(^|\/)(GNUmakefile|[Mm]akefile|[Jj]ustfile)$|\.mk$|(^|\/)\.circleci\/|azure-pipelines|bitbucket-pipelines|\.buildkite\/|(^|\/)Jenkinsfile/;
var BESIDE = /^["']?\$(?:\((?:[^()]|\([^()]*\))*\)|\{[^}]*\}|\w+)["']?\/([^"'\s$`]+)/;
var PLAIN = /^["']?([^"'\s$`/][^"'\s$`]*)["']?(?:\s|$)/;
var INCLUDE = /^[ \t]*(?:-|s)?include[ \t]+([^\n#]+)/gm;
function dirOf2(path) {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}
function join(dir, relative) {
  const parts = dir ? dir.split("/") : [];
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (!parts.length) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length ? parts.join("/") : void 0;
}
function sourcedFiles(path, text, pattern = SOURCE) {
  const out = [];
  for (const m of text.matchAll(pattern)) {
    const words = m[1].trim();
    const beside = BESIDE.exec(words)?.[1];
    const plain = beside === void 0 ? PLAIN.exec(words)?.[1] : void 0;
    if (beside) out.push(...[join(dirOf2(path), beside)].filter((p) => p !== void 0));
    if (plain) {
      for (const p of [join(dirOf2(path), plain), join("", plain)]) if (p) out.push(p);
    }
  }
  return out;
}
function localActions(text) {
  const out = [];
  for (const m of text.matchAll(LOCAL_ACTION)) {
    const dir = join("", m[1]);
    if (dir && !/\.ya?ml$/i.test(dir)) out.push(`${dir}/action.yml`, `${dir}/action.yaml`);
  }
  return out;
}
function gitlabIncludes(text) {
  const out = [];
  for (const m of text.matchAll(GITLAB_INCLUDE)) {
    const p = join("", m[1]);
    if (p) out.push(p);
  }
  return out;
}
var MAKE_COMMAND = /(?:^|[\s;&|(`"'])(?:g?make|\$\(MAKE\)|\$\{MAKE\})[ \t]+[\w-]/m;
function makefilesAbove(path) {
  const parts = path.split("/").slice(0, -1);
  const out = [];
  for (let i = parts.length; i >= 0; i--) {
    const dir = parts.slice(0, i).join("/");
    for (const name of ["GNUmakefile", "makefile", "Makefile"]) out.push(dir ? `${dir}/${name}` : name);
  }
  return out;
}
function makeIncludes(path, text) {
  const out = [];
  for (const m of text.matchAll(INCLUDE)) {
    const words = m[1].replace(/\$\(wildcard\s+([^()]*)\)/g, "$1").trim();
    for (const word of words.split(/\s+/)) {
      if (word.includes("$") || word.startsWith("/")) continue;
      for (const p of [join(dirOf2(path), word), join("", word)]) if (p) out.push(p);
    }
  }
  return out;
}

export {
  MAX_TEXT_BYTES,
  decodeFileText,
  MAX_NEIGHBOURS,
  moduleDirs,
  pickNeighbours,
  referencedMatcher,
  referencedDir,
  referencedPaths
};
