import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

async function findingsOf(path: string, text: string) {
  const decision = await check(changeSetOf([addedFile(path, text)]), defaultPolicy());
  return {
    findings: decision.findings.map((f) => ({ ruleId: f.ruleId, line: f.line, rollbackOnly: f.rollbackOnly })),
    notes: decision.notes,
  };
}

describe('framework migrations through the engine', () => {
  it('points Doctrine addSql findings at their lines, down() SQL as rollback-only', async () => {
    const text = `<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\\DBAL\\Schema\\Schema;
use Doctrine\\Migrations\\AbstractMigration;

final class Version20240612093012 extends AbstractMigration
{
    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE device (id INT AUTO_INCREMENT NOT NULL, PRIMARY KEY(id)) ENGINE = InnoDB');
        $this->addSql('ALTER TABLE customer DROP fax');
    }

    public function down(Schema $schema): void
    {
        $this->addSql('DROP TABLE device');
        $this->addSql('ALTER TABLE customer ADD fax VARCHAR(32) DEFAULT NULL');
    }
}
`;
    const { findings } = await findingsOf('migrations/Version20240612093012.php', text);
    expect(findings).toEqual([
      { ruleId: 'sql/drop-column', line: 15, rollbackOnly: false },
      // A table up() creates is not scratch for the down() that drops it once it holds rows.
      { ruleId: 'sql/drop-table', line: 20, rollbackOnly: true },
    ]);
  });

  it('maps a SQL finding inside an Ecto heredoc to its own line', async () => {
    const text = `defmodule Acme.Repo.Migrations.PurgeAudit do
  use Ecto.Migration

  def up do
    execute """
    UPDATE accounts SET flagged = false WHERE id = 1;
    DELETE FROM audit_events;
    """
  end

  def down, do: :ok
end
`;
    const { findings } = await findingsOf('priv/repo/migrations/20240612093012_purge_audit.exs', text);
    expect(findings).toEqual([{ ruleId: 'sql/delete-without-where', line: 7, rollbackOnly: false }]);
  });

  it('reports EF Core interpolated Sql() as dynamic SQL on its line', async () => {
    const text = `using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Data.Migrations
{
    public partial class DropShards : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var shard in new[] { "a", "b" })
            {
                migrationBuilder.Sql($"DROP TABLE Orders_{shard}");
            }
        }
    }
}
`;
    const { findings } = await findingsOf('Data/Migrations/20240613121500_DropShards.cs', text);
    expect(findings).toEqual([{ ruleId: 'orm/dynamic-sql', line: 11, rollbackOnly: false }]);
  });

  it('reads Liquibase <sql> through the SQL family with the changelog lines', async () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
    <changeSet id="0400-1" author="dev">
        <sql>
            UPDATE coupon SET active = false WHERE id = 7;
            TRUNCATE TABLE coupon_redemption;
        </sql>
        <rollback>
            <sql>DROP TABLE coupon_archive</sql>
        </rollback>
    </changeSet>
</databaseChangeLog>
`;
    const { findings } = await findingsOf('src/main/resources/db/changelog/0400.xml', text);
    expect(findings).toEqual([
      { ruleId: 'sql/truncate', line: 6, rollbackOnly: false },
      { ruleId: 'sql/drop-table', line: 9, rollbackOnly: true },
    ]);
  });

  it('fails closed on a Laravel migration that does not parse', async () => {
    const text = `<?php

use Illuminate\\Database\\Migrations\\Migration;

return new class extends Migration
{
    public function up(): void
    {
        Schema::drop('users'
    }
};
`;
    const { findings } = await findingsOf('database/migrations/2024_06_12_000000_drop_users.php', text);
    expect(findings.map((f) => f.ruleId)).toEqual(['core/unreadable-file']);
  });

  it('reads SQL that drops a table the migration created just before (or a column of it) as scratch', async () => {
    const alembic = [
      'from alembic import op',
      'import sqlalchemy as sa',
      '',
      'revision = "2b3c4d5e6f87"',
      'down_revision = "1a2b3c4d5e6f"',
      '',
      '',
      'def upgrade():',
      '    op.execute("DROP TABLE label_queue")',
      '    op.create_table("label_queue", sa.Column("id", sa.Integer(), primary_key=True))',
      '    op.execute("ALTER TABLE label_queue DROP COLUMN raw_payload")',
      '    op.execute("DROP TABLE parcels")',
      '',
      '',
      'def downgrade():',
      '    op.drop_table("label_queue")',
      '',
    ].join('\n');
    const fromAlembic = await findingsOf('alembic/versions/2b3c4d5e6f87_label_queue.py', alembic);
    // The first DROP runs before the create: it drops a table that already existed.
    expect(fromAlembic.findings).toEqual([
      { ruleId: 'sql/drop-table', line: 9, rollbackOnly: false },
      { ruleId: 'sql/drop-table', line: 12, rollbackOnly: false },
    ]);
    const django = [
      'from django.db import migrations, models',
      '',
      '',
      'class Migration(migrations.Migration):',
      '    dependencies = [("billing", "0001_initial")]',
      '',
      '    operations = [',
      '        migrations.CreateModel(name="Batch", fields=[("id", models.BigAutoField(primary_key=True))]),',
      '        migrations.RunSQL("ALTER TABLE billing_batch DROP COLUMN id"),',
      '        migrations.RunSQL("DROP TABLE billing_statement"),',
      '    ]',
      '',
    ].join('\n');
    const fromDjango = await findingsOf('billing/migrations/0002_batch.py', django);
    expect(fromDjango.findings).toEqual([{ ruleId: 'sql/drop-table', line: 10, rollbackOnly: false }]);
  });
});
