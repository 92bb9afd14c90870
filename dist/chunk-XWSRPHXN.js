import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  universalChecker
} from "./chunk-RNDW5GN7.js";
import {
  ormChecker
} from "./chunk-NRMGTVVQ.js";
import {
  secretChecker
} from "./chunk-YHYOKEUP.js";
import {
  shellChecker
} from "./chunk-EVXQQHCB.js";
import {
  codeChecker
} from "./chunk-25VYFG7J.js";
import {
  envChecker
} from "./chunk-SHSTFMYK.js";
import {
  guardChecker
} from "./chunk-XW7NOMFJ.js";
import {
  guardTextChecker
} from "./chunk-4UXJRGLV.js";
import {
  cloudFormationChecker
} from "./chunk-DROY2XDY.js";
import {
  codeIacChecker
} from "./chunk-XQT7ED2D.js";
import {
  manifestChecker
} from "./chunk-HS44AG66.js";
import {
  terraformChecker
} from "./chunk-TGTB56OY.js";
import {
  sqlChecker
} from "./chunk-3I6UD7CH.js";

// src/rules/registry.ts
var checkers = [
  sqlChecker,
  ormChecker,
  shellChecker,
  cloudFormationChecker,
  manifestChecker,
  codeIacChecker,
  terraformChecker,
  codeChecker,
  envChecker,
  secretChecker,
  guardChecker,
  guardTextChecker,
  // Last: the net under the precise readers, for what none of them understands.
  universalChecker
];
var allRules = checkers.flatMap((c) => c.rules);
var ruleIds = allRules.map((r) => r.meta.id);
var engineRuleIds = ["core/unreadable-file", "core/added-suppression"];
function findRule(id) {
  return allRules.find((r) => r.meta.id === id);
}

export {
  checkers,
  allRules,
  ruleIds,
  engineRuleIds,
  findRule
};
