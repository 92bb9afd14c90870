import type { VariableAssignment } from '../../../../parsers/shell/commands.js';
import type { ShellSource, SourceRead } from '../sources.js';
import type { ReadRepoFile } from '../../../../parsers/shell/sourced.js';
import { linesOf, MappedText } from './text-builder.js';

export { isMakefile } from './recognise.js';

const ASSIGNMENT = /^(?:(?:override|export|private)\s+)*([A-Za-z_][\w.-]*)\s*(?:::?=|\?=|!=|\+=|=)\s*(.*)$/;
const RULE = /^[^\t#=][^=]*?:(?!=)/;
/** `include a.mk`, `-include b.mk`, `sinclude c.mk`. */
const INCLUDE = /^\s*(?:-|s)?include\s+([^#]+)/;
/** Included files within included files; deeper ones are not followed. */
const MAX_INCLUDE_DEPTH = 3;
/** Make's own references (`$(MAKE)`, `$@`, functions) have no shell meaning two-key can read. */
const PLACEHOLDER = '${__make__}';

/**
 * Each recipe line of a Makefile is one `sh -c` invocation. Make first expands `$$` to `$` and
 * `$(NAME)` to the variable's value, so a variable defined in the same Makefile is substituted
 * (recursively); others become an opaque shell word. `@`, `-` and `+` prefixes are make's.
 */
export function makefileSources(text: string, path = 'Makefile', read?: ReadRepoFile): SourceRead {
  const variables = new Map<string, string>();
  /** Variables an included file set, with where: `DB_URL from common.mk:3`. */
  const included = new Map<string, string>();
  const sources: ShellSource[] = [];
  const lines = linesOf(text);
  let inRule = false;
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
      const source = recipeSource(pieces, variables);
      if (source) sources.push(withIncluded({ ...source, label: 'a recipe' }, pieces, included));
      continue;
    }
    let logical = line.text;
    while (logical.endsWith('\\') && i + 1 < lines.length) logical = logical.slice(0, -1) + ' ' + lines[++i]!.text;
    if (/^\s*(#|$)/.test(logical)) continue;
    const include = INCLUDE.exec(logical);
    if (include && read) {
      for (const word of include[1]!.trim().split(/\s+/)) includeVariables(path, word, read, variables, included, 0);
      continue;
    }
    const assignment = ASSIGNMENT.exec(logical);
    if (assignment && !RULE.test(logical.split('=')[0]!)) {
      const [, name, value] = assignment;
      const old = /\+=/.test(logical) ? (variables.get(name!) ?? '') + ' ' : '';
      if (!/\?=/.test(logical) || !variables.has(name!)) {
        variables.set(name!, old + value!.replace(/\s+#.*$/, '').trim());
        if (!old) included.delete(name!);
      }
      continue;
    }
    inRule = RULE.test(logical);
    const inline = inRule ? logical.indexOf(';') : -1;
    if (inline > 0 && logical === line.text) {
      const piece = { text: line.text.slice(inline + 1), start: line.start + inline + 1 };
      const source = recipeSource([piece], variables);
      if (source) sources.push(withIncluded({ ...source, label: 'a recipe' }, [piece], included));
    }
  }
  return { sources, notes: [] };
}

function recipeSource(
  pieces: { text: string; start: number }[],
  variables: Map<string, string>,
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
        out.insert(expand(reference, variables, 0), at);
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

/** A variable's value with its own references expanded; make functions and unknown names stay opaque. */
function expand(reference: string, variables: Map<string, string>, depth: number): string {
  const value = variables.get(reference.trim());
  if (value === undefined || depth > 16) return PLACEHOLDER;
  return value.replace(/\$(?:\(([^()]*)\)|\{([^{}]*)\}|(\$)|(.))/g, (_, paren, brace, dollar) =>
    dollar
      ? '$'
      : paren !== undefined || brace !== undefined
        ? expand(paren ?? brace, variables, depth + 1)
        : PLACEHOLDER,
  );
}

/**
 * The variables a Makefile sets (`NAME = v`, `NAME ?= v`, `export NAME := v`), each at its line:
 * the value a bare `make` uses, which the production rules read where it is written.
 */
export function makefileAssignments(text: string): VariableAssignment[] {
  const found: VariableAssignment[] = [];
  for (const line of linesOf(text)) {
    if (line.text.startsWith('\t') || /^\s*(#|$)/.test(line.text)) continue;
    const assignment = ASSIGNMENT.exec(line.text);
    if (!assignment || RULE.test(line.text.split('=')[0]!)) continue;
    const value = assignment[2]!.replace(/\s+#.*$/, '').trim();
    // A value made of make references is decided elsewhere; only literals say where it points.
    if (value.includes('$')) continue;
    found.push({ name: assignment[1]!, value, span: { start: line.start, end: line.start + line.text.length } });
  }
  return found;
}

/**
 * The variables an included file sets (`include common.mk`, relative to the Makefile's folder or
 * the root), as make reads them at the include line; its recipes are judged in their own file.
 */
function includeVariables(
  from: string,
  word: string,
  read: ReadRepoFile,
  variables: Map<string, string>,
  included: Map<string, string>,
  depth: number,
): void {
  if (depth >= MAX_INCLUDE_DEPTH || word.includes('$') || word.startsWith('/')) return;
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  for (const path of [...new Set([joinPath(dir, word), joinPath('', word)])]) {
    const text = path === undefined ? undefined : read(path);
    if (path === undefined || text === undefined) continue;
    const lines = linesOf(text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.text;
      if (line.startsWith('\t') || /^\s*(#|$)/.test(line)) continue;
      const nested = INCLUDE.exec(line);
      if (nested) {
        for (const w of nested[1]!.trim().split(/\s+/)) includeVariables(path, w, read, variables, included, depth + 1);
        continue;
      }
      const assignment = ASSIGNMENT.exec(line);
      if (!assignment || RULE.test(line.split('=')[0]!)) continue;
      const [, name, value] = assignment;
      const old = /\+=/.test(line) ? (variables.get(name!) ?? '') + ' ' : '';
      if (/\?=/.test(line) && variables.has(name!)) continue;
      variables.set(name!, old + value!.replace(/\s+#.*$/, '').trim());
      included.set(name!, `${name!} set in ${path}:${i + 1}`);
    }
    return;
  }
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
    for (const m of piece.text.matchAll(/\$[({]\s*([A-Za-z_][\w.-]*)\s*[)}]/g)) {
      const where = included.get(m[1]!);
      if (where) used.add(where);
    }
  return used.size ? { ...source, sourced: [...used].join('; ') } : source;
}
