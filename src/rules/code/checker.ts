import type { FamilyChecker } from '../../core/checker.js';
import { runRules } from '../../core/checker.js';
import { codeLanguageOf } from '../../parsers/code/language.js';
import { readCode } from '../../parsers/code/read.js';
import { readerFor } from '../../parsers/migrations/readers.js';
import { loadGrammar } from '../../parsers/tree-sitter/loader.js';
import type { CodeDocument } from './document.js';
import { codeRules } from './index.js';
import { productionTarget } from './production-target.js';
import { isProductionName } from '../production-names.js';

const destructiveRules = codeRules.filter((r) => r !== productionTarget);

/**
 * Migration folders belong to the framework-migration family, which reads them with the
 * framework's meaning (up and down, schema operations); this family reads the rest of the code.
 */
const MIGRATION_FOLDER = /(^|\/)(migrations?|migrate|alembic\/versions)\//i;

export const codeChecker: FamilyChecker = {
  family: 'code',
  rules: codeRules,
  appliesTo(path, text) {
    if (codeLanguageOf(path) === undefined) return false;
    return !MIGRATION_FOLDER.test(path) && readerFor(path, text) === undefined;
  },
  async prepare(file) {
    const language = codeLanguageOf(file.path);
    if (language) await loadGrammar(language);
  },
  check(file, policy) {
    const language = codeLanguageOf(file.path);
    const text = file.text;
    if (!language || text === '') return { findings: [], notes: [] };
    const syntax = readCode(language, text);
    const doc: CodeDocument = {
      path: file.path,
      text,
      ...syntax,
      isProductionName: (name) => isProductionName(name, policy),
      destroysSomething: false,
    };
    const notes = syntax.hasErrors
      ? [`${file.path}: the ${language} parser met a syntax error; its strings and calls were read as far as it could`]
      : [];
    const findings = runRules(destructiveRules, doc, () => false);
    doc.destroysSomething = findings.some((f) => f.kind === 'destructive');
    return { findings: [...findings, ...runRules([productionTarget], doc, () => false)], notes };
  },
};
