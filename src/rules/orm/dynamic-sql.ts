import type { Rule } from '../../core/rule.js';
import type { MigrationDocument } from './document.js';

export const dynamicSql: Rule<MigrationDocument, 'dynamicSql'> = {
  meta: {
    id: 'orm/dynamic-sql',
    family: 'orm',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration runs SQL built at run time (interpolation, concatenation, format): what it will do cannot be read before it runs, so it needs a human.',
    messages: { dynamicSql: '{call} runs SQL built by {reason}; two-key cannot see what it will run' },
    examples: {
      invalid: [
        {
          code: 'class DropShards < ActiveRecord::Migration[7.1]\n  def up\n    shards.each { |s| execute "DROP TABLE #{s}" }\n  end\nend\n',
          line: 3,
          path: 'db/migrate/20261121000000_drop_shards.rb',
        },
        {
          code: '<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        foreach ($this->shards as $shard) {\n            DB::statement("DROP TABLE {$shard}");\n        }\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n',
          line: 12,
          path: 'database/migrations/2026_11_21_000000_cleanup.php',
        },
        {
          code: "<?php\n\nnamespace DoctrineMigrations;\n\nuse Doctrine\\DBAL\\Schema\\Schema;\nuse Doctrine\\Migrations\\AbstractMigration;\n\nfinal class Version20261121000000 extends AbstractMigration\n{\n    public function up(Schema $schema): void\n    {\n        $this->addSql(sprintf('DROP TABLE %s', $this->table));\n    }\n\n    public function down(Schema $schema): void\n    {\n\n    }\n}\n",
          line: 12,
          path: 'migrations/Version20261121000000.php',
        },
        {
          code: 'defmodule Acme.Repo.Migrations.Cleanup do\n  use Ecto.Migration\n\n  def up do\n    for t <- ~w(a b), do: execute("DROP TABLE #{t}")\n  end\nend\n',
          line: 5,
          path: 'priv/repo/migrations/20261121000000_cleanup.exs',
        },
        {
          code: 'using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Shop.Data.Migrations\n{\n    public partial class Cleanup : Migration\n    {\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n            migrationBuilder.Sql($"DROP TABLE {table}");\n        }\n\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n\n        }\n    }\n}\n',
          line: 9,
          path: 'Data/Migrations/20261121000000_Cleanup.cs',
        },
      ],
      valid: [
        {
          code: "class AddIndex < ActiveRecord::Migration[7.1]\n  def up\n    execute 'CREATE INDEX idx_orders_status ON orders (status)'\n  end\nend\n",
          path: 'db/migrate/20261121000000_add_index.rb',
        },
        {
          code: "<?php\n\nnamespace DoctrineMigrations;\n\nuse Doctrine\\DBAL\\Schema\\Schema;\nuse Doctrine\\Migrations\\AbstractMigration;\n\nfinal class Version20261121000000 extends AbstractMigration\n{\n    public function up(Schema $schema): void\n    {\n        $this->addSql('CREATE INDEX idx_status ON orders (status)');\n    }\n\n    public function down(Schema $schema): void\n    {\n        $this->addSql('DROP INDEX idx_status ON orders');\n    }\n}\n",
          path: 'migrations/Version20261121000000.php',
        },
        {
          code: 'using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Shop.Data.Migrations\n{\n    public partial class Cleanup : Migration\n    {\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n            migrationBuilder.Sql(@"CREATE INDEX IX_Orders_Status ON Orders (Status)");\n        }\n\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n\n        }\n    }\n}\n',
          path: 'Data/Migrations/20261121000000_Cleanup.cs',
        },
      ],
    },
  },
  check(doc, report) {
    for (const d of doc.dynamicSql) {
      report({
        messageId: 'dynamicSql',
        data: { call: d.call, reason: d.reason },
        span: d.span,
        unit: d.unit,
        rollbackOnly: d.rollbackOnly,
      });
    }
  },
};
