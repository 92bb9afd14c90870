import { describe, expect, it } from 'vitest';
import { readNeighbours } from '../../src/cli/neighbours.js';
import type { ChangedFile } from '../../src/core/types.js';

const changed = (path: string): ChangedFile => ({
  path,
  status: 'modified',
  headText: '',
  baseText: '',
  headChangedLines: [],
  baseChangedLines: [],
});

describe('neighbours of changed Terraform files', () => {
  it('reads the unchanged .tf and .tfvars files of each changed module directory, and nothing else', async () => {
    const listed: string[] = [];
    const tree: Record<string, { path: string; id: string }[]> = {
      'infra/prod': [
        { path: 'infra/prod/terraform.tfvars', id: 'a' },
        { path: 'infra/prod/main.tf', id: 'b' },
        { path: 'infra/prod/README.md', id: 'c' },
      ],
    };
    const found = await readNeighbours(
      [changed('infra/prod/terraform.tfvars'), changed('src/app.ts')],
      async (dir) => {
        listed.push(dir);
        return tree[dir] ?? [];
      },
      async (ids) => new Map(ids.map((id) => [id, `text of ${id}`])),
    );
    expect(listed).toEqual(['infra/prod']);
    expect(found).toEqual([{ path: 'infra/prod/main.tf', text: 'text of b' }]);
  });
});
