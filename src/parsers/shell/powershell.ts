import type { Span } from '../../core/types.js';
import type { ShellCommand, ShellParse } from './commands.js';
import { DYNAMIC } from './words.js';
import { batchCommandsIn } from './batch.js';

/**
 * Reads PowerShell (a `.ps1` file, a `shell: pwsh` step, `pwsh -Command '...'`) into the same
 * commands the shell rules judge. A scanner of PowerShell's own syntax: statements end at a
 * newline (a trailing backtick continues the line), `;`, `&&` or `||`; `|` pipes; strings are
 * '...' (`''` escapes), "..." (backtick escapes, `$x` and `$(...)` expand) and here-strings;
 * `(...)`, `$(...)`, `@(...)` and `{...}` script blocks hold statements of their own, read too;
 * `#` and `<# #>` are comments. Cmdlets that have a POSIX twin the rules know are read as that
 * twin (`Remove-Item -Recurse` as `rm -r`, `Remove-AzSqlDatabase` as `az sql db delete`,
 * `Invoke-Sqlcmd -Query` as `sqlcmd -Q`); `iex`/`Invoke-Expression` and `&` of a computed script
 * block stay code runners. Offsets are positions in `text`; never throws.
 */
export function parsePowerShell(text: string): ShellParse {
  const commands: ShellCommand[] = [];
  new Reader(text, commands).statements(0, text.length, 0);
  return { commands: commands.sort((a, b) => a.span.start - b.span.start), assignments: [] };
}

interface Word {
  value: string;
  span: Span;
  /** A bare word as written (a cmdlet, a parameter, a path), not a string or an expression. */
  bare: boolean;
  /** The word is a web client's download (`(New-Object Net.WebClient).DownloadString('…')`): its URL. */
  fetches?: string;
}

const MAX_DEPTH = 16;

class Reader {
  constructor(
    private readonly text: string,
    private readonly out: ShellCommand[],
  ) {}

  /** Reads the statements between two offsets; nested groups are read at depth + 1. */
  statements(from: number, to: number, depth: number): void {
    const t = this.text;
    let words: Word[] = [];
    let start = from;
    let upstream: string[][] = [];
    const end = (at: number, piped: boolean) => {
      const last = words[words.length - 1];
      const command = last ? this.command(words, { start, end: Math.min(at, last.span.end) }, upstream) : undefined;
      upstream = piped && command ? [command.argv, ...upstream] : [];
      words = [];
    };
    let i = from;
    while (i < to) {
      const c = t[i]!;
      if (c === '`' && (t[i + 1] === '\n' || (t[i + 1] === '\r' && t[i + 2] === '\n'))) {
        i += t[i + 1] === '\r' ? 3 : 2;
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r') {
        i++;
        continue;
      }
      if (c === '\n' || c === ';' || c === '|' || (c === '&' && t[i + 1] === '&')) {
        end(i, c === '|' && t[i + 1] !== '|');
        i += (c === '|' && t[i + 1] === '|') || (c === '&' && t[i + 1] === '&') ? 2 : 1;
        continue;
      }
      if (c === '#') {
        i = lineEnd(t, i, to);
        continue;
      }
      if (c === '<' && t[i + 1] === '#') {
        const close = t.indexOf('#>', i + 2);
        i = close < 0 || close >= to ? to : close + 2;
        continue;
      }
      if (!words.length) start = i;
      const word = this.word(i, to, depth);
      words.push(word.word);
      i = Math.max(word.next, i + 1);
    }
    end(to, false);
  }

