// Every figure of issue 13's "Done when", through the CLI (whole process, git included), beside
// squawk in the same run, with the ratio and peak memory.
//
//   npm run bench [-- [--quick] [--runs N] [--baseline OTHER/cli.js] DIR ...]
//
// Sets: the generated SQL corpus (bench/generate-sql.mjs), 10,000 small migrations in one change
// (bench/scaling.mjs) and the scaling of time per file from 1,000 to 10,000, one 100 MB
// migration, cold start with no SQL or code and with one SQL file, and every DIR given (all
// *.sql under it, for example the real SQL corpus). Each set is one git repository whose head
// commit adds the files; two-key runs `check --format json` on it, squawk (the native binary) runs
// over the same files on disk. Peak memory is the child's VmHWM from /proc. `--quick` uses
// 1,000/2,000/5,000 files and a 20 MB migration. `--baseline` runs another build (say the one
// from before a change) on each SQL corpus too, alternating run by run with this one, and prints
// the regression beside it (issue 10: at most 10% on the real SQL corpus). Nothing here asserts
// on the numbers.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-sql.mjs';
import { makeRepo } from './scaling.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli.js');
const MB = 1e6;

function parseArgs(argv) {
  const args = { dirs: [], quick: false, runs: 5, baseline: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') args.quick = true;
    else if (argv[i] === '--baseline') args.baseline = resolve(argv[++i]);
    else if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else if (argv[i].startsWith('--')) throw new Error(`unknown option ${argv[i]}`);
    else args.dirs.push(argv[i]);
  }
  return args;
}

function squawkBinary() {
  try {
    return createRequire(join(root, 'package.json'))('squawk-cli/js/index.js').getBinaryPath();
  } catch {
    return join(root, 'node_modules/.bin/squawk');
  }
}

/** Runs a command; resolves wall time, exit code, stdout and the peak RSS (VmHWM) polled from /proc. */
function measure(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const out = [];
    let err = '';
    let peak = 0;
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) * 1024);
      } catch {
        // gone
      }
    };
    const timer = setInterval(poll, 25);
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolvePromise({ seconds: (performance.now() - t0) / 1000, code, stdout: Buffer.concat(out), stderr: err, peak });
    });
  });
}

async function twoKey(repo, build = cli) {
  const r = await measure(process.execPath, [build, 'check', '--repo', repo, '--base', 'main', '--format', 'json']);
  if (r.code !== 0 && r.code !== 1) throw new Error(`two-key exit ${r.code}: ${r.stderr.slice(0, 300)}`);
  return { ...r, json: JSON.parse(r.stdout.toString('utf8')) };
}

/** squawk over the files, 200 paths a run (its start-up included, as in every CLI use). */
async function squawk(bin, cwd, files) {
  let seconds = 0;
  let peak = 0;
  const violations = [];
  for (let i = 0; i < files.length; i += 200) {
    const r = await measure(bin, ['--reporter', 'gcc', ...files.slice(i, i + 200)], { cwd });
    seconds += r.seconds;
    peak = Math.max(peak, r.peak);
    for (const line of r.stdout.toString('utf8').split('\n')) {
      const m = /^(.+?):(\d+):\d+: \w+: ([\w-]+)/.exec(line);
      // gcc-style lines from squawk are 0-based.
      if (m) violations.push({ path: m[1], line: Number(m[2]) + 1, rule: m[3] });
    }
  }
  return { seconds, peak, violations };
}

/** A repository whose `feature` branch adds every file of `files` (paths relative to `from`). */
function repoOf(from, files) {
  const dir = mkdtempSync(join(tmpdir(), 'two-key-done-'));
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const git = (...a) =>
    execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', ...a], { cwd: dir });
  writeFileSync(join(dir, 'README.md'), '# bench\n');
  git('add', 'README.md');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'feature');
  for (const f of files) {
    const to = join(dir, 'sql', f);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(join(from, f), to);
  }
  git('add', '-A');
  git('commit', '-qm', 'files');
  return dir;
}

function sqlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.toLowerCase().endsWith('.sql') && statSync(p).isFile()) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** squawk's destructive rules, and whether two-key flags the same file and line. */
const SQUAWK_DESTRUCTIVE = new Set(['ban-drop-table', 'ban-drop-column', 'ban-drop-database', 'ban-truncate-cascade']);

function coverage(violations, findings, prefix) {
  const flagged = new Set(findings.map((f) => `${f.path}:${f.line}`));
  const destructive = violations.filter((v) => SQUAWK_DESTRUCTIVE.has(v.rule));
  const missed = destructive.filter((v) => !flagged.has(`${prefix}${v.path}:${v.line}`));
  return { squawkDestructive: destructive.length, missed: missed.length, missedSamples: missed.slice(0, 8) };
}

const rows = [];
function row(figure, target, two, sq, extra = {}) {
  const r = {
    figure,
    target,
    'two-key s': two?.toFixed?.(2) ?? two,
    'squawk s': sq?.toFixed?.(2) ?? sq ?? '',
    'ratio (squawk/two-key)': typeof two === 'number' && typeof sq === 'number' ? (sq / two).toFixed(2) : '',
    ...extra,
  };
  rows.push(r);
  console.error(JSON.stringify(r));
}
const mb = (bytes) => `${Math.round(bytes / 1048576)} MiB`;

/** Median wall time of this build and the baseline on one repository, run in alternation. */
async function againstBaseline(repo, baseline, runs) {
  const ours = [];
  const theirs = [];
  for (let i = 0; i < runs; i++) {
    theirs.push((await twoKey(repo, baseline)).seconds);
    ours.push((await twoKey(repo)).seconds);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ours: median(ours), theirs: median(theirs) };
}

