import type { GrammarName } from '../tree-sitter/loader.js';

/** The application-code grammars, by file extension. */
const BY_EXTENSION: Record<string, CodeLanguage> = {
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'tsx',
  py: 'python',
  go: 'go',
  rb: 'ruby',
  rake: 'ruby',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  rs: 'rust',
  php: 'php',
};

export type CodeLanguage = Extract<
  GrammarName,
  'javascript' | 'typescript' | 'tsx' | 'python' | 'go' | 'ruby' | 'java' | 'kotlin' | 'rust' | 'php'
>;

/** `.d.ts` declares types and never runs. */
const DECLARATION_FILE = /\.d\.[mc]?ts$/i;

export function codeLanguageOf(path: string): CodeLanguage | undefined {
  if (DECLARATION_FILE.test(path)) return undefined;
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  return BY_EXTENSION[path.slice(dot + 1).toLowerCase()];
}
