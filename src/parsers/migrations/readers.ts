import { alembicReader } from './alembic.js';
import { djangoReader } from './django.js';
import { railsReader } from './rails.js';
import type { MigrationReader } from './types.js';

/** Every framework reader, in the order they are tried; the first that recognises a file reads it. */
export const migrationReaders: readonly MigrationReader[] = [railsReader, djangoReader, alembicReader];

export function readerFor(path: string, text: string): MigrationReader | undefined {
  return migrationReaders.find((r) => r.recognises(path, text));
}
