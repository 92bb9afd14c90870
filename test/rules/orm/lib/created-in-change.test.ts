import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import type { ChangedFile } from '../../../../src/core/types.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changedFile, changeSetOf } from '../../../helpers/change-set.js';

async function decide(files: ChangedFile[]) {
  return check(changeSetOf(files), defaultPolicy());
}

const railsAdd = (klass: string, body: string) =>
  `class ${klass} < ActiveRecord::Migration[7.1]\n  def change\n${body}  end\nend\n`;

const ADD_NOTE = railsAdd('AddGiftNote', '    add_column :orders, :gift_note, :string\n');
const REPLACE_NOTE = railsAdd(
  'ReplaceGiftNote',
  '    remove_column :orders, :gift_note, :string\n    add_column :orders, :gift_message, :text\n',
);

const djangoMigration = (deps: string, ops: string) =>
  `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [${deps}]\n    operations = [\n${ops}    ]\n`;
const ADD_NICKNAME = djangoMigration(
  '("profiles", "0011_bio")',
  '        migrations.AddField("profile", "nickname", models.CharField(max_length=40)),\n',
);
const REMOVE_NICKNAME = djangoMigration(
  '("profiles", "0012_nickname")',
  '        migrations.RemoveField("profile", "nickname"),\n',
);

describe('a drop of what an earlier migration of the same change creates', () => {
  it('is routine in Rails, with the creating file as the reason', async () => {
    const d = await decide([
      addedFile('db/migrate/20261205090000_add_gift_note.rb', ADD_NOTE),
      addedFile('db/migrate/20261205093000_replace_gift_note.rb', REPLACE_NOTE),
    ]);
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.ruleId === 'orm/drop-column')!;
    expect(f.line).toBe(3);
    expect(f.downgradedBecause).toContain(
      'orders.gift_note is created by db/migrate/20261205090000_add_gift_note.rb, an earlier migration this change adds',
    );
  });

  it('is routine in Django for a field and for a model', async () => {
    const deleteModel = djangoMigration('("profiles", "0012_badge")', '        migrations.DeleteModel("Badge"),\n');
    const createModel = djangoMigration(
      '("profiles", "0011_bio")',
      '        migrations.CreateModel("Badge", [("id", models.AutoField(primary_key=True))]),\n',
    );
    const d = await decide([
      addedFile('profiles/migrations/0012_nickname.py', ADD_NICKNAME),
      addedFile('profiles/migrations/0013_remove_nickname.py', REMOVE_NICKNAME),
      addedFile('profiles/migrations/0014_badge.py', createModel),
      addedFile('profiles/migrations/0015_delete_badge.py', deleteModel),
    ]);
    expect(d.verdict).toBe('allow');
    expect(d.findings.filter((x) => x.blocking)).toEqual([]);
  });

  it('still blocks when the creating migration is already on the base branch', async () => {
    const d = await decide([
      changedFile('profiles/migrations/0012_nickname.py', ADD_NICKNAME, ADD_NICKNAME),
      addedFile('profiles/migrations/0013_remove_nickname.py', REMOVE_NICKNAME),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'orm/drop-column')?.line).toBe(7);
  });

  it('still blocks when the new creating migration runs after the drop', async () => {
    const d = await decide([
      addedFile('db/migrate/20261205093000_add_gift_note.rb', ADD_NOTE),
      addedFile('db/migrate/20261205090000_replace_gift_note.rb', REPLACE_NOTE),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'orm/drop-column')?.line).toBe(3);
  });

  it('still blocks when the creation is in another folder (another Django app)', async () => {
    const d = await decide([
      addedFile('accounts/migrations/0012_nickname.py', ADD_NICKNAME),
      addedFile('profiles/migrations/0013_remove_nickname.py', REMOVE_NICKNAME),
    ]);
    expect(d.verdict).toBe('block');
  });

  it('still blocks when the creation tolerates an existing column (if_not_exists)', async () => {
    const d = await decide([
      addedFile(
        'db/migrate/20261205090000_add_gift_note.rb',
        railsAdd('AddGiftNote', '    add_column :orders, :gift_note, :string, if_not_exists: true\n'),
      ),
      addedFile('db/migrate/20261205093000_replace_gift_note.rb', REPLACE_NOTE),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'orm/drop-column')?.line).toBe(3);
  });
});

describe('a creation that tolerates an existing object does not make a later drop in the same file scratch', () => {
  it('blocks drop_table after create_table if_not_exists (Rails)', async () => {
    const d = await decide([
      addedFile(
        'db/migrate/20261205080000_rebuild_sessions.rb',
        railsAdd(
          'RebuildSessions',
          '    create_table :sessions, if_not_exists: true do |t|\n      t.text :data\n    end\n    drop_table :sessions\n',
        ),
      ),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'orm/drop-table')?.line).toBe(6);
  });

  it('blocks op.drop_table after op.create_table(if_not_exists=True) (Alembic)', async () => {
    const d = await decide([
      addedFile(
        'alembic/versions/c93d4b2e1f07_sessions.py',
        'from alembic import op\nimport sqlalchemy as sa\n\nrevision = "c93d4b2e1f07"\ndown_revision = "3f2a9c1d7b21"\n\n\n' +
          'def upgrade() -> None:\n    op.create_table("sessions", sa.Column("id", sa.Integer()), if_not_exists=True)\n' +
          '    op.drop_table("sessions")\n\n\ndef downgrade() -> None:\n    pass\n',
      ),
    ]);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'orm/drop-table')?.line).toBe(10);
  });

  it('still reads a plain creation then drop in the same file as scratch (Rails)', async () => {
    const d = await decide([
      addedFile(
        'db/migrate/20261205080000_scratch.rb',
        railsAdd(
          'Scratch',
          '    create_table :scratch_rows do |t|\n      t.text :data\n    end\n    drop_table :scratch_rows\n',
        ),
      ),
    ]);
    expect(d.verdict).toBe('allow');
  });
});
