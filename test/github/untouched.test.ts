import { describe, expect, it } from 'vitest';
import type { DecodedText } from '../../src/parsers/text/decode.js';
import { refKey, type BlobRef } from '../../src/github/blobs.js';
import type { ListedFile } from '../../src/github/files.js';
import type { TreeEntry } from '../../src/github/tree.js';
import { planUntouched } from '../../src/github/untouched.js';

const entry = (path: string, kind: TreeEntry['kind'] = 'file'): [string, TreeEntry] => [
  path,
  { path, oid: `id:${path}`, size: 10, kind },
];
const listed = (filename: string, status = 'modified', previous?: string): ListedFile => ({
  filename,
  status,
  sha: `head:${filename}`,
  changes: 1,
  ...(previous ? { previous_filename: previous } : {}),
});

const base = new Map<string, TreeEntry>([
  entry('infra/prod/main.tf'),
  entry('infra/prod/vars.tf'),
  entry('infra/prod/terraform.tfvars'),
  entry('infra/prod/README.md'),
  entry('infra/prod/modules/db/main.tf'),
  entry('infra/staging/main.tf'),
  entry('infra/prod/link.tf', 'symlink'),
  entry('.github/workflows/ci.yml'),
  entry('.github/workflows/notes.txt'),
  entry('.github/workflows/nested/deploy.yml'),
  entry('db/migrations/001_init.sql'),
  entry('db/migrations/002_more.sql'),
  entry('db/migrations/009_later.sql'),
  entry('db/migrations/sub/003_nested.sql'),
  entry('src/app.ts'),
]);

const paths = (refs: BlobRef[]) => refs.map((r) => ('oid' in r ? r.oid.replace(/^id:/, '') : r.path)).sort();

describe('the untouched files the Action fetches ahead for the readers', () => {
  it('fetches the other module files of a changed tfvars, the base workflows, and the migrations before a changed one', () => {
    const plan = planUntouched(
      [listed('infra/prod/terraform.tfvars'), listed('db/migrations/005_drop.sql', 'added')],
      base,
    );
    expect(paths(plan.refs)).toEqual([
      '.github/workflows/ci.yml',
      'db/migrations/001_init.sql',
      'db/migrations/002_more.sql',
      'infra/prod/main.tf',
      'infra/prod/vars.tf',
    ]);
  });

  it('fills the ChangeSet fields from what was read, and knows only those base files', () => {
    const plan = planUntouched(
      [listed('infra/prod/terraform.tfvars'), listed('db/migrations/005_drop.sql', 'added')],
      base,
    );
    const texts = new Map<string, DecodedText | undefined>(
      plan.refs.map((r) => [refKey(r), { text: `text of ${refKey(r)}` }]),
    );
    texts.set('id:infra/prod/vars.tf', { binary: true });
    const untouched = plan.build(texts);
    expect(untouched.neighbours).toEqual([{ path: 'infra/prod/main.tf', text: 'text of id:infra/prod/main.tf' }]);
    expect(untouched.baseWorkflows).toEqual([
      { path: '.github/workflows/ci.yml', text: 'text of id:.github/workflows/ci.yml' },
    ]);
    expect(untouched.baseTree!.list('db/migrations')).toEqual([
      'db/migrations/001_init.sql',
      'db/migrations/002_more.sql',
      'db/migrations/009_later.sql',
      'db/migrations/sub/003_nested.sql',
    ]);
    expect(untouched.baseTree!.list('infra/prod/modules')).toEqual(['infra/prod/modules/db/main.tf']);
    expect(untouched.baseTree!.read('db/migrations/001_init.sql')).toBe('text of id:db/migrations/001_init.sql');
    // Not fetched ahead: unknown, as a failed read is for the CLI.
    expect(untouched.baseTree!.read('db/migrations/009_later.sql')).toBeUndefined();
  });

  it('leaves out the files the pull request touches, renamed-from paths included', () => {
    const plan = planUntouched([listed('infra/prod/new.tf', 'renamed', 'infra/prod/vars.tf')], base);
    expect(paths(plan.refs).filter((p) => p.startsWith('infra/'))).toEqual([
      'infra/prod/main.tf',
      'infra/prod/terraform.tfvars',
    ]);
  });
});
