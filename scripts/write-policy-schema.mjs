// Writes policies/two-key.schema.json from the zod schema in src/core/policy-schema.ts. The schema is
// TypeScript, so esbuild bundles it into a temporary module first; test/policy/json-schema.test.ts
// fails when the written file is stale.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stdout } from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const temp = mkdtempSync(join(tmpdir(), 'two-key-schema-'));
try {
  const outfile = join(temp, 'json-schema.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/policy/json-schema.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const { policyJsonSchema } = await import(pathToFileURL(outfile).href);
  const target = join(root, 'policies/two-key.schema.json');
  writeFileSync(target, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
  stdout.write(`wrote ${target}\n`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
