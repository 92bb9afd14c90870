import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/parsers/tree-sitter/loader.ts
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var GRAMMARS = {
  bash: { file: "tree-sitter-bash.wasm", packagePath: "tree-sitter-bash/tree-sitter-bash.wasm" },
  ruby: { file: "tree-sitter-ruby.wasm", packagePath: "tree-sitter-ruby/tree-sitter-ruby.wasm" },
  python: { file: "tree-sitter-python.wasm", packagePath: "tree-sitter-python/tree-sitter-python.wasm" },
  javascript: {
    file: "tree-sitter-javascript.wasm",
    packagePath: "tree-sitter-javascript/tree-sitter-javascript.wasm"
  },
  typescript: {
    file: "tree-sitter-typescript.wasm",
    packagePath: "tree-sitter-typescript/tree-sitter-typescript.wasm"
  },
  tsx: { file: "tree-sitter-tsx.wasm", packagePath: "tree-sitter-typescript/tree-sitter-tsx.wasm" },
  php: { file: "tree-sitter-php.wasm", packagePath: "tree-sitter-php/tree-sitter-php.wasm" },
  csharp: { file: "tree-sitter-c_sharp.wasm", packagePath: "tree-sitter-c-sharp/tree-sitter-c_sharp.wasm" },
  elixir: { file: "tree-sitter-elixir.wasm", packagePath: "tree-sitter-elixir/tree-sitter-elixir.wasm" },
  hcl: { file: "tree-sitter-hcl.wasm", packagePath: "@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm" },
  go: { file: "tree-sitter-go.wasm", packagePath: "tree-sitter-go/tree-sitter-go.wasm" },
  java: { file: "tree-sitter-java.wasm", packagePath: "tree-sitter-java/tree-sitter-java.wasm" },
  kotlin: {
    file: "tree-sitter-kotlin.wasm",
    packagePath: "@tree-sitter-grammars/tree-sitter-kotlin/tree-sitter-kotlin.wasm"
  },
  rust: { file: "tree-sitter-rust.wasm", packagePath: "tree-sitter-rust/tree-sitter-rust.wasm" }
};
var runtime;
var loading = /* @__PURE__ */ new Map();
var ready = /* @__PURE__ */ new Map();
function loadGrammar(name) {
  let pending = loading.get(name);
  if (!pending) {
    pending = load(name);
    loading.set(name, pending);
    pending.catch(() => loading.delete(name));
  }
  return pending;
}
function parserFor(name) {
  const parser = ready.get(name);
  if (!parser) throw new Error(`the ${name} grammar is used before it was loaded`);
  return parser;
}
function loadedGrammars() {
  return [...ready.keys()];
}
async function load(name) {
  runtime ??= import("./chunk-SASWPYQE.js").then(async (module) => {
    await module.Parser.init();
    return module;
  });
  const { Language, Parser } = await runtime;
  const language = await loadLanguage(Language.load.bind(Language), name);
  const parser = new Parser();
  parser.setLanguage(language);
  ready.set(name, parser);
  return parser;
}
async function loadLanguage(loadWasm, name) {
  const { file, packagePath } = GRAMMARS[name];
  try {
    return await loadWasm(fileURLToPath(new URL(file, import.meta.url)));
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    return loadWasm(createRequire(import.meta.url).resolve(packagePath));
  }
}

export {
  GRAMMARS,
  loadGrammar,
  parserFor,
  loadedGrammars
};
