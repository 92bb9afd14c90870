import { codeLanguageOf, readAsCodeByNet, type CodeLanguage } from '../code/language.js';

/**
 * How the universal layer takes a file apart: the kind decides where candidate snippets come
 * from. `prose` and `data` files are not read: their lines are written for people or are rows of
 * data, never run.
 */
export type UniversalKind =
  | { kind: 'code'; language: CodeLanguage }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'notebook' }
  | { kind: 'toml' }
  | { kind: 'ini' }
  | { kind: 'text' }
  | { kind: 'skipped'; why: string };

const PROSE = /\.(md|mdx|markdown|rst|adoc|asciidoc|textile|rdoc|org|pod|tex)$/i;
const PROSE_NAMES =
  /(^|\/)(changelog|changes|history|news|license|licence|copying|authors|contributors|contributing|notice|code_of_conduct|security|readme)(\.[a-z]+)?$/i;
const DOCS = /(^|\/)(docs?|documentation|man)\//i;
/** Issue and discussion forms and merge-request templates: text shown to people who file them, never run. */
const FORMS =
  /(^|\/)(\.github\/(ISSUE_TEMPLATE|DISCUSSION_TEMPLATE)|\.gitlab\/(issue_templates|merge_request_templates))\//i;
const DATA = /\.(csv|tsv|psv|lock|sum|svg|map|snap|po|pot|xliff|resx|strings|pem|crt|key|pub|sig|asc)$/i;
const LOCKFILES =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|composer\.lock|Gemfile\.lock|Cargo\.lock|poetry\.lock|go\.sum)$/i;
const MINIFIED = /\.min\.(js|css)$/i;

/** `#!/usr/bin/env python3`, `#!/usr/bin/node`: the interpreter of an extensionless script. */
const SHEBANG_INTERPRETER = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:\S*\/)?([a-z]+)/;

const BY_INTERPRETER: Record<string, CodeLanguage> = {
  python: 'python',
  python3: 'python',
  python2: 'python',
  node: 'javascript',
  nodejs: 'javascript',
  deno: 'typescript',
  bun: 'javascript',
  ruby: 'ruby',
};

/** The language a shebang names, for a script whose name does not say. */
export function shebangLanguage(text: string): CodeLanguage | undefined {
  if (!text.startsWith('#!')) return undefined;
  const interpreter = SHEBANG_INTERPRETER.exec(text.slice(0, 200))?.[1]?.replace(/[\d.]+$/, '');
  return interpreter === undefined ? undefined : (BY_INTERPRETER[interpreter] ?? BY_INTERPRETER[`${interpreter}3`]);
}

export function universalKindOf(path: string, text: string): UniversalKind {
  if (PROSE.test(path) || PROSE_NAMES.test(path)) return { kind: 'skipped', why: 'prose' };
  if (DOCS.test(path) || FORMS.test(path)) return { kind: 'skipped', why: 'documentation' };
  if (LOCKFILES.test(path) || DATA.test(path)) return { kind: 'skipped', why: 'data' };
  if (MINIFIED.test(path)) return { kind: 'skipped', why: 'minified code' };
  if (/\.ipynb$/i.test(path)) return { kind: 'notebook' };
  const language = codeLanguageOf(path) ?? (hasNoExtension(path) ? shebangLanguage(text) : undefined);
  if (language && readAsCodeByNet(language)) return { kind: 'code', language };
  if (/\.ya?ml$/i.test(path)) return { kind: 'yaml' };
  if (/\.(json|jsonc|json5)$/i.test(path)) return { kind: 'json' };
  if (/\.toml$/i.test(path)) return { kind: 'toml' };
  if (/\.(ini|cfg|conf|properties|env)$/i.test(path) || /(^|\/)\.env(\.[\w-]+)?$/.test(path)) return { kind: 'ini' };
  return { kind: 'text' };
}

function hasNoExtension(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return !name.includes('.');
}
