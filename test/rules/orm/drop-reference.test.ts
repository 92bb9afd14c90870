import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // remove_belongs_to, the alias
    {
      code: 'class Change < ActiveRecord::Migration[7.1]\n  def change\n    remove_belongs_to :posts, :author, index: true\n  end\nend\n',
      path: 'db/migrate/20261121000000_change.rb',
      line: 3,
      messageId: 'dropReference',
    },
    // Laravel dropConstrainedForeignId drops the key and the column
    {
      code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        Schema::table('posts', function ($table) {\n            $table->dropConstrainedForeignId('user_id');\n        });\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
      path: 'database/migrations/2026_11_21_000000_change.php',
      line: 11,
      messageId: 'dropReference',
    },
  ],
  valid: [
    // the constraint goes, the column stays
    {
      code: 'class Change < ActiveRecord::Migration[7.1]\n  def change\n    remove_foreign_key :posts, :users\n  end\nend\n',
      path: 'db/migrate/20261121000000_change.rb',
    },
    {
      code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        Schema::table('posts', function ($table) {\n            $table->dropForeign('posts_user_id_foreign');\n        });\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
      path: 'database/migrations/2026_11_21_000000_change.php',
    },
  ],
};

ruleTester('orm/drop-reference', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('orm/drop-reference', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrate/20261121000000_change.rb:3:5 orm/drop-reference
    3 |     remove_belongs_to :posts, :author, index: true
      |     ^^^^^^^^^^^^^^^^^ remove_belongs_to drops posts.author_id and the reference it held in every row

    database/migrations/2026_11_21_000000_change.php:11:21 orm/drop-reference
    11 |             $table->dropConstrainedForeignId('user_id');
       |                     ^^^^^^^^^^^^^^^^^^^^^^^^ $table->dropConstrainedForeignId drops posts.user_id and the reference it held in every row"
  `);
});
