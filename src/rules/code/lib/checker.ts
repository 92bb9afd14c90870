import type { FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { codeLanguageOf, mayMatterAsCode } from '../../../parsers/code/language.js';
import { readCodeMigration } from '../../../parsers/code/migration-tools.js';
import { readCode } from '../../../parsers/code/read.js';
import { readerFor } from '../../../parsers/migrations/readers.js';
import { loadPostgresParser } from '../../../parsers/sql/pg-parser.js';
import { loadGrammar } from '../../../parsers/tree-sitter/loader.js';
import type { CodeDocument } from './document.js';
import { assembledDestructiveName } from '../assembled-destructive-name.js';
import { disguisedText } from '../disguised-text.js';
import { executedCommandFindings, mayRunCommands } from './executed-commands.js';
import { executedSqlFindings } from './executed-sql.js';
import { codeRules } from './index.js';
import { readsCode } from './applies.js';
import { productionTarget } from '../production-target.js';
import { rollbackRanges } from './rollback.js';
import { isProductionName } from '../../../policy/production-names.js';
import { checkSpringConfig, isSpringConfig, springConfigRules } from './spring-config.js';

const destructiveRules = codeRules.filter((r) => r !== productionTarget);

/**
 * In a framework migration the framework reader judges what the code does; what it cannot see is
 * a word hidden from it (`"trun" + "cate"`), which these rules find in any code.
 */
const disguiseRules = [assembledDestructiveName, disguisedText];
/** Words a SQL statement is made of: the Postgres parser loads only for files that could hold one. */
const MAY_HOLD_SQL = /\b(select|insert|update|delete|drop|truncate|alter|create)\b/i;

/**
 * Application code. A file in a migrations folder that a framework reader recognises belongs to
 * the framework-migration family, which reads it with the framework's meaning (up and down,
 * schema operations); every other source file is read here, migrations of tools no reader knows
 * (migrate-mongo, a hand-rolled runner) included.
 */
export const codeChecker: FamilyChecker = {
  family: 'code',
  rules: [...codeRules, ...springConfigRules],
  appliesTo: readsCode,
  async prepare(file) {
    const language = codeLanguageOf(file.path);
    if (!language || !mayMatterAsCode(language, file.text)) return;
    await loadGrammar(language);
    if (mayRunCommands(language, file.text)) await loadGrammar('bash');
    if (MAY_HOLD_SQL.test(file.text)) await loadPostgresParser();
  },
  check(file, policy) {
    if (isSpringConfig(file.path)) return checkSpringConfig(file);
    const language = codeLanguageOf(file.path);
    const text = file.text;
    if (!language || text === '' || !mayMatterAsCode(language, text)) return { findings: [], notes: [] };
    const syntax = readCode(language, text);
    const notes = syntax.hasErrors
      ? [`${file.path}: the ${language} parser met a syntax error; its strings and calls were read as far as it could`]
      : [];
    // In a framework migration the framework reader judges what runs; only a hidden word is left to find here.
    if (readerFor(file.path, text) !== undefined) {
      const disguised: CodeDocument = {
        path: file.path,
        text,
        ...syntax,
        isProductionName: (name) => isProductionName(name, policy),
        destroysSomething: false,
        dynamicSql: [],
      };
      return { findings: runRules(disguiseRules, disguised, () => false), notes };
    }
    const tool = readCodeMigration(file.path, syntax, text);
    const rollback = rollbackRanges(file.path, syntax, tool?.rollback);
    const sql = MAY_HOLD_SQL.test(text)
      ? executedSqlFindings(file.path, syntax, policy, rollback, tool?.sql)
      : { findings: [], notes: [], dynamic: [] };
    const commands = mayRunCommands(language, text)
      ? executedCommandFindings(file.path, text, syntax, policy, rollback)
      : { findings: [], notes: [], contexts: [] };
    const doc: CodeDocument = {
      path: file.path,
      text,
      ...syntax,
      isProductionName: (name) => isProductionName(name, policy),
      destroysSomething: false,
      dynamicSql: sql.dynamic,
    };
    const findings = [...runRules(destructiveRules, doc, rollback), ...sql.findings, ...commands.findings];
    doc.destroysSomething = findings.some((f) => f.kind === 'destructive');
    return {
      findings: [...findings, ...runRules([productionTarget], doc, () => false)],
      notes: [...notes, ...sql.notes, ...commands.notes],
      contexts: commands.contexts,
    };
  },
};
