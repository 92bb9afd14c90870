import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  isFrameworkMigration
} from "./chunk-W4I5MKF7.js";

// src/rules/orm/lib/applies.ts
function readsMigration(path, text) {
  return isFrameworkMigration(path, text);
}

export {
  readsMigration
};
