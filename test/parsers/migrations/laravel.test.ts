import { describe, expect, it } from 'vitest';
import { readMigration, lineOfSql } from './read.js';

const PATH = 'database/migrations/2024_06_12_093012_remove_fax_from_customers_table.php';

/** The skeleton `php artisan make:migration` writes, with the given up() and down() bodies. */
function artisan(up: string, down = '        //'): string {
  return `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\DB;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    /**
     * Run the migrations.
     */
    public function up(): void
    {
${up}
    }

    /**
     * Reverse the migrations.
     */
    public function down(): void
    {
${down}
    }
};
`;
}
// up() bodies start on line 15, down() bodies on line 23 when up() has one line.

describe('the Laravel reader', () => {
  it('recognises a migration by its class, outside database/migrations too', async () => {
    const read = await readMigration('app/Legacy/cleanup.php', artisan("        Schema::drop('faxes');"));
    expect(read.framework).toBe('laravel');
    expect(read.operations).toEqual([
      { kind: 'drop-table', call: 'Schema::drop', target: 'faxes', line: 15, rollbackOnly: false },
    ]);
  });

  it('reports the down() drop of a create migration as rollback-only', async () => {
    const read = await readMigration(
      PATH,
      artisan(
        "        Schema::create('devices', function (Blueprint $table) {\n            $table->id();\n        });",
        "        Schema::dropIfExists('devices');",
      ),
    );
    expect(read.operations).toEqual([
      { kind: 'drop-table', call: 'Schema::dropIfExists', target: 'devices', line: 25, rollbackOnly: true },
    ]);
  });

  it('reads dropColumn, dropForeign with its column, and the fixed-column drops inside Schema::table', async () => {
    const up = `        Schema::table('customers', function (Blueprint $table) {
            $table->dropColumn(['fax', 'telex']);
            $table->dropForeign(['account_id']);
            $table->dropColumn('account_id');
            $table->dropForeign('customers_region_id_foreign');
            $table->dropMorphs('taggable');
            $table->dropTimestamps();
            $table->dropSoftDeletes();
        });`;
    const read = await readMigration(PATH, artisan(up));
    expect(read.operations.map((o) => [o.kind, o.target, o.line])).toEqual([
      ['drop-column', 'customers.fax, customers.telex', 16],
      ['drop-reference', 'customers.account_id', 18],
      ['drop-column', 'customers.taggable_type, customers.taggable_id', 20],
      ['drop-column', 'customers.created_at, customers.updated_at', 21],
      ['drop-column', 'customers.deleted_at', 22],
    ]);
  });

  it('compares a ->change() with the type down() restores', async () => {
    const read = await readMigration(
      PATH,
      artisan(
        "        Schema::table('customers', function (Blueprint $table) {\n            $table->string('name', 50)->change();\n            $table->text('bio')->change();\n        });",
        "        Schema::table('customers', function (Blueprint $table) {\n            $table->string('name', 255)->change();\n        });",
      ),
    );
    expect(read.operations).toEqual([
      {
        kind: 'lossy-type-change',
        call: '->change()',
        target: 'customers.name',
        detail: 'varchar(255) -> varchar(50)',
        line: 16,
        rollbackOnly: false,
      },
    ]);
  });

  it('flags a decimal changed to integer with no down()', async () => {
    const read = await readMigration(
      PATH,
      artisan(
        "        Schema::table('products', function (Blueprint $table) {\n            $table->integer('price')->change();\n        });",
      ),
    );
    expect(read.operations.map((o) => [o.kind, o.target, o.line])).toEqual([
      ['lossy-type-change', 'products.price', 16],
    ]);
  });

  it('reads query-builder deletes and truncates without a where', async () => {
    const up = `        DB::table('sessions')->delete();
        DB::table('jobs')->where('failed', true)->delete();
        DB::table('audit_log')->truncate();
        Session::query()->delete();`;
    const read = await readMigration(PATH, artisan(up));
    expect(read.operations.map((o) => [o.kind, o.call, o.target, o.line])).toEqual([
      ['unbounded-delete', 'DB::table()->delete()', 'sessions', 15],
      ['truncate', 'DB::table()->truncate()', 'audit_log', 17],
      ['unbounded-delete', 'Session::query()->delete()', 'Session', 18],
    ]);
  });

  it('maps DB::statement and nowdoc SQL back to the file, escapes included', async () => {
    const up = `        DB::statement("UPDATE users SET note = 'a\\tb'; DROP TABLE faxes");
        DB::unprepared(<<<'SQL'
            DELETE FROM users;
            DROP TABLE legacy;
            SQL);`;
    const text = artisan(up);
    const read = await readMigration(PATH, text);
    expect(read.sql.map((s) => s.call)).toEqual(['DB::statement', 'DB::unprepared']);
    expect(read.sql[0]!.text).toBe("UPDATE users SET note = 'a\tb'; DROP TABLE faxes");
    // `\t` is two characters in the file and one in the SQL: the offset after it still lands on DROP.
    expect(read.sql[0]!.toFile(read.sql[0]!.text.indexOf('DROP'))).toBe(text.indexOf('DROP TABLE faxes'));
    expect(lineOfSql(read, 1, 'DELETE')).toBe(17);
    expect(lineOfSql(read, 1, 'DROP TABLE legacy')).toBe(18);
  });

  it('reports interpolation, concatenation and sprintf as dynamic SQL', async () => {
    const up = `        DB::statement("DROP TABLE {$table}");
        DB::statement('DROP TABLE ' . $table);
        DB::statement(sprintf('DROP TABLE %s', $table));
        DB::statement('DROP ' . 'TABLE x');`;
    const read = await readMigration(PATH, artisan(up));
    expect(read.dynamicSql.map((d) => [d.reason, d.line])).toEqual([
      ['string interpolation', 15],
      ['concatenation', 16],
      ['sprintf()', 17],
    ]);
    expect(read.sql.map((s) => s.text)).toEqual(['DROP TABLE x']);
  });

  it('fails closed on a PHP syntax error', async () => {
    await expect(readMigration(PATH, artisan("        Schema::drop('x'"))).rejects.toThrow(/PHP syntax error at line/);
  });
});
