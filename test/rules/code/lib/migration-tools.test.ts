import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import type { ChangedFile } from '../../../../src/core/types.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

const run = (files: ChangedFile[]) => check(changeSetOf(files), defaultPolicy());
const brief = async (files: ChangedFile[]) =>
  (await run(files)).findings
    .map((f) => `${f.ruleId}@${f.path}:${f.line}${f.blocking ? ' blocking' : ''}${f.rollbackOnly ? ' rollback' : ''}`)
    .sort();
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('goose Go migrations', () => {
  const goose = (up: string, down: string, register = 'goose.AddMigration(addNickname, removeNickname)') =>
    lines(
      'package migrations',
      '',
      'import (',
      '\t"database/sql"',
      '',
      '\t"github.com/pressly/goose/v3"',
      ')',
      '',
      'func init() {',
      `\t${register}`,
      '}',
      '',
      'func addNickname(tx *sql.Tx) error {',
      `\t_, err := tx.Exec("${up}")`,
      '\treturn err',
      '}',
      '',
      'func removeNickname(tx *sql.Tx) error {',
      `\t_, err := tx.Exec("${down}")`,
      '\treturn err',
      '}',
    );

  it('judges the registered down function as rollback-only, whatever it is called', async () => {
    const code = goose('ALTER TABLE users ADD COLUMN nickname text', 'ALTER TABLE users DROP COLUMN nickname');
    expect(await brief([addedFile('internal/schema/00003_nickname.go', code)])).toEqual([
      'sql/drop-column@internal/schema/00003_nickname.go:19 rollback',
    ]);
  });

  it('blocks a drop in the up function', async () => {
    const code = goose('DROP TABLE legacy_orders', 'CREATE TABLE legacy_orders (id int)');
    expect(await brief([addedFile('db/migrations/00004_drop.go', code)])).toEqual([
      'sql/drop-table@db/migrations/00004_drop.go:14 blocking',
    ]);
  });

  it('reads AddMigrationContext, AddNamedMigration and inline down functions', async () => {
    const named = goose(
      'ALTER TABLE users ADD COLUMN nickname text',
      'ALTER TABLE users DROP COLUMN nickname',
      'goose.AddNamedMigrationContext("00005_x.go", addNickname, removeNickname)',
    );
    expect(await brief([addedFile('schema/00005_x.go', named)])).toEqual([
      'sql/drop-column@schema/00005_x.go:19 rollback',
    ]);
    const inline = lines(
      'package migrations',
      'import "github.com/pressly/goose/v3"',
      'func init() {',
      '\tgoose.AddMigrationContext(func(ctx context.Context, tx *sql.Tx) error {',
      '\t\t_, err := tx.ExecContext(ctx, "CREATE TABLE carts (id int)")',
      '\t\treturn err',
      '\t}, func(ctx context.Context, tx *sql.Tx) error {',
      '\t\t_, err := tx.ExecContext(ctx, "DROP TABLE carts")',
      '\t\treturn err',
      '\t})',
      '}',
    );
    expect(await brief([addedFile('schema/00006_carts.go', inline)])).toEqual([
      'sql/drop-table@schema/00006_carts.go:8 rollback',
    ]);
  });

  it('does not treat a function as rollback-only without the goose import', async () => {
    const code = goose('SELECT 1', 'DROP TABLE sessions').replace(
      '"github.com/pressly/goose/v3"',
      '"example.com/goose"',
    );
    expect(await brief([addedFile('internal/jobs/cleanup.go', code)])).toEqual([
      'sql/drop-table@internal/jobs/cleanup.go:19 blocking',
    ]);
  });
});

