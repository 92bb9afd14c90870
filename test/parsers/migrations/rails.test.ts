import { describe, expect, it } from 'vitest';
import { railsReader } from '../../../src/parsers/migrations/rails.js';
import { addedFile } from '../../helpers/change-set.js';
import { readMigration } from './read.js';

const PATH = 'db/migrate/20261121000000_example.rb';
const migration = (body: string, name = 'Example') => `class ${name} < ActiveRecord::Migration[7.1]\n${body}end\n`;

describe('the Rails migration reader', () => {
  it('recognises a migration by its class as well as by its folder, and not application code', () => {
    const text = migration('  def change\n    drop_table :a\n  end\n');
    expect(railsReader.recognises('lib/tasks/moved_migration.rb', text)).toBe(true);
    expect(railsReader.recognises('db/migrate/20261121000000_x.rb', 'puts 1\n')).toBe(true);
    expect(
      railsReader.recognises(
        'app/models/order.rb',
        'class Order < ApplicationRecord\n  def purge\n    Order.delete_all\n  end\nend\n',
      ),
    ).toBe(false);
    expect(railsReader.recognises('notes/migration.txt', text)).toBe(false);
  });

  it('reads drops in change and up as forward, in down and dir.down as rollback-only', async () => {
    const text = migration(
      [
        '  def change',
        '    remove_column :customers, :fax, :string',
        '    reversible do |dir|',
        '      dir.up { remove_reference :users, :account, foreign_key: true }',
        '      dir.down { drop_table :scratch }',
        '    end',
        '  end',
        '',
        '  def self.down',
        '    drop_table :orders',
        '  end',
        '',
      ].join('\n'),
    );
    const { operations } = await readMigration(PATH, text);
    expect(operations).toEqual([
      { kind: 'drop-column', call: 'remove_column', target: 'customers.fax', line: 3, rollbackOnly: false },
      { kind: 'drop-reference', call: 'remove_reference', target: 'users.account_id', line: 5, rollbackOnly: false },
      { kind: 'drop-table', call: 'drop_table', target: 'scratch', line: 6, rollbackOnly: true },
      { kind: 'drop-table', call: 'drop_table', target: 'orders', line: 11, rollbackOnly: true },
    ]);
  });

  it('reads remove_columns column by column, change_table blocks, and ignores remove_index', async () => {
    const text = migration(
      [
        '  def change',
        '    remove_columns :users,',
        '                   :fax,',
        '                   :pager',
        '    remove_index :users, :email',
        '    remove_foreign_key :users, :accounts',
        '    change_table :orders do |t|',
        '      t.remove :legacy_total',
        '      t.remove_references :coupon',
        '      t.index :status',
        '    end',
        '    create_table :carts, force: :cascade do |t|',
        '      t.string :token',
        '    end',
        '  end',
        '',
      ].join('\n'),
    );
    const { operations } = await readMigration(PATH, text);
    expect(operations.map((o) => [o.kind, o.target, o.line])).toEqual([
      ['drop-column', 'users.fax', 4],
      ['drop-column', 'users.pager', 5],
      ['drop-column', 'orders.legacy_total', 9],
      ['drop-reference', 'orders.coupon_id', 10],
      ['drop-table', 'carts', 13],
    ]);
  });

  it('flags lossy change_column, comparing with the type the other direction restores', async () => {
    const text = migration(
      [
        '  def up',
        '    change_column :products, :price, :integer',
        '    change_column :orders, :notes, :text',
        '    change_column :users, :name, :string, limit: 50',
        '  end',
        '',
        '  def down',
        '    change_column :products, :price, :decimal, precision: 10, scale: 2',
        '  end',
        '',
      ].join('\n'),
    );
    const { operations } = await readMigration(PATH, text);
    expect(operations).toEqual([
      {
        kind: 'lossy-type-change',
        call: 'change_column',
        target: 'products.price',
        line: 3,
        rollbackOnly: false,
        detail: 'decimal(10,2) -> integer',
      },
      {
        kind: 'lossy-type-change',
        call: 'change_column',
        target: 'users.name',
        line: 5,
        rollbackOnly: false,
        detail: 'current type unknown -> string(50)',
      },
    ]);
  });

  it('reads delete_all and destroy_all only when nothing narrows the rows', async () => {
    const text = migration(
      [
        '  def up',
        '    Session.delete_all',
        '    Session.all.destroy_all',
        '    Admin::AuditLog.unscoped.in_batches.delete_all',
        '    Session.where(expired: true).delete_all',
        '    user.sessions.delete_all',
        '    Coupon.find_each(&:destroy)',
        '    Coupon.expired.find_each(&:destroy)',
        '  end',
        '',
      ].join('\n'),
    );
    const { operations } = await readMigration(PATH, text);
    expect(operations.map((o) => [o.kind, o.call, o.target, o.line])).toEqual([
      ['unbounded-delete', 'delete_all', 'Session', 3],
      ['unbounded-delete', 'destroy_all', 'Session', 4],
      ['unbounded-delete', 'delete_all', 'Admin::AuditLog', 5],
      ['unbounded-delete', 'find_each(&:destroy)', 'Coupon', 8],
    ]);
  });

  it('reads truncate through the connection', async () => {
    const text = migration('  def up\n    connection.truncate(:audit_events)\n    truncate_tables :a, :b\n  end\n');
    const { operations } = await readMigration(PATH, text);
    expect(operations.map((o) => [o.kind, o.target, o.line])).toEqual([
      ['truncate', 'audit_events', 3],
      ['truncate', 'a', 4],
      ['truncate', 'b', 4],
    ]);
  });

  it('embeds execute SQL with exact offsets, heredocs included, and rollback from def down', async () => {
    const text = migration(
      [
        '  def up',
        "    execute 'DELETE FROM it\\'s'",
        '    execute <<~SQL',
        '      UPDATE orders SET total = 0;',
        '      DROP TABLE legacy;',
        '    SQL',
        '    connection.execute("TRUNCATE\\tcarts")',
        '  end',
        '',
        '  def down',
        '    execute(<<~SQL.squish)',
        '      DROP TABLE orders',
        '    SQL',
        '  end',
        '',
      ].join('\n'),
    );
    const { sql } = await readMigration(PATH, text);
    expect(sql.map((s) => [s.call, s.text.trim(), s.rollbackOnly, s.roundTrip])).toEqual([
      ['execute', "DELETE FROM it's", false, true],
      ['execute', 'UPDATE orders SET total = 0;\n      DROP TABLE legacy;', false, true],
      ['execute', 'TRUNCATE\tcarts', false, true],
      ['execute', 'DROP TABLE orders', true, true],
    ]);
    expect(sql[1]!.lineOf('DROP TABLE legacy')).toBe(6);
    expect(sql[3]!.lineOf('DROP')).toBe(13);
  });

  it('reads interpolated, concatenated and formatted SQL as dynamic; a local assigned once as its literal', async () => {
    const text = migration(
      [
        '  def up',
        '    shards.each { |s| execute "DROP TABLE #{s}" }',
        '    execute "DELETE FROM " + table',
        "    execute format('DELETE FROM %s', table)",
        '    execute <<~SQL',
        '      DROP TABLE #{name}',
        '    SQL',
        "    statement = 'DROP TABLE old_orders'",
        '    execute statement',
        '  end',
        '',
      ].join('\n'),
    );
    const { sql, dynamicSql } = await readMigration(PATH, text);
    expect(dynamicSql).toEqual([
      { call: 'execute', reason: 'string interpolation', line: 3, rollbackOnly: false },
      { call: 'execute', reason: 'concatenation', line: 4, rollbackOnly: false },
      { call: 'execute', reason: 'format', line: 5, rollbackOnly: false },
      { call: 'execute', reason: 'string interpolation', line: 6, rollbackOnly: false },
    ]);
    expect(sql.map((s) => [s.text, s.lineOf('DROP')])).toEqual([['DROP TABLE old_orders', 9]]);
  });

  it('reads a revert block backwards: additions drop, removals add back, dir.down runs forward', async () => {
    const text = migration(
      [
        '  def change',
        '    revert do',
        '      add_reference :customers, :region, polymorphic: true',
        '      add_timestamps :coupons',
        '      remove_column :customers, :fax, :string',
        '      drop_table :scratch do |t|',
        '        t.string :name',
        '      end',
        '      change_table :orders do |t|',
        '        t.string :gift_note, :gift_wrap',
        '        t.references :coupon',
        '        t.remove :legacy_total',
        '        t.index :status',
        '      end',
        '      reversible do |dir|',
        '        dir.up { execute "CREATE TABLE tmp_a (id int)" }',
        '        dir.down { execute "DROP TABLE archived_orders" }',
        '      end',
        '    end',
        '  end',
        '',
      ].join('\n'),
    );
    const { operations, sql } = await readMigration(PATH, text);
    expect(operations.map((o) => [o.kind, o.call, o.target, o.line, o.rollbackOnly])).toEqual([
      ['drop-reference', 'revert { add_reference }', 'customers.region_id', 4, false],
      ['drop-column', 'revert { add_timestamps }', 'coupons.created_at and coupons.updated_at', 5, false],
      ['drop-column', 'revert { t.string }', 'orders.gift_note', 11, false],
      ['drop-column', 'revert { t.string }', 'orders.gift_wrap', 11, false],
      ['drop-reference', 'revert { t.references }', 'orders.coupon_id', 12, false],
    ]);
    expect(sql.map((s) => [s.text, s.rollbackOnly])).toEqual([
      ['CREATE TABLE tmp_a (id int)', true],
      ['DROP TABLE archived_orders', false],
    ]);
  });

  it('reads revert ClassName as that migration run backwards, at the class name', async () => {
    const created = migration(
      [
        '  def change',
        '    create_join_table :customers, :coupons',
        '    add_column :customers, :tier, :string',
        '    remove_column :customers, :fax, :string',
        '  end',
        '',
      ].join('\n'),
      'CreateCouponsCustomers',
    );
    const upDown = migration(
      [
        '  def up',
        '    create_table :ledgers',
        '  end',
        '',
        '  def down',
        '    drop_table :ledgers',
        '    execute "DELETE FROM audit_entries"',
        '  end',
        '',
      ].join('\n'),
      'AddLedgers',
    );
    const text = migration(
      ['  def change', '    revert CreateCouponsCustomers, AddLedgers', '    revert MissingOne', '  end', ''].join(
        '\n',
      ),
      'UndoThings',
    );
    const files = [
      addedFile('db/migrate/20250101000000_create_coupons_customers.rb', created),
      addedFile('db/migrate/20250102000000_add_ledgers.rb', upDown),
      // Named like the class but defining another one: not the reverted migration.
      addedFile('db/migrate/20250103000000_missing_one.rb', migration('  def change\n  end\n', 'Other')),
    ];
    const { operations, sql, dynamicSql } = await readMigration(PATH, text, files);
    expect(operations.map((o) => [o.kind, o.call, o.target, o.line])).toEqual([
      ['drop-table', 'revert CreateCouponsCustomers', 'coupons_customers', 3],
      ['drop-column', 'revert CreateCouponsCustomers', 'customers.tier', 3],
      ['drop-table', 'revert AddLedgers', 'ledgers', 3],
    ]);
    expect(sql.map((s) => [s.text, s.call, s.lineOf('DELETE'), s.rollbackOnly])).toEqual([
      ['DELETE FROM audit_entries', 'revert AddLedgers', 3, false],
    ]);
    expect(dynamicSql).toEqual([
      {
        call: 'revert',
        reason: 'undoing MissingOne, a migration whose file two-key could not read',
        line: 4,
        rollbackOnly: false,
      },
    ]);
  });

  it('judges a down change_column against the type up gave, and a column created just before as empty', async () => {
    const text = migration(
      [
        '  def up',
        '    change_column :invoices, :status, :string, limit: 64',
        '    add_column :invoices, :code, :string',
        '    change_column :invoices, :code, :string, limit: 3',
        '  end',
        '',
        '  def down',
        '    change_column :invoices, :status, :string, limit: 20',
        '    remove_column :invoices, :code',
        '  end',
        '',
      ].join('\n'),
    );
    const { operations } = await readMigration(PATH, text);
    expect(operations).toEqual([
      {
        kind: 'lossy-type-change',
        call: 'change_column',
        target: 'invoices.status',
        line: 9,
        rollbackOnly: true,
        detail: 'string(64) -> string(20)',
      },
    ]);
  });

  it('fails closed on a migration with a syntax error', async () => {
    await expect(readMigration(PATH, migration('  def up\n    drop_table :a,\n  end\n'))).rejects.toThrow(
      /Ruby syntax error at line/,
    );
  });
});
