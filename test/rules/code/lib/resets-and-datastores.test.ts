import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import type { ChangedFile } from '../../../../src/core/types.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changedFile, changeSetOf } from '../../../helpers/change-set.js';

const run = (files: ChangedFile[]) => check(changeSetOf(files), defaultPolicy());
const brief = (d: Awaited<ReturnType<typeof run>>) =>
  d.findings
    .map((f) => `${f.ruleId}@${f.path}:${f.line}${f.blocking ? ' blocking' : ''}${f.rollbackOnly ? ' rollback' : ''}`)
    .sort();
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('boot-time schema resets', () => {
  it('blocks drop_all added to a Flask app factory, at its line', async () => {
    const base = lines(
      'def create_app():',
      '    app = Flask(__name__)',
      '    with app.app_context():',
      '        db.create_all()',
      '    return app',
    );
    const head = base.replace('        db.create_all()', '        db.drop_all()\n        db.create_all()');
    expect(brief(await run([changedFile('app/__init__.py', base, head)]))).toEqual([
      'code/schema-reset@app/__init__.py:4 blocking',
    ]);
  });

  it('allows drop_all against an in-memory SQLite engine and in conftest.py', async () => {
    const code = lines(
      'engine = create_engine("sqlite://")',
      'def reset():',
      '    Base.metadata.drop_all(bind=engine)',
    );
    const d = await run([
      addedFile('app/testing.py', code),
      addedFile('conftest.py', lines('def teardown():', '    db.drop_all()')),
    ]);
    expect(brief(d)).toEqual([]);
  });

  it('blocks sequelize.sync({ force: true }), TypeORM dropSchema and Django flush', async () => {
    const d = await run([
      addedFile(
        'src/server.js',
        lines("const db = require('./models');", 'db.sequelize.sync({ force: true }).then(() => app.listen(3000));'),
      ),
      addedFile(
        'src/app.module.ts',
        lines('TypeOrmModule.forRoot({', "  type: 'postgres',", '  synchronize: true,', '  dropSchema: true,', '})'),
      ),
      addedFile('shop/apps.py', lines('def ready(self):', "    call_command('flush', interactive=False)")),
    ]);
    expect(brief(d)).toEqual([
      'code/schema-reset@shop/apps.py:2 blocking',
      'code/schema-reset@src/app.module.ts:4 blocking',
      'code/schema-reset@src/server.js:2 blocking',
    ]);
  });

  it('blocks Hibernate ddl-auto create-drop in properties and YAML, not validate nor a test profile', async () => {
    const d = await run([
      addedFile(
        'src/main/resources/application.properties',
        lines('spring.datasource.url=${DATABASE_URL}', 'spring.jpa.hibernate.ddl-auto=create-drop'),
      ),
      addedFile(
        'src/main/resources/application-prod.yml',
        lines('spring:', '  jpa:', '    properties:', '      hibernate:', '        hbm2ddl:', '          auto: create'),
      ),
      addedFile('src/main/resources/application-local.properties', lines('spring.jpa.hibernate.ddl-auto=create-drop')),
      addedFile('config/application.yml', lines('spring:', '  jpa:', '    hibernate:', '      ddl-auto: validate')),
    ]);
    expect(brief(d)).toEqual([
      'code/schema-reset-config@src/main/resources/application-prod.yml:6 blocking',
      'code/schema-reset-config@src/main/resources/application.properties:2 blocking',
    ]);
  });
});

describe('datastores beyond SQL', () => {
  it('reads a migrate-mongo migration nobody else reads, its down() as rollback-only', async () => {
    const code = lines(
      'module.exports = {',
      '  async up(db) {',
      "    await db.collection('events').drop();",
      '  },',
      '  async down(db) {',
      "    await db.collection('events_v2').drop();",
      '  },',
      '};',
    );
    expect(brief(await run([addedFile('migrations/20240613101500-drop-events.js', code)]))).toEqual([
      'code/datastore-wipe@migrations/20240613101500-drop-events.js:3 blocking',
      'code/datastore-wipe@migrations/20240613101500-drop-events.js:6 rollback',
    ]);
  });

  it('reads a goose Go migration: the down function is rollback-only', async () => {
    const code = lines(
      'package migrations',
      '',
      'func init() { goose.AddMigrationContext(upDropLegacy, downDropLegacy) }',
      '',
      'func upDropLegacy(ctx context.Context, tx *sql.Tx) error {',
      '\t_, err := tx.ExecContext(ctx, "DROP TABLE legacy_orders")',
      '\treturn err',
      '}',
      '',
      'func downDropLegacy(ctx context.Context, tx *sql.Tx) error {',
      '\t_, err := tx.ExecContext(ctx, "DROP TABLE orders_v2")',
      '\treturn err',
      '}',
    );
    expect(brief(await run([addedFile('db/migrations/20261201000000_drop_legacy.go', code)]))).toEqual([
      'sql/drop-table@db/migrations/20261201000000_drop_legacy.go:11 rollback',
      'sql/drop-table@db/migrations/20261201000000_drop_legacy.go:6 blocking',
    ]);
  });

  it('blocks index deletion, match_all delete_by_query, Firestore recursive deletes and Redis flushes', async () => {
    const d = await run([
      addedFile(
        'ops/reindex.py',
        lines(
          'es.indices.delete(index="_all")',
          'es.delete_by_query(index="orders", query={"match_all": {}})',
          'r.execute_command("FLUSHDB")',
          'es.delete_by_query(index="orders", query={"term": {"tenant": t}})',
        ),
      ),
      addedFile(
        'scripts/reset.ts',
        lines(
          "await db.recursiveDelete(db.collection('orders'));",
          "await redis.sendCommand(['FLUSHALL']);",
          "await redis.del('session:1');",
        ),
      ),
    ]);
    expect(brief(d)).toEqual([
      'code/datastore-wipe@ops/reindex.py:1 blocking',
      'code/datastore-wipe@ops/reindex.py:2 blocking',
      'code/datastore-wipe@ops/reindex.py:3 blocking',
      'code/datastore-wipe@scripts/reset.ts:1 blocking',
      'code/datastore-wipe@scripts/reset.ts:2 blocking',
    ]);
  });
});
