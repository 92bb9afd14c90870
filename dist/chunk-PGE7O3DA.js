import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  Minimatch
} from "./chunk-L26QLQXM.js";

// src/policy/paths.ts
var cache = /* @__PURE__ */ new Map();
function matcher(pattern, nocase) {
  const key = `${nocase ? "i" : "s"}:${pattern}`;
  let m = cache.get(key);
  if (!m) {
    m = new Minimatch(pattern, { dot: true, nocase });
    cache.set(key, m);
  }
  return m;
}
function matchesAny(patterns, path, nocase = false) {
  return anyOf(patterns, nocase)(path);
}
var listMatchers = /* @__PURE__ */ new WeakMap();
function anyOf(patterns, nocase) {
  let byCase = listMatchers.get(patterns);
  if (!byCase) listMatchers.set(patterns, byCase = /* @__PURE__ */ new Map());
  let test = byCase.get(nocase);
  if (!test) {
    const entries = patterns.map((pattern) => ({ m: matcher(pattern, nocase), needs: requiredText(pattern, nocase) }));
    test = (path) => {
      const subject = nocase ? path.toLowerCase() : path;
      return entries.some(({ m, needs }) => (needs === "" || subject.includes(needs)) && m.match(path));
    };
    byCase.set(nocase, test);
  }
  return test;
}
function requiredText(pattern, nocase) {
  if (/[{}()[\]\\!+@]/.test(pattern)) return "";
  let longest = "";
  for (const piece of pattern.split(/[*?]+/)) {
    const plain = piece.replace(/^\/+|\/+$/g, "");
    if (plain.length > longest.length) longest = plain;
  }
  if (!nocase) return longest;
  return /^[\x00-\x7f]*$/.test(longest) ? longest.toLowerCase() : "";
}
function isIncluded(policy, path) {
  return matchesAny(policy.paths.include, path) && !matchesAny(policy.paths.exclude, path);
}
function isNonBlocking(policy, path) {
  return matchesAny(policy.paths.nonBlocking, path);
}
function isRollbackPath(policy, path) {
  return matchesAny(policy.paths.rollback, path);
}
function sqlDialectFor(policy, path) {
  let dialect;
  for (const [pattern, d] of Object.entries(policy.families.sql.dialects)) {
    if (matcher(pattern, false).match(path)) dialect = d;
  }
  return dialect;
}
function matchesFamily(policy, family, path) {
  return matchesAny(policy.families[family].paths, path, true);
}
function approvalRuleFor(policy, query) {
  const rule = policy.approvals.rules.find(
    ({ match }) => (match.kinds === void 0 || match.kinds.includes(query.kind)) && (match.rules === void 0 || matchesAny(match.rules, query.ruleId)) && (match.paths === void 0 || matchesAny(match.paths, query.path))
  );
  const found = rule ?? policy.approvals.default;
  const extra = query.agentAuthored ? policy.agents.extraApprovals : 0;
  return { count: found.count + extra, from: [...found.from] };
}

export {
  matchesAny,
  isIncluded,
  isNonBlocking,
  isRollbackPath,
  sqlDialectFor,
  matchesFamily,
  approvalRuleFor
};
