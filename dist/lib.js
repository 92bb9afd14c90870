import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  renderDecision
} from "./chunk-OH4TXW65.js";
import "./chunk-M6CIGP4E.js";
import {
  GRAMMARS,
  allRules,
  check,
  checkSql,
  defaultPolicy,
  loadGrammar,
  loadPolicy,
  loadPostgresParser,
  loadedGrammars
} from "./chunk-SG4HENQY.js";
import "./chunk-ZHGBYMEX.js";

// src/rules/sql/lib/analyse-file.ts
async function analyseSqlFile(path, text) {
  await loadPostgresParser();
  const { analysis, findings } = checkSql(path, text, defaultPolicy());
  return {
    statements: analysis.statements.length,
    fallbacks: analysis.statements.filter((s) => s.parserError !== void 0).length,
    findings: findings.length
  };
}
async function sqlFindingsBothWays(path, text) {
  await loadPostgresParser();
  const policy = defaultPolicy();
  const keys = (parseEverything) => checkSql(path, text, policy, "postgres", { parseEverything }).findings.map((f) => ({
    ruleId: f.ruleId,
    start: f.span.start,
    end: f.span.end,
    message: f.message,
    downgradedBecause: f.downgradedBecause
  }));
  return { full: keys(true), filtered: keys(false) };
}
export {
  GRAMMARS,
  allRules,
  analyseSqlFile,
  check,
  defaultPolicy,
  loadGrammar,
  loadPolicy,
  loadedGrammars,
  renderDecision,
  sqlFindingsBothWays
};
