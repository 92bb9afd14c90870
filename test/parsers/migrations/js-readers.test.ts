import { describe, expect, it } from 'vitest';
import { readerFor } from '../../../src/parsers/migrations/readers.js';
import { lineAt, readMigration } from './read-js.js';

const KNEX_JS = `/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = async function (knex) {
  await knex.schema.alterTable('orders', (table) => {
    table.dropForeign('customer_id');
    table.dropColumn('customer_id');
    table.dropColumns('fax', 'telex');
  });
  await knex('sessions').del();
  await knex('carts').where('abandoned', true).del();
  await knex('audit').delete().where('id', 1);
  await knex.raw(\`UPDATE orders
    SET note = 'it\\'s'\`);
  await knex.raw('DROP TABLE ' + tableName);
  await knex.raw('TRUNCATE ??', [tableName]);
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = async function (knex) {
  await knex.schema.dropTableIfExists('orders');
};
`;

const KNEX_TS = `import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("audit_exports", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
  });
  await knex.schema.alterTable("products", (table) => {
    table.integer("price").alter();
  });
  await knex("tmp_imports").truncate();
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("products", (table) => {
    table.decimal("price", 10, 2).alter();
  });
  await knex.schema.raw(\`DROP TABLE audit_exports\`);
}
`;

const TYPEORM = `import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";

export class Cleanup1718098212000 implements MigrationInterface {
    name = 'Cleanup1718098212000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`ALTER TABLE "user" DROP COLUMN "fax"\`);
        await queryRunner.dropColumn("order", "legacy_code");
        await queryRunner.dropColumns("order", [new TableColumn({ name: "a", type: "int" }), "b"]);
        await queryRunner.changeColumn("product", "name", new TableColumn({ name: "name", type: "varchar", length: "50" }));
        await queryRunner.clearTable("cache");
        await queryRunner.query(\`DROP TABLE "\${table}"\`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.changeColumn("product", "name", new TableColumn({ name: "name", type: "varchar", length: "255" }));
        await queryRunner.query(\`ALTER TABLE "user" ADD "fax" character varying\`);
        await queryRunner.dropTable("notification_preferences");
    }
}
`;

const SEQUELIZE = `'use strict';

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up (queryInterface, Sequelize) {
    await queryInterface.removeColumn('Users', 'fax');
    await queryInterface.bulkDelete('Sessions', null, {});
    await queryInterface.bulkDelete('Carts', { abandoned: true }, {});
    await queryInterface.bulkDelete('Cache', {}, { truncate: true });
    await queryInterface.changeColumn('Products', 'price', { type: Sequelize.INTEGER });
    await queryInterface.changeColumn('Products', 'title', { type: Sequelize.STRING(500) });
    await queryInterface.sequelize.query("DELETE FROM \\"Logs\\"");
  },

  async down (queryInterface, Sequelize) {
    await queryInterface.changeColumn('Products', 'title', { type: Sequelize.STRING(255) });
    await queryInterface.dropTable('Users');
  }
};
`;

describe('recognising JS and TS migrations', () => {
  it('tells the frameworks apart by content, not only by folder', () => {
    expect(readerFor('migrations/20240612_x.js', KNEX_JS)?.framework).toBe('knex');
    expect(readerFor('db/20240612_x.ts', KNEX_TS)?.framework).toBe('knex');
    expect(readerFor('src/somewhere/1718098212000-Cleanup.ts', TYPEORM)?.framework).toBe('typeorm');
    expect(readerFor('db/changes/20240612-cleanup.js', SEQUELIZE)?.framework).toBe('sequelize');
  });

  it('leaves ordinary application code alone', () => {
    expect(readerFor('src/db.js', "const knex = require('knex')(config);\nmodule.exports = knex;\n")).toBeUndefined();
    expect(
      readerFor('src/users.ts', 'export async function load(knex: Knex) { return knex("users"); }\n'),
    ).toBeUndefined();
    expect(readerFor('migrations/README.md', 'exports.up = function (knex) {}')).toBeUndefined();
  });
});

