import { alembicReader } from './alembic.js';
import { atlasReader } from './atlas.js';
import { djangoReader } from './django.js';
import { doctrineReader } from './doctrine.js';
import { ectoReader } from './ecto.js';
import { efCoreReader } from './efcore.js';
import { knexReader } from './knex.js';
import { laravelReader } from './laravel.js';
import { liquibaseReader } from './liquibase.js';
import { prismaReader } from './prisma.js';
import { railsReader } from './rails.js';
import { sequelizeReader } from './sequelize.js';
import { typeormReader } from './typeorm.js';
import type { MigrationReader } from './types.js';

/** Every framework reader, in the order they are tried; the first that recognises a file reads it. */
export const migrationReaders: readonly MigrationReader[] = [
  railsReader,
  djangoReader,
  alembicReader,
  // Doctrine before Laravel: both are PHP classes extending a *Migration base class.
  doctrineReader,
  laravelReader,
  ectoReader,
  efCoreReader,
  liquibaseReader,
  // TypeORM and Sequelize before Knex: Knex claims any JS migration with an `up` it recognises.
  typeormReader,
  sequelizeReader,
  knexReader,
  prismaReader,
  atlasReader,
];

export function readerFor(path: string, text: string): MigrationReader | undefined {
  return migrationReaders.find((r) => r.recognises(path, text));
}
