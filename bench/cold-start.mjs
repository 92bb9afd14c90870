// Cold start of `two-key check`: a scratch repository with three heads (a README edit, one SQL
// migration, one shell script), each checked by a fresh process; median wall time and median CPU
// time (user + system of the process and its git children, from the shell's `times`, which the
// load of a shared machine does not inflate), beside bare `node -e 0` and `two-key --version`.
//
//   npm run build && node bench/cold-start.mjs [--runs 10] [--cli dist/cli.js ...] [--node PATH]
//
// Several --cli builds (say the main branch's and this one's) are measured in alternation, run by
// run, so that a shared machine's load falls on each alike.
// Nothing here asserts on the numbers.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', '10'));
const clis = args.flatMap((a, i) => (a === '--cli' ? [resolve(args[i + 1])] : []));
if (clis.length === 0) clis.push(join(root, 'dist', 'cli.js'));
const nodeOption = option('node', process.execPath);
const node = nodeOption.includes('/') ? resolve(nodeOption) : nodeOption;

const repo = mkdtempSync(join(tmpdir(), 'two-key-cold-'));
const git = (...a) => execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.com', ...a], { cwd: repo });
git('init', '-q', '-b', 'main');
writeFileSync(join(repo, 'README.md'), '# x\n');
git('add', '.');
git('commit', '-qm', 'base');
git('checkout', '-qb', 'docs');
writeFileSync(join(repo, 'README.md'), '# x\n\nMore words.\n');
git('commit', '-qam', 'docs');
git('checkout', '-qb', 'sql', 'main');
mkdirSync(join(repo, 'db'));
writeFileSync(join(repo, 'db/V1__drop.sql'), 'ALTER TABLE a ADD COLUMN b int;\nDROP TABLE old;\n');
git('add', '.');
git('commit', '-qm', 'sql');
git('checkout', '-qb', 'shell', 'main');
mkdirSync(join(repo, 'scripts'));
writeFileSync(join(repo, 'scripts/reset.sh'), '#!/bin/sh\nset -e\nrm -rf build\n');
git('add', '.');
git('commit', '-qm', 'shell');

/** Wall and CPU milliseconds of one process (CPU includes its waited-for children). */
function time(argv) {
  const start = process.hrtime.bigint();
  const script = '"$@" >/dev/null; status=$?; times >&2; exit $status';
  const r = spawnSync('bash', ['-c', script, 'bash', ...argv], { encoding: 'utf8', cwd: repo });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  const children = r.stderr.trim().split('\n').pop() ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000,
    0,
  );
  if (r.status === 127) throw new Error(`cannot run ${argv[0]}`);
  return { ms, cpu, status: r.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** `argvOf(cli)` for each build, alternating run by run. */
function measure(label, argvOf, builds = clis) {
  const samples = builds.map(() => ({ wall: [], cpu: [], status: undefined }));
  for (let i = 0; i < runs; i++) {
    builds.forEach((cli, k) => {
      const r = time(argvOf(cli));
      samples[k].wall.push(r.ms);
      samples[k].cpu.push(r.cpu);
      samples[k].status = r.status;
    });
  }
  builds.forEach((cli, k) => {
    const { wall, cpu, status } = samples[k];
    const which = builds.length > 1 ? ` [${cli}]` : '';
    console.log(
      `${label.padEnd(34)} wall median ${median(wall).toFixed(0).padStart(5)} ms  cpu median ${median(cpu).toFixed(0).padStart(5)} ms  exit ${status}${which}`,
    );
  });
}

try {
  console.log(`node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}, ${runs} runs each`);
  const check = (head) => (cli) => [
    node,
    cli,
    'check',
    '--repo',
    repo,
    '--base',
    'main',
    '--head',
    head,
    '--format',
    'json',
  ];
  measure('bare node -e 0', () => [node, '-e', '0'], clis.slice(0, 1));
  measure('two-key --version', (cli) => [node, cli, '--version']);
  measure('check, no SQL or code (README)', check('docs'));
  measure('check, one SQL file', check('sql'));
  measure('check, one shell script', check('shell'));
} finally {
  rmSync(repo, { recursive: true, force: true });
}
