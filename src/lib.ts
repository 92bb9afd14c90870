/** The library door: the same engine as the Action and the CLI. */
export { check } from './engine/engine.js';
export type * from './core/types.js';
export { loadPolicy } from './policy/load.js';
export { defaultPolicy } from './policy/defaults.js';
export { renderDecision } from './report/index.js';
export { allRules } from './rules/registry.js';
export { analyseSqlFile, sqlFindingsBothWays } from './rules/sql/lib/analyse-file.js';
export { secretsBothWays } from './rules/secret/lib/both-ways.js';
export { GRAMMARS, loadGrammar, loadedGrammars } from './parsers/tree-sitter/loader.js';
