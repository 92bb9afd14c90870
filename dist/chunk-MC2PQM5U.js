import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  minimatch
} from "./chunk-L26QLQXM.js";

// src/policy/production-names.ts
var PRODUCTION_PART = /(^|[-_.:/])(prod|production|prd)(?=$|[-_.:/\d])/i;
var NOT_PRODUCTION = /(^|[-_.:/])(non-?prod|preprod|pre-prod|preproduction|pre-production)($|[-_.:/])/i;
function isProductionName(name, policy) {
  const p = policy.production;
  const named = [...p.databases ?? [], ...p.projects ?? [], ...p.hosts ?? [], ...p.environments ?? []];
  if (named.some((pattern) => minimatch(name, pattern, { nocase: true, dot: true }))) return true;
  return PRODUCTION_PART.test(name) && !NOT_PRODUCTION.test(name);
}

export {
  isProductionName
};
