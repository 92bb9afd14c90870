import { JsonSyntaxError, parseJson, type JsonValue } from '../../../../parsers/json-strings.js';
import { blankJsonc } from '../../../../parsers/jsonc.js';
import { shiftBy } from '../../../../parsers/offset-map.js';
import { tomlStrings, TomlSyntaxError } from '../../../../parsers/toml-strings.js';
import type { ShellSource, SourceRead } from '../sources.js';
import { linesOf, MappedText } from './text-builder.js';
import { configCommandFileOf, type ConfigCommandFile } from './recognise.js';

/**
 * Files outside YAML that name commands a platform or a tool runs: release hooks (`fly.toml`,
 * `railway.toml`/`railway.json`, `vercel.json`, `app.json`), script tables (`composer.json`,
 * `pyproject.toml`), `tox.ini`, crontabs, systemd units and Jenkinsfiles.
 */
type Reader = (path: string, text: string) => SourceRead;

/** A reader for every kind of recognise.ts's CONFIG_COMMAND_FILES. */
const READERS: Record<ConfigCommandFile, Reader> = {
  fly: (p, t) => tomlCommands(p, t, flyCommand),
  railway: (p, t) => tomlCommands(p, t, railwayCommand),
  pyproject: (p, t) => tomlCommands(p, t, pyprojectCommand),
  railwayJson: (p, t) => jsonCommands(p, t, railwayCommand),
  vercel: (p, t) => jsonCommands(p, t, vercelCommand),
  appJson: (p, t) => jsonCommands(p, t, appJsonCommand),
  composer: (p, t) => jsonCommands(p, t, composerCommand),
  tox: (_p, t) => toxCommands(t),
  crontab: (p, t) => crontabCommands(p, t),
  systemd: (_p, t) => systemdCommands(t),
  jenkins: (_p, t) => jenkinsCommands(t),
  devcontainer: (p, t) => jsonCommands(p, blankJsonc(t), devcontainerCommand, true),
  nx: (p, t) => jsonCommands(p, t, nxCommand),
  netlify: (p, t) => tomlCommands(p, t, netlifyCommand),
  wrangler: (p, t) => tomlCommands(p, t, wranglerCommand),
  replit: (p, t) => tomlCommands(p, t, replitCommand),
};

export { isConfigCommandFile } from './recognise.js';

export function configCommandSources(path: string, text: string): SourceRead {
  return READERS[configCommandFileOf(path)!](path, text);
}

/** Whether a key path (tables then keys, array items as indexes) holds a command; its label when it does. */
type Picker = (path: readonly string[]) => string | undefined;

const flyCommand: Picker = (p) =>
  (p[0] === 'deploy' && p[1] === 'release_command') ||
  p[0] === 'processes' ||
  (p[0] === 'experimental' && (p[1] === 'cmd' || p[1] === 'entrypoint'))
    ? p.join('.')
    : undefined;
const railwayCommand: Picker = (p) =>
  (p[0] === 'deploy' && ['startCommand', 'preDeployCommand'].includes(p[1] ?? '')) ||
  (p[0] === 'build' && p[1] === 'buildCommand')
    ? p.join('.')
    : undefined;
const vercelCommand: Picker = (p) =>
  p.length === 1 && ['buildCommand', 'installCommand'].includes(p[0]!) ? p[0] : undefined;
const appJsonCommand: Picker = (p) =>
  p[0] === 'scripts' || (p[0] === 'environments' && p[2] === 'scripts') ? p.join('.') : undefined;
