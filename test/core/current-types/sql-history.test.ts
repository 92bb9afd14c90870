import { describe, expect, it } from 'vitest';
import { check } from '../../../src/engine/engine.js';
import { defaultPolicy } from '../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../helpers/change-set.js';
import { judge, tree } from './harness.js';

const blocking = (d: Awaited<ReturnType<typeof judge>>) => d.findings.filter((f) => f.blocking).map((f) => f.line);

describe('SQL migrations: the current type from the migrations before this one', () => {
  it('ignores the down section of an earlier dbmate or goose migration (its DROP TABLE undoes nothing)', async () => {
    const dbmate = await judge(
      'db/migrations/20261202000000_widen.sql',
      '-- migrate:up\nALTER TABLE meters ALTER COLUMN serial TYPE varchar(64);\n\n-- migrate:down\nALTER TABLE meters ALTER COLUMN serial TYPE varchar(32);\n',
      {
        'db/migrations/20261201000000_meters.sql':
          '-- migrate:up\nCREATE TABLE meters (id bigint, serial varchar(32));\n\n-- migrate:down\nDROP TABLE meters;\n',
      },
    );
    expect(dbmate.verdict).toBe('allow');
    const goose = await judge(
      'db/migrations/00006_narrow.sql',
      '-- +goose Up\nALTER TABLE meters ALTER COLUMN serial TYPE varchar(16);\n-- +goose Down\nALTER TABLE meters ALTER COLUMN serial TYPE varchar(32);\n',
      {
        'db/migrations/00005_meters.sql':
          '-- +goose Up\nCREATE TABLE meters (id bigint, serial varchar(32));\n-- +goose Down\nDROP TABLE meters;\n',
      },
    );
    expect(goose.verdict).toBe('block');
    expect(goose.findings[0]!.message).toContain('from varchar(32) to varchar(16)');
  });

  it('does not replay golang-migrate down files among the up files', async () => {
    const d = await judge(
      'db/migrations/000003_widen.up.sql',
      'ALTER TABLE meters ALTER COLUMN serial TYPE varchar(64);\n',
      {
        'db/migrations/000001_meters.up.sql': 'CREATE TABLE meters (id bigint, serial varchar(32));\n',
        'db/migrations/000001_meters.down.sql': 'DROP TABLE meters;\n',
        'db/migrations/000002_x.up.sql': 'CREATE TABLE readings (id bigint);\n',
        // sorts after the up file of migration 1: replayed, it would forget the table
        'db/migrations/000002_x.down.sql': 'DROP TABLE meters;\n',
      },
    );
    expect(d.verdict).toBe('allow');
    expect(d.findings.map((f) => f.downgradedBecause)).toEqual([
      expect.stringContaining('meters.serial is varchar(32) now'),
    ]);
  });

  it('reads a USING that only casts the column to its new type as no USING (Django sqlmigrate)', async () => {
    const base = { 'db/migrations/0001_init.sql': 'CREATE TABLE core_recipe (id int, title varchar(100));\n' };
    const widen = await judge(
      'db/migrations/0002_widen.sql',
      'BEGIN;\nALTER TABLE "core_recipe" ALTER COLUMN "title" TYPE varchar(255) USING "title"::varchar(255);\nCOMMIT;\n',
      base,
    );
    expect(widen.verdict).toBe('allow');
    // A cast to a narrower type than the column's new one still cuts.
    const cut = await judge(
      'db/migrations/0002_widen.sql',
      'ALTER TABLE core_recipe ALTER COLUMN title TYPE varchar(255) USING title::varchar(10);\n',
      base,
    );
    expect(blocking(cut)).toEqual([1]);
    const narrow = await judge(
      'db/migrations/0002_narrow.sql',
      'ALTER TABLE "core_recipe" ALTER COLUMN "title" TYPE varchar(50) USING "title"::varchar(50);\n',
      base,
    );
    expect(blocking(narrow)).toEqual([1]);
  });

  it('compares MySQL integers without their UNSIGNED and display width, and ENUMs by their values', async () => {
    const base = {
      'db/mysql/V1__init.sql':
        "CREATE TABLE orders (id BIGINT UNSIGNED, qty INT(11), status ENUM('new','paid','refunded')) ENGINE=InnoDB;\n",
    };
    const cases: [string, number[]][] = [
      ['ALTER TABLE orders MODIFY qty TINYINT UNSIGNED NOT NULL;', [1]],
      ['ALTER TABLE orders MODIFY qty BIGINT NOT NULL;', []],
      ['ALTER TABLE orders MODIFY id BIGINT NOT NULL;', [1]],
      ["ALTER TABLE orders MODIFY status ENUM('new','paid') NOT NULL;", [1]],
      ["ALTER TABLE orders MODIFY status ENUM('new','paid','refunded','void') NOT NULL;", []],
    ];
    for (const [sql, lines] of cases) {
      expect(blocking(await judge('db/mysql/V2__change.sql', `${sql}\n`, base)), sql).toEqual(lines);
    }
    // Blind, a bounded target still blocks.
    expect(blocking(await judge('db/mysql/V2__change.sql', 'ALTER TABLE t MODIFY c SMALLINT UNSIGNED;\n'))).toEqual([
      1,
    ]);
  });

  it('reads a SQLite rebuild that fills NULLs with IFNULL/COALESCE as keeping every column (Atlas, Django)', async () => {
    const base = { 'db/sqlite/001_users.sql': 'CREATE TABLE users (id integer PRIMARY KEY, name text, email text);\n' };
    const rebuild = (select: string) =>
      [
        'PRAGMA foreign_keys = off;',
        'CREATE TABLE `new_users` (`id` integer NOT NULL, `name` text NOT NULL, `email` text NULL, PRIMARY KEY (`id`));',
        `INSERT INTO \`new_users\` (\`id\`, \`name\`, \`email\`) SELECT ${select} FROM \`users\`;`,
        'DROP TABLE `users`;',
        'ALTER TABLE `new_users` RENAME TO `users`;',
        'PRAGMA foreign_keys = on;',
        '',
      ].join('\n');
    const drops = async (select: string) => {
      const d = await check(
        changeSetOf([addedFile('db/sqlite/002_rebuild.sql', rebuild(select))], { baseTree: tree(base) }),
        defaultPolicy(),
      );
      return d.findings.filter((f) => f.ruleId === 'sql/drop-table' && f.blocking).map((f) => f.line);
    };
    expect(await drops("`id`, IFNULL(`name`, ''), `email`")).toEqual([]);
    expect(await drops("`id`, COALESCE(`name`, 'unknown'), `email`")).toEqual([]);
    // A function that can cut a value, a filler from another column, or a column left out: rows lost.
    expect(await drops('`id`, substr(`name`, 1, 10), `email`')).toEqual([4]);
    expect(await drops('`id`, IFNULL(`name`, `email`), `email`')).toEqual([4]);
    expect(await drops("`id`, IFNULL(`name`, '')")).toEqual([4]);
  });

  it('lets the drop of a generated column through as a note; an identity column or a plain one blocks', async () => {
    const dropped = async (path: string, base: Record<string, string>, sql: string) => {
      const d = await check(changeSetOf([addedFile(path, sql)], { baseTree: tree(base) }), defaultPolicy());
      return d.findings.filter((f) => f.ruleId === 'sql/drop-column').map((f) => [f.line, f.blocking]);
    };
    const mysql = {
      'migrations/20260101000000_init.sql':
        "CREATE TABLE `users` (`id` int NOT NULL, `first` varchar(50), `last` varchar(50), `full_name` varchar(101) AS (CONCAT(`first`, ' ', `last`)) VIRTUAL, PRIMARY KEY (`id`)) ENGINE=InnoDB;\n",
    };
    expect(
      await dropped('migrations/20260301000000_x.sql', mysql, 'ALTER TABLE `users` DROP COLUMN `full_name`;\n'),
    ).toEqual([[1, false]]);
    expect(
      await dropped('migrations/20260301000000_x.sql', mysql, 'ALTER TABLE `users` DROP COLUMN `last`;\n'),
    ).toEqual([[1, true]]);
    const pg = {
      'db/migrations/0001_init.sql':
        'CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY, net numeric(12,2), gross numeric(12,2) GENERATED ALWAYS AS (net * 1.2) STORED);\n',
      'db/migrations/0002_tax.sql':
        'ALTER TABLE invoices ADD COLUMN tax numeric(12,2) GENERATED ALWAYS AS (net * 0.2) STORED;\n',
    };
    const sql =
      'ALTER TABLE invoices DROP COLUMN gross;\nALTER TABLE invoices DROP COLUMN tax;\nALTER TABLE invoices DROP COLUMN id;\n';
    expect(await dropped('db/migrations/0003_drop.sql', pg, sql)).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
  });
});
