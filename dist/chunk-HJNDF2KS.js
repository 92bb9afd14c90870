import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/parsers/code/language.ts
var BY_EXTENSION = {
  js: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  jsx: "javascript",
  ts: "typescript",
  mts: "typescript",
  cts: "typescript",
  tsx: "tsx",
  py: "python",
  go: "go",
  rb: "ruby",
  rake: "ruby",
  java: "java",
  kt: "kotlin",
  kts: "kotlin",
  rs: "rust",
  php: "php",
  cs: "csharp",
  ex: "elixir",
  exs: "elixir"
};
var KEYWORD_GATED = {
  csharp: /delete|drop|truncate|flush|remove|purge|wipe|clear|execute|sql|command|keys|scan|unlink|process/i,
  elixir: /delete|drop|truncate|flush|purge|wipe|reset|query|sql|command|keys|scan|unlink|aliases|cmd|system/i
};
function mayMatterAsCode(language, text) {
  const gate = KEYWORD_GATED[language];
  return gate === void 0 || gate.test(text);
}
function readAsCodeByNet(language) {
  return language !== "csharp" && language !== "elixir";
}
var DECLARATION_FILE = /\.d\.[mc]?ts$/i;
function codeLanguageOf(path) {
  if (DECLARATION_FILE.test(path)) return void 0;
  const dot = path.lastIndexOf(".");
  if (dot < 0 || dot < path.lastIndexOf("/")) return void 0;
  return BY_EXTENSION[path.slice(dot + 1).toLowerCase()];
}

export {
  mayMatterAsCode,
  readAsCodeByNet,
  codeLanguageOf
};