const composerCommand: Picker = (p) => {
  if (p[0] !== 'scripts' || p.length < 2) return undefined;
  return `script ${JSON.stringify(p[1])}`;
};
/** poe, pdm, hatch and rye task tables: a string is a command (poe's `cmd`/`shell` too). */
const pyprojectCommand: Picker = (p) => {
  if (p[0] !== 'tool') return undefined;
  const last = p[p.length - 1]!;
  if (p[1] === 'poe' && p[2] === 'tasks' && (p.length === 4 || ['cmd', 'shell'].includes(last))) return p.join('.');
  if ((p[1] === 'pdm' || p[1] === 'rye') && p[2] === 'scripts' && (p.length === 4 || ['cmd', 'shell'].includes(last)))
    return p.join('.');
  if (p[1] === 'hatch' && p[2] === 'envs' && p[4] === 'scripts') return p.join('.');
  return undefined;
};

/**
 * A dev container's lifecycle commands: a string is shell, an array is argv, an object names
 * several of either (run in parallel). `initializeCommand` runs on the developer's own machine.
 */
const LIFECYCLE = new Set([
  'initializeCommand',
  'onCreateCommand',
  'updateContentCommand',
  'postCreateCommand',
  'postStartCommand',
  'postAttachCommand',
]);
const devcontainerCommand: Picker = (p) =>
  p.length >= 1 && p.length <= 3 && LIFECYCLE.has(p[0]!) ? `dev container ${p[0]}` : undefined;
/** An Nx target run by `nx:run-commands`: `options.command`, each of `options.commands` (a string or `{ command }`). */
const nxCommand: Picker = (p) => {
  if (p[0] !== 'targets' || p.length < 3) return undefined;
  const label = `Nx target ${JSON.stringify(p[1])}`;
  if (p[2] === 'command' && p.length === 3) return label;
  if (p[2] !== 'options') return undefined;
  if (p[3] === 'command' && p.length === 4) return label;
  if (p[3] === 'commands' && (p.length === 5 || (p.length === 6 && p[5] === 'command'))) return label;
  return undefined;
};
/** `[build] command`, and each deploy context's (`[context.production] command`). */
const netlifyCommand: Picker = (p) =>
  (p[0] === 'build' && p[1] === 'command' && p.length === 2) ||
  (p[0] === 'context' && p[2] === 'command' && p.length === 3) ||
  (p[0] === 'context' && p[2] === 'build' && p[3] === 'command')
    ? `Netlify ${p.join('.')}`
    : undefined;
const wranglerCommand: Picker = (p) =>
  (p[0] === 'build' && p[1] === 'command') || (p[0] === 'env' && p[2] === 'build' && p[3] === 'command')
    ? `Wrangler ${p.join('.')}`
    : undefined;
/** `run`, `onBoot`, and the deployment's `run`/`build` (a string, or an argv array). */
const replitCommand: Picker = (p) =>
  ['run', 'onBoot', 'compile'].includes(p[0]!) ||
  (p[0] === 'deployment' && ['run', 'build'].includes(p[1] ?? '')) ||
  (p[0] === 'interpreter' && p[1] === 'command')
    ? `Replit ${p.filter((k) => !/^\d+$/.test(k)).join('.')}`
    : undefined;

function tomlCommands(path: string, text: string, pick: Picker): SourceRead {
  try {
    const sources: ShellSource[] = [];
    for (const s of tomlStrings(text)) {
      const label = pick(s.path);
      if (label !== undefined && isCommand(s.value)) sources.push({ text: s.value, toFile: s.map, label });
    }
    return { sources, notes: [] };
  } catch (error) {
    if (!(error instanceof TomlSyntaxError)) throw error;
    return { sources: [], notes: [`${path}: not valid TOML (${error.message}); its commands were not read`] };
  }
}

