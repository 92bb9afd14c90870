import type { Span } from '../../../core/types.js';
import { isDynamic } from '../../../parsers/shell/commands.js';
import { baseName } from '../../../parsers/shell/wrappers.js';
import type { DocumentCommand, ShellDocument } from './document.js';
import { codeSourcesOf, downloaderOf, interpreterOf } from './interpreters.js';

/**
 * A file whose content the change does not hold, because a command of the script writes it:
 * a download (`curl -o x.sh URL`, `wget -O`, `Invoke-WebRequest -OutFile`, `aws s3 cp`) or decoded
 * text (`base64 -d > x.sh`, `xxd -r`, `openssl enc -d -out`). Run later in the same script, it is
 * remote or hidden code, exactly as `curl | bash` is.
 */
export interface WrittenFile {
  /** The file as the script names it, `./` taken off; a name with an expansion is kept as written. */
  name: string;
  how: 'downloaded' | 'decoded';
  /** The command that writes it: `curl`, `base64 -d`. */
  by: string;
  /** A folder the command fills (`git clone URL dir`): every file under it is written by it. */
  folder?: boolean;
  command: DocumentCommand;
}

/** A command that runs a written file: `bash x.sh`, `. ./env.sh`, `./x.sh`, `python3 /tmp/i.py`. */
export interface WrittenFileRun {
  file: WrittenFile;
  runner: string;
  command: DocumentCommand;
}