  /** One word starting at `i`: a string, a group, or a bare word (which may run into a group: `[x]::Create(...)`). */
  private word(i: number, to: number, depth: number): { word: Word; next: number } {
    const t = this.text;
    const c = t[i]!;
    if (c === "'" || (c === '@' && t[i + 1] === "'")) {
      const here = c === '@';
      const close = here ? t.indexOf("\n'@", i + 2) : singleQuoteEnd(t, i + 1, to);
      const stop = close < 0 || close >= to ? to : close;
      const value = here ? t.slice(t.indexOf('\n', i) + 1, stop) : t.slice(i + 1, stop).replace(/''/g, "'");
      const next = here ? stop + 3 : stop + 1;
      return { word: { value, span: { start: i, end: Math.min(next, to) }, bare: false }, next };
    }
    if (c === '"' || (c === '@' && t[i + 1] === '"')) {
      const here = c === '@';
      const bodyStart = here ? t.indexOf('\n', i) + 1 : i + 1;
      const close = here ? t.indexOf('\n"@', bodyStart) : doubleQuoteEnd(t, bodyStart, to);
      const stop = close < 0 || close >= to ? to : close;
      const value = this.expandable(bodyStart, stop, depth);
      const next = here ? stop + 3 : stop + 1;
      return { word: { value, span: { start: i, end: Math.min(next, to) }, bare: false }, next };
    }
    let j = i;
    let value = '';
    let computed = false;
    let fetches: string | undefined;
    while (j < to) {
      const d = t[j]!;
      if (/[\s;|]/.test(d) || (d === '&' && t[j + 1] === '&') || (d === '#' && j === i)) break;
      if (d === '(' || d === '{' || (d === '$' && t[j + 1] === '(') || (d === '@' && t[j + 1] === '(')) {
        const open = d === '$' || d === '@' ? j + 1 : j;
        const close = matching(t, open, to);
        if (depth < MAX_DEPTH) this.statements(open + 1, close, depth + 1);
        // `.DownloadString('https://…')` on a web client fetches text, as Invoke-WebRequest does.
        const method = /\.(DownloadString|DownloadFile|DownloadData)$/i.exec(value)?.[1];
        if (method) fetches = this.fetchCall(method, open + 1, close);
        computed = true;
        j = close + 1;
        continue;
      }
      if (d === '[') {
        const close = t.indexOf(']', j);
        value += t.slice(j, close < 0 || close >= to ? to : close + 1);
        j = close < 0 || close >= to ? to : close + 1;
        continue;
      }
      if (d === '$') computed = true;
      if (d === "'" || d === '"') break;
      value += d;
      j++;
    }
    const span = { start: i, end: j };
    const word: Word = { value: computed ? DYNAMIC : value, span, bare: !computed };
    return { word: fetches === undefined ? word : { ...word, fetches }, next: j };
  }