async function folderSet(name, dir, sq, args) {
  const files = sqlFiles(dir);
  if (files.length === 0) return;
  const bytes = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  const repo = repoOf(dir, files);
  try {
    const two = await twoKey(repo);
    const s = await squawk(sq, join(repo, 'sql'), files);
    const cov = coverage(s.violations, two.json.findings, 'sql/');
    row(
      `${name}: ${files.length} files, ${(bytes / MB).toFixed(1)} MB, whole process`,
      '2x squawk throughput',
      two.seconds,
      s.seconds,
      {
        'two-key peak': mb(two.peak),
        'squawk peak': mb(s.peak),
        note: `squawk destructive ${cov.squawkDestructive}, not flagged by two-key at that line ${cov.missed}`,
      },
    );
    if (cov.missed) console.error(`  ${name}: squawk-flagged lines two-key does not flag:`, cov.missedSamples);
    if (args.baseline) {
      const b = await againstBaseline(repo, args.baseline, Math.max(1, Math.min(args.runs, 5)));
      const change = ((b.ours / b.theirs - 1) * 100).toFixed(1);
      rows.push({
        figure: `${name}: this build against --baseline, median of alternating runs`,
        target: 'at most 10% slower (issue 10)',
        'two-key s': b.ours.toFixed(2),
        note: `baseline ${b.theirs.toFixed(2)} s; ${change}% ${Number(change) > 0 ? 'slower' : 'faster'}`,
      });
      console.error(JSON.stringify(rows.at(-1)));
    }
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const sq = squawkBinary();
  execFileSync(process.execPath, [cli, '--version']);
  const tmp = mkdtempSync(join(tmpdir(), 'two-key-bench-'));
  try {
    // 1. SQL corpora, whole process.
    const gen = generateCorpus(tmp, { largeBytes: args.quick ? 20e6 : 100e6 });
    await folderSet('generated corpus', gen.corpusDir, sq, args);
    for (const dir of args.dirs) await folderSet(dir, resolve(dir), sq, args);

    // 2. Small migrations in one change, and the scaling of time per file.
    const sizes = args.quick ? [1000, 2000, 5000] : [1000, 5000, 10000];
    let first;
    for (const size of sizes) {
      const repo = mkdtempSync(join(tmpdir(), 'two-key-small-'));
      try {
        makeRepo(repo, 'sql', size);
        const two = await twoKey(repo);
        const perFile = (two.seconds / size) * 1000;
        first ??= perFile;
        const files = readdirSync(join(repo, 'db/migrations')).map((f) => `db/migrations/${f}`);
        const s = size === sizes.at(-1) ? await squawk(sq, repo, files) : undefined;
        row(
          `${size} small migrations in one change`,
          size === sizes.at(-1) ? 'half of squawk; per file within 20%' : 'per file within 20%',
          two.seconds,
          s?.seconds,
          {
            'two-key peak': mb(two.peak),
            'squawk peak': s ? mb(s.peak) : '',
            note: `${perFile.toFixed(3)} ms/file, ${(perFile / first).toFixed(2)}x the ${sizes[0]}-file figure`,
          },
        );
      } finally {
        rmSync(repo, { recursive: true, force: true });
      }
    }

    // 3. One big migration.
    const bigRepo = repoOf(dirname(gen.largeFile), [relative(dirname(gen.largeFile), gen.largeFile)]);
    try {
      const two = await twoKey(bigRepo);
      const s = await squawk(sq, join(bigRepo, 'sql'), [relative(dirname(gen.largeFile), gen.largeFile)]);
      const unreadable = two.json.findings.some((f) => f.ruleId === 'core/unreadable-file');
      row(
        `one ${(gen.largeBytes / MB).toFixed(0)} MB migration`,
        'analysed, 5 s, 300 MB peak',
        two.seconds,
        s.seconds,
        {
          'two-key peak': mb(two.peak),
          'squawk peak': mb(s.peak),
          note: unreadable ? 'NOT analysed (unreadable-file)' : `analysed, ${two.json.findings.length} findings`,
        },
      );
    } finally {
      rmSync(bigRepo, { recursive: true, force: true });
    }

    // 4. Cold start: median of runs, beside bare node and squawk on one file.
    const coldRepo = mkdtempSync(join(tmpdir(), 'two-key-cold-'));
    try {
      execFileSync('git', ['init', '-q', '-b', 'main', coldRepo]);
      const git = (...a) =>
        execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', ...a], { cwd: coldRepo });
      writeFileSync(join(coldRepo, 'README.md'), '# x\n');
      git('add', '.');
      git('commit', '-qm', 'base');
      git('checkout', '-qb', 'docs');
      writeFileSync(join(coldRepo, 'README.md'), '# x\n\nMore words.\n');
      git('commit', '-qam', 'docs');
      git('checkout', '-qb', 'feature', 'main');
      mkdirSync(join(coldRepo, 'db'));
      writeFileSync(join(coldRepo, 'db/V1__drop.sql'), 'ALTER TABLE a ADD COLUMN b int;\nDROP TABLE old;\n');
      git('add', '.');
      git('commit', '-qm', 'sql');
      const median = async (fn) => {
        const times = [];
        for (let i = 0; i < args.runs; i++) times.push((await fn()).seconds);
        return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
      };
      const bare = await median(() => measure(process.execPath, ['-e', '0']));
      const checkAt = (head) =>
        measure(process.execPath, [
          cli,
          'check',
          '--repo',
          coldRepo,
          '--base',
          'main',
          '--head',
          head,
          '--format',
          'json',
        ]);
      const none = await median(() => checkAt('docs'));
      const one = await median(() => checkAt('feature'));
      const sqOne = await median(() => measure(sq, ['--reporter', 'gcc', 'db/V1__drop.sql'], { cwd: coldRepo }));
      row('cold start, no SQL or code', '250 ms', none, undefined, {
        note: `bare node ${(bare * 1000).toFixed(0)} ms`,
      });
      row('cold start, one SQL file', '300 ms', one, sqOne, { note: `bare node ${(bare * 1000).toFixed(0)} ms` });
    } finally {
      rmSync(coldRepo, { recursive: true, force: true });
    }
    rows.push({
      figure: '1,000-file pull request, API requests',
      target: '40',
      note: 'asserted by test/e2e/github/api-calls.test.ts',
    });
    console.table(rows);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
