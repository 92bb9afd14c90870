// Prefilter soundness over real input: every SQL file under the folders given is read twice as
// Postgres, once with every statement through the parser and once with only the statements the
// prefilter keeps (what a check does), and every finding of the first that the second lacks is
// printed. The count must be zero. A finding the prefilter path adds is listed too (the
// prefilter may be stricter, never laxer), but it does not count as a drop.
//
//   npm run build && node bench/prefilter-soundness.mjs DIR ... [--lib dist/lib.js]
//
// Exit code 1 when anything is dropped. Not a test: the folders (a large collection of real SQL
// files, such as the SQL that Debian packages ship) are not in the repository.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { dirs: [], lib: join(root, 'dist/lib.js') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lib') args.lib = resolve(argv[++i]);
    else if (argv[i].startsWith('--')) throw new Error(`unknown option ${argv[i]}`);
    else args.dirs.push(argv[i]);
  }
  if (args.dirs.length === 0) throw new Error('usage: node bench/prefilter-soundness.mjs DIR ... [--lib PATH]');
  return args;
}

function sqlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.toLowerCase().endsWith('.sql') && statSync(p).isFile()) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const key = (f) =>
  `${f.ruleId}@${f.start}-${f.end}: ${f.message}${f.downgradedBecause ? ` (downgraded: ${f.downgradedBecause})` : ''}`;
const lineOf = (text, offset) => text.slice(0, offset).split('\n').length;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { sqlFindingsBothWays } = await import(pathToFileURL(args.lib).href);
  let files = 0;
  let bytes = 0;
  let full = 0;
  let dropped = 0;
  let added = 0;
  const t0 = performance.now();
  for (const dir of args.dirs) {
    for (const path of sqlFiles(resolve(dir))) {
      const text = readFileSync(path, 'utf8');
      files++;
      bytes += text.length;
      const both = await sqlFindingsBothWays(relative(process.cwd(), path), text);
      full += both.full.length;
      const filtered = new Set(both.filtered.map(key));
      const reference = new Set(both.full.map(key));
      for (const f of both.full) {
        if (filtered.has(key(f))) continue;
        dropped++;
        console.log(`DROPPED ${path}:${lineOf(text, f.start)} ${key(f)}`);
      }
      for (const f of both.filtered) {
        if (reference.has(key(f))) continue;
        added++;
        console.log(`added   ${path}:${lineOf(text, f.start)} ${key(f)}`);
      }
    }
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${files} files, ${(bytes / 1e6).toFixed(1)} MB: ${full} findings with every statement parsed; ` +
      `dropped by the prefilter: ${dropped}; added by it: ${added} (${seconds} s)`,
  );
  if (dropped) process.exitCode = 1;
}

await main();
