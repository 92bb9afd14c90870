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
  cs: 'csharp',
  ex: 'elixir',
  exs: 'elixir',
};

export type CodeLanguage = Extract<
  GrammarName,
  | 'javascript'
  | 'typescript'
  | 'tsx'
  | 'python'
  | 'go'
  | 'ruby'
  | 'java'
  | 'kotlin'
  | 'rust'
  | 'php'
  | 'csharp'
  | 'elixir'
>;

/**
 * Languages whose files are parsed only when a word of destructive work appears in them: C# and
 * Elixir came to the code family for a handful of data APIs (EF Core, Ecto, Redis clients), so a
 * controller or a view that names none of them costs an indexOf, not a parse.
 */
const KEYWORD_GATED: Partial<Record<CodeLanguage, RegExp>> = {
  csharp: /delete|drop|truncate|flush|remove|purge|wipe|clear|execute|sql|command|keys|scan|unlink|process/i,
  elixir: /delete|drop|truncate|flush|purge|wipe|reset|query|sql|command|keys|scan|unlink|aliases|cmd|system/i,
};

/** Whether a file of this language could hold anything the code family reports (see KEYWORD_GATED). */
export function mayMatterAsCode(language: CodeLanguage, text: string): boolean {
  const gate = KEYWORD_GATED[language];
  return gate === undefined || gate.test(text);
}

/** The languages the universal net reads as lines of text, as it did before they had a code reader. */
export function readAsCodeByNet(language: CodeLanguage): boolean {
  return language !== 'csharp' && language !== 'elixir';
}

/** `.d.ts` declares types and never runs. */
const DECLARATION_FILE = /\.d\.[mc]?ts$/i;

export function codeLanguageOf(path: string): CodeLanguage | undefined {
  if (DECLARATION_FILE.test(path)) return undefined;
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  return BY_EXTENSION[path.slice(dot + 1).toLowerCase()];
}
