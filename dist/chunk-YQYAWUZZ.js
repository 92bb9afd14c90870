import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/policy/sources.ts
var sources = /* @__PURE__ */ new WeakMap();
function recordPolicySources(policy, paths) {
  sources.set(policy, [...paths]);
  return policy;
}
function policySources(policy) {
  return sources.get(policy) ?? [];
}

export {
  recordPolicySources,
  policySources
};
