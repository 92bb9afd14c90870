import type { Rule } from '../../core/rule.js';
import type { Span } from '../../core/types.js';
import { DYNAMIC, isDynamic } from '../../parsers/shell/commands.js';
import { LineIndex } from '../../core/lines.js';
import { hiddenInlineCode, type HiddenCode } from '../../parsers/shell/inline-code.js';
import { baseName } from '../../parsers/shell/wrappers.js';
import { runsOfWrittenFiles } from './lib/written-files.js';
import { at, display, programOf, type DocumentCommand, type ShellDocument } from './lib/document.js';
import {
  codeSourcesOf,
  downloaderOf,
  interpreterOf,
  printsShellSetup,
  within,
  type Interpreter,
} from './lib/interpreters.js';

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
  if (program === 'tr') return program;
  // Applied to a file of the repository (`sed 's/__TENANT__/x/' provision.sh.tmpl`), the script is
  // that file, which the change shows and the net reads; only text rewritten in the pipe is hidden.
  if ((program === 'sed' || program === 'awk') && !readsFile(program, options)) return program;
  return undefined;
}

/** Whether `sed`/`awk` reads a file operand (after its script), rather than its standard input. */
function readsFile(program: 'sed' | 'awk', options: readonly string[]): boolean {
  const withValue = program === 'sed' ? /^-[ef]$|^-l$/ : /^-[fvF]$/;
  let scriptGiven = options.some((o) => (program === 'sed' ? /^-[ef]/ : /^-f/).test(o));
  for (let i = 0; i < options.length; i++) {
    const o = options[i]!;
    if (withValue.test(o)) {
      i++;
      continue;
    }
    if (o.startsWith('-') && o !== '-') continue;
    if (!scriptGiven) {
      scriptGiven = true;
      continue;
    }
    return o !== '-' && !isDynamic(o);
  }
  return false;
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
  'evalVariable' | 'decoded' | 'downloaded' | 'dynamicScript' | 'substitutedProgram' | 'downloadedFile' | 'decodedFile'
> = {
  meta: {
    id: 'shell/opaque-execution',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A command whose real content cannot be read from the change: a program named by a command substitution (`$(printf …) shop`); `eval` of a variable; decoded text (`base64 -d`, `rev`, `xxd -r`) or a download run by a shell or an interpreter, whether piped (`curl | sudo bash`, `wget -qO- | python3 -`), given as a process substitution (`bash <(curl ...)`, `source <(wget ...)`, `bash < <(curl ...)`), a here-string (`sh <<< "$(curl ...)"`) or a command substitution (`eval "$(curl ...)"`, `python3 -c "$(curl ...)"`, `node -e`, `perl -e`, `ruby -e`, `php -r`); inline code that runs what it decodes or fetches (`python3 -c "exec(base64.b64decode(…))"`, `ruby -e "eval(Net::HTTP.get(…))"`) or shells out to a variable (`node -e "execSync(process.env.CMD)"`); a file the script downloads, decodes, copies from a download (`cp <(curl …) x.sh`) or clones (`git clone URL && bash repo/x.sh`, unless pinned to a commit) and then runs, by path, by an interpreter or on stdin (`bash -s < x.sh`); `bash -c "$VAR"`. It fails closed.',
    messages: {
      evalVariable: 'eval runs a command decided at run time; two-key cannot see what it will do',
      decoded: '{decoder} output is run by {shell}: the command is hidden from review',
      downloaded: '{downloader} output is run by {shell}: the script is not in the change and can change at any time',
      dynamicScript: '{shell} runs a script decided at run time; two-key cannot see what it will do',
      substitutedProgram:
        'the program this command runs is the output of {substitution}: two-key cannot see what it will do',
      downloadedFile:
        '{file} is downloaded by {downloader} (line {line}) and then run by {runner} unchecked: the script is not in the change and can change at any time',
      decodedFile:
        '{file} is written by {decoder} (line {line}) and then run by {runner}: the command is hidden from review',
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
        {
          code: 'set -e\nbash <(curl -fsSL https://get.example.com/bootstrap.sh) --yes\n',
          line: 2,
          path: 'scripts/x.sh',
        },
        { code: 'eval "$(wget -qO- https://example.com/env.sh)"\n', line: 1, path: 'scripts/x.sh' },
      ],
      valid: [
        { code: "eval 'echo hello'\nbash scripts/build.sh\necho done | tee log.txt\n", path: 'scripts/x.sh' },
        {
          code: 'source <(kubectl completion bash)\nbash scripts/deploy.sh "$(curl -fsS https://example.com/version)"\n',
          path: 'scripts/x.sh',
        },
        { code: '"$(command -v python3)" manage.py migrate\n$(npm bin)/eslint .\n', path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    // `curl -o x.sh URL && bash x.sh`: a file the script downloads or decodes, then runs unchecked.
    const runs = runsOfWrittenFiles(doc);
    const lines = runs.length ? new LineIndex(doc.text) : undefined;
    for (const { file, runner, command } of runs) {
      const line = String(lines!.lineOf(file.command.span.start));
      const data = { file: display(file.name), line, runner };
      if (file.how === 'downloaded')
        report({ messageId: 'downloadedFile', data: { ...data, downloader: file.by }, ...at(command) });
      else report({ messageId: 'decodedFile', data: { ...data, decoder: file.by }, ...at(command) });
    }
    for (const command of doc.commands) {
      if (command.calledThrough.length) continue;
      // `$(echo dropdb) shop`, `"$(printf 'terra%s' form)" destroy`: the program's name is computed.
      const computed = isDynamic(command.argv[0] ?? '')
        ? computedProgram(doc.text, doc.text.slice(command.span.start, command.span.end).trimStart())
        : undefined;
      // The code of an interpreter (`sh -c "$(curl ...)"`) is judged with the interpreter, once.
      if (computed && !doc.commands.some((o) => o !== command && within(command.span, o.span) && interpreterOf(o))) {
        const substitution = /^"?(\$\([^)]*\)|`[^`]*`)/.exec(computed)?.[1] ?? 'a command substitution';
        report({ messageId: 'substitutedProgram', data: { substitution: display(substitution) }, ...at(command) });
        continue;
      }
      const row = interpreterOf(command);
      if (!row) continue;
      const found = judge(doc, command, row);
      if (found) report({ ...found, ...at(command) });
    }
  },
};

type Found = { messageId: 'evalVariable' | 'decoded' | 'downloaded' | 'dynamicScript'; data?: Record<string, string> };

/**
 * Where the interpreter's code comes from, and whether a reviewer can read it there: a word made
 * by a command or process substitution (`bash <(curl ...)`, `eval "$(wget ...)"`,
 * `python3 -c "$(curl ...)"`), stdin fed by a pipe or a `< <(...)` redirect, or a value known
 * only at run time. A literal script is not judged here: it is read as commands of its own.
 */
function judge(doc: ShellDocument, command: DocumentCommand, row: Interpreter): Found | undefined {
  const program = programOf(command);
  let dynamic: Found | undefined;
  for (const source of codeSourcesOf(command, row)) {
    let feeders: string[][];
    if (source.kind === 'stdin') {
      feeders = [...command.upstream, ...(command.stdinFrom ? commandsIn(doc, command, command.stdinFrom) : [])];
    } else {
      const value = command.argv[source.index]!;
      // `python3 -c "exec(base64.b64decode('…'))"`: literal code that runs what it decodes or fetches.
      if (!isDynamic(value)) {
        const hidden = source.kind === 'code' && CODE_LANGUAGES.test(program) ? hiddenInlineCode(value) : undefined;
        if (hidden) return hiddenFound(hidden, `${program} ${command.argv[source.index - 1]!}`);
        continue;
      }
      feeders = commandsIn(doc, command, command.argSpans[source.index]!);
      if (source.kind === 'code' && !dynamic) {
        if (row.allCode) {
          if (!setupOutput(doc, command.argSpans[source.index]!, feeders)) dynamic = { messageId: 'evalVariable' };
        } else if (!value.replaceAll(DYNAMIC, '').trim())
          dynamic = { messageId: 'dynamicScript', data: { shell: `${program} ${command.argv[source.index - 1]!}` } };
      }
    }
    const decoding = feeders.map(decoder).find((d) => d !== undefined);
    if (decoding) return { messageId: 'decoded', data: { decoder: decoding, shell: program } };
    const download = feeders.map(downloaderOf).find((d) => d !== undefined);
    if (download) return { messageId: 'downloaded', data: { downloader: download, shell: program } };
  }
  return dynamic;
}

/** Interpreters whose inline code is a program of its own language, read for what it hides. */
const CODE_LANGUAGES = /^(python[23]?(\.\d+)?|pypy3?|node|nodejs|bun|deno|perl|ruby|php(\d+(\.\d+)?)?)$/;

function hiddenFound(hidden: HiddenCode, shell: string): Found {
  if (hidden.how === 'decoded') return { messageId: 'decoded', data: { decoder: hidden.what, shell } };
  if (hidden.how === 'downloaded') return { messageId: 'downloaded', data: { downloader: hidden.what, shell } };
  return { messageId: 'dynamicScript', data: { shell: `${shell} (${hidden.what})` } };
}

/** `eval "$(ssh-agent -s)"`: the word is only the output of a local tool that prints its shell set-up. */
function setupOutput(doc: ShellDocument, span: Span, feeders: string[][]): boolean {
  // A span mapped out of a YAML block scalar can end past the line break.
  const written = doc.text.slice(span.start, span.end).trim();
  const substitution = /^"?(\$\(.*\)|`.*`)"?$/s.test(written) && !/\$[A-Za-z_{]/.test(written.replace(/\$\(/g, ''));
  return substitution && feeders.length > 0 && feeders.every(printsShellSetup);
}

/** The commands written inside a span of the command (its `$(...)` and `<(...)` words), as argv. */
function commandsIn(doc: ShellDocument, command: DocumentCommand, span: Span): string[][] {
  return doc.commands.filter((c) => c !== command && within(c.span, span)).map((c) => c.argv);
}
