import { Minimatch } from 'minimatch';
import type { VariableAssignment } from '../../../../parsers/shell/commands.js';
import type { ShellSource, SourceRead } from '../sources.js';
import type { ReadRepoFile } from '../../../../parsers/shell/sourced.js';
import { linesOf, MappedText } from './text-builder.js';

import { isMakefile } from './recognise.js';

export { isMakefile };

const ASSIGNMENT = /^(?:(?:override|export|private)\s+)*([A-Za-z_][\w.-]*)\s*(?:::?=|\?=|!=|\+=|=)\s*(.*)$/;
const RULE = /^[^\t#=][^=]*?:(?!=)/;
/** `include a.mk`, `-include b.mk`, `sinclude c.mk`. */
const INCLUDE = /^\s*(?:-|s)?include\s+([^#]+)/;
/** `define NAME`, `define NAME =`, `override define NAME :=`. */
const DEFINE = /^\s*(?:(?:override|export)\s+)*define\s+([A-Za-z_][\w.-]*)\s*(?:::?=|\?=|\+=|=)?\s*$/;
/** Included files within included files; deeper ones are not followed. */
const MAX_INCLUDE_DEPTH = 3;
/** Prerequisites of prerequisites; deeper ones are not followed. */
const MAX_TARGET_DEPTH = 4;
/** Make's own references (`$@`, functions) have no shell meaning two-key can read. */
const PLACEHOLDER = '${__make__}';

interface TargetDef {
  path: string;
  line: number;
  recipe: string[];
  prerequisites: string[];
}

/** What make knows after reading a Makefile and what it includes. */
interface MakeState {
  variables: Map<string, string>;
  /** Variables an included (or including) file set, with where: `DB_URL set in common.mk:3`. */
  included: Map<string, string>;
  targets: Map<string, TargetDef>;
  /** Files read, so an include loop ends. */
  visited: Set<string>;
  read?: ReadRepoFile;
  /** When set, the literal assignments of the file read first (not of its includes), at their lines. */
  assigned?: VariableAssignment[];
}

function newState(read?: ReadRepoFile): MakeState {
  return {
    variables: new Map(),
    included: new Map(),
    targets: new Map(),
    visited: new Set(),
    ...(read ? { read } : {}),
  };
}

/**
 * Each recipe line of a Makefile is one `sh -c` invocation. Make first expands `$$` to `$` and
 * `$(NAME)` to the variable's value, so a variable defined in the Makefile or a file it includes
 * (`include`, `-include`, `sinclude`, globs and `$(wildcard ...)` included) is substituted
 * (recursively, `define` blocks and `$(call NAME,args)` too); others become an opaque shell word.
 * `@`, `-` and `+` prefixes are make's. Also read as shell: `$(shell ...)`, which make runs while
 * it reads or expands (at the reference), and the recipes of the prerequisites a rule names (at
 * the rule line: `deploy: cache-flush` runs cache-flush first, wherever it is defined). A `.mk`
 * file is read with the variables of the Makefile that includes it.
 */
export function makefileSources(text: string, path = 'Makefile', read?: ReadRepoFile): SourceRead {
  const state = newState(read);
  state.visited.add(path);
  if (read && !/(^|\/)(GNUmakefile|[Mm]akefile)$/.test(path)) includerVariables(path, state);
  const sources: ShellSource[] = [];
  readMakefile(path, text, state, 0, sources);
  return { sources, notes: [] };
}

/**
 * Reads one makefile into the state: variables, `define`s, includes, targets. With `sources`
 * (the changed file itself) its recipe lines and `$(shell ...)` calls become shell sources.
 */
function readMakefile(path: string, text: string, state: MakeState, depth: number, sources?: ShellSource[]): void {
  const lines = linesOf(text);
  const own = sources !== undefined;
  let current: TargetDef[] = [];
  let inRule = false;
  const pending: { words: { word: string; at: number }[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.startsWith('\t') && inRule) {
      // A recipe line runs on through backslash-newlines; make drops the tab that starts each continuation.
      const pieces = [{ text: line.text.slice(1), start: line.start + 1 }];
      while (lines[i]!.text.endsWith('\\') && i + 1 < lines.length) {
        const next = lines[++i]!;
        const tab = next.text.startsWith('\t') ? 1 : 0;
        pieces.push({ text: next.text.slice(tab), start: next.start + tab });
      }
      for (const t of current) t.recipe.push(pieces.map((p) => p.text).join('\n'));
      if (own) {
        const source = recipeSource(pieces, state, sources);
        if (source) sources.push(withIncluded({ ...source, label: 'a recipe' }, pieces, state.included));
      }
      continue;
    }
    let logical = line.text;
    while (logical.endsWith('\\') && i + 1 < lines.length) logical = logical.slice(0, -1) + ' ' + lines[++i]!.text;
    if (/^\s*(#|$)/.test(logical)) continue;
    const define = DEFINE.exec(logical);
    if (define) {
      const body: string[] = [];
      while (i + 1 < lines.length && !/^\s*endef\b/.test(lines[i + 1]!.text)) body.push(lines[++i]!.text);
      i++;
      inRule = false;
      state.variables.set(define[1]!, body.join('\n'));
      if (own) state.included.delete(define[1]!);
      else
        state.included.set(
          define[1]!,
          `${define[1]!} defined in ${path}:${line.text === logical ? i - body.length : i}`,
        );
      current = [];
      continue;
    }
    const include = INCLUDE.exec(logical);
    if (include) {
      if (state.read && depth < MAX_INCLUDE_DEPTH) {
        for (const included of includedPaths(path, include[1]!, state)) {
          if (state.visited.has(included)) continue;
          state.visited.add(included);
          const body = state.read(included);
          if (body !== undefined) readMakefile(included, body, state, depth + 1);
        }
      }
      continue;
    }
    const assignment = ASSIGNMENT.exec(logical);
    if (assignment && !isRuleLine(logical)) {
      const [, name, raw] = assignment;
      const value = raw!.replace(/\s+#.*$/, '').trim();
      const operator = assignmentOperator(logical);
      const old = operator === '+=' ? (state.variables.get(name!) ?? '') + ' ' : '';
      if (operator !== '?=' || !state.variables.has(name!)) {
        state.variables.set(name!, old + value);
        // `!=` holds a command's output, and a value made of make references is decided
        // elsewhere: only literals say where a bare `make` points.
        if (state.assigned && depth === 0 && operator !== '!=' && !(old + value).includes('$'))
          state.assigned.push({
            name: name!,
            value: (old + value).trim().replace(/\s+/g, ' '),
            span: { start: line.start, end: lines[i]!.start + lines[i]!.text.length },
          });
        if (own) {
          if (!old) state.included.delete(name!);
        } else state.included.set(name!, `${name!} set in ${path}:${lineNumber(lines, line.start)}`);
      }
      // `X := $(shell cmd)` runs cmd while make reads the file, before any target.
      if (own && value.includes('$(shell')) {
        const at = line.start + line.text.indexOf(raw!);
        expandText(value, state, 0, [], (command) => sources.push(shellCall(command, at)));
      }
      continue;
    }
    inRule = RULE.test(logical);
    if (!inRule) {
      current = [];
      continue;
    }
    const colon = ruleColon(logical);
    const names = logical.slice(0, colon).trim().split(/\s+/);
    const after = logical.slice(colon + 1);
    const double = after.startsWith(':') ? 1 : 0;
    const rest = after.slice(double);
    const semicolon = rest.indexOf(';');
    const prerequisiteText = semicolon >= 0 ? rest.slice(0, semicolon) : rest;
    const prerequisites = prerequisiteText.split('|').join(' ').trim().split(/\s+/).filter(Boolean);
    current = names
      .filter((n) => n && !n.startsWith('.') && !n.includes('%') && !n.includes('$'))
      .map((name) => {
        const def = state.targets.get(name) ?? {
          path,
          line: lineNumber(lines, line.start),
          recipe: [],
          prerequisites: [],
        };
        def.prerequisites.push(...prerequisites);
        if (def.recipe.length === 0) {
          def.path = path;
          def.line = lineNumber(lines, line.start);
        }
        state.targets.set(name, def);
        return def;
      });
    if (own && current.length && logical === line.text) {
      const start = line.start + colon + 1 + double;
      const words: { word: string; at: number }[] = [];
      for (const m of prerequisiteText.matchAll(/[^\s|]+/g)) words.push({ word: m[0], at: start + (m.index ?? 0) });
      pending.push({ words });
    }
    const inline = semicolon >= 0 ? colon + 1 + double + semicolon : -1;
    if (inline > 0) for (const t of current) t.recipe.push(logical.slice(inline + 1));
    if (own && inline > 0 && logical === line.text) {
      const piece = { text: line.text.slice(inline + 1), start: line.start + inline + 1 };
      const source = recipeSource([piece], state, sources);
      if (source) sources.push(withIncluded({ ...source, label: 'a recipe' }, [piece], state.included));
    }
  }
  // Make reads the whole file before it runs anything: a prerequisite may be defined below, or in an include.
  if (own) {
    for (const { words } of pending)
      for (const { word, at } of words) sources.push(...targetSources(word, state, at, new Set(), 0));
  }
}

/**
 * Whether a line with an assignment in it is a rule (`deploy: ENV=prod` sets a target-specific
 * variable): the part before the operator has a colon. `NAME := v` and `NAME ::= v` are assignments.
 */
function isRuleLine(logical: string): boolean {
  const op = logical.search(/::?=|\?=|!=|\+=|=/);
  return RULE.test(op < 0 ? logical : logical.slice(0, op));
}

/** The operator of an assignment line: `=`, `:=`, `::=`, `?=`, `+=` or `!=`. */
function assignmentOperator(logical: string): string {
  return /::?=|\?=|!=|\+=|=/.exec(logical)?.[0] ?? '=';
}

/** Where the rule's colon is (`a b: c`, `a:: c`), skipping `$(...)` references. */
function ruleColon(logical: string): number {
  let depth = 0;
  for (let i = 0; i < logical.length; i++) {
    const c = logical[i];
    if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    else if (c === ':' && depth === 0) return i;
  }
  return logical.indexOf(':');
}

function lineNumber(lines: readonly { start: number }[], start: number): number {
  return lines.findIndex((l) => l.start === start) + 1;
}

/** The recipes a target runs (its prerequisites' first), judged at `at`: where the target is named. */
function targetSources(name: string, state: MakeState, at: number, seen: Set<string>, depth: number): ShellSource[] {
  const def = state.targets.get(name);
  if (!def || seen.has(name) || depth > MAX_TARGET_DEPTH) return [];
  seen.add(name);
  const out: ShellSource[] = [];
  for (const prerequisite of def.prerequisites) out.push(...targetSources(prerequisite, state, at, seen, depth + 1));
  for (const recipe of def.recipe) {
    const shells: ShellSource[] = [];
    const text = expandText(stripPrefix(recipe.replace(/\\\n\t?/g, ' ')), state, 0, [], (c) =>
      shells.push(shellCall(c, at)),
    );
    out.push(...shells);
    if (!text.trim()) continue;
    out.push({
      text,
      toFile: () => at,
      label: `target ${JSON.stringify(name)}`,
      sourced: `make target ${name} runs it, defined in ${def.path}:${def.line}`,
    });
  }
  return out;
}

function stripPrefix(recipe: string): string {
  return recipe.replace(/^[@+\-\s]+/, '');
}

function shellCall(command: string, at: number): ShellSource {
  return { text: command, toFile: () => at, label: '$(shell ...)' };
}

function recipeSource(
  pieces: { text: string; start: number }[],
  state: MakeState,
  sources: ShellSource[],
): ShellSource | undefined {
  const out = new MappedText();
  let prefix = true;
  let end = 0;
  for (const [p, piece] of pieces.entries()) {
    if (p > 0) out.copy('\n', piece.start - 1);
    const s = piece.text;
    for (let i = 0; i < s.length; i++) {
      const at = piece.start + i;
      if (prefix && /[@+\-\s]/.test(s[i]!)) continue;
      prefix = false;
      if (s[i] !== '$') {
        out.copy(s[i]!, at);
        continue;
      }
      const next = s[i + 1];
      if (next === '$') {
        out.copy('$', at);
        i++;
      } else if (next === '(' || next === '{') {
        const close = matching(s, i + 1);
        const reference = s.slice(i + 2, close);
        out.insert(
          expand(reference, state, 0, [], (c) => sources.push(shellCall(c, at))),
          at,
        );
        i = close;
      } else {
        out.insert(PLACEHOLDER, at);
        i++;
      }
    }
    end = piece.start + s.length;
  }
  return out.text.trim() ? { text: out.text, toFile: out.map(end) } : undefined;
}

function matching(s: string, open: number): number {
  const closeChar = s[open] === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === s[open]) depth++;
    else if (s[i] === closeChar && --depth === 0) return i;
  }
  return s.length - 1;
}

/** A text with make's references expanded (`$$` -> `$`). */
function expandText(
  text: string,
  state: MakeState,
  depth: number,
  args: readonly string[],
  onShell: (command: string) => void,
): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '$') {
      out += text[i];
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '(' || next === '{') {
      const close = matching(text, i + 1);
      out += expand(text.slice(i + 2, close), state, depth + 1, args, onShell);
      i = close;
    } else if (next !== undefined && /\d/.test(next)) {
      out += args[Number(next) - 1] ?? '';
      i++;
    } else {
      out += PLACEHOLDER;
      i++;
    }
  }
  return out;
}

/** Top-level comma-separated arguments of a make function call. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(' || text[i] === '{') depth++;
    else if (text[i] === ')' || text[i] === '}') depth--;
    else if (text[i] === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/**
 * A reference's value: a variable (its own references expanded), `$(call NAME,args)` with
 * `$(1)`... filled, `$(shell cmd)` (reported through onShell; its output is unknown), `$(MAKE)`
 * as `make`. Other make functions and unknown names stay opaque.
 */
function expand(
  reference: string,
  state: MakeState,
  depth: number,
  args: readonly string[],
  onShell: (command: string) => void,
): string {
  if (depth > 16) return PLACEHOLDER;
  const ref = reference.trim();
  if (/^\d+$/.test(ref)) return args[Number(ref) - 1] ?? '';
  if (ref === 'MAKE') return 'make';
  const fn = /^([a-z-]+)\s+([\s\S]*)$/.exec(ref);
  if (fn?.[1] === 'shell') {
    onShell(expandText(fn[2]!, state, depth + 1, args, onShell));
    return PLACEHOLDER;
  }
  if (fn?.[1] === 'call') {
    const [name, ...rest] = splitArgs(fn[2]!);
    const callArgs = rest.map((a) => expandText(a, state, depth + 1, args, onShell));
    const body = state.variables.get(expandText(name!, state, depth + 1, args, onShell).trim());
    return body === undefined ? PLACEHOLDER : expandText(body, state, depth + 1, callArgs, onShell);
  }
  if (fn) return PLACEHOLDER;
  const value = state.variables.get(expandText(ref, state, depth + 1, args, onShell));
  if (value === undefined) return PLACEHOLDER;
  return expandText(value, state, depth + 1, args, onShell);
}

/**
 * The repository paths an `include` line names: literal words, variables, `$(wildcard ...)` and
 * globs (expanded over the files the reader can list), relative to the including file's folder
 * or the root.
 */
function includedPaths(from: string, words: string, state: MakeState): string[] {
  const expanded = expandText(words.replace(/\$\(wildcard\s+([^()]*)\)/g, '$1'), state, 0, [], () => undefined).trim();
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  const out: string[] = [];
  for (const word of expanded.split(/\s+/)) {
    if (!word || word.includes(PLACEHOLDER) || word.startsWith('/')) continue;
    for (const base of [...new Set([dir, ''])]) {
      const path = joinPath(base, word);
      if (path === undefined) continue;
      if (/[*?[]/.test(path)) {
        const glob = new Minimatch(path, { dot: false });
        const literal = path
          .split('/')
          .slice(
            0,
            path.split('/').findIndex((p) => /[*?[]/.test(p)),
          )
          .join('/');
        const found = (state.read?.list?.(literal) ?? []).filter((p) => glob.match(p));
        if (found.length) {
          out.push(...found);
          break;
        }
      } else if (state.read?.(path) !== undefined) {
        out.push(path);
        break;
      }
    }
  }
  return out;
}

/**
 * A `.mk` file is read with what the Makefile that includes it sets: the Makefile beside it or
 * in a folder above, when one of its includes names this file (by path, glob or wildcard).
 */
function includerVariables(path: string, state: MakeState): void {
  const parts = path.split('/').slice(0, -1);
  for (let i = parts.length; i >= 0; i--) {
    const dir = parts.slice(0, i).join('/');
    for (const name of ['GNUmakefile', 'makefile', 'Makefile']) {
      const candidate = dir ? `${dir}/${name}` : name;
      const text = state.read?.(candidate);
      if (text === undefined) continue;
      const probe = newState(state.read);
      probe.visited.add(candidate);
      let includes = false;
      for (const line of linesOf(text)) {
        const include = INCLUDE.exec(line.text);
        if (include && includedPaths(candidate, include[1]!, probe).includes(path)) includes = true;
      }
      if (!includes) continue;
      // Everything the includer and its other includes set, as make knows it when it runs a recipe.
      probe.visited.add(path);
      readMakefile(candidate, text, probe, 0);
      for (const [name, value] of probe.variables) {
        state.variables.set(name, value);
        state.included.set(name, probe.included.get(name) ?? `${name} set in ${candidate}`);
      }
      for (const [name, def] of probe.targets) state.targets.set(name, def);
      return;
    }
  }
}

/**
 * The recipes `make [-C dir] [-f file] [VAR=value] target...` runs, read from the repository:
 * a workflow step, a script or a recipe that runs a target defined in an untouched Makefile (or a
 * `.mk` it includes). Each is judged where the make command is; the caller maps the offsets.
 */
export function makeCommandSources(argv: readonly string[], fromPath: string, read: ReadRepoFile): ShellSource[] {
  let dir = '';
  let file: string | undefined;
  const targets: string[] = [];
  const overrides: [string, string][] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '-C' || word === '--directory') dir = argv[++i] ?? '';
    else if (word.startsWith('--directory=')) dir = word.slice(12);
    else if (word.startsWith('-C') && word.length > 2) dir = word.slice(2);
    else if (word === '-f' || word === '--file' || word === '--makefile') file = argv[++i];
    else if (/^--(file|makefile)=/.test(word)) file = word.slice(word.indexOf('=') + 1);
    else if (word.startsWith('-')) continue;
    else if (/^[A-Za-z_][\w.]*=/.test(word))
      overrides.push([word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]);
    else targets.push(word);
  }
  if (dir.includes('$') || file?.includes('$')) return [];
  const fromDir = isMakefile(fromPath) && fromPath.includes('/') ? fromPath.slice(0, fromPath.lastIndexOf('/')) : '';
  const base = joinPath(fromDir, dir) ?? '';
  const candidates = file
    ? [joinPath(base, file)]
    : ['GNUmakefile', 'makefile', 'Makefile'].map((n) => joinPath(base, n));
  for (const path of candidates) {
    if (path === undefined) continue;
    const text = read(path);
    if (text === undefined) continue;
    const state = newState(read);
    state.visited.add(path);
    readMakefile(path, text, state, 0);
    for (const [name, value] of overrides) state.variables.set(name, value);
    const wanted = targets.length ? targets : [[...state.targets.keys()][0]].filter((t): t is string => !!t);
    return wanted.flatMap((t) => targetSources(t, state, 0, new Set(), 0));
  }
  return [];
}

/**
 * The variables a Makefile sets (`NAME = v`, `NAME := v`, `NAME ::= v`, `NAME ?= v`, `NAME += v`,
 * `override`/`export NAME := v`), each at its line: the value a bare `make` uses, which the
 * production rules read where it is written. Read by the same pass that expands recipes.
 */
export function makefileAssignments(text: string): VariableAssignment[] {
  const state = newState();
  state.assigned = [];
  readMakefile('Makefile', text, state, 0);
  return state.assigned;
}

function joinPath(dir: string, relative: string): string | undefined {
  const parts = dir ? dir.split('/') : [];
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length ? parts.join('/') : undefined;
}

/** A recipe that uses a variable an included file set says so, for the message. */
function withIncluded(
  source: ShellSource,
  pieces: { text: string }[],
  included: ReadonlyMap<string, string>,
): ShellSource {
  if (!included.size) return source;
  const used = new Set<string>();
  for (const piece of pieces)
    for (const m of piece.text.matchAll(/\$[({]\s*(?:call\s+)?([A-Za-z_][\w.-]*)\s*[,)}]/g)) {
      const where = included.get(m[1]!);
      if (where) used.add(where);
    }
  return used.size ? { ...source, sourced: [...used].join('; ') } : source;
}
