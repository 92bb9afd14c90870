import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  codeChecker
} from "./chunk-KXNIZ2VW.js";
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
  codeChecker
};
