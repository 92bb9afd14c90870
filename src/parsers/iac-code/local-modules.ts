import { parserFor } from '../tree-sitter/loader.js';
import { readExports, type BindingLanguage, type ImportBindings, type LocalExports } from './imports.js';

/** Re-exports of re-exports deeper than this are not followed. */
const MAX_DEPTH = 4;

/** A file of the repository by path; undefined when it is not known here. */
export type ReadSource = (path: string) => string | undefined;

/**
 * What the repository's own modules export, for the imports of the file at `fromPath`: `./infra`
 * is `infra.ts`, `infra/index.ts` (or `.js`); Python's `.infra` is `infra.py` or
 * `infra/__init__.py` beside it, `..infra` one folder up. Each module is parsed once (the
 * grammar of `language` must be loaded); a cycle or an unknown file reads as not exported.
 */
export function localExports(fromPath: string, language: BindingLanguage, read: ReadSource): LocalExports {
  const cache = new Map<string, ImportBindings | undefined>();
  const exportsOf = (from: string, specifier: string, depth: number): ImportBindings | undefined => {
    if (depth >= MAX_DEPTH) return undefined;
    for (const path of candidates(from, specifier, language)) {
      if (cache.has(path)) return cache.get(path);
      const text = read(path);
      if (text === undefined) continue;
      cache.set(path, undefined);
      const tree = parserFor(language).parse(text);
      if (!tree) return undefined;
      try {
        const found = readExports(tree.rootNode, language, (next) => exportsOf(path, next, depth + 1));
        cache.set(path, found);
        return found;
      } finally {
        tree.delete();
      }
    }
    return undefined;
  };
  return (specifier) => exportsOf(fromPath, specifier, 0);
}

/** The paths a relative import may name, nearest guess first. */
export function candidates(from: string, specifier: string, language: BindingLanguage): string[] {
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  if (language === 'python') {
    const dots = /^\.+/.exec(specifier)?.[0].length ?? 0;
    if (dots === 0) return [];
    let base = dir;
    for (let i = 1; i < dots; i++) base = base.includes('/') ? base.slice(0, base.lastIndexOf('/')) : '';
    const rest = specifier.slice(dots).split('.').filter(Boolean).join('/');
    const stem = [base, rest].filter(Boolean).join('/');
    return rest ? [`${stem}.py`, `${stem}/__init__.py`] : [`${stem ? `${stem}/` : ''}__init__.py`];
  }
  if (language !== 'typescript' && language !== 'tsx') return [];
  const joined = join(dir, specifier.replace(/\.(m|c)?js$/, ''));
  if (joined === undefined) return [];
  return [
    ...['.ts', '.tsx', '.js', '.mjs'].map((ext) => `${joined}${ext}`),
    ...['index.ts', 'index.tsx', 'index.js'].map((name) => `${joined}/${name}`),
  ];
}

function join(dir: string, relative: string): string | undefined {
  const parts = dir ? dir.split('/') : [];
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
