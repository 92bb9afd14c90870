import { describe, expect, it } from 'vitest';
import { parsePrismaSchema } from '../../../src/parsers/migrations/prisma/schema.js';
import { lineAt, readMigration } from './read-js.js';

const BASE = `// This is your Prisma schema file,
// learn more about it in the docs: https://pris.ly/d/prisma-schema

generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

enum Role {
  USER
  ADMIN
}

model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  fullName  String   @map("full_name")
  fax       String?
  role      Role     @default(USER)
  posts     Post[]
  createdAt DateTime @default(now()) @map("created_at")
}

model Post {
  id       Int     @id @default(autoincrement())
  title    String  @db.VarChar(255)
  price    Decimal @db.Decimal(10, 2)
  views    Int
  author   User    @relation(fields: [authorId], references: [id])
  authorId Int
}

model AuditLog {
  id      Int    @id
  payload Json

  @@map("audit_logs")
}
`;

const HEAD = `// This is your Prisma schema file,
// learn more about it in the docs: https://pris.ly/d/prisma-schema

generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

enum Role {
  USER
  ADMIN
}

model Account {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  name      String   @map("full_name")
  role      Role     @default(USER)
  createdAt DateTime @default(now()) @map("creation_time")

  @@map("User")
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String @db.VarChar(50)
  price    Int
  views    BigInt
}
`;

describe('the Prisma schema parser', () => {
  it('reads blocks, fields, types, modifiers and attributes with their positions', () => {
    const schema = parsePrismaSchema(BASE);
    expect(schema.errors).toEqual([]);
    expect(schema.blocks.map((b) => `${b.keyword} ${b.name}`)).toEqual([
      'generator client',
      'datasource db',
      'enum Role',
      'model User',
      'model Post',
      'model AuditLog',
    ]);
    const user = schema.blocks[3]!;
    const fax = user.fields.find((f) => f.name === 'fax')!;
    expect([fax.type, fax.optional, fax.list, lineAt(BASE, fax.nameSpan.start)]).toEqual(['String', true, false, 22]);
    expect(user.fields.find((f) => f.name === 'posts')!.list).toBe(true);
    const price = schema.blocks[4]!.fields.find((f) => f.name === 'price')!;
    expect(price.attributes.map((a) => [a.name, a.args])).toEqual([['db.Decimal', ['10', '2']]]);
    expect(schema.blocks[5]!.attributes.map((a) => [a.name, a.args])).toEqual([['map', ['audit_logs']]]);
    expect(schema.blocks[1]!.settings.get('url')).toMatchObject({ value: 'env("DATABASE_URL")', literal: false });
  });

  it('reports what it cannot read', () => {
    expect(parsePrismaSchema('model User {\n  id Int @id\n').errors).toHaveLength(1);
    expect(parsePrismaSchema('model User {\n  id\n}\n').errors[0]!.message).toBe('field id has no type');
  });
});

describe('the Prisma schema diff', () => {
  it('finds removed models and fields on the base side and lossy type changes on the head side', async () => {
    const doc = await readMigration('prisma/schema.prisma', HEAD, BASE);
    expect(doc.framework).toBe('prisma');
    expect(doc.baseOperations!.map((o) => [o.kind, o.target, lineAt(BASE, o.span.start)])).toEqual([
      // User renamed Account with @@map("User"): same table; full_name kept through @map.
      ['drop-column', 'User.fax', 22],
      // createdAt kept its Prisma name but its column moved from created_at to creation_time.
      ['drop-column', 'User.created_at', 25],
      // authorId is a column; the relation field author is not.
      ['drop-column', 'Post.authorId', 34],
      ['drop-table', 'audit_logs', 37],
    ]);
    expect(doc.operations.map((o) => [o.kind, o.target, o.detail, lineAt(HEAD, o.span.start)])).toEqual([
      ['lossy-type-change', 'Post.title', 'String @db.VarChar(255) -> String @db.VarChar(50)', 30],
      ['lossy-type-change', 'Post.price', 'Decimal @db.Decimal(10, 2) -> Int', 31],
    ]);
  });

  it('does not flag renames that keep the database name, widening, or an added field', async () => {
    const base = 'model User {\n  id    Int    @id\n  email String\n  bio   String @db.VarChar(100)\n}\n';
    const head =
      'model Member {\n  id           Int    @id\n  emailAddress String @map("email")\n  bio          String\n  nickname     String?\n\n  @@map("User")\n}\n';
    const doc = await readMigration('prisma/schema.prisma', head, base);
    expect([...doc.operations, ...doc.baseOperations!]).toEqual([]);
  });

  it('flags String -> Int and list -> scalar, not Int -> String', async () => {
    const base = 'model T {\n  id   Int      @id\n  code String\n  tags String[]\n  n    Int\n}\n';
    const head = 'model T {\n  id   Int      @id\n  code Int\n  tags String\n  n    String\n}\n';
    const doc = await readMigration('prisma/schema.prisma', head, base);
    expect(doc.operations.map((o) => [o.target, o.detail, lineAt(head, o.span.start)])).toEqual([
      ['T.code', 'String -> Int', 3],
      ['T.tags', 'String[] -> String', 4],
    ]);
  });
});
