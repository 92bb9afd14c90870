import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  universalChecker
} from "./chunk-E763D7MM.js";
import "./chunk-IM3RFE2U.js";
import {
  withoutCovered
} from "./chunk-RKFEUSH7.js";
import "./chunk-4SHDLCF7.js";
import "./chunk-JARE72S4.js";
import "./chunk-6QULEKZ6.js";
import "./chunk-3AJ22T4V.js";
import "./chunk-Y33ZVVZR.js";
import "./chunk-R3TQSVBK.js";
import "./chunk-ZBXMPTUD.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-NRRSUNAF.js";
import "./chunk-LWDZR4ZD.js";
import "./chunk-XVLRCMGV.js";
import "./chunk-K4GG7FI2.js";
import "./chunk-QBLIXYYC.js";
import "./chunk-OFSHOKLX.js";
import "./chunk-3WNRY6BI.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-D6XSHIPF.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";
export {
  universalChecker,
  withoutCovered
};
