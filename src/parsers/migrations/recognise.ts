// Whether a file is a migration of a framework two-key reads, by its path and a glance at its text,
// apart from the readers: the engine asks this of every changed file, and a change without a
// migration then loads no reader (nor the YAML, XML and SQL code they use). Each reader recognises
// its files with the function here.
import { definesUp, inMigrationsDir } from './js/recognise.js';

const RAILS_CLASS = /^[ \t]*class[ \t]+[\w:]+[ \t]*<[ \t]*(?:::)?ActiveRecord::Migration\b/m;
const RAILS_PATH = /(?:^|\/)db\/migrate\/\d+_\w+\.rb$/;

export function isRailsMigration(path: string, text: string): boolean {
  if (!path.endsWith('.rb')) return false;
  return RAILS_PATH.test(path) || RAILS_CLASS.test(text);
}

const DJANGO_CLASS = /^class[ \t]+\w+[ \t]*\([ \t]*(?:migrations\.)?Migration[ \t]*\)[ \t]*:/m;
export const DJANGO_MIGRATION_PATH = /(?:^|\/)migrations\/\d{4}_\w+\.py$/;

export function isDjangoMigration(path: string, text: string): boolean {
  if (!path.endsWith('.py')) return false;
  if (DJANGO_CLASS.test(text) && text.includes('django')) return true;
  return DJANGO_MIGRATION_PATH.test(path) && /^from django\.db import\b.*\bmigrations\b/m.test(text);
}

const ALEMBIC_REVISION = /^revision(?:[ \t]*:[ \t]*str)?[ \t]*=/m;
const ALEMBIC_UPGRADE = /^def[ \t]+upgrade\w*[ \t]*\(/m;
const ALEMBIC_IMPORT = /^[ \t]*(?:from[ \t]+alembic\b[^\n]*\bimport\b|import[ \t]+alembic\b)/m;
const ALEMBIC_OP_CALL = /^[ \t]+(?:op|batch_op)\.\w+\(/m;
const VERSIONS_DIR = /(?:^|\/)(?:versions|migrations|alembic)\//;

/**
 * An upgrade() with the revision identifiers `alembic revision` writes, or, without them (hand
 * written, or stripped to dodge a check), one that imports Alembic or drives `op.` in a
 * versions or migrations folder: Alembic runs it all the same.
 */
export function isAlembicMigration(path: string, text: string): boolean {
  if (!path.endsWith('.py') || !ALEMBIC_UPGRADE.test(text)) return false;
  if (ALEMBIC_REVISION.test(text) || ALEMBIC_IMPORT.test(text)) return true;
  return VERSIONS_DIR.test(path) && ALEMBIC_OP_CALL.test(text);
}

const DOCTRINE_CLASS = /\bextends\s+(?:\\?Doctrine\\Migrations\\)?AbstractMigration\b/;

export function isDoctrineMigration(path: string, text: string): boolean {
  return /\.php$/i.test(path) && DOCTRINE_CLASS.test(text);
}

const LARAVEL_CLASS = /\bextends\s+(?:\\?Illuminate\\Database\\Migrations\\)?Migration\b/;
const LARAVEL_PATH = /(^|\/)database\/migrations\/[^/]+\.php$/i;

export function isLaravelMigration(path: string, text: string): boolean {
  if (!/\.php$/i.test(path)) return false;
  return LARAVEL_CLASS.test(text) || (LARAVEL_PATH.test(path) && !/\bAbstractMigration\b/.test(text));
}

const ECTO_MIGRATION = /\buse\s+Ecto\.Migration\b/;

export function isEctoMigration(path: string, text: string): boolean {
  return /\.exs?$/i.test(path) && ECTO_MIGRATION.test(text);
}

const EF_MIGRATION_CLASS = /:\s*(?:Microsoft\.EntityFrameworkCore\.Migrations\.)?Migration\b/;
const EF_UP_METHOD = /\bUp\s*\(\s*(?:Microsoft\.EntityFrameworkCore\.Migrations\.)?MigrationBuilder\b/;

export function isEfCoreMigration(path: string, text: string): boolean {
  return /\.cs$/i.test(path) && EF_MIGRATION_CLASS.test(text) && EF_UP_METHOD.test(text);
}

const XML_CHANGELOG = /<(?:\w+:)?databaseChangeLog\b/;
const YAML_CHANGELOG = /^databaseChangeLog:/m;
const JSON_CHANGELOG = /^\s*\{\s*"databaseChangeLog"\s*:/;

export function isLiquibaseChangelog(path: string, text: string): boolean {
  if (/\.xml$/i.test(path)) return XML_CHANGELOG.test(text);
  if (/\.ya?ml$/i.test(path)) return YAML_CHANGELOG.test(text);
  if (/\.json$/i.test(path)) return JSON_CHANGELOG.test(text);
  return false;
}

const TYPEORM = /\bMigrationInterface\b|\bQueryRunner\b|\bqueryRunner\b/;

export function isTypeormMigration(path: string, text: string): boolean {
  return definesUp(path, text) && TYPEORM.test(text);
}

const SEQUELIZE = /\bqueryInterface\b|\bsequelize-cli\b|\bQueryInterface\b/;

export function isSequelizeMigration(path: string, text: string): boolean {
  return definesUp(path, text) && SEQUELIZE.test(text);
}

const KNEX = /\bknex\b/i;
/** migrate-mongo and other MongoDB migrations: `up(db)` driving collections, read by the code family. */
const MONGO =
  /\bmigrate-mongo\b|\b(db|client)\.(collection|createCollection|dropCollection|dropDatabase|getCollection)\(/;

export function isKnexMigration(path: string, text: string): boolean {
  if (!definesUp(path, text)) return false;
  if (isTypeormMigration(path, text) || isSequelizeMigration(path, text)) return false;
  if (KNEX.test(text)) return true;
  return inMigrationsDir(path) && !MONGO.test(text);
}

export function isPrismaSchema(path: string): boolean {
  return /\.prisma$/i.test(path);
}

export function isAtlasSchema(path: string, text: string): boolean {
  return (
    /\.hcl$/i.test(path) &&
    !/(^|\/)atlas\.hcl$/i.test(path) &&
    /^[ \t]*table[ \t]+"[^"]+"[ \t]*\{/m.test(text) &&
    /\bschema[ \t]*=[ \t]*schema\./.test(text)
  );
}

/** Every reader's test (readers.ts lists the readers in the order they are tried). */
export const migrationRecognisers: readonly ((path: string, text: string) => boolean)[] = [
  isRailsMigration,
  isDjangoMigration,
  isAlembicMigration,
  isDoctrineMigration,
  isLaravelMigration,
  isEctoMigration,
  isEfCoreMigration,
  isLiquibaseChangelog,
  isTypeormMigration,
  isSequelizeMigration,
  isKnexMigration,
  isPrismaSchema,
  isAtlasSchema,
];

/** Whether some framework reader reads the file: `readerFor(path, text) !== undefined`, without loading a reader. */
export function isFrameworkMigration(path: string, text: string): boolean {
  return migrationRecognisers.some((recognises) => recognises(path, text));
}
