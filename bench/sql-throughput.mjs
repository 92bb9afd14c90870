// SQL family throughput: two-key's analyser (dist/lib.js) against squawk, same files, same run.
//
//   npm run bench [-- [--lib PATH] [--skip-large] [--keep] DIR ...]
//
// Input sets: a generated corpus (bench/generate-sql.mjs), its 50 MB concatenation on its own,
// and every DIR given (all *.sql under it). Results: a table on stdout, bench/results/latest.json.
// Numbers are for people comparing runs on one machine; nothing here asserts on them.
import { execFileSync, fork, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './generate-sql.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const MB = 1e6; // decimal megabytes throughout, as in "MB/s"

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const lib = resolve(args.lib ?? join(root, 'dist/lib.js'));
  try {
    statSync(lib);
  } catch {
    console.error(`two-key library not found at ${lib}: run \`npm run build\` first (or pass --lib PATH).`);
    process.exit(2);
  }
  const squawk = squawkBinary();
  const tmp = mkdtempSync(join(tmpdir(), 'two-key-bench-'));
  try {
    const t0 = performance.now();
    const gen = generateCorpus(tmp, args.skipLarge ? { largeBytes: 0 } : {});
    console.error(
      `generated ${gen.files} files (${fmt(gen.bytes / MB)} MB) and a ${fmt(gen.largeBytes / MB)} MB file in ${fmt((performance.now() - t0) / 1000)} s`,
    );

    const sets = [{ name: 'generated', files: sqlFiles(gen.corpusDir) }];
    if (!args.skipLarge) sets.push({ name: 'generated, one 50 MB file', files: [gen.largeFile] });
    for (const dir of args.dirs) sets.push({ name: dir, files: sqlFiles(resolve(dir)) });

    const results = [];
    for (const set of sets) {
      if (set.files.length === 0) {
        console.error(`${set.name}: no *.sql files, skipped`);
        continue;
      }
      const bytes = set.files.reduce((s, f) => s + statSync(f).size, 0);
      console.error(`${set.name}: ${set.files.length} files, ${fmt(bytes / MB)} MB ...`);
      // A fresh child per set: its peak RSS is this set's alone, not the generator's or
      // the previous set's.
      const twoKey = await runWorker(lib, set.files);
      const sq = await runSquawk(squawk.path, set.files);
      const twoKeyMBs = bytes / MB / twoKey.seconds;
      const squawkMBs = bytes / MB / sq.seconds;
      results.push({
        name: set.name,
        files: set.files.length,
        bytes,
        twoKey: { ...twoKey, mbPerSecond: twoKeyMBs, statementsPerSecond: twoKey.statements / twoKey.seconds },
        squawk: { ...sq, mbPerSecond: squawkMBs },
        throughputRatio: twoKeyMBs / squawkMBs,
      });
    }
    printTable(results);
    const out = join(here, 'results');
    mkdirSync(out, { recursive: true });
    const meta = {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpu: cpus()[0]?.model,
      cpus: cpus().length,
      lib,
      squawk,
    };
    writeFileSync(join(out, 'latest.json'), await formatJson(join(out, 'latest.json'), { ...meta, sets: results }));
    console.error(`\nwritten ${relative(process.cwd(), join(out, 'latest.json'))}`);
  } finally {
    if (args.keep) console.error(`kept generated corpus in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

/** `prettier --check .` does not read bench/results/.gitignore, so the JSON is written the way
 * prettier would write it, or `npm run check` would fail on a file nobody edits by hand. */
async function formatJson(file, value) {
  const json = JSON.stringify(value, null, 2) + '\n';
  try {
    const prettier = await import('prettier');
    return await prettier.format(json, { ...(await prettier.resolveConfig(file)), filepath: file });
  } catch {
    return json;
  }
}

function parseArgs(argv) {
  const args = { dirs: [], lib: undefined, skipLarge: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lib') args.lib = argv[++i];
    else if (argv[i] === '--skip-large') args.skipLarge = true;
    else if (argv[i] === '--keep') args.keep = true;
    else if (argv[i].startsWith('--')) throw new Error(`unknown option ${argv[i]}`);
    else args.dirs.push(argv[i]);
  }
  return args;
}

/** Every *.sql file under dir, sorted; symlinked folders are not followed (no loops). */
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

// ---------------------------------------------------------------- two-key, in a child process

function runWorker(lib, files) {
  return new Promise((resolvePromise, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--worker'], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result;
    child.on('message', (m) => (result = m));
    child.on('error', reject);
    child.on('exit', (code) =>
      result ? resolvePromise(result) : reject(new Error(`two-key worker exited with ${code}`)),
    );
    child.send({ lib, files });
  });
}

/** Small but representative SQL, so the warm-up for a single big file is not the file itself. */
const WARMUP_SQL = `CREATE TABLE w (id bigint PRIMARY KEY, name text NOT NULL DEFAULT 'x');
CREATE INDEX w_name ON w (name) WHERE name <> '';
ALTER TABLE w ADD COLUMN note text;
INSERT INTO w VALUES (1, 'a'), (2, 'b''c');
UPDATE w SET name = 'z' WHERE id = 1;
DELETE FROM w WHERE id > 10;
DO $$ BEGIN IF true THEN EXECUTE 'SELECT 1'; END IF; END $$;
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN NEW; END $f$;
DROP TABLE IF EXISTS w;
`;

async function worker() {
  const { lib, files } = await new Promise((r) => process.once('message', r));
  const { analyseSqlFile } = await import(pathToFileURL(lib).href);
  if (typeof analyseSqlFile !== 'function') throw new Error(`${lib} does not export analyseSqlFile`);

  // Warm-up: load the WebAssembly parser and let the JIT see every code path before timing.
  for (let i = 0; i < 20; i++) await analyseSqlFile('warmup.sql', WARMUP_SQL);
  for (const f of files.slice(0, 20)) if (statSync(f).size < 1e6) await analyseSqlFile(f, readFileSync(f, 'utf8'));
  const rssAfterWarmup = process.memoryUsage.rss();

  // Sampled RSS: after every file, plus a timer for the time inside one long call (it only
  // fires if the library yields). maxRSS from the kernel is the figure that misses nothing.
  let peakSampled = rssAfterWarmup;
  const sample = () => (peakSampled = Math.max(peakSampled, process.memoryUsage.rss()));
  const timer = setInterval(sample, 20);
  const totals = { statements: 0, fallbacks: 0, findings: 0, errors: 0 };
  const errors = [];
  const start = performance.now();
  for (const f of files) {
    // Reading is inside the timed loop: squawk's time includes reading its files too.
    const text = readFileSync(f, 'utf8');
    try {
      const r = await analyseSqlFile(f, text);
      totals.statements += r.statements ?? 0;
      totals.fallbacks += r.fallbacks ?? 0;
      totals.findings += r.findings ?? 0;
    } catch (error) {
      // A throw is a bug worth seeing in the report, not a reason to lose the run.
      totals.errors++;
      if (errors.length < 5) errors.push(`${f}: ${error?.message ?? error}`);
    }
    sample();
  }
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  process.send({
    seconds,
    ...totals,
    fallbackShare: totals.statements ? totals.fallbacks / totals.statements : 0,
    errorSamples: errors,
    rssAfterWarmup,
    peakRssSampled: peakSampled,
    maxRss: process.resourceUsage().maxRSS * 1024, // kilobytes on every platform Node supports
  });
  process.disconnect();
}

// ---------------------------------------------------------------- squawk

/** The native binary behind node_modules/.bin/squawk: the .bin script is a Node wrapper whose
 * start-up (~50 ms per invocation) would be charged to squawk's throughput. */
function squawkBinary() {
  let path = join(root, 'node_modules/.bin/squawk');
  try {
    path = createRequire(join(root, 'package.json'))('squawk-cli/js/index.js').getBinaryPath();
  } catch {
    // keep the wrapper
  }
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  return { path, version };
}

/** Chunks of at most 200 paths and ~100 KB of arguments, far below ARG_MAX everywhere. */
function chunks(files) {
  const out = [[]];
  let chars = 0;
  for (const f of files) {
    if (out.at(-1).length >= 200 || chars + f.length > 100_000) {
      out.push([]);
      chars = 0;
    }
    out.at(-1).push(f);
    chars += f.length + 1;
  }
  return out;
}

async function runSquawk(bin, files) {
  const parseFailedFiles = new Set();
  let violations = 0;
  let failedInvocations = 0;
  const stderrSamples = [];
  const batches = chunks(files);
  const start = performance.now();
  for (const batch of batches) {
    // gcc reporter: one line per violation, "file:line:col: level: rule message".
    const child = spawn(bin, ['--reporter', 'gcc', ...batch], { stdio: ['ignore', 'pipe', 'pipe'] });
    const closed = new Promise((r, reject) => (child.on('close', r), child.on('error', reject)));
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    for await (const line of createInterface({ input: child.stdout })) {
      const m = /^(.*):\d+:\d+: \w+: (\S+)/.exec(line);
      if (!m) continue;
      if (m[2] === 'syntax-error') parseFailedFiles.add(m[1]);
      else violations++;
    }
    const code = await closed;
    // Exit 1 just means violations were found; only other codes or stderr mean trouble.
    if (code !== 0 && code !== 1) failedInvocations++;
    if (stderr.trim() && stderrSamples.length < 3) stderrSamples.push(stderr.trim().slice(0, 300));
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    seconds,
    invocations: batches.length,
    violations,
    filesWithSyntaxErrors: parseFailedFiles.size,
    failedInvocations,
    stderrSamples,
  };
}

// ---------------------------------------------------------------- output

/** Three significant digits, so tiny sets do not print as 0.0. */
function fmt(n) {
  if (!Number.isFinite(n)) return '-';
  return n >= 100 ? n.toFixed(0) : n.toPrecision(3);
}

function printTable(results) {
  const head = [
    'input set',
    'files',
    'MB',
    'two-key s',
    'MB/s',
    'squawk s',
    'MB/s',
    'ratio',
    'fallback',
    'peak RSS MB',
  ];
  const rows = results.map((r) => [
    r.name,
    String(r.files),
    fmt(r.bytes / MB),
    fmt(r.twoKey.seconds),
    fmt(r.twoKey.mbPerSecond),
    fmt(r.squawk.seconds),
    fmt(r.squawk.mbPerSecond),
    fmt(r.throughputRatio),
    `${fmt(r.twoKey.fallbackShare * 100)}%`,
    (Math.max(r.twoKey.maxRss, r.twoKey.peakRssSampled) / MB).toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  for (const r of results) {
    const notes = [
      `${r.twoKey.statements} statements (${r.twoKey.statementsPerSecond.toFixed(0)}/s), ${r.twoKey.fallbacks} fallbacks, ${r.twoKey.findings} findings`,
      r.twoKey.errors ? `two-key threw on ${r.twoKey.errors} files, e.g. ${r.twoKey.errorSamples[0]}` : '',
      `squawk: ${r.squawk.invocations} invocations, ${r.squawk.violations} violations, ${r.squawk.filesWithSyntaxErrors} files with syntax errors`,
      r.squawk.failedInvocations
        ? `squawk failed ${r.squawk.failedInvocations} invocations: ${r.squawk.stderrSamples[0] ?? ''}`
        : '',
    ].filter(Boolean);
    console.log(`\n${r.name}: ${notes.join('; ')}`);
  }
}

// Last, so every top-level const above is initialised before either side runs.
if (process.argv[2] === '--worker') await worker();
else await main();
