import type { CheckedFile } from '../../core/checker.js';
import { diffPrismaSchemas } from './prisma/diff.js';
import { hardCodedConnections } from './prisma/connections.js';
import { parsePrismaSchema, type PrismaSchema } from './prisma/schema.js';
import type { MigrationReader } from './types.js';
import { isPrismaSchema } from './recognise.js';

/**
 * Prisma schemas (`schema.prisma`, or the files of a `prisma/schema/` folder): the base and head
 * schemas are compared model by model and field by field. The generated
 * `prisma/migrations/<name>/migration.sql` is plain SQL and goes through the SQL family.
 */
export const prismaReader: MigrationReader = {
  framework: 'prisma',
  recognises: isPrismaSchema,
  read(file: CheckedFile) {
    // An added schema destroys nothing; a removed one is a move or the end of Prisma, not a migration.
    if (file.text === '') return { operations: [], sql: [], dynamicSql: [] };
    const head = parsePrismaSchema(file.text);
    const connections = hardCodedConnections(head);
    if (file.baseText === undefined) {
      failOnErrors(head, file.text, 'the new');
      return { operations: [], sql: [], dynamicSql: [], connections };
    }
    const base = parsePrismaSchema(file.baseText);
    failOnErrors(head, file.text, 'the new');
    failOnErrors(base, file.baseText, 'the old');
    const diff = diffPrismaSchemas(base, head);
    return { operations: diff.head, sql: [], dynamicSql: [], baseOperations: diff.base, connections };
  },
};

/** Fail closed: a schema read only in part could hide a removed model (the engine makes this a finding). */
function failOnErrors(schema: PrismaSchema, text: string, side: string): void {
  const error = schema.errors[0];
  if (!error) return;
  const line = text.slice(0, error.at).split('\n').length;
  throw new Error(`${side} schema could not be parsed at line ${line}: ${error.message}`);
}
