import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  codeIacChecker,
  codeIacRules
} from "./chunk-P6RYG27D.js";
import "./chunk-ZQIJZ6PA.js";
import "./chunk-LIWINHBA.js";
import "./chunk-JBCSFPUI.js";
import "./chunk-YVSR3L74.js";
import "./chunk-JDMKUC5Z.js";
import "./chunk-EG3ONA5W.js";
import "./chunk-3DOHBPV7.js";
import "./chunk-Z7S54ZPA.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-NRRSUNAF.js";
import "./chunk-VTILP2YK.js";
import "./chunk-ASCISIAG.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";
export {
  codeIacChecker,
  codeIacRules
};
