import type { Rule } from '../../core/rule.js';
import { operationsOf, reportOf, type MigrationDocument } from './document.js';

export const unboundedDelete: Rule<MigrationDocument, 'unboundedDelete'> = {
  meta: {
    id: 'orm/unbounded-delete',
    family: 'orm',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration deletes rows with no condition (delete_all, destroy_all, objects.all().delete(), del() without where, bulkDelete with an empty filter): every row goes.',
    messages: { unboundedDelete: '{call} deletes every row of {target}' },
    examples: {
      invalid: [
        {
          code: 'class PurgeSessions < ActiveRecord::Migration[7.1]\n  def up\n    Session.delete_all\n  end\nend\n',
          line: 3,
          path: 'db/migrate/20261121000000_purge_sessions.rb',
        },
        {
          code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        DB::table('sessions')->delete();\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
          line: 11,
          path: 'database/migrations/2026_11_21_000000_cleanup.php',
        },
        {
          code: 'defmodule Acme.Repo.Migrations.Cleanup do\n  use Ecto.Migration\n\n  def up do\n    repo().delete_all(from s in "sessions")\n  end\nend\n',
          line: 5,
          path: 'priv/repo/migrations/20261121000000_cleanup.exs',
        },
        {
          code: '<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n    <changeSet id="1" author="dev">\n        <delete tableName="session"/>\n    </changeSet>\n</databaseChangeLog>\n',
          line: 4,
          path: 'src/main/resources/db/changelog/2026/0301-cleanup.xml',
        },
      ],
      valid: [
        {
          code: "class PurgeOldSessions < ActiveRecord::Migration[7.1]\n  def up\n    Session.where('updated_at < ?', 1.year.ago).delete_all\n  end\nend\n",
          path: 'db/migrate/20261121000000_purge_old_sessions.rb',
        },
        {
          code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        DB::table('sessions')->where('last_activity', '<', now()->subYear()->timestamp)->delete();\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
          path: 'database/migrations/2026_11_21_000000_cleanup.php',
        },
        {
          code: 'using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Shop.Data.Migrations\n{\n    public partial class Cleanup : Migration\n    {\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n            migrationBuilder.DeleteData(\n                table: "Roles",\n                keyColumn: "Id",\n                keyValue: 3);\n        }\n\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n\n        }\n    }\n}\n',
          path: 'Data/Migrations/20261121000000_Cleanup.cs',
        },
        {
          code: '<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n    <changeSet id="1" author="dev">\n        <delete tableName="job">\n            <where>status = \'done\'</where>\n        </delete>\n    </changeSet>\n</databaseChangeLog>\n',
          path: 'src/main/resources/db/changelog/2026/0301-cleanup.xml',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'unbounded-delete')) report(reportOf('unboundedDelete', found));
  },
};
