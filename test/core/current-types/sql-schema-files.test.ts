import { describe, expect, it } from 'vitest';
import { judge } from './harness.js';

const PRISMA = [
  'generator client {',
  '  provider = "prisma-client-js"',
  '}',
  '',
  'datasource db {',
  '  provider = "postgresql"',
  '  url      = env("DATABASE_URL")',
  '}',
  '',
  'model Order {',
  '  id        Int      @id @default(autoincrement())',
  '  reference String   @db.VarChar(40)',
  '  total     Decimal  @db.Decimal(10, 2)',
  '  placedAt  DateTime @default(now()) @map("placed_at")',
  '',
  '  @@map("orders")',
  '}',
  '',
].join('\n');

const MIGRATION = 'prisma/migrations/20261201000000_alter_orders/migration.sql';

describe('SQL migrations: the current type from the Prisma schema beside them', () => {
  it('lets a widening through with the reason (VarChar(40) -> VARCHAR(120), @@map and @map followed)', async () => {
    const d = await judge(
      MIGRATION,
      '-- AlterTable\nALTER TABLE "orders" ALTER COLUMN "reference" SET DATA TYPE VARCHAR(120);\n',
      { 'prisma/schema.prisma': PRISMA },
    );
    expect(d.verdict).toBe('allow');
    // A bounded target is judged; known to be wider, it is a note that says where the type was read.
    expect(d.findings.map((f) => [f.line, f.blocking, f.downgradedBecause])).toEqual([
      [
        2,
        false,
        'widening: orders.reference is varchar(40) now (read from prisma/schema.prisma), and varchar(120) holds every value it holds',
      ],
    ]);
    // An id widened to bigint is a note that says where the type was read.
    const id = await judge(MIGRATION, 'ALTER TABLE "orders" ALTER COLUMN "id" SET DATA TYPE BIGINT;\n', {
      'prisma/schema.prisma': PRISMA,
    });
    expect(id).toEqual({ verdict: 'allow', findings: [] });
  });

  it('blocks a narrowing the blind reading let through (Decimal(10,2) -> DECIMAL(8,2), timestamp -> date)', async () => {
    const d = await judge(
      MIGRATION,
      [
        '-- AlterTable',
        'ALTER TABLE "orders" ALTER COLUMN "total" SET DATA TYPE DECIMAL(8,2),',
        'ALTER COLUMN "placed_at" SET DATA TYPE DATE;',
        '',
      ].join('\n'),
      { 'prisma/schema.prisma': PRISMA },
    );
    expect(d.verdict).toBe('block');
    expect(d.findings.map((f) => [f.line, f.blocking, f.message])).toEqual([
      [2, true, 'changing orders.total from decimal(10,2) to numeric(8,2) loses information in existing rows'],
      [3, true, 'changing orders.placed_at from timestamp(3) to date loses information in existing rows'],
    ]);
  });

  it('keeps the blind verdict, saying the type is unknown, for a table the schema does not hold', async () => {
    const d = await judge(MIGRATION, 'ALTER TABLE "invoices" ALTER COLUMN "id" SET DATA TYPE INTEGER;\n', {
      'prisma/schema.prisma': PRISMA,
    });
    expect(d.findings).toEqual([
      {
        ruleId: 'sql/lossy-type-change',
        line: 1,
        blocking: true,
        message:
          'changing invoices.id to integer can lose information in existing rows; its current type is unknown (no earlier migration or schema file defines it)',
      },
    ]);
  });
});

describe("SQL migrations: the current type from a dump beside them (dbmate's db/schema.sql)", () => {
  const SCHEMA = [
    'SET statement_timeout = 0;',
    '',
    'CREATE TABLE public.readings (',
    '    id bigint NOT NULL,',
    '    sensor_id smallint NOT NULL,',
    '    label character varying(30)',
    ');',
    '',
  ].join('\n');
  const PATH = 'db/migrations/20261201000000_alter_readings.sql';

  it('widening is a note with the reason, narrowing blocks', async () => {
    const widen = await judge(PATH, '-- migrate:up\nALTER TABLE readings ALTER COLUMN sensor_id TYPE integer;\n', {
      'db/schema.sql': SCHEMA,
    });
    expect(widen.findings).toEqual([
      {
        ruleId: 'sql/lossy-type-change',
        line: 2,
        blocking: false,
        message:
          'changing readings.sensor_id from smallint to integer keeps every stored value (the type is read from db/schema.sql)',
        downgradedBecause:
          'widening: readings.sensor_id is smallint now (read from db/schema.sql), and integer holds every value it holds',
      },
    ]);
    const narrow = await judge(PATH, '-- migrate:up\nALTER TABLE readings ALTER COLUMN label TYPE varchar(10);\n', {
      'db/schema.sql': SCHEMA,
    });
    expect(narrow.findings.map((f) => [f.line, f.blocking])).toEqual([[2, true]]);
    const cut = await judge(PATH, '-- migrate:up\nALTER TABLE readings ALTER COLUMN id TYPE integer;\n', {
      'db/schema.sql': SCHEMA,
    });
    expect(cut.findings.map((f) => [f.line, f.blocking])).toEqual([[2, true]]);
  });
});
