import type { FamilyChecker } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import { readerFor } from '../../../parsers/migrations/readers.js';
import { loadPostgresParser } from '../../../parsers/sql/pg-parser.js';
import { loadGrammar } from '../../../parsers/tree-sitter/loader.js';
import type { MigrationDocument } from './document.js';
import { isProductionName } from '../../../policy/production-names.js';
import { embeddedSqlFindings, withCreatedTables } from './embedded-sql.js';
import { ormRules } from './index.js';
import { readsMigration } from './applies.js';
import { withChangeCreations } from './created-in-change.js';

export const ormChecker: FamilyChecker = {
  family: 'orm',
  rules: ormRules,
  appliesTo: readsMigration,
  async prepare(file) {
    const reader = readerFor(file.path, file.text || (file.baseText ?? ''));
    // Only the grammar of the framework this file belongs to: a Rails app never compiles PHP.
    const grammar = reader?.grammarFor?.(file.path) ?? reader?.grammar;
    if (grammar) await loadGrammar(grammar);
    await loadPostgresParser();
  },
  check(file, policy, context) {
    const reader = readerFor(file.path, file.text || (file.baseText ?? ''));
    if (!reader) return { findings: [], notes: [] };
    const read = reader.read(file, context);
    const doc: MigrationDocument = {
      path: file.path,
      text: file.text,
      framework: reader.framework,
      ...read,
      operations: withChangeCreations(read.operations, file, reader, context),
      isProductionName: (name) => isProductionName(name, policy),
    };
    // Rollback SQL runs against the database the forward SQL left, never as the same script: a
    // table up() creates is not scratch for the down() that drops it after it has filled.
    const forward = embeddedSqlFindings(
      file.path,
      withCreatedTables(
        doc.sql.filter((s) => !s.rollbackOnly),
        doc.createdTables,
      ),
      policy,
    );
    const rollback = embeddedSqlFindings(
      file.path,
      doc.sql.filter((s) => s.rollbackOnly),
      policy,
    );
    return {
      findings: [...runRules(ormRules, doc, () => false), ...forward.findings, ...rollback.findings],
      notes: [...(doc.notes ?? []), ...forward.notes, ...rollback.notes],
    };
  },
};
