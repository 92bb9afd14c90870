import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a string name and if_exists
    {
      code: 'class Change < ActiveRecord::Migration[7.1]\n  def up\n    drop_table "legacy_orders", if_exists: true\n  end\nend\n',
      path: 'db/migrate/20261121000000_change.rb',
      line: 3,
      messageId: 'dropTable',
    },
    // Knex: a drop in down, undoing what up created, is reported as rollback only (it does not block)
    {
      code: "import type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n  await knex.schema.createTable('invites', (t) => t.increments());\n}\n\nexport async function down(knex: Knex): Promise<void> {\n  await knex.schema.dropTable('invites');\n}\n",
      path: 'migrations/20261121000000_change.ts',
      line: 8,
      messageId: 'dropTable',
    },
    // Knex in a TypeScript migration, IfExists variant
    {
      code: "import type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n  await knex.schema.dropTableIfExists('invitations');\n}\n\nexport async function down(knex: Knex): Promise<void> {}\n",
      path: 'migrations/20261121000000_change.ts',
      line: 4,
      messageId: 'dropTable',
    },
  ],
  valid: [
    // Knex: the drop commented out
    {
      code: "import type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n  // await knex.schema.dropTable('invitations');\n}\n\nexport async function down(knex: Knex): Promise<void> {}\n",
      path: 'migrations/20261121000000_change.ts',
    },
    // Laravel: renaming, not dropping
    {
      code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        Schema::rename('coupons', 'vouchers');\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
      path: 'database/migrations/2026_11_21_000000_change.php',
    },
  ],
};

ruleTester('orm/drop-table', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('orm/drop-table', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrate/20261121000000_change.rb:3:5 orm/drop-table
    3 |     drop_table "legacy_orders", if_exists: true
      |     ^^^^^^^^^^ drop_table drops legacy_orders and every row in it

    migrations/20261121000000_change.ts:8:21 orm/drop-table
    8 |   await knex.schema.dropTable('invites');
      |                     ^^^^^^^^^ knex.schema.dropTable drops invites and every row in it (rollback only)

    migrations/20261121000000_change.ts:4:21 orm/drop-table
    4 |   await knex.schema.dropTableIfExists('invitations');
      |                     ^^^^^^^^^^^^^^^^^ knex.schema.dropTableIfExists drops invitations and every row in it"
  `);
});

it('lets a DeleteModel of an unmanaged model through with a note: Django drops no table for it', async () => {
  const code = [
    'from django.db import migrations, models',
    '',
    '',
    'class Migration(migrations.Migration):',
    '    dependencies = []',
    '',
    '    operations = [',
    '        migrations.AlterModelOptions(name="legacyinvoice", options={"managed": False}),',
    '        migrations.DeleteModel(name="LegacyInvoice"),',
    '        migrations.DeleteModel(name="Invoice"),',
    '    ]',
    '',
  ].join('\n');
  const drops = (await findingsOf(code, 'billing/migrations/0007_cleanup.py')).filter(
    (f) => f.ruleId === 'orm/drop-table',
  );
  expect(drops.map((f) => [f.line, f.downgradedBecause !== undefined])).toEqual([
    [9, true],
    [10, false],
  ]);
  expect(drops[0]!.downgradedBecause).toMatch(/LegacyInvoice is unmanaged/);
});
