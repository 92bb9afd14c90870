// What the universal rules borrow from the precise families: the shell rules, the SQL that
// database clients are given, the embedded SQL reader, where a command runs. Imported with the
// first file that has a snippet to judge (lazy-readers.ts): most files have none.
export { cliSqlFindings } from '../../shell/lib/checker.js';
export { shellRules } from '../../shell/lib/index.js';
export { embeddedSqlFindings } from '../../orm/lib/embedded-sql.js';
export { commandInFile, snippetCommands, snippetContexts } from './snippet-commands.js';
