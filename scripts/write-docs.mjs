// `npm run docs`: writes the documentation generated from the code (scripts/docs/generate.ts):
// docs/rules/README.md, the README's rule list and docs/policy.md. The generator is TypeScript, so
// esbuild bundles it into a temporary module first, as write-policy-schema.mjs does.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules so that the external libpg-query resolves from the bundle.
const temp = mkdtempSync(join(root, 'node_modules', '.two-key-docs-'));
try {
  const outfile = join(temp, 'generate.mjs');
  const banner = [
    "import { createRequire as __docsRequire } from 'node:module';",
    "import { fileURLToPath as __docsPath } from 'node:url';",
    'const require = __docsRequire(import.meta.url);',
    'const __dirname = __docsPath(new URL(".", import.meta.url));',
  ].join(' ');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/docs/generate.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    banner: { js: banner },
    // Loaded from node_modules, where its WebAssembly sits beside it.
    external: ['libpg-query'],
    logLevel: 'warning',
  });
  const docs = await import(pathToFileURL(outfile).href);
  const write = (path, text) => {
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  };
  write('docs/rules/README.md', docs.rulesIndex());
  write('docs/policy.md', docs.policyReference());
  write('README.md', docs.withReadmeRules(readFileSync(join(root, 'README.md'), 'utf8')));
} finally {
  rmSync(temp, { recursive: true, force: true });
}
