import { describe, expect, it } from 'vitest';
import { migrationReaders } from '../../../src/parsers/migrations/readers.js';
import { isFrameworkMigration, migrationRecognisers } from '../../../src/parsers/migrations/recognise.js';

// The engine asks recognise.ts whether any reader reads a file before it loads the readers: the
// two must be the same tests, or a migration would reach no reader.
describe('the migration recognisers', () => {
  it('are the readers’ own tests, one each, in the readers’ order', () => {
    expect(migrationRecognisers).toEqual(migrationReaders.map((r) => r.recognises));
  });

  it('answer whether some reader reads the file', () => {
    expect(isFrameworkMigration('db/migrate/20240101000000_drop.rb', 'class Drop < ActiveRecord::Migration[7.1]')).toBe(
      true,
    );
    expect(isFrameworkMigration('schema.prisma', '')).toBe(true);
    expect(isFrameworkMigration('README.md', '# migrations\n')).toBe(false);
    expect(isFrameworkMigration('app/models/user.rb', 'class User < ApplicationRecord; end')).toBe(false);
  });
});
