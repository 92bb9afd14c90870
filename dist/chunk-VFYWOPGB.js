import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  secretChecker
} from "./chunk-2YG4HSKJ.js";
import {
  shellChecker
} from "./chunk-A4ZRGPLX.js";
import {
  universalChecker
} from "./chunk-4X4SNZBF.js";
import {
  envChecker
} from "./chunk-6JXARKKP.js";
import {
  guardChecker
} from "./chunk-Z2NB5GVP.js";
import {
  cloudFormationChecker
} from "./chunk-74PGLYIL.js";
import {
  codeIacChecker
} from "./chunk-HSFHKURH.js";
import {
  manifestChecker
} from "./chunk-NOI6LN43.js";
import {
  terraformChecker
} from "./chunk-IZTUVNA5.js";
import {
  ormChecker
} from "./chunk-AQRN7QKD.js";
import {
  codeChecker
} from "./chunk-PR245LLV.js";
import {
  sqlChecker
} from "./chunk-LZZT7ABH.js";

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
