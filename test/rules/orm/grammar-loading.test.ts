import { expect, it } from 'vitest';
import { check } from '../../../src/core/engine.js';
import { loadedGrammars } from '../../../src/parsers/tree-sitter/loader.js';
import { defaultPolicy } from '../../../src/policy/defaults.js';
import { addedFile, changedFile, changeSetOf } from '../../helpers/change-set.js';

it('loads no grammar for a Prisma schema change and only TypeScript for a TypeORM migration', async () => {
  const schema = 'model User {\n  id Int @id\n}\n';
  await check(
    changeSetOf([
      changedFile('prisma/schema.prisma', schema, schema.replace('}', '  name String?\n}')),
      addedFile('src/db.ts', "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n"),
    ]),
    defaultPolicy(),
  );
  expect(loadedGrammars()).toEqual([]);
  await check(
    changeSetOf([
      addedFile(
        'src/migrations/1718098212000-Init.ts',
        'import { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class Init1718098212000 implements MigrationInterface {\n    public async up(queryRunner: QueryRunner): Promise<void> {\n        await queryRunner.query(`CREATE TABLE "a" ("id" integer)`);\n    }\n}\n',
      ),
    ]),
    defaultPolicy(),
  );
  expect(loadedGrammars()).toEqual(['typescript']);
});
