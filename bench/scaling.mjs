// Scaling: does the CLI's time per file stay flat as a change grows, and does the process exit as
// soon as the report is written?
//
//   node bench/scaling.mjs [--sizes 1000,5000,10000] [--families sql,orm,...] [--node PATH]
//
// For each family and size, a git repository whose head commit adds that many small files of the
// family (written with `git fast-import`, the same bytes on every run), then one
// `two-key check --format json` through dist/cli.js. Reported per run: the time until the report
// was written (its last byte on stdout), the time until the process exited, milliseconds per file, and the
// per-file ratio to the smallest size. Nothing here asserts on the numbers.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One small file of each family, varied by its index so no two files are the same text. */
export const FAMILIES = {
  sql: (i) => [
    `db/migrations/${String(i).padStart(6, '0')}_change.sql`,
    `-- change ${i}\nCREATE TABLE t_${i} (id bigint PRIMARY KEY, name text);\nALTER TABLE accounts_${i} ADD COLUMN note_${i} text;\nDROP TABLE legacy_${i};\nUPDATE users SET flag = ${i} WHERE id = ${i};\n`,
  ],
  orm: (i) => [
    `db/migrate/${20260000000000 + i}_drop_legacy_${i}.rb`,
    `class DropLegacy${i} < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :legacy_${i}\n    add_column :users, :note_${i}, :string\n  end\nend\n`,
  ],
  shell: (i) => [
    `scripts/job_${i}.sh`,
    `#!/bin/sh\nset -e\necho "job ${i}"\nrm -rf /var/lib/app/cache_${i}\npsql "$DATABASE_URL" -c 'DELETE FROM sessions_${i}'\n`,
  ],
  terraform: (i) => [
    `infra/db_${i}.tf`,
    `resource "aws_db_instance" "db_${i}" {\n  identifier          = "db-${i}"\n  engine              = "postgres"\n  skip_final_snapshot = true\n  deletion_protection = false\n}\n`,
  ],
  manifest: (i) => [
    `k8s/pv_${i}.yaml`,
    `apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: data-${i}\nspec:\n  capacity:\n    storage: 1Gi\n  persistentVolumeReclaimPolicy: Delete\n  hostPath:\n    path: /data/${i}\n`,
  ],
  code: (i) => [
    `src/jobs/cleanup_${i}.ts`,
    `import { S3Client, DeleteBucketCommand } from '@aws-sdk/client-s3';\nexport async function cleanup${i}(client: S3Client) {\n  await client.send(new DeleteBucketCommand({ Bucket: 'bucket-${i}' }));\n}\n`,
  ],
  env: (i) => [
    `config/service_${i}.env`,
    `SERVICE_NAME=svc-${i}\nDATABASE_URL=postgres://app@db-${i}.internal:5432/app\n`,
  ],
  text: (i) => [`docs/note_${i}.md`, `# Note ${i}\n\nNothing to see: plain text for the secret scan, line ${i}.\n`],
};

function parseArgs(argv) {
  const args = { sizes: [1000, 5000, 10000], families: Object.keys(FAMILIES), node: process.execPath };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes') args.sizes = argv[++i].split(',').map(Number);
    else if (a === '--families') args.families = argv[++i].split(',');
    else if (a === '--node') args.node = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

/** A repository: `main` has a README, `feature` adds `count` files of the family. */
export function makeRepo(dir, family, count) {
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const enc = new TextEncoder();
  const parts = [];
  const blob = (mark, text) => {
    const bytes = enc.encode(text);
    parts.push(`blob\nmark :${mark}\ndata ${bytes.length}\n`, text, '\n');
  };
  const commit = (ref, mark, parent, files, message) => {
    parts.push(`commit ${ref}\nmark :${mark}\ncommitter Bench <bench@example.com> 1700000000 +0000\n`);
    parts.push(`data ${enc.encode(message).length}\n${message}\n`);
    if (parent) parts.push(`from :${parent}\n`);
    for (const [path, m] of files) parts.push(`M 100644 :${m} ${path}\n`);
    parts.push('\n');
  };
  blob(1, '# bench\n');
  commit('refs/heads/main', 2, undefined, [['README.md', 1]], 'base');
  const files = [];
  for (let i = 0; i < count; i++) {
    const [path, text] = FAMILIES[family](i);
    blob(10 + i, text);
    files.push([path, 10 + i]);
  }
  commit('refs/heads/feature', 3, 2, files, `add ${count} ${family} files`);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: parts.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['checkout', '-q', 'feature'], { cwd: dir });
}

/** Runs the CLI; resolves the time the report was written (its last byte on stdout) and the time of exit. */
export function runCli(node, dir, extra = []) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(
      node,
      [join(root, 'dist/cli.js'), 'check', '--repo', dir, '--base', 'main', '--format', 'json', ...extra],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let bytes = 0;
    let reported;
    let stderr = '';
    // The report is one write: its last chunk marks when it was written, whatever keeps the process up after.
    child.stdout.on('data', (c) => {
      bytes += c.length;
      reported = performance.now() - t0;
    });
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('exit', (code) => {
      const exited = performance.now() - t0;
      resolvePromise({ code, reportMs: reported ?? exited, exitMs: exited, bytes, stderr: stderr.slice(0, 300) });
    });
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const rows = [];
  for (const family of args.families) {
    let firstPerFile;
    for (const size of args.sizes) {
      const dir = mkdtempSync(join(tmpdir(), `two-key-scaling-${family}-`));
      try {
        makeRepo(dir, family, size);
        const r = await runCli(args.node, dir);
        if (r.code !== 0 && r.code !== 1) throw new Error(`${family} ${size}: exit ${r.code}: ${r.stderr}`);
        const perFile = r.reportMs / size;
        firstPerFile ??= perFile;
        const row = {
          family,
          files: size,
          'report s': (r.reportMs / 1000).toFixed(2),
          'exit s': (r.exitMs / 1000).toFixed(2),
          'exit after report ms': Math.round(r.exitMs - r.reportMs),
          'ms/file': perFile.toFixed(3),
          'vs first size': (perFile / firstPerFile).toFixed(2),
        };
        rows.push(row);
        console.error(JSON.stringify(row));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  console.table(rows);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
