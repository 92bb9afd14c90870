// Secret prefilter soundness over real input: every text file under the folders given is scanned
// for credentials twice, once with every detector run over it (secretlint's preset and two-key's
// own) and once as a check scans it, through the prefilter that skips detectors whose anchors the
// text lacks. Every credential of the first that the second lacks is printed; the count must be
// zero. Anything the second adds is printed too (it cannot happen: the prefilter only skips).
//
//   npm run build && node bench/secret-prefilter-soundness.mjs DIR ... [--lib dist/lib.js]
//
// Exit code 1 when anything differs. Not a test: the folders (real SQL, the generated corpus, a
// checkout of anything) are not in the repository; test/rules/secret/lib/prefilter.test.ts holds
// the property test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** As the secret checker: past this size a file is not scanned for secrets. */
const MAX_SCANNED = 2_000_000;

function parseArgs(argv) {
  const args = { dirs: [], lib: join(root, 'dist/lib.js') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lib') args.lib = resolve(argv[++i]);
    else if (argv[i].startsWith('--')) throw new Error(`unknown option ${argv[i]}`);
    else args.dirs.push(argv[i]);
  }
  if (args.dirs.length === 0) throw new Error('usage: node bench/secret-prefilter-soundness.mjs DIR ... [--lib PATH]');
  return args;
}

function textFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory() && e.name !== '.git' && e.name !== 'node_modules') walk(p);
      else if (e.isFile() && statSync(p).size <= MAX_SCANNED) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const key = (h) => `${h.category}/${h.what}@${h.span.start}-${h.span.end}${h.sample ? ` (sample ${h.sample})` : ''}`;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { secretsBothWays } = await import(pathToFileURL(args.lib).href);
  let files = 0;
  let bytes = 0;
  let found = 0;
  let differ = 0;
  const t0 = performance.now();
  for (const dir of args.dirs) {
    for (const path of textFiles(resolve(dir))) {
      const buffer = readFileSync(path);
      if (buffer.includes(0)) continue;
      const text = buffer.toString('utf8');
      files++;
      bytes += text.length;
      const both = await secretsBothWays(relative(resolve(dir), path), text);
      found += both.full.length;
      const full = both.full.map(key).join('\n');
      const filtered = both.filtered.map(key).join('\n');
      if (full === filtered) continue;
      differ++;
      console.log(`DIFFERS ${path}\n  every detector: ${full || '-'}\n  prefiltered:    ${filtered || '-'}`);
    }
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${files} files, ${(bytes / 1e6).toFixed(1)} MB: ${found} credentials with every detector run; ` +
      `files where the prefilter changed what was found: ${differ} (${seconds} s)`,
  );
  if (differ) process.exitCode = 1;
}

await main();