/** `argvArrays`: an array of strings where a command goes is one command's argv, not several commands. */
function jsonCommands(path: string, text: string, pick: Picker, argvArrays = false): SourceRead {
  try {
    const sources: ShellSource[] = [];
    const walk = (value: JsonValue, at: string[]) => {
      const argv = argvArrays && value.type === 'array' ? pick(at) : undefined;
      if (argv !== undefined) {
        const words = argvSource(value);
        if (words) sources.push({ ...words, label: argv });
      } else if (value.type === 'object') for (const m of value.members) walk(m.value, [...at, m.key.value]);
      else if (value.type === 'array') value.items.forEach((item, i) => walk(item, [...at, String(i)]));
      else if (value.type === 'string') {
        const label = pick(at);
        if (label === undefined) return;
        // Composer's `@php ...` and `@composer ...` run that binary.
        const binary = /^@(php|composer) /.test(value.value) ? 1 : 0;
        if (binary || isCommand(value.value)) {
          const map = value.map;
          sources.push({ text: value.value.slice(binary), toFile: (offset) => map(offset + binary), label });
        }
      }
    };
    walk(parseJson(text), []);
    return { sources, notes: [] };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { sources: [], notes: [`${path}: not valid JSON (${error.message}); its commands were not read`] };
  }
}

/** An argv of JSON strings as single-quoted shell words, each character pointing into its string. */
function argvSource(value: JsonValue): Omit<ShellSource, 'label'> | undefined {
  if (value.type !== 'array' || value.items.length === 0) return undefined;
  const out = new MappedText();
  for (const [k, item] of value.items.entries()) {
    if (item.type !== 'string') return undefined;
    if (k > 0) out.insert(' ', item.span.start);
    out.insert("'", item.span.start);
    for (let c = 0; c < item.value.length; c++) {
      const char = item.value[c]!;
      out.insert(char === "'" ? "'\\''" : char, item.map(c));
    }
    out.insert("'", item.span.end - 1);
  }
  return { text: out.text, toFile: out.map(value.span.end) };
}

/** Composer's `@other-script` references and `Vendor\\Class::method` callbacks are not shell. */
function isCommand(value: string): boolean {
  return value.trim() !== '' && !value.startsWith('@') && !/^[A-Za-z_\\][\w\\]*::\w+$/.test(value.trim());
}

