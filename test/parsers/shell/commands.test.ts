import { beforeAll, describe, expect, it } from 'vitest';
import { DYNAMIC, parseShell } from '../../../src/parsers/shell/commands.js';
import { loadGrammar } from '../../../src/parsers/tree-sitter/loader.js';

beforeAll(() => loadGrammar('bash'));

const argvs = (text: string) => parseShell(text).commands.map((c) => c.argv);
const spans = (text: string) => parseShell(text).commands.map((c) => text.slice(c.span.start, c.span.end));

describe('parseShell', () => {
  it('walks pipelines, lists, subshells, compound statements and function bodies', () => {
    const text = [
      'a 1 && b 2 || c 3; d 4 | e 5 &',
      '(f 6; g 7) && { h 8; }',
      'if i 9; then j 10; elif k 11; then l 12; else l 12; fi',
      'while m 13; do n 14; done; for x in y; do o 15; done',
      'case "$v" in a) p 16 ;; esac',
      'fn() { q 17; }',
      '! r 18 > out.log 2>&1',
    ].join('\n');
    expect(argvs(text).map((a) => a[0])).toEqual('abcdefghijkllmnopqr'.split(''));
  });

  it('reads command and process substitutions as commands of their own, and marks the word dynamic', () => {
    const text = 'X=$(rails db:drop) echo "n=$(dropdb a)" `rake db:reset` <(mysqladmin drop b)';
    expect(argvs(text)).toEqual([
      ['echo', `n=${DYNAMIC}`, DYNAMIC, DYNAMIC],
      ['rails', 'db:drop'],
      ['dropdb', 'a'],
      ['rake', 'db:reset'],
      ['mysqladmin', 'drop', 'b'],
    ]);
    expect(parseShell(text).commands[0]!.envAssignments).toEqual([
      { name: 'X', value: DYNAMIC, span: { start: 0, end: 18 } },
    ]);
  });

  it('removes quotes and resolves escapes', () => {
    expect(argvs(`cmd 'a b' "c \\"d\\" \\$e \\q" f\\ g 'h'"i"j $'k\\tl\\x41\\101\\u00e9\\'' \\dropdb`)).toEqual([
      ['cmd', 'a b', 'c "d" $e \\q', 'f g', 'hij', "k\tlAAé'", 'dropdb'],
    ]);
    expect(argvs('"dr"op\'db\' x')).toEqual([['dropdb', 'x']]);
    expect(argvs('dropdb \\\n  --if-exists app')).toEqual([['dropdb', '--if-exists', 'app']]);
  });

  it('marks every kind of expansion, inside quotes or not', () => {
    const d = DYNAMIC;
    // `${B:-x}` of a B the snippet never sets is its default, x (what runs unless the caller sets B).
    expect(argvs('c $A "${B:-x}" pre${C}post "$((1+2))" $(d) {1..3} "$\'literal\'"')).toEqual([
      ['c', d, 'x', `pre${d}post`, d, d, d, "$'literal'"],
      ['d'],
    ]);
    expect(argvs('c \'$A\' "\\$A"')).toEqual([['c', '$A', '$A']]);
    // A default that would make the command look harmless is not taken.
    expect(argvs('psql -h "${H:-localhost}" "${DB:-app_test}"')).toEqual([['psql', '-h', d, d]]);
  });

  it('takes off wrappers and keeps the environment they set', () => {
    const [cmd] = parseShell('sudo -Eu postgres PGHOST=db env -i A=1 npx -y supabase@1.2.3 db reset --linked').commands;
    expect(cmd!.argv).toEqual(['supabase', 'db', 'reset', '--linked']);
    expect(cmd!.wrappers).toEqual(['sudo', 'env', 'npx']);
    expect(cmd!.envAssignments.map((e) => `${e.name}=${e.value}`)).toEqual(['PGHOST=db', 'A=1']);
    expect(argvs('pnpm exec prisma migrate reset -f')).toEqual([['prisma', 'migrate', 'reset', '-f']]);
    expect(argvs('yarn prisma db push; yarn dlx @scope/cli@2 x; bunx --bun prisma y')).toEqual([
      ['prisma', 'db', 'push'],
      ['@scope/cli', 'x'],
      ['prisma', 'y'],
    ]);
    expect(argvs('command dropdb a; exec nohup time dropdb b; bundle exec rake db:drop; npm exec -- dropdb c')).toEqual(
      [
        ['dropdb', 'a'],
        ['dropdb', 'b'],
        ['rake', 'db:drop'],
        ['dropdb', 'c'],
      ],
    );
    expect(argvs('/usr/bin/sudo /usr/local/bin/dropdb d')).toEqual([['/usr/local/bin/dropdb', 'd']]);
    // timeout takes a duration before the command; ionice and stdbuf only options
    expect(argvs('timeout -k 10 600 terraform destroy; ionice -c 3 dropdb e; stdbuf -oL dropdb f')).toEqual([
      ['terraform', 'destroy'],
      ['dropdb', 'e'],
      ['dropdb', 'f'],
    ]);
  });

  it('does not treat a lookup or a bare wrapper as running a command', () => {
    expect(argvs('command -v dropdb')).toEqual([['command', '-v', 'dropdb']]);
    expect(argvs('sudo -v; env; yarn')).toEqual([['sudo', '-v'], ['env'], ['yarn']]);
  });

  it('reads the script of bash -c and sh -c, recursively, at its exact place', () => {
    const text = `RAILS_ENV=production bash -lc 'rails db:drop && sh -c "dropdb \\"$DB\\" x"'`;
    const { commands } = parseShell(text);
    expect(commands.map((c) => c.argv)).toEqual([
      ['bash', '-lc', 'rails db:drop && sh -c "dropdb \\"$DB\\" x"'],
      ['rails', 'db:drop'],
      ['sh', '-c', `dropdb "${DYNAMIC}" x`],
      ['dropdb', DYNAMIC, 'x'],
    ]);
    expect(commands.map((c) => text.slice(c.span.start, c.span.end))).toEqual([
      text,
      'rails db:drop',
      'sh -c "dropdb \\"$DB\\" x"',
      'dropdb \\"$DB\\" x',
    ]);
    const inner = commands[3]!;
    expect(inner.argSpans.map((s) => text.slice(s.start, s.end))).toEqual(['dropdb', '\\"$DB\\"', 'x']);
    expect(inner.wrappers).toEqual(['bash', 'sh']);
    expect(inner.envAssignments.map((e) => e.name)).toEqual(['RAILS_ENV']);
    expect(argvs("sh -e -o pipefail -c 'a 1'; bash script.sh; npx -c 'b 2'").map((a) => a[0])).toEqual([
      'sh',
      'a',
      'bash',
      'npx',
      'b',
    ]);
  });

  it('gives exact UTF-16 spans after non-ASCII text', () => {
    const text = 'echo "café ☕ 😀"; dropdb  app';
    expect(spans(text)).toEqual(['echo "café ☕ 😀"', 'dropdb  app']);
    const drop = parseShell(text).commands[1]!;
    expect(drop.argSpans.map((s) => text.slice(s.start, s.end))).toEqual(['dropdb', 'app']);
  });

  it('ignores comments, strings and heredoc bodies', () => {
    expect(argvs('# dropdb app\necho "dropdb app"\ncat <<EOF\ndropdb app\nEOF')).toEqual([
      ['echo', 'dropdb app'],
      ['cat'],
    ]);
  });

  it('never throws on bad input, and says where the syntax breaks', () => {
    for (const text of [
      '',
      ')',
      'if then fi',
      "echo 'open",
      'a && && b',
      '$(',
      '\u0000\uffff',
      '((((((('.repeat(500),
    ]) {
      expect(() => parseShell(text)).not.toThrow();
    }
    const broken = parseShell('dropdb a\nif then fi\n');
    expect(broken.commands[0]!.argv).toEqual(['dropdb', 'a']);
    expect(broken.syntaxError).toBe(9);
    expect(parseShell('echo ok\necho "open\n').syntaxError).toBe(13);
    expect(parseShell('dropdb a').syntaxError).toBeUndefined();
  });

  it('marks the assignments that always run: statements of the script and of export/declare there', () => {
    const text = [
      'A=1',
      'export B=2',
      'declare -x C=3',
      'if x; then D=4; fi',
      'y && E=5',
      'f() { local F=6; G=7; }',
      '(H=8)',
      'for i in 1; do I=9; done',
    ].join('\n');
    const always = parseShell(text)
      .assignments.filter((a) => a.unconditional)
      .map((a) => a.name);
    expect(always).toEqual(['A', 'B', 'C']);
    expect(parseShell(text).assignments.map((a) => a.name)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
  });
});
