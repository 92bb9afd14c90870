import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  createClient,
  describeApiError,
  statusOf
} from "./chunk-G53H672P.js";
import "./chunk-M6CIGP4E.js";
import "./chunk-ZHGBYMEX.js";
export {
  createClient,
  describeApiError,
  statusOf
};
