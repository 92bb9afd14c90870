import type { FamilyChecker } from '../../core/checker.js';
import { runRules } from '../../core/checker.js';
import { codeLanguageOf } from '../../parsers/code/language.js';
import { readCode } from '../../parsers/code/read.js';
import { readerFor } from '../../parsers/migrations/readers.js';
import { loadGrammar } from '../../parsers/tree-sitter/loader.js';
import type { CodeDocument } from './document.js';
import { assembledDestructiveName } from './assembled-destructive-name.js';
import { disguisedText } from './disguised-text.js';
import { codeRules } from './index.js';
import { productionTarget } from './production-target.js';
import { isProductionName } from '../production-names.js';

const destructiveRules = codeRules.filter((r) => r !== productionTarget);

/**
 * In a framework migration the framework reader judges what the code does; what it cannot see is
 * a word hidden from it (`"trun" + "cate"`), which these rules find in any code.
 */
const disguiseRules = [assembledDestructiveName, disguisedText];

export const codeChecker: FamilyChecker = {
  family: 'code',
  rules: codeRules,
  appliesTo(path) {
    // A file in a migrations folder that no framework reader recognises is read as code, never by nobody.
    return codeLanguageOf(path) !== undefined;
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
    const framework = readerFor(file.path, text) !== undefined;
    if (framework) return { findings: runRules(disguiseRules, doc, () => false), notes };
    const findings = runRules(destructiveRules, doc, () => false);
    doc.destroysSomething = findings.some((f) => f.kind === 'destructive');
    return { findings: [...findings, ...runRules([productionTarget], doc, () => false)], notes };
  },
};
