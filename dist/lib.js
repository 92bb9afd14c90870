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
  loadPolicy
} from "./chunk-24K6MIFE.js";
import "./chunk-3UXB7SWX.js";
import {
  allRules
} from "./chunk-VFYWOPGB.js";
import {
  NO_PREFILTER,
  findSecrets,
  presetHits,
  scanWithPreset
} from "./chunk-2YG4HSKJ.js";
import "./chunk-A4ZRGPLX.js";
import "./chunk-4X4SNZBF.js";
import "./chunk-2YJWSV3I.js";
import "./chunk-TOD5O57O.js";
import "./chunk-6JXARKKP.js";
import "./chunk-Z2NB5GVP.js";
import "./chunk-YQYAWUZZ.js";
import {
  defaultPolicy
} from "./chunk-7DV4JXMW.js";
import "./chunk-J6JF2XDC.js";
import "./chunk-74PGLYIL.js";
import "./chunk-HSFHKURH.js";
import "./chunk-WRCT4VLU.js";
import "./chunk-NOI6LN43.js";
import "./chunk-DJPNWQ6E.js";
import "./chunk-IZTUVNA5.js";
import "./chunk-YWI7A2Z2.js";
import "./chunk-PB7XRD26.js";
import "./chunk-WDHBE4RX.js";
import "./chunk-SNHKS3H4.js";
import "./chunk-AQRN7QKD.js";
import {
  check
} from "./chunk-EMKGHLUQ.js";
import "./chunk-KMZZXUNL.js";
import "./chunk-GYFR6RYJ.js";
import "./chunk-BPSNGE7F.js";
import "./chunk-I3XLCXG5.js";
import "./chunk-BMJY2NMH.js";
import "./chunk-3DOHBPV7.js";
import "./chunk-2BVPKUPA.js";
import "./chunk-UIYDHM7P.js";
import "./chunk-PR245LLV.js";
import "./chunk-X54T4A62.js";
import "./chunk-3RSMXYZE.js";
import "./chunk-7LCIWUY4.js";
import "./chunk-MHWEYSKY.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-FZCVTV3C.js";
import "./chunk-B45XN2NF.js";
import "./chunk-ZBXMPTUD.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-NRRSUNAF.js";
import "./chunk-HM52GXR3.js";
import "./chunk-HJNDF2KS.js";
import "./chunk-UDQG4FLI.js";
import "./chunk-GXHFM2CJ.js";
import "./chunk-VTILP2YK.js";
import "./chunk-ASCISIAG.js";
import "./chunk-W4I5MKF7.js";
import {
  checkSql
} from "./chunk-LZZT7ABH.js";
import "./chunk-PO5BOZ4F.js";
import "./chunk-O5EZW7AY.js";
import {
  loadPostgresParser
} from "./chunk-746TT2RB.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-MC2PQM5U.js";
import "./chunk-BM2T7G7S.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import {
  GRAMMARS,
  loadGrammar,
  loadedGrammars
} from "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
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

// src/rules/secret/lib/both-ways.ts
async function secretsBothWays(path, text) {
  const full = findSecrets(text, await presetHits(path, text), NO_PREFILTER);
  return { full, filtered: findSecrets(text, await scanWithPreset(path, text)) };
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
  secretsBothWays,
  sqlFindingsBothWays
};