/** Every run of a file the script downloaded or decoded earlier without checking it against a known digest. */
export function runsOfWrittenFiles(doc: ShellDocument): WrittenFileRun[] {
  const commands = [...doc.commands].sort((a, b) => a.span.start - b.span.start);
  const written: WrittenFile[] = [];
  const runs: WrittenFileRun[] = [];
  /** The cloned folder a `cd` entered: a relative path run there is one of its files. */
  let inside: WrittenFile | undefined;
  for (const command of commands) {
    for (const name of verifiedNames(doc, command, inside)) {
      for (let i = written.length - 1; i >= 0; i--) if (sameFile(written[i]!.name, name)) written.splice(i, 1);
      if (inside && sameFile(inside.name, name)) inside = undefined;
    }
    if (programOf(command) === 'cd') {
      const target = (command.argv[1] ?? '').replace(/^\.\//, '').replace(/\/+$/, '');
      inside = written.find((w) => w.folder && sameFile(w.name, target));
    }
    for (const { name, runner } of filesRunBy(doc, command)) {
      const file =
        [...written].reverse().find((w) => w.command !== command && (sameFile(w.name, name) || under(w, name))) ??
        (inside && !name.startsWith('/') ? inside : undefined);
      if (file) runs.push({ file, runner, command });
    }
    written.push(...filesWrittenBy(doc, command));
  }
  return runs;
}

function programOf(command: DocumentCommand): string {
  return baseName(command.argv[0] ?? '');
}

/** A file inside a folder the script filled (`git clone URL tools` then `bash tools/x.sh`). */
function under(file: WrittenFile, name: string): boolean {
  return file.folder === true && name.startsWith(`${file.name.replace(/\/+$/, '')}/`);
}

/** The file name a word names, as written when it holds an expansion (`"$TMP/i.sh"`), so two spellings of one variable match. */
function nameOf(doc: ShellDocument, value: string, span: Span | undefined): string {
  const raw = isDynamic(value) && span ? doc.text.slice(span.start, span.end).replace(/["']/g, '') : value;
  return raw.replace(/^\.\//, '');
}

function sameFile(a: string, b: string): boolean {
  return (
    a === b ||
    (a.includes('/') !== b.includes('/') && baseName(a) === baseName(b) && !a.startsWith('/') && !b.startsWith('/'))
  );
}

/** The files a command writes from a download or decoded text. */
function filesWrittenBy(doc: ShellDocument, command: DocumentCommand): WrittenFile[] {
  const argv = command.argv;
  const program = baseName(argv[0] ?? '').toLowerCase();
  const files: WrittenFile[] = [];
  const add = (value: string, span: Span | undefined, how: WrittenFile['how'], by: string) =>
    files.push({ name: nameOf(doc, value, span), how, by, command });
  const out = command.stdoutTo;
  const downloader = downloaderOf(argv);
  if (downloader) {
    const option = outputOption(argv, program);
    if (option) add(option.value, command.argSpans[option.index], 'downloaded', downloader);
    else if (out) add(out.path, out.span, 'downloaded', downloader);
    else if (remoteName(argv, program)) add(remoteName(argv, program)!, undefined, 'downloaded', downloader);
    return files;
  }
  // `git clone https://… tools`, `gh repo clone org/tools`: a checkout of code the change does not hold.
  const clone = clonedFolder(argv);
  if (clone) {
    add(clone.folder, clone.index >= 0 ? command.argSpans[clone.index] : undefined, 'downloaded', clone.by);
    files[files.length - 1]!.folder = true;
    return files;
  }
  // `cp <(curl -fsSL URL) x.sh`, `cat <(wget -qO- URL) > x.sh`: a download copied to a file.
  const fetched = copiedDownload(doc, command, program);
  if (fetched) {
    add(fetched.target, fetched.span, 'downloaded', fetched.by);
    return files;
  }
  // `aws s3 cp s3://ops/x.sh ./x.sh`, `gsutil cp gs://ops/x.sh .`: object storage copied to a file.
  const copied = objectCopy(argv);
  if (copied) {
    add(copied.target, command.argSpans[copied.index], 'downloaded', copied.by);
    return files;
  }
  const decoder = decoderWriting(argv, program);
  if (decoder) {
    const option = decoder.output;
    if (option) add(option.value, command.argSpans[option.index], 'decoded', decoder.name);
    else if (out) add(out.path, out.span, 'decoded', decoder.name);
    return files;
  }
  // `curl ... | tee x.sh`, `echo ... | base64 -d | tee x.sh`: tee writes what the pipe carries.
  if (program === 'tee' && command.upstream.length) {
    const source = command.upstream[0]!;
    const by = downloaderOf(source) ?? decoderWriting(source, baseName(source[0] ?? '').toLowerCase())?.name;
    if (by) {
      const how = downloaderOf(source) ? 'downloaded' : 'decoded';
      argv.forEach((a, i) => {
        if (i > 0 && !a.startsWith('-')) add(a, command.argSpans[i], how, by);
      });
    }
  }
  return files;
}

/** `curl -o F`, `curl -fsSLo F`, `--output=F`, `wget -O F`, `wget -qO F`, `Invoke-WebRequest -OutFile F`; not `-O -` (stdout). */
function outputOption(argv: readonly string[], program: string): { value: string; index: number } | undefined {
  const short = program === 'curl' ? 'o' : program === 'wget' ? 'O' : undefined;
  const long = program === 'curl' ? '--output' : program === 'wget' ? '--output-document' : '-outfile';
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    const lower = word.toLowerCase();
    if (lower === long || (short && new RegExp(`^-[a-zA-Z]*${short}$`).test(word))) {
      const value = argv[i + 1];
      return value === undefined || value === '-' ? undefined : { value, index: i + 1 };
    }
    if (lower.startsWith(`${long}=`) || lower.startsWith(`${long}:`)) {
      const value = word.slice(long.length + 1);
      return value === '-' ? undefined : { value, index: i };
    }
    if (short && new RegExp(`^-[a-zA-Z]*${short}.`).test(word) && program === 'curl') {
      const at = word.indexOf(short, 1);
      return { value: word.slice(at + 1), index: i };
    }
  }
  return undefined;
}

/** `curl -O URL` and a plain `wget URL` save under the URL's last path segment. */
function remoteName(argv: readonly string[], program: string): string | undefined {
  const url = [...argv].reverse().find((a) => /^(https?|ftp):\/\//i.test(a));
  if (!url) return undefined;
  const name = baseName(url.replace(/[?#].*$/, ''));
  if (!name) return undefined;
  if (program === 'wget')
    return argv.some((a) => /^-[a-zA-Z]*O$|^--output-document|^-qO-|^-O-$/.test(a)) ? undefined : name;
  if (program === 'curl')
    return argv.some((a) => /^-[a-zA-Z]*O[a-zA-Z]*$|^--remote-name(-all)?$/.test(a)) ? name : undefined;
  return undefined;
}

/** `git clone [options] URL [dir]`, `gh repo clone org/repo [dir]`: the folder it creates. */
function clonedFolder(argv: readonly string[]): { folder: string; index: number; by: string } | undefined {
  const program = baseName(argv[0] ?? '');
  let operands: { a: string; i: number }[];
  let by: string;
  if (program === 'git' && argv[1] === 'clone') {
    by = 'git clone';
    operands = [];
    for (let i = 2; i < argv.length; i++) {
      const a = argv[i]!;
      if (
        /^(-b|--branch|--depth|-o|--origin|-c|--config|--reference|--separate-git-dir|-j|--jobs|--filter|-u|--upload-pack|--template|--shallow-since|--shallow-exclude)$/.test(
          a,
        )
      ) {
        i++;
        continue;
      }
      if (a.startsWith('-')) continue;
      operands.push({ a, i });
    }
  } else if (program === 'gh' && argv[1] === 'repo' && argv[2] === 'clone') {
    by = 'gh repo clone';
    operands = argv.map((a, i) => ({ a, i })).filter(({ a, i }) => i > 2 && !a.startsWith('-'));
  } else return undefined;
  const source = operands[0];
  if (!source) return undefined;
  const target = operands[1];
  if (target) return { folder: target.a.replace(/^\.\//, '').replace(/\/+$/, ''), index: target.i, by };
  const name = baseName(source.a.replace(/[?#].*$/, '').replace(/\/+$/, '')).replace(/\.git$/, '');
  return name ? { folder: name, index: -1, by } : undefined;
}

/** `cp <(curl URL) x.sh`, `install -m 755 <(wget -qO- URL) x`, `cat <(curl URL) > x.sh`: a download written to a file. */
function copiedDownload(
  doc: ShellDocument,
  command: DocumentCommand,
  program: string,
): { target: string; span: Span | undefined; by: string } | undefined {
  if (!/^(cp|install|mv|cat|dd)$/.test(program)) return undefined;
  const inside = (i: number) =>
    doc.commands.find(
      (c) =>
        c !== command &&
        c.span.start >= command.argSpans[i]!.start &&
        c.span.end <= command.argSpans[i]!.end &&
        downloaderOf(c.argv),
    );
  let by: string | undefined;
  for (let i = 1; i < command.argv.length && !by; i++) {
    const found = isDynamic(command.argv[i]!) ? inside(i) : undefined;
    if (found) by = downloaderOf(found.argv);
  }
  if (!by) return undefined;
  if (program === 'cat')
    return command.stdoutTo ? { target: command.stdoutTo.path, span: command.stdoutTo.span, by } : undefined;
  if (program === 'dd') {
    const of = command.argv.findIndex((a) => a.startsWith('of='));
    return of > 0 ? { target: command.argv[of]!.slice(3), span: undefined, by } : undefined;
  }
  const last = command.argv.length - 1;
  return last >= 2 ? { target: command.argv[last]!, span: command.argSpans[last], by } : undefined;
}

/** Object storage copied to a local file. */
function objectCopy(argv: readonly string[]): { target: string; index: number; by: string } | undefined {
  const program = baseName(argv[0] ?? '');
  const operands = argv.map((a, i) => ({ a, i })).filter(({ a, i }) => i > 0 && !a.startsWith('-'));
  const copy = (path: string[], by: string, remote: RegExp) => {
    if (!path.every((p, k) => operands[k]?.a === p)) return undefined;
    const rest = operands.slice(path.length);
    if (rest.length !== 2 || !remote.test(rest[0]!.a) || remote.test(rest[1]!.a) || rest[1]!.a === '-')
      return undefined;
    const target =
      rest[1]!.a === '.' || rest[1]!.a.endsWith('/')
        ? `${rest[1]!.a.replace(/\/?$/, '/')}${baseName(rest[0]!.a)}`.replace(/^\.\//, '')
        : rest[1]!.a;
    return { target, index: rest[1]!.i, by };
  };
  if (program === 'aws') return copy(['s3', 'cp'], 'aws s3 cp', /^s3:\/\//);
  if (program === 'gsutil') return copy(['cp'], 'gsutil cp', /^gs:\/\//);
  if (program === 'gcloud') return copy(['storage', 'cp'], 'gcloud storage cp', /^gs:\/\//);
  if (program === 'az' && argv[1] === 'storage' && argv[2] === 'blob' && argv[3] === 'download') {
    const i = argv.findIndex((a) => a === '--file' || a === '-f');
    return i > 0 && argv[i + 1] ? { target: argv[i + 1]!, index: i + 1, by: 'az storage blob download' } : undefined;
  }
  return undefined;
}

/** Decoders that write a file (by an option or their stdout). */
function decoderWriting(
  argv: readonly string[],
  program: string,
): { name: string; output?: { value: string; index: number } } | undefined {
  const options = argv.slice(1);
  const valueOf = (...names: string[]) => {
    const i = argv.findIndex((a) => names.includes(a));
    return i > 0 && argv[i + 1] !== undefined ? { value: argv[i + 1]!, index: i + 1 } : undefined;
  };
  if (program === 'base64' && options.some((o) => /^(-d|-D|--decode|-[a-zA-Z]*d[a-zA-Z]*)$/.test(o))) {
    const output = valueOf('-o', '--output');
    return { name: 'base64 -d', ...(output ? { output } : {}) };
  }
  if ((program === 'xxd' && options.some((o) => o.startsWith('-r'))) || program === 'uudecode') {
    return { name: program === 'xxd' ? 'xxd -r' : program };
  }
  if (program === 'openssl' && options.some((o) => o === '-d' || o === 'base64' || o === 'enc')) {
    const output = valueOf('-out');
    return { name: 'openssl', ...(output ? { output } : {}) };
  }
  if (program === 'gpg' && options.some((o) => o === '-d' || o === '--decrypt')) {
    const output = valueOf('-o', '--output');
    return { name: 'gpg --decrypt', ...(output ? { output } : {}) };
  }
  return undefined;
}

/** The files a command runs: an interpreter's script operand, or the program itself when it is a path. */
function filesRunBy(doc: ShellDocument, command: DocumentCommand): { name: string; runner: string }[] {
  const program = command.argv[0] ?? '';
  const row = interpreterOf(command);
  if (row) {
    return codeSourcesOf(command, row).flatMap((source) => {
      if (source.kind === 'script')
        return [
          { name: nameOf(doc, command.argv[source.index]!, command.argSpans[source.index]), runner: baseName(program) },
        ];
      // `bash -s < x.sh`, `python3 - < x.py`: the file given as its stdin is its script.
      const from = source.kind === 'stdin' ? command.stdinFrom : undefined;
      if (!from || doc.text.slice(0, from.start).trimEnd().endsWith('<<<')) return [];
      const written = doc.text.slice(from.start, from.end).replace(/["']/g, '');
      return /^[<>(]|^\$\(/.test(written) ? [] : [{ name: written.replace(/^\.\//, ''), runner: baseName(program) }];
    });
  }
  if (program.includes('/') || /\.(ps1|sh|py|rb|pl|exe|bat|cmd)$/i.test(program)) {
    return [{ name: nameOf(doc, program, command.argSpans[0]), runner: 'the shell' }];
  }
  return [];
}

const DIGESTS = /^(sha(1|224|256|384|512)sum|shasum|b2sum|md5sum|sha3sum|cksum|rhash)$/;

/**
 * The files a command checks against a digest or a signature the script names: `sha256sum -c`
 * with the file in its input, `echo "<sha>  x.sh" | sha256sum -c`, a digest compared in a test
 * (`[ "$(sha256sum x.sh | cut -d' ' -f1)" = "$SUM" ]`), `gpg --verify x.sh.asc x.sh`,
 * `cosign verify-blob`, `minisign -V`. Printing a digest checks nothing.
 */
function verifiedNames(doc: ShellDocument, command: DocumentCommand, inside?: WrittenFile): string[] {
  const argv = command.argv;
  const program = baseName(argv[0] ?? '').toLowerCase();
  // `git -C tools checkout <full commit>` (or after `cd tools`): the checkout is pinned to a commit the change names.
  if (program === 'git') {
    const at = argv[1] === '-C' ? 3 : 1;
    const folder = argv[1] === '-C' ? argv[2] : inside?.name;
    if (
      folder &&
      /^(checkout|switch|reset)$/.test(argv[at] ?? '') &&
      argv.slice(at + 1).some((a) => /^[0-9a-f]{40}$/.test(a))
    )
      return [folder.replace(/^\.\//, '').replace(/\/+$/, '')];
    return [];
  }
  const operands = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (DIGESTS.test(program)) {
    const checks = argv.some((a) => /^(-c|--check|-[a-zA-Z]*c[a-zA-Z]*)$/.test(a));
    if (checks) {
      // The list it checks: its stdin (a literal or a pipe) or a sums file that lists the names.
      const fed = [command.stdin?.text ?? '', ...command.upstream.flat()].join(' ');
      const named = fed.split(/\s+/).map((w) => w.replace(/^\*/, ''));
      return [...named, ...operands].filter((n) => n && !/^[0-9a-f]{16,}$/i.test(n)).map((n) => n.replace(/^\.\//, ''));
    }
    // A digest computed in a substitution that a test compares (`[ "$(sha256sum x.sh | cut -c1-64)" = "$SUM" ]`)
    // or a variable keeps (`SUM=$(sha256sum x.sh)`); a digest printed on its own checks nothing.
    const lineStart = doc.text.lastIndexOf('\n', command.span.start - 1) + 1;
    const before = doc.text.slice(lineStart, command.span.start);
    const compared = /\$\(\s*$/.test(before) && /(^|[\s;&|(])(\[\[?|test)\s|\w=\s*"?\$\(\s*$/.test(before);
    return compared ? operands.map((n) => nameOf(doc, n, undefined)) : [];
  }
  if (program === 'gpg' || program === 'gpgv') {
    return argv.includes('--verify') || program === 'gpgv' ? operands.map((n) => n.replace(/^\.\//, '')) : [];
  }
  if (program === 'cosign' && argv[1] === 'verify-blob') return operands.slice(1);
  if (program === 'minisign' && argv.includes('-V')) {
    const i = argv.indexOf('-m');
    return i > 0 && argv[i + 1] ? [argv[i + 1]!] : [];
  }
  if (program === 'slsa-verifier' || (program === 'gh' && argv[1] === 'attestation' && argv[2] === 'verify')) {
    return operands;
  }
  return [];
}
