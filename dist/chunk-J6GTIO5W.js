import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/cli/errors.ts
var GitInputError = class extends Error {
  name = "GitInputError";
};
var PolicyFileMissing = class extends Error {
};

export {
  GitInputError,
  PolicyFileMissing
};
