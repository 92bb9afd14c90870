import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  codeLanguageOf
} from "./chunk-HJNDF2KS.js";

// src/rules/code/lib/spring-path.ts
var CONFIG_FILE = /(^|\/)(application|bootstrap)(-([\w.-]+))?\.(properties|ya?ml)$/i;
function isSpringConfig(path) {
  return CONFIG_FILE.test(path);
}

// src/rules/code/lib/applies.ts
function readsCode(path) {
  return isSpringConfig(path) || codeLanguageOf(path) !== void 0;
}

export {
  CONFIG_FILE,
  isSpringConfig,
  readsCode
};
