import { describe, expect, it } from 'vitest';
import { judge } from './harness.js';

const SCHEMA = [
  'ActiveRecord::Schema[7.1].define(version: 2026_01_10_000000) do',
  '  enable_extension "plpgsql"',
  '',
  '  create_table "products", force: :cascade do |t|',
  '    t.string "name", limit: 50, null: false',
  '    t.string "sku", limit: 32',
  '    t.decimal "price", precision: 10, scale: 2',
  '    t.bigint "stock"',
  '    t.text "notes"',
  '    t.datetime "created_at", null: false',
  '    t.index ["sku"], name: "index_products_on_sku", unique: true',
  '  end',
  'end',
  '',
].join('\n');

const migration = (lines: string[]) =>
  ['class ChangeProducts < ActiveRecord::Migration[7.1]', '  def up', ...lines, '  end', 'end', ''].join('\n');
const PATH = 'db/migrate/20261201000000_change_products.rb';

describe('Rails: the current type from db/schema.rb', () => {
  it('lets a widening through with the reason (string 50 -> 255)', async () => {
    const d = await judge(PATH, migration(['    change_column :products, :name, :string, limit: 255']), {
      'db/schema.rb': SCHEMA,
    });
    expect(d.verdict).toBe('allow');
    expect(d.findings).toEqual([
      {
        ruleId: 'orm/lossy-type-change',
        line: 3,
        blocking: false,
        message: 'change_column changes products.name (string(50) -> string(255)), which keeps every stored value',
        downgradedBecause:
          'widening: products.name is string(50) now (read from db/schema.rb), and string(255) holds every value it holds',
      },
    ]);
  });

  it('blocks a narrowing it could not see blind (decimal 10,2 -> 8,2) and a bigint cut to integer', async () => {
    const d = await judge(
      PATH,
      migration([
        '    change_column :products, :price, :decimal, precision: 8, scale: 2',
        '    change_table :products do |t|',
        '      t.change :stock, :integer',
        '    end',
      ]),
      { 'db/schema.rb': SCHEMA },
    );
    expect(d.verdict).toBe('block');
    expect(d.findings.map((f) => [f.line, f.blocking, f.message])).toEqual([
      [
        3,
        true,
        'change_column changes products.price (decimal(10,2) -> decimal(8,2)); existing values are truncated or rounded',
      ],
      [5, true, 't.change changes products.stock (bigint -> integer); existing values are truncated or rounded'],
    ]);
  });

  it('keeps the blind verdict, and says the type is unknown, for a column the schema does not hold', async () => {
    const d = await judge(PATH, migration(['    change_column :orders, :code, :string, limit: 20']), {
      'db/schema.rb': SCHEMA,
    });
    expect(d.verdict).toBe('block');
    expect(d.findings).toEqual([
      {
        ruleId: 'orm/lossy-type-change',
        line: 3,
        blocking: true,
        message:
          'change_column changes orders.code (current type unknown -> string(20)); existing values are truncated or rounded',
      },
    ]);
    // Without any schema file, the same.
    expect((await judge(PATH, migration(['    change_column :products, :name, :string, limit: 255']))).verdict).toBe(
      'block',
    );
  });

  it('reads db/structure.sql when there is no schema.rb, and db/<name>_schema.rb for db/<name>_migrate', async () => {
    const structure = [
      'SET statement_timeout = 0;',
      'CREATE TABLE public.products (',
      '    id bigint NOT NULL,',
      '    name character varying(50) NOT NULL,',
      '    price numeric(10,2)',
      ');',
      '',
    ].join('\n');
    const widen = await judge(PATH, migration(['    change_column :products, :name, :string, limit: 120']), {
      'db/structure.sql': structure,
    });
    expect(widen.findings.map((f) => [f.line, f.blocking, f.downgradedBecause])).toEqual([
      [
        3,
        false,
        'widening: products.name is string(50) now (read from db/structure.sql), and string(120) holds every value it holds',
      ],
    ]);
    const narrow = await judge(PATH, migration(['    change_column :products, :price, :integer']), {
      'db/structure.sql': structure,
    });
    expect(narrow.findings.map((f) => [f.line, f.blocking])).toEqual([[3, true]]);
    const animals = await judge(
      'db/animals_migrate/20261201000000_change_products.rb',
      migration(['    change_column :products, :name, :string, limit: 255']),
      { 'db/animals_schema.rb': SCHEMA },
    );
    expect(animals.findings.map((f) => [f.line, f.blocking])).toEqual([[3, false]]);
  });
});
