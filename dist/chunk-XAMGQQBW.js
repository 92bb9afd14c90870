import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  cloudFormationChecker,
  cloudFormationRules
} from "./chunk-R2EPXBKJ.js";
import "./chunk-SNHKS3H4.js";
import "./chunk-GW3M46EQ.js";
import "./chunk-ZCBXGCOP.js";
import "./chunk-2BVPKUPA.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-QBLIXYYC.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";
export {
  cloudFormationChecker,
  cloudFormationRules
};