describe('yoyo migrations', () => {
  it('reads step(apply, rollback) SQL: the apply part blocks, the rollback part is rollback-only', async () => {
    const code = lines(
      'from yoyo import step',
      '',
      '__depends__ = {"0002_add_index"}',
      '',
      'steps = [',
      '    step(',
      '        "ALTER TABLE accounts ADD COLUMN region TEXT",',
      '        "ALTER TABLE accounts DROP COLUMN region",',
      '    ),',
      '    step("DROP TABLE audit_log"),',
      '    step(apply="TRUNCATE sessions", rollback=None),',
      ']',
    );
    expect(await brief([addedFile('migrations/0003_region.py', code)])).toEqual([
      'sql/drop-column@migrations/0003_region.py:8 rollback',
      'sql/drop-table@migrations/0003_region.py:10 blocking',
      'sql/truncate@migrations/0003_region.py:11 blocking',
    ]);
  });

  it('treats a rollback function as rollback-only and reads the apply function through its cursor', async () => {
    const code = lines(
      'from yoyo import step',
      '',
      'def apply_step(conn):',
      '    cursor = conn.cursor()',
      '    cursor.execute("ALTER TABLE orders ADD COLUMN note TEXT")',
      '',
      'def rollback_step(conn):',
      '    cursor = conn.cursor()',
      '    cursor.execute("ALTER TABLE orders DROP COLUMN note")',
      '',
      'steps = [step(apply_step, rollback_step)]',
    );
    expect(await brief([addedFile('migrations/0004_note.py', code)])).toEqual([
      'sql/drop-column@migrations/0004_note.py:9 rollback',
    ]);
  });

  it('makes a .rollback.sql file rollback-only', async () => {
    expect(await brief([addedFile('migrations/0005_x.rollback.sql', 'DROP TABLE invoices_v2;\n')])).toEqual([
      'sql/drop-table@migrations/0005_x.rollback.sql:1 rollback',
    ]);
  });
});

describe('Flyway Java migrations', () => {
  const java = (name: string, sql: string) =>
    lines(
      'package db.migration;',
      'import org.flywaydb.core.api.migration.BaseJavaMigration;',
      'import org.flywaydb.core.api.migration.Context;',
      `public class ${name} extends BaseJavaMigration {`,
      '    public void migrate(Context context) throws Exception {',
      '        try (var statement = context.getConnection().createStatement()) {',
      `            statement.execute("${sql}");`,
      '        }',
      '    }',
      '}',
    );

  it('blocks SQL a versioned class runs through the connection', async () => {
    const path = 'src/main/java/db/migration/V3__Drop_legacy.java';
    expect(await brief([addedFile(path, java('V3__Drop_legacy', 'DROP TABLE legacy_invoices'))])).toEqual([
      `sql/drop-table@${path}:7 blocking`,
    ]);
  });

  it('makes an undo class (U__) rollback-only', async () => {
    const path = 'src/main/java/db/migration/U3__Add_flag.java';
    expect(await brief([addedFile(path, java('U3__Add_flag', 'ALTER TABLE users DROP COLUMN flag'))])).toEqual([
      `sql/drop-column@${path}:7 rollback`,
    ]);
  });
});

describe('refinery Rust migrations', () => {
  it('judges the SQL migration() returns', async () => {
    const code = lines('pub fn migration() -> String {', '    String::from("DROP TABLE sessions;")', '}');
    expect(await brief([addedFile('migrations/V2__drop_sessions.rs', code)])).toEqual([
      'sql/drop-table@migrations/V2__drop_sessions.rs:2 blocking',
    ]);
  });

  it('reads a constant returned with to_string, and allows a routine one', async () => {
    const drop = lines(
      'const SQL: &str = "ALTER TABLE users DROP COLUMN legacy_token;";',
      'pub fn migration() -> String {',
      '    SQL.to_string()',
      '}',
    );
    // Reported where migration() returns it (the string itself is also caught by the universal net).
    expect(await brief([addedFile('migrations/V3__token.rs', drop)])).toContain(
      'sql/drop-column@migrations/V3__token.rs:3 blocking',
    );
    const index = lines(
      'pub fn migration() -> String {',
      '    let sql = "CREATE INDEX sessions_user ON sessions (user_id);";',
      '    sql.to_string()',
      '}',
    );
    expect(await brief([addedFile('migrations/V4__index.rs', index)])).toEqual([]);
  });
});
