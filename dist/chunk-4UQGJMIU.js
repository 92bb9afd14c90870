import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  guardChecker
} from "./chunk-O5VG4T57.js";
import "./chunk-EIH2OVFC.js";
import "./chunk-4FNLEWMR.js";
import "./chunk-AOPES7MT.js";
import "./chunk-WG42RVUK.js";
import "./chunk-O7FLODLP.js";
import "./chunk-YQYAWUZZ.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-ZBXMPTUD.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";
export {
  guardChecker
};
