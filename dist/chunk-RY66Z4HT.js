import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  loadPolicy,
  loadShippedPolicy,
  normalizeRepoPath,
  parsePolicyFile
} from "./chunk-BBWLKOMW.js";
import "./chunk-3UXB7SWX.js";
import "./chunk-4FNLEWMR.js";
import "./chunk-YQYAWUZZ.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-L26QLQXM.js";
import "./chunk-ZHGBYMEX.js";
export {
  loadPolicy,
  loadShippedPolicy,
  normalizeRepoPath,
  parsePolicyFile
};
