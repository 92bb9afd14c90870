import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  safetyBypass
} from "./chunk-AOPES7MT.js";
import {
  guardsGate
} from "./chunk-O7FLODLP.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";

// src/rules/guard/lib/text-checker.ts
var guardTextRules = [safetyBypass];
var guardTextChecker = {
  family: "guard",
  rules: guardTextRules,
  appliesTo: guardsGate,
  prepare: async () => {
  },
  check(file) {
    const doc = { ...file };
    return { findings: runRules(guardTextRules, doc, () => false), notes: [] };
  }
};

export {
  guardTextChecker
};
