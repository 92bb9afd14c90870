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
  allRules
} from "./chunk-JWIUDYGN.js";
import {
  loadPolicy
} from "./chunk-BBWLKOMW.js";
import "./chunk-3UXB7SWX.js";
import {
  NO_PREFILTER,
  findSecrets,
  presetHits,
  scanWithPreset
} from "./chunk-WDX2CRTG.js";
import "./chunk-PWAZK2YD.js";
import "./chunk-7DLIBZMO.js";
import "./chunk-DDB6ZLY5.js";
import "./chunk-HU7KHN2P.js";
import "./chunk-EDGMJUJL.js";
import "./chunk-O5VG4T57.js";
import {
  defaultPolicy
} from "./chunk-EIH2OVFC.js";
import "./chunk-4FNLEWMR.js";
import "./chunk-4UXJRGLV.js";
import "./chunk-AOPES7MT.js";
import "./chunk-WG42RVUK.js";
import "./chunk-3PML2GVG.js";
import "./chunk-P6RYG27D.js";
import "./chunk-ZQIJZ6PA.js";
import "./chunk-LIWINHBA.js";
import "./chunk-MW2464UR.js";
import "./chunk-ICKOAMR6.js";
import "./chunk-JMVSX7PE.js";
import "./chunk-XQKURTTO.js";
import "./chunk-JBCSFPUI.js";
import "./chunk-YVSR3L74.js";
import "./chunk-JDMKUC5Z.js";
import "./chunk-ODTQXCHN.js";
import {
  check
} from "./chunk-4QNIKBWI.js";
import "./chunk-KMZZXUNL.js";
import "./chunk-GYFR6RYJ.js";
import "./chunk-OLZQIAYM.js";
import "./chunk-O7FLODLP.js";
import "./chunk-YQYAWUZZ.js";
import "./chunk-EG3ONA5W.js";
import "./chunk-3DOHBPV7.js";
import "./chunk-Z7S54ZPA.js";
import "./chunk-UIYDHM7P.js";
import "./chunk-KXNIZ2VW.js";
import "./chunk-X54T4A62.js";
import "./chunk-3RSMXYZE.js";
import "./chunk-K62ZBVT7.js";
import "./chunk-2IV7QSKK.js";
import "./chunk-PCBBMPLR.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-IXLGDSIJ.js";
import "./chunk-DDJ2I2V4.js";
import "./chunk-ZBXMPTUD.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-NRRSUNAF.js";
import "./chunk-HM52GXR3.js";
import "./chunk-HJNDF2KS.js";
import "./chunk-SGP6KUTB.js";
import "./chunk-GVQ55VA2.js";
import "./chunk-VTILP2YK.js";
import "./chunk-ASCISIAG.js";
import "./chunk-W4I5MKF7.js";
import {
  checkSql
} from "./chunk-R3RUAV57.js";
import "./chunk-PO5BOZ4F.js";
import "./chunk-O5EZW7AY.js";
import {
  loadPostgresParser
} from "./chunk-25IFS2WD.js";
import "./chunk-UD7HIGTY.js";
import "./chunk-FJFFMLKF.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-7HYHVU3F.js";
import "./chunk-MC2PQM5U.js";
import "./chunk-PGE7O3DA.js";
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
