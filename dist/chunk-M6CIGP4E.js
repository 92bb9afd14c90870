import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/core/version.ts
var VERSION = "0.1.0";
var ACTION_REPOSITORY = "two-key/two-key";

export {
  VERSION,
  ACTION_REPOSITORY
};
