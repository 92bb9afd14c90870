import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  secretChecker
} from "./chunk-NXNZHYTF.js";
import {
  shellChecker
} from "./chunk-2CTXPXID.js";
import {
  universalChecker
} from "./chunk-E763D7MM.js";
import {
  envChecker
} from "./chunk-OSQ7RFTX.js";
import {
  guardChecker
} from "./chunk-IIBDDNGM.js";
import {
  cloudFormationChecker
} from "./chunk-R2EPXBKJ.js";
import {
  codeIacChecker
} from "./chunk-VYZ7S4VD.js";
import {
  manifestChecker
} from "./chunk-GATUDJM2.js";
import {
  terraformChecker
} from "./chunk-HQWDJ43Q.js";
import {
  ormChecker
} from "./chunk-IM3RFE2U.js";
import {
  codeChecker
} from "./chunk-3M5RYOWK.js";
import {
  sqlChecker
} from "./chunk-3WNRY6BI.js";

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
