import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  TERRAGRUNT_ROUNDS,
  readTerragruntFiles,
  terragruntWanted,
  treeIndexOf
} from "./chunk-CCO6IQCU.js";
import "./chunk-XQKURTTO.js";
import "./chunk-JDMKUC5Z.js";
import "./chunk-3DOHBPV7.js";
import "./chunk-NRRSUNAF.js";
import "./chunk-BG6M7MHB.js";
import "./chunk-ZHGBYMEX.js";
export {
  TERRAGRUNT_ROUNDS,
  readTerragruntFiles,
  terragruntWanted,
  treeIndexOf
};
