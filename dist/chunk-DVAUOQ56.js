import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  envChecker
} from "./chunk-OSQ7RFTX.js";
import "./chunk-DJPNWQ6E.js";
import "./chunk-RRQ5XLKS.js";
import "./chunk-2BVPKUPA.js";
import "./chunk-6QULEKZ6.js";
import "./chunk-3AJ22T4V.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-R3TQSVBK.js";
import "./chunk-ZBXMPTUD.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-XVLRCMGV.js";
import "./chunk-K4GG7FI2.js";
import "./chunk-QBLIXYYC.js";
import "./chunk-3WNRY6BI.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-D6XSHIPF.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";
export {
  envChecker
};
