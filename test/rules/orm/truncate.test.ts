import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Knex through knex.table, in TypeScript
    {
      code: "import type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n  await knex.table('audit_events').truncate();\n}\n\nexport async function down(knex: Knex): Promise<void> {}\n",
      path: 'migrations/20261121000000_change.ts',
      line: 4,
      messageId: 'truncate',
    },
    // an Eloquent model truncate
    {
      code: '<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        AuditEvent::truncate();\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n',
      path: 'database/migrations/2026_11_21_000000_change.php',
      line: 10,
      messageId: 'truncate',
    },
  ],
  valid: [
    {
      code: "import type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n  await knex.schema.table('audit_events', (t) => t.string('actor'));\n}\n\nexport async function down(knex: Knex): Promise<void> {}\n",
      path: 'migrations/20261121000000_change.ts',
    },
    {
      code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        AuditEvent::where('id', 1)->update(['seen' => true]);\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
      path: 'database/migrations/2026_11_21_000000_change.php',
    },
  ],
};

ruleTester('orm/truncate', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('orm/truncate', cases.invalid)).toMatchInlineSnapshot(`
    "migrations/20261121000000_change.ts:4:36 orm/truncate
    4 |   await knex.table('audit_events').truncate();
      |                                    ^^^^^^^^ truncate empties audit_events

    database/migrations/2026_11_21_000000_change.php:10:21 orm/truncate
    10 |         AuditEvent::truncate();
       |                     ^^^^^^^^ AuditEvent::truncate() empties AuditEvent"
  `);
});
