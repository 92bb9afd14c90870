import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChangeSet } from '../../src/cli/git-change-set.js';
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js';

describe('the base tree the CLI hands the engine', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = createGitRepo({
      base: {
        'db/migrations/001_create.sql': 'CREATE TABLE items (id int, qty smallint);\n',
        'db/migrations/002_index.sql': 'CREATE INDEX items_qty ON items (qty);\n',
        'README.md': 'base\n',
      },
      head: {
        'db/migrations/003_alter.sql': 'ALTER TABLE items ALTER COLUMN qty TYPE integer;\n',
        'README.md': 'head\n',
      },
    });
  });
  afterAll(() => repo.cleanup());

  it('lists and reads the files of the base commit, not the head', async () => {
    const changeSet = await readChangeSet({ repo: repo.dir, base: 'main', head: 'feature' });
    const tree = changeSet.baseTree!;
    expect(tree.list('db/migrations')).toEqual(['db/migrations/001_create.sql', 'db/migrations/002_index.sql']);
    expect(tree.read('README.md')).toBe('base\n');
    expect(tree.read('db/migrations/003_alter.sql')).toBeUndefined();
    expect(tree.read('../outside')).toBeUndefined();
  });
});
