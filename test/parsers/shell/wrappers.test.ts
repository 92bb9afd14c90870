import { beforeAll, describe, expect, it } from 'vitest';
import { parseShell } from '../../../src/parsers/shell/commands.js';
import { loadGrammar } from '../../../src/parsers/tree-sitter/loader.js';

beforeAll(() => loadGrammar('bash'));

/** The commands of a snippet that run dropdb, with the wrappers taken off on the way. */
const dropdbs = (text: string) =>
  parseShell(text)
    .commands.filter((c) => c.argv[0] === 'dropdb')
    .map((c) => ({ argv: c.argv, wrappers: c.wrappers, at: text.slice(c.span.start, c.span.end) }));

describe('the wrapper table', () => {
  it('skips the operands a wrapper takes before the command', () => {
    for (const text of [
      'timeout 30 dropdb shop',
      'timeout -s KILL -k 5 30s dropdb shop',
      'flock /tmp/db.lock dropdb shop',
      'flock -w 10 /tmp/db.lock dropdb shop',
      'chroot /srv/jail dropdb shop',
      'gosu postgres dropdb shop',
      'taskset 0x1 dropdb shop',
      'aws-vault exec prod -- dropdb shop',
      'doppler run -p api -c prd -- dropdb shop',
      'uv run --python 3.12 dropdb shop',
      'runuser -u postgres -- dropdb shop',
      'watch -n 60 dropdb shop',
      'parallel -j 2 dropdb ::: shop',
      'stdbuf -oL setsid nohup nice -n 5 ionice -c 3 dropdb shop',
      'busybox timeout 5 dropdb shop',
      'screen -dmS reset dropdb shop',
    ]) {
      expect(
        dropdbs(text).map((d) => d.argv.slice(0, 2)),
        text,
      ).toEqual([['dropdb', 'shop']]);
    }
    expect(dropdbs('timeout 30 sudo -u postgres dropdb shop')[0]!.wrappers).toEqual(['timeout', 'sudo']);
    expect(dropdbs('parallel dropdb ::: a b')[0]!.argv).toEqual(['dropdb', 'a', 'b']);
  });

  it('reads a command given to a wrapper as one string as a script, at its place', () => {
    for (const text of [
      "su postgres -c 'dropdb shop'",
      'su - postgres -c "dropdb shop"',
      "su -c 'dropdb shop' postgres",
      "runuser -l postgres -c 'dropdb shop'",
      "flock -c 'dropdb shop' /tmp/db.lock",
      "flock /tmp/db.lock -c 'dropdb shop'",
      "env -S 'dropdb shop'",
      "watch 'dropdb shop'",
      "sg postgres 'dropdb shop'",
      "nix-shell -p postgresql --run 'dropdb shop'",
      "su --command='dropdb shop' postgres",
      "parallel 'dropdb shop' ::: a b",
      "script -q -c 'dropdb shop' /dev/null",
      "tmux new-session -d -s reset 'dropdb shop'",
    ]) {
      expect(dropdbs(text), text).toEqual([expect.objectContaining({ argv: ['dropdb', 'shop'], at: 'dropdb shop' })]);
    }
    expect(dropdbs("sudo su postgres -c 'dropdb shop'")[0]!.wrappers).toEqual(['sudo', 'su']);
    // at and batch run what stdin gives them.
    expect(dropdbs("echo 'dropdb shop' | at now + 1 hour").map((d) => d.argv)).toEqual([['dropdb', 'shop']]);
  });

  it('runs nothing where the wrapper runs no command', () => {
    expect(dropdbs('su postgres; flock -n 9; ionice -p 42; taskset -p 1 dropdb')).toEqual([]);
    expect(parseShell('su postgres').commands.map((c) => c.argv)).toEqual([['su', 'postgres']]);
  });

  it('reads the command a kubectl run pod runs, after --', () => {
    const text = "kubectl run tmp --rm -i --image=postgres:16 -n prod -- psql -h db -c 'DROP TABLE orders'";
    const psql = parseShell(text).commands.find((c) => c.argv[0] === 'psql')!;
    expect(psql.argv).toEqual(['psql', '-h', 'db', '-c', 'DROP TABLE orders']);
    expect(psql.wrappers).toEqual(['kubectl run']);
  });
});

