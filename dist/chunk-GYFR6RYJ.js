import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  codeLanguageOf,
  readAsCodeByNet
} from "./chunk-HJNDF2KS.js";
import {
  LineIndex
} from "./chunk-O3AVP3WD.js";

// src/parsers/universal/file-kind.ts
var PROSE = /\.(md|mdx|markdown|rst|adoc|asciidoc|textile|rdoc|org|pod|tex)$/i;
var PROSE_NAMES = /(^|\/)(changelog|changes|history|news|license|licence|copying|authors|contributors|contributing|notice|code_of_conduct|security|readme)(\.[a-z]+)?$/i;
var DOCS = /(^|\/)(docs?|documentation|man)\//i;
var FORMS = /(^|\/)(\.github\/(ISSUE_TEMPLATE|DISCUSSION_TEMPLATE)|\.gitlab\/(issue_templates|merge_request_templates))\//i;
var DATA = /\.(csv|tsv|psv|lock|sum|svg|map|snap|po|pot|xliff|resx|strings|pem|crt|key|pub|sig|asc)$/i;
var LOCKFILES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|composer\.lock|Gemfile\.lock|Cargo\.lock|poetry\.lock|go\.sum)$/i;
var MINIFIED = /\.min\.(js|css)$/i;
var SHEBANG_INTERPRETER = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:\S*\/)?([a-z]+)/;
var BY_INTERPRETER = {
  python: "python",
  python3: "python",
  python2: "python",
  node: "javascript",
  nodejs: "javascript",
  deno: "typescript",
  bun: "javascript",
  ruby: "ruby"
};
function shebangLanguage(text) {
  if (!text.startsWith("#!")) return void 0;
  const interpreter = SHEBANG_INTERPRETER.exec(text.slice(0, 200))?.[1]?.replace(/[\d.]+$/, "");
  return interpreter === void 0 ? void 0 : BY_INTERPRETER[interpreter] ?? BY_INTERPRETER[`${interpreter}3`];
}
function universalKindOf(path, text) {
  if (PROSE.test(path) || PROSE_NAMES.test(path)) return { kind: "skipped", why: "prose" };
  if (DOCS.test(path) || FORMS.test(path)) return { kind: "skipped", why: "documentation" };
  if (LOCKFILES.test(path) || DATA.test(path)) return { kind: "skipped", why: "data" };
  if (MINIFIED.test(path)) return { kind: "skipped", why: "minified code" };
  if (/\.ipynb$/i.test(path)) return { kind: "notebook" };
  const language = codeLanguageOf(path) ?? (hasNoExtension(path) ? shebangLanguage(text) : void 0);
  if (language && readAsCodeByNet(language)) return { kind: "code", language };
  if (/\.ya?ml$/i.test(path)) return { kind: "yaml" };
  if (/\.(json|jsonc|json5)$/i.test(path)) return { kind: "json" };
  if (/\.toml$/i.test(path)) return { kind: "toml" };
  if (/\.(ini|cfg|conf|properties|env)$/i.test(path) || /(^|\/)\.env(\.[\w-]+)?$/.test(path)) return { kind: "ini" };
  return { kind: "text" };
}
function hasNoExtension(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return !name.includes(".");
}

// src/rules/universal/lib/applies.ts
function netReads(path, text) {
  return universalKindOf(path, text).kind !== "skipped";
}

// src/rules/universal/lib/covered.ts
function withoutCovered(raw, text, baseText) {
  const isNet = (f) => f.ruleId.startsWith("universal/");
  if (!raw.some(isNet)) return raw;
  const lines = { head: new LineIndex(text), base: new LineIndex(baseText ?? "") };
  const covered = /* @__PURE__ */ new Set();
  for (const f of raw) {
    if (isNet(f)) continue;
    const index = lines[f.side ?? "head"];
    const range = index.lineRangeOf(f.span);
    for (let line = range.start; line <= range.end; line++) covered.add(`${f.side ?? "head"}:${line}`);
  }
  return raw.filter(
    (f) => !isNet(f) || !covered.has(`${f.side ?? "head"}:${lines[f.side ?? "head"].lineOf(f.span.start)}`)
  );
}

export {
  universalKindOf,
  netReads,
  withoutCovered
};
