import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  engineRuleIds,
  ruleIds
} from "./chunk-JWIUDYGN.js";
import {
  loadPolicy
} from "./chunk-BBWLKOMW.js";
import {
  defaultPolicy
} from "./chunk-EIH2OVFC.js";

// src/hook/policy.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
var POLICY_FILE = ".github/two-key.yml";
function repositoryRoot(cwd) {
  let dir = resolve(cwd);
  for (; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}
function runtimePolicy(root) {
  const file = join(root, POLICY_FILE);
  if (!existsSync(file)) return defaultPolicy();
  const read = (path) => {
    const target = resolve(root, path);
    if (relative(root, target).startsWith("..")) return void 0;
    try {
      return readFileSync(target, "utf8");
    } catch {
      return void 0;
    }
  };
  return loadPolicy(readFileSync(file, "utf8"), POLICY_FILE, read, { knownRuleIds: [...ruleIds, ...engineRuleIds] });
}

export {
  repositoryRoot,
  runtimePolicy
};