/** `commands =` of each `[testenv...]` section, with its continuation lines; tox runs each line. */
function toxCommands(text: string): SourceRead {
  const sources: ShellSource[] = [];
  let inCommands = false;
  for (const line of linesOf(text)) {
    if (/^\s*\[/.test(line.text)) {
      inCommands = false;
      continue;
    }
    const key = /^(commands(?:_pre|_post)?)\s*=\s*/.exec(line.text);
    if (key) {
      inCommands = true;
      const rest = line.text.slice(key[0].length);
      if (rest.trim()) sources.push({ text: rest, toFile: shiftBy(line.start + key[0].length), label: 'tox commands' });
      continue;
    }
    if (inCommands && /^\s+\S/.test(line.text) && !/^\s*#/.test(line.text)) {
      const indent = /^\s+/.exec(line.text)![0].length;
      sources.push({ text: line.text.slice(indent), toFile: shiftBy(line.start + indent), label: 'tox commands' });
    } else if (!/^\s*$/.test(line.text)) inCommands = false;
  }
  return { sources, notes: [] };
}

/** `m h dom mon dow [user] command` or `@daily [user] command`; /etc/cron.d files carry the user. */
function crontabCommands(path: string, text: string): SourceRead {
  const withUser = /cron\.d\//.test(path);
  const sources: ShellSource[] = [];
  for (const line of linesOf(text)) {
    if (/^\s*(#|$)/.test(line.text) || /^\s*[A-Za-z_]\w*\s*=/.test(line.text)) continue;
    const fields = withUser ? 6 : 5;
    const m = line.text.startsWith('@')
      ? new RegExp(`^\\s*@\\w+\\s+${withUser ? '\\S+\\s+' : ''}`).exec(line.text)
      : new RegExp(`^\\s*(\\S+\\s+){${fields}}`).exec(line.text);
    if (!m) continue;
    // `%` ends the command in a crontab (the rest is stdin); `\%` is a literal percent.
    const command = line.text.slice(m[0].length).split(/(?<!\\)%/)[0]!;
    sources.push({ text: command, toFile: shiftBy(line.start + m[0].length), label: 'cron job' });
  }
  return { sources, notes: [] };
}

/** `ExecStart=`, `ExecStartPre=`, ... with systemd's prefixes (`-`, `@`, `+`, `!`, `:`) taken off. */
function systemdCommands(text: string): SourceRead {
  const sources: ShellSource[] = [];
  for (const line of linesOf(text)) {
    const m = /^\s*(Exec(?:Start|StartPre|StartPost|Stop|StopPost|Reload|Condition))\s*=\s*[-@+!:]*/.exec(line.text);
    if (!m) continue;
    sources.push({ text: line.text.slice(m[0].length), toFile: shiftBy(line.start + m[0].length), label: m[1] });
  }
  return { sources, notes: [] };
}

/**
 * The `sh` steps of a Jenkinsfile: `sh 'cmd'`, `sh "cmd"`, `sh '''...'''`, `sh """..."""`,
 * `sh(script: '...', returnStdout: true)`. Groovy strings are read with their escapes; a
 * `${...}` interpolation of a double-quoted string becomes an opaque shell variable of the
 * same length, as Jenkins substitutes it before the shell runs.
 */
function jenkinsCommands(text: string): SourceRead {
  const sources: ShellSource[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    // Comments and strings that are not an `sh` step are skipped whole.
    if (text.startsWith('//', i)) {
      i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
      continue;
    }
    if (text.startsWith('/*', i)) {
      i = text.indexOf('*/', i + 2) < 0 ? text.length : text.indexOf('*/', i + 2) + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      i = groovyString(text, i)?.end ?? i + 1;
      continue;
    }
    const step = /^sh\b\s*(\(\s*(?:script\s*:\s*)?)?/.exec(text.slice(i, i + 40));
    if (step && (i === 0 || !/[\w.$]/.test(text[i - 1]!))) {
      let at = i + step[0].length;
      if (step[1] === undefined) while (text[at] === ' ' || text[at] === '\t') at++;
      const literal = groovyString(text, at);
      if (literal) {
        sources.push({ text: literal.value, toFile: literal.map.map(literal.end), label: 'Jenkins sh step' });
        i = literal.end;
        continue;
      }
      // `sh(returnStdout: true, script: '...')`: the script argument anywhere in the call.
      const named = /^[^)]*?script\s*:\s*/.exec(text.slice(at, at + 400));
      if (step[1] !== undefined && named) {
        const inner = groovyString(text, at + named[0].length);
        if (inner) {
          sources.push({ text: inner.value, toFile: inner.map.map(inner.end), label: 'Jenkins sh step' });
          i = inner.end;
          continue;
        }
      }
    }
    i++;
  }
  return { sources, notes: [] };
}

const GROOVY_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '\\': '\\',
  "'": "'",
  '"': '"',
  $: '$',
};

function groovyString(text: string, at: number): { value: string; map: MappedText; end: number } | undefined {
  const quote = text.startsWith('"""', at)
    ? '"""'
    : text.startsWith("'''", at)
      ? "'''"
      : text[at] === '"' || text[at] === "'"
        ? text[at]!
        : undefined;
  if (!quote) return undefined;
  const interpolates = quote.startsWith('"');
  const out = new MappedText();
  let i = at + quote.length;
  while (i < text.length) {
    if (text.startsWith(quote, i)) return { value: out.text, map: out, end: i + quote.length };
    const c = text[i]!;
    if (quote.length === 1 && c === '\n') return undefined;
    if (c === '\\' && i + 1 < text.length) {
      const next = text[i + 1]!;
      if (next === '\n') {
        i += 2;
        continue;
      }
      out.insert(GROOVY_ESCAPES[next] ?? next, i);
      i += 2;
      continue;
    }
    if (interpolates && c === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i);
      if (close < 0) return undefined;
      const length = close - i + 1;
      out.insert('$' + '_'.repeat(Math.max(1, length - 1)), i);
      i = close + 1;
      continue;
    }
    out.copy(c, i);
    i++;
  }
  return undefined;
}
