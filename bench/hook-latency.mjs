// Latency of `two-key hook <agent>` per invocation, process start included: each run spawns
// node on the built CLI with one hook input on stdin, as an agent does, and times it to exit.
//
//   npm run build && node bench/hook-latency.mjs [--runs N] [--agent claude] [--cli dist/cli.js]
//
// Prints the median and the 99th percentile of wall time per command and over all runs, the CPU
// time the hook process used (which the load of a shared machine does not inflate), and a baseline:
// `two-key --version`, which is process start plus loading the bundle and nothing else.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', '20'));
const agent = option('agent', 'codex');
const cli = resolve(option('cli', join(root, 'dist', 'cli.js')));

const SAFE = ['ls', 'git status', 'npm test', "psql -c 'SELECT 1'", 'cat README.md | grep -n hook'];
const DESTRUCTIVE = [
  'terraform destroy -auto-approve',
  'FOO=1 railway volume delete',
  `psql "$PROD_DATABASE_URL" -c 'DROP TABLE x'`,
  "kubectl exec db-0 -- psql -c 'TRUNCATE orders'",
  `curl -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_TOKEN" -d '{"query":"mutation { volumeDelete(volumeId: \\"v\\") }"}'`,
];

const state = mkdtempSync(join(tmpdir(), 'two-key-bench-'));
const env = {
  PATH: process.env.PATH,
  HOME: state,
  XDG_STATE_HOME: state,
  PROD_DATABASE_URL: 'postgres://app:FAKE@db.prod.example.com:5432/app',
  RAILWAY_TOKEN: 'FAKE-token',
};

function input(command) {
  return JSON.stringify({
    session_id: 'bench',
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    cwd: root,
    permission_mode: 'default',
    tool_input: { command },
  });
}

/**
 * Wall time from spawn to exit, and the CPU time the hook process used (user + system, from the
 * shell's `times`), which says what the hook costs when the machine is not shared.
 */
function time(argv, stdin) {
  const start = process.hrtime.bigint();
  const script = 'node "$@"; status=$?; times >&2; exit $status';
  const r = spawnSync('bash', ['-c', script, 'bash', ...argv], {
    input: stdin,
    env: { ...env, PATH: `${dirname(process.execPath)}:${env.PATH}` },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  const children = r.stderr.trim().split('\n').pop() ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (sum, m) => sum + (Number(m[1]) * 60 + Number(m[2])) * 1000,
    0,
  );
  return { ms, cpu, status: r.status, stdout: r.stdout };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const summary = (samples) => {
  const s = [...samples].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p99: quantile(s, 0.99) };
};
const fmt = (ms) => `${ms.toFixed(0).padStart(6)} ms`;

console.log(`node ${process.version}, ${runs} runs per command, agent ${agent}, ${cli}`);
const baseline = [];
const baselineCpu = [];
for (let i = 0; i < runs; i++) {
  const r = time([cli, '--version'], '');
  baseline.push(r.ms);
  baselineCpu.push(r.cpu);
}
const b = summary(baseline);
console.log(
  `${'two-key --version (start-up only)'.padEnd(60)} median ${fmt(b.median)}  p99 ${fmt(b.p99)}  cpu median ${fmt(summary(baselineCpu).median)}`,
);

const all = { safe: [], destructive: [] };
const cpuAll = { safe: [], destructive: [] };
for (const [kind, commands] of [
  ['safe', SAFE],
  ['destructive', DESTRUCTIVE],
]) {
  for (const command of commands) {
    const samples = [];
    const cpu = [];
    let answer;
    for (let i = 0; i < runs; i++) {
      const r = time([cli, 'hook', agent], input(command));
      samples.push(r.ms);
      cpu.push(r.cpu);
      answer = r.status;
    }
    all[kind].push(...samples);
    cpuAll[kind].push(...cpu);
    const s = summary(samples);
    const label = command.length > 48 ? `${command.slice(0, 45)}...` : command;
    console.log(
      `${`${kind} ${label}`.padEnd(60)} median ${fmt(s.median)}  p99 ${fmt(s.p99)}  cpu median ${fmt(summary(cpu).median)}  exit ${answer}`,
    );
  }
}
for (const kind of ['safe', 'destructive']) {
  const s = summary(all[kind]);
  const c = summary(cpuAll[kind]);
  console.log(
    `${`all ${kind} (${all[kind].length} runs)`.padEnd(60)} median ${fmt(s.median)}  p99 ${fmt(s.p99)}  cpu median ${fmt(c.median)}  cpu p99 ${fmt(c.p99)}`,
  );
}
const s = summary([...all.safe, ...all.destructive]);
console.log(`${'all hook runs'.padEnd(60)} median ${fmt(s.median)}  p99 ${fmt(s.p99)}`);
rmSync(state, { recursive: true, force: true });
