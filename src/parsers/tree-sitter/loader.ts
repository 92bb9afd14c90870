import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Language, Parser } from 'web-tree-sitter';

/** The grammars two-key parses with, by the name rules and parsers ask for. */
export const GRAMMARS = {
  bash: { file: 'tree-sitter-bash.wasm', packagePath: 'tree-sitter-bash/tree-sitter-bash.wasm' },
  ruby: { file: 'tree-sitter-ruby.wasm', packagePath: 'tree-sitter-ruby/tree-sitter-ruby.wasm' },
  python: { file: 'tree-sitter-python.wasm', packagePath: 'tree-sitter-python/tree-sitter-python.wasm' },
  javascript: {
    file: 'tree-sitter-javascript.wasm',
    packagePath: 'tree-sitter-javascript/tree-sitter-javascript.wasm',
  },
  typescript: {
    file: 'tree-sitter-typescript.wasm',
    packagePath: 'tree-sitter-typescript/tree-sitter-typescript.wasm',
  },
  tsx: { file: 'tree-sitter-tsx.wasm', packagePath: 'tree-sitter-typescript/tree-sitter-tsx.wasm' },
  php: { file: 'tree-sitter-php.wasm', packagePath: 'tree-sitter-php/tree-sitter-php.wasm' },
  csharp: { file: 'tree-sitter-c_sharp.wasm', packagePath: 'tree-sitter-c-sharp/tree-sitter-c_sharp.wasm' },
  elixir: { file: 'tree-sitter-elixir.wasm', packagePath: 'tree-sitter-elixir/tree-sitter-elixir.wasm' },
  hcl: { file: 'tree-sitter-hcl.wasm', packagePath: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm' },
  go: { file: 'tree-sitter-go.wasm', packagePath: 'tree-sitter-go/tree-sitter-go.wasm' },
  java: { file: 'tree-sitter-java.wasm', packagePath: 'tree-sitter-java/tree-sitter-java.wasm' },
  kotlin: {
    file: 'tree-sitter-kotlin.wasm',
    packagePath: '@tree-sitter-grammars/tree-sitter-kotlin/tree-sitter-kotlin.wasm',
  },
  rust: { file: 'tree-sitter-rust.wasm', packagePath: 'tree-sitter-rust/tree-sitter-rust.wasm' },
} as const;

export type GrammarName = keyof typeof GRAMMARS;

/** web-tree-sitter itself, imported with the first grammar: a change with no file that needs one never loads it. */
let runtime: Promise<typeof import('web-tree-sitter')> | undefined;
const loading = new Map<GrammarName, Promise<Parser>>();
const ready = new Map<GrammarName, Parser>();

/**
 * Loads a grammar the first time a file needs it. web-tree-sitter finds its own runtime .wasm
 * beside the module it was loaded from: dist/ in the bundle, node_modules/web-tree-sitter from
 * source. The grammar's .wasm is read from dist/ when bundled, else from its package.
 */
export function loadGrammar(name: GrammarName): Promise<Parser> {
  let pending = loading.get(name);
  if (!pending) {
    pending = load(name);
    loading.set(name, pending);
    // A failed load is retried by the next file that needs it rather than cached as broken.
    pending.catch(() => loading.delete(name));
  }
  return pending;
}

/** The parser of a loaded grammar; parsing is synchronous once loadGrammar() has resolved. */
export function parserFor(name: GrammarName): Parser {
  const parser = ready.get(name);
  if (!parser) throw new Error(`the ${name} grammar is used before it was loaded`);
  return parser;
}

/** Grammars loaded so far, so tests can see that a change with no file of a family loads none. */
export function loadedGrammars(): GrammarName[] {
  return [...ready.keys()];
}

async function load(name: GrammarName): Promise<Parser> {
  runtime ??= import('web-tree-sitter').then(async (module) => {
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

async function loadLanguage(loadWasm: (path: string) => Promise<Language>, name: GrammarName): Promise<Language> {
  const { file, packagePath } = GRAMMARS[name];
  try {
    return await loadWasm(fileURLToPath(new URL(file, import.meta.url)));
  } catch (error) {
    // Not bundled: this module is src/parsers/tree-sitter/loader.ts and the grammar is in node_modules.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return loadWasm(createRequire(import.meta.url).resolve(packagePath));
  }
}
