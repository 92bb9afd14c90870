import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  allRules,
  checkers,
  engineRuleIds,
  findRule,
  ruleIds
} from "./chunk-JWIUDYGN.js";
import "./chunk-WDX2CRTG.js";
import "./chunk-PWAZK2YD.js";
import "./chunk-7DLIBZMO.js";
import "./chunk-DDB6ZLY5.js";
import "./chunk-HU7KHN2P.js";
import "./chunk-EDGMJUJL.js";
import "./chunk-O5VG4T57.js";
import "./chunk-EIH2OVFC.js";
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
import "./chunk-R3RUAV57.js";
import "./chunk-PO5BOZ4F.js";
import "./chunk-O5EZW7AY.js";
import "./chunk-25IFS2WD.js";
import "./chunk-UD7HIGTY.js";
import "./chunk-FJFFMLKF.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-7HYHVU3F.js";
import "./chunk-MC2PQM5U.js";
import "./chunk-PGE7O3DA.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";
export {
  allRules,
  checkers,
  engineRuleIds,
  findRule,
  ruleIds
};
