// `npm run demo`: builds a throwaway repository where an agent-assisted branch drops a table,
// runs the built CLI over it, and exits 0 only when two-key holds the change (exit 1).
// TWO_KEY_CLI points the demo at another build of the CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = resolve(process.env.TWO_KEY_CLI ?? join(root, 'dist', 'cli.js'));
if (!existsSync(cli)) {
  console.error(`demo: ${cli} is missing: run \`npm run build\` first`);
  process.exit(1);
}

// The user's git config (signing, hooks, templates) must not change or break the demo repository.
const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Dana Developer',
  GIT_AUTHOR_EMAIL: 'dana@example.com',
  GIT_COMMITTER_NAME: 'Dana Developer',
  GIT_COMMITTER_EMAIL: 'dana@example.com',
};
for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];

const dir = mkdtempSync(join(tmpdir(), 'two-key-demo-'));
const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
const write = (path, text) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

let exitCode = 1;
try {
  git('init', '--quiet', '--initial-branch=main');
  write(
    'db/migrations/20261101_create_bookings.sql',
    [
      'CREATE TABLE guests (',
      '  id bigserial PRIMARY KEY,',
      '  email text NOT NULL UNIQUE',
      ');',
      '',
      'CREATE TABLE bookings (',
      '  id bigserial PRIMARY KEY,',
      '  guest_id bigint NOT NULL REFERENCES guests (id),',
      '  starts_on date NOT NULL,',
      '  nights integer NOT NULL CHECK (nights > 0)',
      ');',
      '',
    ].join('\n'),
  );
  git('add', '--all');
  git('commit', '--quiet', '--no-verify', '--message', 'Create guests and bookings');

  git('checkout', '--quiet', '-b', 'claude/cleanup-bookings');
  write(
    'db/migrations/20261120_add_guest_phone.sql',
    ['-- Guests can leave a phone number for late arrivals.', 'ALTER TABLE guests ADD COLUMN phone text;', ''].join(
      '\n',
    ),
  );
  write(
    'db/migrations/20261121_drop_bookings.sql',
    ['-- Bookings moved to the reservations service.', '-- Remove the old table.', 'DROP TABLE bookings;', ''].join(
      '\n',
    ),
  );
  git('add', '--all');
  git(
    'commit',
    '--quiet',
    '--no-verify',
    '--message',
    'Clean up the old bookings table\n\nCo-authored-by: Claude <noreply@anthropic.com>',
  );

  console.log(
    'two-key demo: an agent-assisted branch adds a migration that drops the bookings table; two-key should hold it for approval (exit 1).\n',
  );
  const result = spawnSync(
    process.execPath,
    [cli, 'check', '--repo', dir, '--base', 'main', '--head', 'HEAD', '--pr-author', 'dana-dev'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.error) throw result.error;
  if (result.status === 1) {
    console.log('\ndemo: two-key blocked the change, as expected.');
    exitCode = 0;
  } else {
    const how = result.status === null ? `was killed by ${result.signal}` : `exited ${result.status}`;
    console.error(`\ndemo: expected two-key to block the change (exit 1), but it ${how}.`);
  }
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