  /** A double-quoted string's value: `$x` and `$(...)` are run-time values; `$(...)` holds statements. */
  private expandable(from: number, to: number, depth: number): string {
    const t = this.text;
    let value = '';
    for (let i = from; i < to; i++) {
      const c = t[i]!;
      if (c === '`' && i + 1 < to) {
        const n = t[++i]!;
        value += n === 'n' ? '\n' : n === 't' ? '\t' : n === '0' ? '' : n;
      } else if (c === '"' && t[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '$' && t[i + 1] === '(') {
        const close = matching(t, i + 1, to);
        if (depth < MAX_DEPTH) this.statements(i + 2, close, depth + 1);
        value += DYNAMIC;
        i = close;
      } else if (c === '$' && /[\w{:]/.test(t[i + 1] ?? '')) {
        value += DYNAMIC;
        i++;
        if (t[i] === '{') i = Math.max(i, t.indexOf('}', i));
        else while (i + 1 < to && /[\w:]/.test(t[i + 1]!)) i++;
      } else value += c;
    }
    return value;
  }

  /** `(New-Object Net.WebClient).DownloadString('https://…')` read as a download of its URL. */
  private fetchCall(method: string, from: number, to: number): string {
    const url = /['"]([^'"]+)['"]/.exec(this.text.slice(from, to))?.[1] ?? DYNAMIC;
    const span = { start: from, end: to };
    this.out.push(base(['invoke-webrequest', url, `-${method}`], [span, span, span], span, []));
    return url;
  }

  private command(words: Word[], span: Span, upstream: string[][]): ShellCommand | undefined {
    // `$x = iwr …`, `$env:A = 'b'`: the command is what is assigned.
    if (words[0]!.value === DYNAMIC && words[1]?.value === '=') words = words.slice(2);
    if (words[0]?.value === '=') words = words.slice(1);
    if (!words.length) return undefined;
    // `& ./x.ps1 args`, `. ./env.ps1`: the call operator runs what follows; a computed block is code.
    if ((words[0]!.value === '&' || words[0]!.value === '.') && words.length > 1) {
      const target = words[1]!;
      if (target.value === DYNAMIC) {
        const command = base(['iex', DYNAMIC], [words[0]!.span, target.span], span, upstream);
        this.out.push(command);
        return command;
      }
      words = words[0]!.value === '.' ? [{ ...words[0]!, value: 'source' }, ...words.slice(1)] : words.slice(1);
    }
    // `(New-Object Net.WebClient).DownloadString('…') | iex`: what the pipe carries is a download.
    if (words[0]!.fetches !== undefined) {
      const command = base(['invoke-webrequest', words[0]!.fetches], [words[0]!.span, words[0]!.span], span, upstream);
      this.out.push(command);
      return command;
    }
    // `pwsh -Command "…"` inside PowerShell: its string is PowerShell of the same text, read in place.
    if (words[0]!.bare && /^(pwsh|powershell)(\.exe)?$/i.test(words[0]!.value)) {
      const at = words.findIndex((w, k) => k > 0 && w.bare && /^-(c|command)$/i.test(w.value));
      const script = at > 0 ? words[at + 1] : undefined;
      if (script && !script.bare && script.span.end - script.span.start >= 2) {
        this.statements(script.span.start + 1, script.span.end - 1, MAX_DEPTH - 1);
      }
    }
    // `cmd /c "rd /s /q D:\pgdata"`: the string (or the words after `/c`) is a batch line, read in place.
    if (words[0]!.bare && /^cmd(\.exe)?$/i.test(words[0]!.value)) {
      const k = words.findIndex((w, n) => n > 0 && w.bare && /^\/[ck]$/i.test(w.value));
      const rest = k > 0 ? words.slice(k + 1) : [];
      if (rest.length) {
        const quoted = rest.length === 1 && !rest[0]!.bare;
        const from = rest[0]!.span.start + (quoted ? 1 : 0);
        const to = rest[rest.length - 1]!.span.end - (quoted ? 1 : 0);
        const inner = batchCommandsIn(this.text, from, to).map((c) => ({
          ...c,
          upstream: c.upstream.length ? c.upstream : upstream,
        }));
        this.out.push(...inner);
        if (inner.length) return inner[inner.length - 1];
      }
    }
    // `Start-Process psql -ArgumentList '-c "DROP …"'`: the program started with its arguments.
    if (words[0]!.bare && /^(start-process|start|saps)$/i.test(words[0]!.value)) {
      const started = startedProcess(words, span, upstream);
      if (started) {
        this.out.push(...started);
        return started[started.length - 1];
      }
    }
    const argv = translate(words);
    const command = base(
      argv.map((a) => a.value),
      argv.map((a) => a.span),
      span,
      upstream,
    );
    this.out.push(command);
    return command;
  }
}

/**
 * `Start-Process -FilePath psql -ArgumentList '-h db -c "DROP TABLE x"'` (or positionally, or with
 * a list `'-c','…'`): the program with its arguments split as Windows splits a command line, each
 * word at the argument list. A started `cmd /c` is read as batch.
 */
function startedProcess(words: readonly Word[], span: Span, upstream: string[][]): ShellCommand[] | undefined {
  const p = parameters(words.filter((w) => w.value !== ','));
  const file = valueOf(p, 'filepath', 1) ?? p.positional[0];
  if (!file) return undefined;
  const list = valueOf(p, 'argumentlist', 1) ?? p.positional[1];
  // The list is its first word and those joined to it by commas (`'-c','…'`).
  const listWords: Word[] = [];
  for (let k = list ? words.indexOf(list) : -1; k >= 0 && k < words.length; k += 2) {
    listWords.push(words[k]!);
    if (words[k + 1]?.value !== ',') break;
  }
  const args = listWords.flatMap((w) => (w.bare ? [w.value] : splitCommandLine(w.value)));
  const at = list?.span ?? file.span;
  const program = posixPath(file.value)
    .slice(posixPath(file.value).lastIndexOf('/') + 1)
    .replace(/\.exe$/i, '');
  // `Start-Process pwsh -ArgumentList '-Command', '…'`: the PowerShell it is given, read as such.
  if (/^(pwsh|powershell)$/i.test(program)) {
    const k = args.findIndex((a) => /^-(c|command)$/i.test(a));
    if (k < 0) return undefined;
    return parsePowerShell(args.slice(k + 1).join(' ')).commands.map((c) => ({
      ...c,
      argSpans: c.argSpans.map(() => at),
      span,
      upstream,
    }));
  }
  if (/^cmd$/i.test(program)) {
    const k = args.findIndex((a) => /^\/[ck]$/i.test(a));
    if (k < 0) return undefined;
    const line = args.slice(k + 1).join(' ');
    return batchCommandsIn(line, 0, line.length).map((c) => ({
      ...c,
      argSpans: c.argSpans.map(() => at),
      span,
      upstream,
    }));
  }
  const argv = [program.toLowerCase(), ...args];
  return [
    base(
      argv,
      argv.map((_, k) => (k === 0 ? file.span : at)),
      span,
      upstream,
    ),
  ];
}

/** A Windows command line split into arguments: spaces separate, double quotes group (`\"` is a quote). */
function splitCommandLine(line: string): string[] {
  const out: string[] = [];
  let word = '';
  let quoted = false;
  let any = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && line[i + 1] === '"') {
      word += '"';
      i++;
      any = true;
    } else if (c === '"') {
      quoted = !quoted;
      any = true;
    } else if (/\s/.test(c) && !quoted) {
      if (any) out.push(word);
      word = '';
      any = false;
    } else {
      word += c;
      any = true;
    }
  }
  if (any) out.push(word);
  return out;
}

