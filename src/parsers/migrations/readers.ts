import { knexReader } from './knex.js';
import { prismaReader } from './prisma.js';
import { sequelizeReader } from './sequelize.js';
import { typeormReader } from './typeorm.js';
import type { MigrationReader } from './types.js';

/** Every framework reader, in the order they are tried; the first that recognises a file reads it. */
export const migrationReaders: readonly MigrationReader[] = [typeormReader, sequelizeReader, knexReader, prismaReader];

export function readerFor(path: string, text: string): MigrationReader | undefined {
  return migrationReaders.find((r) => r.recognises(path, text));
}
