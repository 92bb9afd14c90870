import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/hook/types.ts
var AGENT_NAMES = ["claude", "cursor", "codex", "gemini", "copilot", "windsurf", "cline", "amp"];
var HookInputError = class extends Error {
  name = "HookInputError";
};

export {
  AGENT_NAMES,
  HookInputError
};
