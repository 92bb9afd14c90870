// Bundles the Action and the CLI into dist/ (or the folder given as the first argument) and
// copies the WebAssembly the bundle loads from beside itself.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(process.argv[2] ?? join(root, 'dist'));

// Emscripten glue in libpg-query finds its .wasm through __dirname and require(); an ESM bundle
// has neither, so the banner defines them relative to the bundle file itself.
const banner = [
  "import { createRequire as __twoKeyCreateRequire } from 'node:module';",
  "import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';",
  "import { dirname as __twoKeyDirname } from 'node:path';",
  'const require = __twoKeyCreateRequire(import.meta.url);',
  'const __filename = __twoKeyFileURLToPath(import.meta.url);',
  'const __dirname = __twoKeyDirname(__filename);',
].join('\n');

/**
 * The shipped policies resolved at build time (src/policy/shipped-resolved.ts): the bundle then
 * holds them as data, and a check under the default policy never loads the YAML reader or zod.
 */
async function resolvedShippedPolicies() {
  const scratch = mkdtempSync(join(tmpdir(), 'two-key-build-'));
  try {
    const { outputFiles } = await build({
      absWorkingDir: root,
      stdin: {
        contents: "export { loadShippedPolicy } from './src/policy/load.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      banner: { js: banner },
      write: false,
      logLevel: 'warning',
    });
    const file = join(scratch, 'load.mjs');
    writeFileSync(file, outputFiles[0].contents);
    const { loadShippedPolicy } = await import(pathToFileURL(file).href);
    const policies = { default: loadShippedPolicy('default'), strict: loadShippedPolicy('strict') };
    // A value JSON cannot carry (undefined, a Map) would change the policy on the way.
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(policies)), policies)) {
      throw new Error('a shipped policy does not survive JSON: it cannot be precomputed');
    }
    return policies;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const shippedPolicies = await resolvedShippedPolicies();
const precomputed = {
  name: 'precomputed-shipped-policies',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]policy[\\/]shipped-resolved\.ts$/ }, () => ({
      loader: 'js',
      contents: [
        '// Resolved by scripts/build.mjs from src/policy/shipped.ts.',
        `const policies = ${JSON.stringify(shippedPolicies)};`,
        'export function resolvedShippedPolicy(name) {',
        '  return policies[name];',
        '}',
      ].join('\n'),
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  // pool-worker: the engine's worker threads, started from beside the chunk that holds the pool.
  entryPoints: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    lib: 'src/lib.ts',
    'pool-worker': 'src/engine/pool-worker.ts',
  },
  outdir,
  bundle: true,
  format: 'esm',
  // Code a command may not need (a family's parsers, secretlint, Octokit) is imported where it is
  // first used and lands in chunks beside the entries: start-up reads only what the change needs.
  // Chunk names hash their content, so a fresh build gives the same files (scripts/check-dist.mjs).
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'none',
  // secretlint's profiler is quadratic in the number of files scanned: src/vendor/secretlint-profiler.ts.
  alias: { '@secretlint/profiler': './src/vendor/secretlint-profiler.ts' },
  plugins: [precomputed],
  // TWO_KEY_METAFILE=FILE writes esbuild's account of what each chunk holds (to see what a command loads).
  metafile: Boolean(process.env['TWO_KEY_METAFILE']),
  logLevel: 'warning',
});
if (process.env['TWO_KEY_METAFILE']) writeFileSync(process.env['TWO_KEY_METAFILE'], JSON.stringify(result.metafile));
// web-tree-sitter looks for its runtime beside the module that loads it, and the grammar loader
// looks beside the bundle first (src/parsers/tree-sitter/loader.ts).
const wasm = [
  'node_modules/libpg-query/wasm/libpg-query.wasm',
  'node_modules/web-tree-sitter/tree-sitter.wasm',
  'node_modules/tree-sitter-bash/tree-sitter-bash.wasm',
  'node_modules/tree-sitter-ruby/tree-sitter-ruby.wasm',
  'node_modules/tree-sitter-python/tree-sitter-python.wasm',
  'node_modules/tree-sitter-javascript/tree-sitter-javascript.wasm',
  'node_modules/tree-sitter-typescript/tree-sitter-typescript.wasm',
  'node_modules/tree-sitter-typescript/tree-sitter-tsx.wasm',
  'node_modules/tree-sitter-php/tree-sitter-php.wasm',
  'node_modules/tree-sitter-c-sharp/tree-sitter-c_sharp.wasm',
  'node_modules/tree-sitter-elixir/tree-sitter-elixir.wasm',
  'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
  'node_modules/tree-sitter-go/tree-sitter-go.wasm',
  'node_modules/tree-sitter-java/tree-sitter-java.wasm',
  'node_modules/@tree-sitter-grammars/tree-sitter-kotlin/tree-sitter-kotlin.wasm',
  'node_modules/tree-sitter-rust/tree-sitter-rust.wasm',
];
for (const file of wasm) copyFileSync(join(root, file), join(outdir, basename(file)));
