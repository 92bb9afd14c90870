import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  secretChecker
} from "./chunk-WDX2CRTG.js";
import "./chunk-WG42RVUK.js";
import "./chunk-KMZZXUNL.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-ZHGBYMEX.js";
export {
  secretChecker
};
