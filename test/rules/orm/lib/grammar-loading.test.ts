import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { loadedGrammars } from '../../../../src/parsers/tree-sitter/loader.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changedFile, changeSetOf } from '../../../helpers/change-set.js';

// Vitest runs every test file in its own worker with its own module registry (vitest.config.ts
// sets no `isolate: false`), so the loader starts here with no grammar loaded. The tests run in
// order and each adds what it loads to what the previous one left.
describe('grammar loading for framework migrations', () => {
  it('loads no grammar for a change with no code in it: SQL, a Prisma schema, configuration, docs', async () => {
    const schema = 'model User {\n  id Int @id\n}\n';
    const decision = await check(
      changeSetOf([
        addedFile('db/migrations/V7__drop_orders.sql', 'DROP TABLE orders;\n'),
        changedFile('prisma/schema.prisma', schema, schema.replace('}', '  name String?\n}')),
        addedFile('config/settings.yml', 'retries: 3\n'),
        addedFile('README.md', '# shop\n'),
      ]),
      defaultPolicy(),
    );
    expect(decision.findings.map((f) => f.ruleId)).toEqual(['sql/drop-table']);
    expect(loadedGrammars()).toEqual([]);
  });

  it('loads only the grammar of the framework a migration belongs to', async () => {
    const rails = 'class DropOrders < ActiveRecord::Migration[7.1]\n  def change\n    drop_table :orders\n  end\nend\n';
    await check(changeSetOf([addedFile('db/migrate/20261121000000_drop_orders.rb', rails)]), defaultPolicy());
    expect(loadedGrammars()).toEqual(['ruby']);
  });

  it('loads TypeScript, and nothing else, for a TypeORM migration', async () => {
    const typeorm =
      'import { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class Init1718098212000 implements MigrationInterface {\n    public async up(queryRunner: QueryRunner): Promise<void> {\n        await queryRunner.query(`CREATE TABLE "a" ("id" integer)`);\n    }\n}\n';
    await check(changeSetOf([addedFile('src/migrations/1718098212000-Init.ts', typeorm)]), defaultPolicy());
    // Bash too: the universal net reads the import's "typeorm" string as a candidate command (a
    // program of the command catalog) and parses it; no other code grammar is loaded.
    expect(loadedGrammars().sort()).toEqual(['bash', 'ruby', 'typescript']);
  });

  it('loads bash for a shell script, which is legitimately a file kind of its own', async () => {
    await check(changeSetOf([addedFile('scripts/deploy.sh', 'echo deploy\n')]), defaultPolicy());
    expect(loadedGrammars().sort()).toEqual(['bash', 'ruby', 'typescript']);
  });
});