function base(argv: string[], argSpans: Span[], span: Span, upstream: string[][]): ShellCommand {
  return { argv, argSpans, span, envAssignments: [], wrappers: [], upstream, calledThrough: [] };
}

function lineEnd(t: string, i: number, to: number): number {
  const nl = t.indexOf('\n', i);
  return nl < 0 || nl > to ? to : nl;
}

function singleQuoteEnd(t: string, i: number, to: number): number {
  for (let j = i; j < to; j++) {
    if (t[j] !== "'") continue;
    if (t[j + 1] === "'") {
      j++;
      continue;
    }
    return j;
  }
  return to;
}

function doubleQuoteEnd(t: string, i: number, to: number): number {
  for (let j = i; j < to; j++) {
    if (t[j] === '`') {
      j++;
      continue;
    }
    if (t[j] === '$' && t[j + 1] === '(') {
      j = matching(t, j + 1, to);
      continue;
    }
    if (t[j] !== '"') continue;
    if (t[j + 1] === '"') {
      j++;
      continue;
    }
    return j;
  }
  return to;
}

/** The offset of the bracket that closes the one at `open`, past strings; `to - 1` when it never closes. */
function matching(t: string, open: number, to: number): number {
  const close = t[open] === '{' ? '}' : ')';
  const opener = t[open]!;
  let depth = 0;
  for (let j = open; j < to; j++) {
    const c = t[j]!;
    if (c === "'") j = singleQuoteEnd(t, j + 1, to);
    else if (c === '"') j = doubleQuoteEnd(t, j + 1, to);
    else if (c === '#' && (j === 0 || /\s/.test(t[j - 1]!))) j = lineEnd(t, j, to) - 1;
    else if (c === opener || (c === '(' && opener === '{') || (c === '{' && opener === '(')) depth++;
    else if (c === close || (c === ')' && opener === '{') || (c === '}' && opener === '(')) {
      depth--;
      if (depth === 0) return j;
    }
  }
  return to - 1;
}

/** A parameter given to a cmdlet: `-Name value`, `-Name:value`, a switch, or a positional. */
interface Parameters {
  named: Map<string, Word | true>;
  positional: Word[];
}

