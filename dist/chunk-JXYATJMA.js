import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  envChecker
} from "./chunk-6JXARKKP.js";
import "./chunk-DJPNWQ6E.js";
import "./chunk-BPSNGE7F.js";
import "./chunk-2BVPKUPA.js";
import "./chunk-7LCIWUY4.js";
import "./chunk-MHWEYSKY.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-B45XN2NF.js";
import "./chunk-ZBXMPTUD.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-UDQG4FLI.js";
import "./chunk-GXHFM2CJ.js";
import "./chunk-VTILP2YK.js";
import "./chunk-ASCISIAG.js";
import "./chunk-LZZT7ABH.js";
import "./chunk-PO5BOZ4F.js";
import "./chunk-O5EZW7AY.js";
import "./chunk-746TT2RB.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-MC2PQM5U.js";
import "./chunk-BM2T7G7S.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";
export {
  envChecker
};
