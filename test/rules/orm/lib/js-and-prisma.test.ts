import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changedFile, changeSetOf } from '../../../helpers/change-set.js';

async function findings(files: Parameters<typeof changeSetOf>[0]) {
  const decision = await check(changeSetOf(files), defaultPolicy());
  return {
    verdict: decision.verdict,
    found: decision.findings.map((f) => ({ rule: f.ruleId, line: f.line, side: f.side, rollbackOnly: f.rollbackOnly })),
  };
}

/** As `npx knex migrate:make create_audit_exports` writes it, filled in. */
const KNEX_CREATE = `/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = function(knex) {
  return knex.schema.createTable('audit_exports', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    table.string('status').notNullable().defaultTo('pending');
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = function(knex) {
  return knex.schema.dropTableIfExists('audit_exports');
};
`;

/** As `typeorm migration:generate` writes it. */
const TYPEORM_GENERATED = `import { MigrationInterface, QueryRunner } from "typeorm";

export class RemoveUserFax1718098212000 implements MigrationInterface {
    name = 'RemoveUserFax1718098212000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`ALTER TABLE "user" DROP COLUMN "fax"\`);
        await queryRunner.query(\`ALTER TABLE "user" ADD "timezone" character varying(64)\`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`ALTER TABLE "user" DROP COLUMN "timezone"\`);
        await queryRunner.query(\`ALTER TABLE "user" ADD "fax" character varying\`);
    }

}
`;

/** As `sequelize-cli migration:generate --name purge-sessions` writes it, filled in. */
const SEQUELIZE_PURGE = `'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.bulkDelete('Sessions', {}, {});
    await queryInterface.sequelize.query(\`DELETE FROM "Tokens" WHERE "expiresAt" < '\${cutoff}'\`);
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.bulkDelete('Sessions', null, {});
  }
};
`;

describe('orm rules over Knex, TypeORM and Sequelize migrations', () => {
  it('reports a drop in exports.down as rollback only and lets the change through', async () => {
    const { verdict, found } = await findings([
      addedFile('migrations/20240618140000_create_audit_exports.js', KNEX_CREATE),
    ]);
    expect(found).toEqual([{ rule: 'orm/drop-table', line: 17, side: 'head', rollbackOnly: true }]);
    expect(verdict).toBe('allow');
  });

  it('sends generated queryRunner.query SQL to the SQL family, on the line of the query', async () => {
    const { verdict, found } = await findings([
      addedFile('src/migrations/1718098212000-RemoveUserFax.ts', TYPEORM_GENERATED),
    ]);
    expect(found).toEqual([
      { rule: 'sql/drop-column', line: 7, side: 'head', rollbackOnly: false },
      { rule: 'sql/drop-column', line: 12, side: 'head', rollbackOnly: true },
    ]);
    expect(verdict).toBe('block');
  });

  it('reports an empty bulkDelete filter and SQL built by interpolation', async () => {
    const { found } = await findings([addedFile('migrations/20240618150000-purge-sessions.js', SEQUELIZE_PURGE)]);
    expect(found).toEqual([
      { rule: 'orm/unbounded-delete', line: 6, side: 'head', rollbackOnly: false },
      { rule: 'orm/dynamic-sql', line: 7, side: 'head', rollbackOnly: false },
      { rule: 'orm/unbounded-delete', line: 11, side: 'head', rollbackOnly: true },
    ]);
  });

  it('reports only the lines a modification changes', async () => {
    const base = KNEX_CREATE;
    const head = KNEX_CREATE.replace(
      "    table.string('status').notNullable().defaultTo('pending');\n",
      "    table.string('status').notNullable().defaultTo('pending');\n  }).then(() => knex('audit_events').truncate());\n  return knex.schema.alterTable('audit_exports', (table) => {\n",
    );
    const { found } = await findings([changedFile('migrations/20240618140000_create_audit_exports.js', base, head)]);
    expect(found).toEqual([{ rule: 'orm/truncate', line: 9, side: 'head', rollbackOnly: false }]);
  });
});

const SCHEMA_HEAD = `generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
`;

describe('orm rules over a Prisma schema change', () => {
  const base = `${SCHEMA_HEAD}
model User {
  id       Int      @id @default(autoincrement())
  email    String   @unique
  fullName String
  fax      String?
}

model Invitation {
  id    Int    @id
  token String
}
`;

  it('reports a removed model and field on the base side, at their lines', async () => {
    const head = `${SCHEMA_HEAD}
model User {
  id       Int      @id @default(autoincrement())
  email    String   @unique
  fullName String
}
`;
    const { verdict, found } = await findings([changedFile('prisma/schema.prisma', base, head)]);
    expect(found).toEqual([
      { rule: 'orm/drop-column', line: 14, side: 'base', rollbackOnly: false },
      { rule: 'orm/drop-table', line: 17, side: 'base', rollbackOnly: false },
    ]);
    expect(verdict).toBe('block');
  });

  it('does not report a rename that keeps the column through @map, nor the generated ADD COLUMN', async () => {
    const head = base.replace('  fullName String\n', '  name     String   @map("fullName")\n');
    const { verdict, found } = await findings([
      changedFile('prisma/schema.prisma', base, head),
      addedFile('prisma/migrations/20240618200000_rename/migration.sql', '-- no database change\n'),
    ]);
    expect(found).toEqual([]);
    expect(verdict).toBe('allow');
  });

  it('reports a changed database name: Prisma drops the old column', async () => {
    const head = base.replace('  fullName String\n', '  fullName String   @map("full_name")\n');
    const { found } = await findings([changedFile('prisma/schema.prisma', base, head)]);
    expect(found).toEqual([{ rule: 'orm/drop-column', line: 13, side: 'base', rollbackOnly: false }]);
  });

  it('reports a lossy type change on the head line', async () => {
    const head = base.replace('  fullName String\n', '  fullName String   @db.VarChar(50)\n');
    const { found } = await findings([changedFile('prisma/schema.prisma', base, head)]);
    expect(found).toEqual([{ rule: 'orm/lossy-type-change', line: 13, side: 'head', rollbackOnly: false }]);
  });

  it('fails closed on a schema it cannot parse', async () => {
    const head = base.replace('  fax      String?\n', '  fax\n');
    const { verdict, found } = await findings([changedFile('prisma/schema.prisma', base, head)]);
    expect(found.map((f) => f.rule)).toContain('core/unreadable-file');
    expect(verdict).toBe('block');
  });
});
