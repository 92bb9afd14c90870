// Fails when the committed dist/ differs from a fresh build of the sources: the Action runs
// dist/index.js as committed, so a stale bundle would run code nobody reviewed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const fresh = mkdtempSync(join(tmpdir(), 'two-key-dist-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), fresh], { stdio: 'inherit' });
  const committed = join(root, 'dist');
  const problems = compare(committed, fresh);
  if (problems.length) {
    console.error(
      `dist/ differs from a fresh build (run \`npm run build\` and commit dist/):\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log('dist/ matches a fresh build');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

function compare(committed, built) {
  let have;
  try {
    have = files(committed);
  } catch {
    return ['dist/ is missing'];
  }
  const want = files(built);
  const problems = [];
  for (const f of want) if (!have.includes(f)) problems.push(`missing: dist/${f}`);
  for (const f of have) if (!want.includes(f)) problems.push(`not built from source: dist/${f}`);
  for (const f of want) {
    if (have.includes(f) && !readFileSync(join(committed, f)).equals(readFileSync(join(built, f)))) {
      problems.push(`changed: dist/${f}`);
    }
  }
  return problems;
}