/** Switches of the cmdlets translated below (they take no value). */
const SWITCHES = [
  'recurse',
  'force',
  'confirm',
  'whatif',
  'asjob',
  'passthru',
  'skipfinalsnapshot',
  'deletebucketcontent',
  'verbose',
  'usebasicparsing',
  'wait',
  'nonewwindow',
];
/** Their parameters that take a value, so that a prefix shared with a switch (`-p`) is read as the value's. */
const VALUED = [
  'path',
  'literalpath',
  'name',
  'resourcegroupname',
  'servername',
  'databasename',
  'serverinstance',
  'database',
  'query',
  'inputfile',
  'uri',
  'outfile',
  'dbinstanceidentifier',
  'dbclusteridentifier',
  'tablename',
  'bucketname',
  'filter',
  'include',
  'exclude',
  'erroraction',
  'filepath',
  'argumentlist',
  'computername',
  'scriptblock',
];

function isSwitch(name: string): boolean {
  return SWITCHES.some((s) => s.startsWith(name)) && !VALUED.some((v) => v.startsWith(name));
}

function parameters(words: readonly Word[]): Parameters {
  const named = new Map<string, Word | true>();
  const positional: Word[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const m = w.bare ? /^-([A-Za-z][\w]*)(?::(.*))?$/.exec(w.value) : null;
    if (!m) {
      positional.push(w);
      continue;
    }
    const name = m[1]!.toLowerCase();
    if (m[2] !== undefined) named.set(name, { ...w, value: m[2] });
    // A quoted string is a value even when it starts with a dash (`-ArgumentList '-c "…"'`).
    else if (isSwitch(name) || i + 1 >= words.length || (words[i + 1]!.bare && /^-[A-Za-z]/.test(words[i + 1]!.value)))
      named.set(name, true);
    else named.set(name, words[++i]!);
  }
  return { named, positional };
}

/** A parameter by any unambiguous prefix PowerShell accepts (`-Rec`, `-r` for `-Recurse`). */
function param(p: Parameters, full: string, shortest = 1): Word | true | undefined {
  for (const [name, value] of p.named) if (name.length >= shortest && full.startsWith(name)) return value;
  return undefined;
}

function valueOf(p: Parameters, full: string, shortest = 1): Word | undefined {
  const v = param(p, full, shortest);
  return v === true ? undefined : v;
}

/** `D:\data\pg`, `C:/ProgramData/MySQL`: the path with the drive taken off and forward slashes, as the rules read paths. */
function posixPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^[A-Za-z]:(?=\/)/, '');
}

/** Azure and AWS PowerShell cmdlets that delete, as the CLI command the catalog holds. */
const CLOUD_CMDLETS: Record<string, { argv: string[]; names: [string, string][] }> = {
  'remove-azresourcegroup': { argv: ['az', 'group', 'delete'], names: [['name', '--name']] },
  'remove-azsqldatabase': {
    argv: ['az', 'sql', 'db', 'delete'],
    names: [
      ['databasename', '--name'],
      ['servername', '--server'],
    ],
  },
  'remove-azsqlserver': { argv: ['az', 'sql', 'server', 'delete'], names: [['servername', '--name']] },
  'remove-azstorageaccount': { argv: ['az', 'storage', 'account', 'delete'], names: [['name', '--name']] },
  'remove-azstoragecontainer': { argv: ['az', 'storage', 'container', 'delete'], names: [['name', '--name']] },
  'remove-azstorageshare': { argv: ['az', 'storage', 'share', 'delete'], names: [['name', '--name']] },
  'remove-azstoragetable': { argv: ['az', 'storage', 'table', 'delete'], names: [['name', '--name']] },
  'remove-azcosmosdbaccount': { argv: ['az', 'cosmosdb', 'delete'], names: [['name', '--name']] },
  'remove-azcosmosdbsqldatabase': {
    argv: ['az', 'cosmosdb', 'sql', 'database', 'delete'],
    names: [['name', '--name']],
  },
  'remove-azcosmosdbsqlcontainer': {
    argv: ['az', 'cosmosdb', 'sql', 'container', 'delete'],
    names: [['name', '--name']],
  },
  'remove-azpostgresqlflexibleserver': {
    argv: ['az', 'postgres', 'flexible-server', 'delete'],
    names: [['name', '--name']],
  },
  'remove-azpostgresqlserver': { argv: ['az', 'postgres', 'server', 'delete'], names: [['name', '--name']] },
  'remove-azmysqlflexibleserver': { argv: ['az', 'mysql', 'flexible-server', 'delete'], names: [['name', '--name']] },
  'remove-azmysqlserver': { argv: ['az', 'mysql', 'server', 'delete'], names: [['name', '--name']] },
  'remove-azrediscache': { argv: ['az', 'redis', 'delete'], names: [['name', '--name']] },
  'remove-azdisk': { argv: ['az', 'disk', 'delete'], names: [['diskname', '--name']] },
  'remove-azaks': { argv: ['az', 'aks', 'delete'], names: [['name', '--name']] },
  'remove-azsqlinstance': { argv: ['az', 'sql', 'mi', 'delete'], names: [['name', '--name']] },
  'remove-azsqlinstancedatabase': { argv: ['az', 'sql', 'midb', 'delete'], names: [['name', '--name']] },
  'remove-rdsdbinstance': {
    argv: ['aws', 'rds', 'delete-db-instance'],
    names: [['dbinstanceidentifier', '--db-instance-identifier']],
  },
  'remove-rdsdbcluster': {
    argv: ['aws', 'rds', 'delete-db-cluster'],
    names: [['dbclusteridentifier', '--db-cluster-identifier']],
  },
  'remove-ddbtable': { argv: ['aws', 'dynamodb', 'delete-table'], names: [['tablename', '--table-name']] },
  'remove-s3bucket': { argv: ['aws', 's3api', 'delete-bucket'], names: [['bucketname', '--bucket']] },
};

