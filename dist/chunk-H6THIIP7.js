import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  manifestChecker,
  manifestRules
} from "./chunk-NOI6LN43.js";
import "./chunk-DJPNWQ6E.js";
import "./chunk-BMJY2NMH.js";
import "./chunk-3DOHBPV7.js";
import "./chunk-2BVPKUPA.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-VTILP2YK.js";
import "./chunk-ASCISIAG.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";
export {
  manifestChecker,
  manifestRules
};
