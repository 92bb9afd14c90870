import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/core/word-alternation.ts
var SPECIAL = /[.*+?^${}()|[\]\\/-]/;
function escapeChar(c) {
  return SPECIAL.test(c) ? `\\${c}` : c;
}
function wordAlternation(words) {
  const root = { end: false, next: /* @__PURE__ */ new Map() };
  for (const word of words) {
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, child = { end: false, next: /* @__PURE__ */ new Map() });
      node = child;
    }
    node.end = true;
  }
  return `(?:${emit(root)})`;
}
function emit(node) {
  const branches = [...node.next].map(([c, child]) => escapeChar(c) + emit(child));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
  if (!node.end) return body;
  return branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${body})?`;
}

export {
  wordAlternation
};