describe('commands run once per file', () => {
  const argvs = (text: string) => parseShell(text).commands.map((c) => c.argv);

  it('reads the command of find -exec with {} as the files under its root', () => {
    expect(argvs('find /var/lib/postgresql -type f -exec rm -rf {} +')).toEqual([
      ['find', '/var/lib/postgresql', '-type', 'f', '-exec', 'rm', '-rf', '{}', '+'],
      ['rm', '-rf', '/var/lib/postgresql/*'],
    ]);
    const inner = argvs('find /data -mindepth 1 -execdir sudo rm -r {} \\; -exec echo {} \\;');
    expect(inner.slice(1)).toEqual([
      ['rm', '-r', '/data/*'],
      ['echo', '/data/*'],
    ]);
  });

  it("fills a script's $1 from the words after it, through find -exec sh -c", () => {
    const all = argvs('find /var/lib/mysql -exec sh -c \'rm -rf "$1"\' _ {} \\;');
    expect(all.at(-1)).toEqual(['rm', '-rf', '/var/lib/mysql/*']);
    expect(argvs('bash -c \'dropdb "$1"\' _ shop').at(-1)).toEqual(['dropdb', 'shop']);
  });

  it('hands xargs the items a listing prints', () => {
    expect(argvs('ls /var/lib/postgresql/data | xargs rm -rf').at(-1)).toEqual([
      'rm',
      '-rf',
      '/var/lib/postgresql/data/*',
    ]);
    expect(argvs('find /srv/data -maxdepth 1 -print0 | xargs -0 rm -rf').at(-1)).toEqual(['rm', '-rf', '/srv/data/*']);
    expect(argvs('echo shop | xargs -I{} dropdb {}').at(-1)).toEqual(['dropdb', '{}', 'shop']);
    // Not a listing: nothing is added.
    expect(argvs('git ls-files -d | xargs git rm').at(-1)).toEqual(['git', 'rm']);
  });
});

describe('inline interpreter code that shells out', () => {
  const inner = (text: string) =>
    parseShell(text)
      .commands.slice(1)
      .map((c) => ({ argv: c.argv, at: text.slice(c.span.start, c.span.end), wrappers: c.wrappers }));

  it('reads the command lines in the literals of python, node, ruby, perl and php one-liners', () => {
    expect(inner(`python3 -c "import os; os.system('dropdb prod')"`)).toEqual([
      { argv: ['dropdb', 'prod'], at: 'dropdb prod', wrappers: ['python3'] },
    ]);
    expect(inner(`node -e "require('child_process').execSync('dropdb shop')"`).at(-1)!.argv).toEqual([
      'dropdb',
      'shop',
    ]);
    expect(inner(`ruby -e 'system("dropdb shop")'`)[0]!.at).toEqual('dropdb shop');
    expect(inner(`perl -e 'system "dropdb shop"'`)[0]!.argv).toEqual(['dropdb', 'shop']);
    expect(inner(`php -r 'shell_exec("dropdb shop");'`)[0]!.argv).toEqual(['dropdb', 'shop']);
  });

  it('joins concatenated literals, and takes a list of literals as the words of one command', () => {
    expect(inner(`python3 -c "import os; os.system('drop' + 'db shop')"`)[0]!.argv).toEqual(['dropdb', 'shop']);
    expect(
      inner(`python -c "import subprocess; subprocess.run(['dropdb', 'shop'], check=True)"`).map((c) => c.argv),
    ).toEqual([['dropdb', 'shop']]);
    expect(inner(`perl -e 'system("dropdb", "shop")'`)[0]!.argv).toEqual(['dropdb', 'shop']);
  });

  it('reads nothing from code that runs no command', () => {
    expect(inner(`python3 -c "print('dropdb shop')"`)).toEqual([]);
    expect(inner(`node -e "console.log('rm -rf /')"`)).toEqual([]);
  });
});