const REMOVE_ITEM = /^(remove-item|rm|ri|del|erase|rd|rmdir)$/i;

/** The words of a command, cmdlets with a POSIX twin read as that twin. */
function translate(words: Word[]): { value: string; span: Span }[] {
  const head = words[0]!;
  const name = head.bare ? head.value.toLowerCase() : head.value;
  const keep = words.map((w, i) => ({
    value: i === 0 && head.bare && /^[\w-]+$/.test(w.value) ? name : i === 0 ? posixPath(w.value) : w.value,
    span: w.span,
  }));
  if (!head.bare) return keep;
  const p = parameters(words);
  const at = (value: string, span: Span = head.span) => ({ value, span });
  if (REMOVE_ITEM.test(name)) {
    const recurse = param(p, 'recurse', 1) !== undefined;
    const force = param(p, 'force', 1) !== undefined;
    const paths = [valueOf(p, 'path', 1), valueOf(p, 'literalpath', 1), ...p.positional].filter((w): w is Word => !!w);
    const flags = `-${recurse ? 'r' : ''}${force ? 'f' : ''}`;
    return [at('rm'), ...(flags.length > 1 ? [at(flags)] : []), ...paths.map((w) => at(posixPath(w.value), w.span))];
  }
  if (name === 'invoke-sqlcmd') {
    const out = [at('sqlcmd')];
    const server = valueOf(p, 'serverinstance', 1);
    if (server) out.push(at('-S', server.span), at(server.value, server.span));
    const database = valueOf(p, 'database', 1);
    if (database) out.push(at('-d', database.span), at(database.value, database.span));
    const query = valueOf(p, 'query', 1);
    if (query) out.push(at('-Q', query.span), at(query.value, query.span));
    const file = valueOf(p, 'inputfile', 1);
    if (file) out.push(at('-i', file.span), at(file.value, file.span));
    return out;
  }
  const cloud = CLOUD_CMDLETS[name];
  if (cloud) {
    const out = cloud.argv.map((a) => at(a));
    for (const [param_, option] of cloud.names) {
      const value = valueOf(p, param_, param_.length);
      if (value) out.push(at(option, value.span), at(value.value, value.span));
    }
    if (valueOf(p, 'resourcegroupname', 'resourcegroupname'.length)) {
      const group = valueOf(p, 'resourcegroupname', 'resourcegroupname'.length)!;
      out.push(at('--resource-group', group.span), at(group.value, group.span));
    }
    if (name === 'remove-rdsdbinstance' && param(p, 'skipfinalsnapshot', 5) !== undefined)
      out.push(at('--skip-final-snapshot'));
    return out;
  }
  if (name === 'invoke-expression') return [at('iex'), ...keep.slice(1)];
  return keep;
}
