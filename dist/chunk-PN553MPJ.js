import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  terraformChecker
} from "./chunk-HQWDJ43Q.js";
import "./chunk-LCCX6HFG.js";
import "./chunk-FO3QI6M6.js";
import "./chunk-HF746HSC.js";
import "./chunk-SNHKS3H4.js";
import "./chunk-GW3M46EQ.js";
import "./chunk-ZCBXGCOP.js";
import "./chunk-2BVPKUPA.js";
import "./chunk-NRRSUNAF.js";
import "./chunk-QBLIXYYC.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-O3AVP3WD.js";
import "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";
export {
  terraformChecker
};
