import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  secretChecker
} from "./chunk-WDX2CRTG.js";
import {
  shellChecker
} from "./chunk-PWAZK2YD.js";
import {
  universalChecker
} from "./chunk-7DLIBZMO.js";
import {
  envChecker
} from "./chunk-EDGMJUJL.js";
import {
  guardChecker
} from "./chunk-O5VG4T57.js";
import {
  guardTextChecker
} from "./chunk-4UXJRGLV.js";
import {
  cloudFormationChecker
} from "./chunk-3PML2GVG.js";
import {
  codeIacChecker
} from "./chunk-P6RYG27D.js";
import {
  manifestChecker
} from "./chunk-MW2464UR.js";
import {
  terraformChecker
} from "./chunk-JMVSX7PE.js";
import {
  ormChecker
} from "./chunk-ODTQXCHN.js";
import {
  codeChecker
} from "./chunk-KXNIZ2VW.js";
import {
  sqlChecker
} from "./chunk-R3RUAV57.js";

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
