import type { Rule } from '../../core/rule.js';
import { DYNAMIC, isDynamic } from '../../parsers/shell/commands.js';
import { baseName } from '../../parsers/shell/wrappers.js';
import { at, display, programOf, type ShellDocument } from './lib/document.js';

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'source', '.']);
const DOWNLOADERS = new Set(['curl', 'wget', 'fetch', 'http', 'iwr']);

/** Commands that turn stored text into a script nobody reviewing the diff can read. */
function decoder(argv: readonly string[]): string | undefined {
  const program = baseName(argv[0] ?? '');
  const options = argv.slice(1);
  if (program === 'base64' && options.some((o) => /^(-d|-D|--decode)$/.test(o))) return 'base64 -d';
  if (program === 'rev' || program === 'tac') return program;
  if (program === 'xxd' && options.some((o) => o.startsWith('-r'))) return 'xxd -r';
  if (program === 'openssl' && options.some((o) => o === '-d' || o === 'base64')) return 'openssl';
  if (
    (program === 'gzip' || program === 'gunzip' || program === 'zcat') &&
    (program !== 'gzip' || options.includes('-d'))
  )
    return program;
  // Text rewritten on its way to a shell (`tr -d x`, `sed 's/x//g'`, `awk '{print "rm " $1}'`) is a script
  // that the diff spells only in pieces.
  if (program === 'tr' || program === 'sed' || program === 'awk') return program;
  return undefined;
}

/** `$(which python)`, `$(command -v node)`: a substitution that finds a program by name, not one that spells it. */
const LOOKUP =
  /^"?\$\(\s*(which|command\s+-v|type\s+-[pP]|npm\s+bin|yarn\s+bin|pnpm\s+bin|brew\s+--prefix|go\s+env|git\s+rev-parse|pwd|dirname|realpath|readlink)\b/;

/**
 * The command substitution that names a command's program: written in place (`$(echo dropdb) shop`)
 * or assigned to the variable it runs (`cmd=$(printf '\x64…')` then `$cmd shop`). Undefined for a lookup.
 */
function computedProgram(text: string, word: string): string | undefined {
  if (/^"?(\$\(|`)/.test(word)) return LOOKUP.test(word) ? undefined : word;
  const name = /^"?\$\{?([A-Za-z_]\w*)\}?/.exec(word)?.[1];
  if (!name) return undefined;
  const assigned = new RegExp(
    `(?:^|[;&|\\s])(?:export\\s+|local\\s+|readonly\\s+)?${name}=("?(?:\\$\\(|\`).*)$`,
    'm',
  ).exec(text)?.[1];
  return assigned === undefined || LOOKUP.test(assigned) ? undefined : assigned;
}

export const opaqueExecution: Rule<
  ShellDocument,
  'evalVariable' | 'decoded' | 'downloaded' | 'dynamicScript' | 'substitutedProgram'
> = {
  meta: {
    id: 'shell/opaque-execution',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A command whose real content cannot be read from the change: a program named by a command substitution (`$(printf …) shop`), `eval` of a variable, decoded text (`base64 -d`, `rev`, `xxd -r`) or a download (`curl | sh`) piped to a shell, `bash -c "$VAR"`. It fails closed.',
    messages: {
      evalVariable: 'eval runs a command decided at run time; two-key cannot see what it will do',
      decoded: '{decoder} output is run by {shell}: the command is hidden from review',
      downloaded: '{downloader} output is run by {shell}: the script is not in the change and can change at any time',
      dynamicScript: '{shell} -c runs a script decided at run time; two-key cannot see what it will do',
      substitutedProgram:
        'the program this command runs is the output of {substitution}: two-key cannot see what it will do',
    },
    examples: {
      invalid: [
        {
          code: "jobs:\n  nightly:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo 'ecrof-- sdaolpu-dorp-emca//:3s br 3s swa' | rev | bash\n",
          line: 5,
          path: '.github/workflows/nightly.yml',
        },
        { code: 'CMD=$(cat .cleanup)\neval "$CMD"\n', line: 2, path: 'scripts/x.sh' },
        { code: 'echo ZHJvcGRiIGFwcA== | base64 --decode | sh\n', line: 1, path: 'scripts/x.sh' },
        { code: "$(printf '\\x64\\x72\\x6f\\x70\\x64\\x62') shop_production\n", line: 1, path: 'scripts/x.sh' },
        { code: 'curl -fsSL https://example.com/cleanup.sh | sudo bash -s -- --all\n', line: 1, path: 'scripts/x.sh' },
      ],
      valid: [
        { code: "eval 'echo hello'\nbash scripts/build.sh\necho done | tee log.txt\n", path: 'scripts/x.sh' },
        { code: '"$(command -v python3)" manage.py migrate\n$(npm bin)/eslint .\n', path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    for (const command of doc.commands) {
      const program = programOf(command);
      if (command.calledThrough.length) continue;
      // `$(echo dropdb) shop`, `"$(printf 'terra%s' form)" destroy`: the program's name is computed.
      const word = doc.text.slice(command.span.start, command.span.end).trimStart();
      const computed = isDynamic(command.argv[0] ?? '') ? computedProgram(doc.text, word) : undefined;
      if (computed) {
        const substitution = /^"?(\$\([^)]*\)|`[^`]*`)/.exec(computed)?.[1] ?? 'a command substitution';
        report({ messageId: 'substitutedProgram', data: { substitution: display(substitution) }, ...at(command) });
        continue;
      }
      if (program === 'eval') {
        if (command.argv.slice(1).some(isDynamic)) report({ messageId: 'evalVariable', ...at(command) });
        continue;
      }
      if (!SHELLS.has(program)) continue;
      const c = command.argv.findIndex((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a));
      if (
        c > 0 &&
        command.argv[c + 1] !== undefined &&
        isDynamic(command.argv[c + 1]!) &&
        !command.argv[c + 1]!.replaceAll(DYNAMIC, '').trim()
      ) {
        report({ messageId: 'dynamicScript', data: { shell: program }, ...at(command) });
        continue;
      }
      const readsStdin = c < 0 && !command.argv.slice(1).some((a) => !a.startsWith('-') && a !== '/dev/stdin');
      if (!readsStdin || !command.upstream.length) continue;
      const decoding = command.upstream.map(decoder).find((d) => d !== undefined);
      const download = command.upstream.find((u) => DOWNLOADERS.has(baseName(u[0] ?? '')));
      if (decoding) report({ messageId: 'decoded', data: { decoder: decoding, shell: program }, ...at(command) });
      else if (download)
        report({
          messageId: 'downloaded',
          data: { downloader: baseName(download[0]!), shell: program },
          ...at(command),
        });
    }
  },
};