describe('the Knex reader', () => {
  it('reads drops, deletes, raw SQL and what only runs on rollback, each on its line', async () => {
    const doc = await readMigration('migrations/20240612093012_cleanup.js', KNEX_JS);
    const ops = doc.operations.map((o) => [o.kind, o.target, lineAt(KNEX_JS, o.span.start), o.rollbackOnly]);
    expect(ops).toEqual([
      ['drop-reference', 'orders.customer_id', 8, false],
      ['drop-column', 'orders.fax', 9, false],
      ['drop-column', 'orders.telex', 9, false],
      ['unbounded-delete', 'sessions', 11, false],
      ['drop-table', 'orders', 25, true],
    ]);
    expect(doc.sql).toHaveLength(1);
    const [sql] = doc.sql;
    expect(sql!.text).toBe("UPDATE orders\n    SET note = 'it's'");
    // The escape decodes to one character; what follows it still maps to the file.
    expect(lineAt(KNEX_JS, sql!.toFile(sql!.text.indexOf('SET')))).toBe(15);
    expect(KNEX_JS.slice(sql!.toFile(sql!.text.indexOf("s'")), sql!.toFile(sql!.text.length))).toBe("s'");
    expect(doc.dynamicSql.map((d) => [d.reason, lineAt(KNEX_JS, d.span.start)])).toEqual([
      ['concatenation', 16],
      ['an identifier binding (??)', 17],
    ]);
  });

  it('reads the TypeScript template: .alter() narrowing against the down side, truncate, schema.raw in down', async () => {
    const doc = await readMigration('migrations/20240612093012_products.ts', KNEX_TS);
    const ops = doc.operations.map((o) => [o.kind, o.target, o.detail, lineAt(KNEX_TS, o.span.start), o.rollbackOnly]);
    expect(ops).toEqual([
      ['lossy-type-change', 'products.price', 'numeric(10,2) -> integer', 8, false],
      ['truncate', 'tmp_imports', undefined, 10, false],
    ]);
    // knex.raw inside defaultTo() is a fragment of the column, not SQL run on its own.
    expect(doc.sql.map((s) => [s.text, s.rollbackOnly, lineAt(KNEX_TS, s.unit.start)])).toEqual([
      ['DROP TABLE audit_exports', true, 17],
    ]);
  });
});

describe('the TypeORM reader', () => {
  it('reads queryRunner calls and generated queries, down() as rollback only', async () => {
    const doc = await readMigration('src/migrations/1718098212000-Cleanup.ts', TYPEORM);
    const ops = doc.operations.map((o) => [o.kind, o.target, lineAt(TYPEORM, o.span.start), o.rollbackOnly]);
    expect(ops).toEqual([
      ['drop-column', 'order.legacy_code', 8, false],
      ['drop-column', 'order.a', 9, false],
      ['drop-column', 'order.b', 9, false],
      ['lossy-type-change', 'product.name', 10, false],
      ['truncate', 'cache', 11, false],
      ['drop-table', 'notification_preferences', 18, true],
    ]);
    expect(doc.operations[3]!.detail).toBe('varchar(255) -> varchar(50)');
    expect(doc.sql.map((s) => [s.text, lineAt(TYPEORM, s.toFile(0)), s.rollbackOnly])).toEqual([
      ['ALTER TABLE "user" DROP COLUMN "fax"', 7, false],
      ['ALTER TABLE "user" ADD "fax" character varying', 17, true],
    ]);
    expect(doc.dynamicSql.map((d) => [d.reason, lineAt(TYPEORM, d.span.start)])).toEqual([
      ['string interpolation', 12],
    ]);
  });
});

describe('the Sequelize reader', () => {
  it('reads queryInterface calls, bounded and unbounded bulkDelete, down as rollback only', async () => {
    const doc = await readMigration('migrations/20240612120000-cleanup.js', SEQUELIZE);
    const ops = doc.operations.map((o) => [o.kind, o.target, lineAt(SEQUELIZE, o.span.start), o.rollbackOnly]);
    expect(ops).toEqual([
      ['drop-column', 'Users.fax', 6, false],
      ['unbounded-delete', 'Sessions', 7, false],
      ['truncate', 'Cache', 9, false],
      ['lossy-type-change', 'Products.price', 10, false],
      // Rolling back narrows the title again (500 -> 255): only on rollback.
      ['lossy-type-change', 'Products.title', 16, true],
      ['drop-table', 'Users', 17, true],
    ]);
    expect(doc.sql.map((s) => [s.text, lineAt(SEQUELIZE, s.toFile(0))])).toEqual([['DELETE FROM "Logs"', 12]]);
    const text = doc.sql[0]!.text;
    // `\\"` in the source is one character of SQL: the quote after it maps past the escape.
    expect(SEQUELIZE.slice(doc.sql[0]!.toFile(text.indexOf('Logs')), doc.sql[0]!.toFile(text.length))).toBe('Logs\\"');
  });
});
