import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../core/rule.js';
import { booleanOf, propertiesOf, spanOf, type CodeCall } from '../../parsers/code/read.js';
import { evaluate } from '../../parsers/code/values.js';
import type { CodeDocument } from './lib/document.js';
import { label } from '../../parsers/code/executed.js';

type MessageId = 'call' | 'option' | 'alias';

/** pytest's fixture file: it runs under the test runner only. */
const TEST_SUPPORT = /(^|\/)conftest\.py$/;

/** Calls that drop every table the application maps (or its whole database), by name. */
const RESETS: Record<string, { does: string; languages?: CodeDocument['language'][] }> = {
  drop_all: { does: 'drops every table the models map', languages: ['python'] },
  drop_tables: { does: 'drops the tables it is given, with their rows', languages: ['python'] },
  dropAllTables: { does: 'drops every table of the database' },
  dropAllSchemas: { does: 'drops every schema of the database' },
  DropTable: { does: 'drops the table and its rows', languages: ['go'] },
  // EF Core: context.Database.EnsureDeleted()
  EnsureDeleted: { does: 'drops the whole database', languages: ['csharp'] },
  EnsureDeletedAsync: { does: 'drops the whole database', languages: ['csharp'] },
  // Ecto: Repo.__adapter__().storage_down(config), Ecto.Adapters.Postgres.storage_down(config)
  storage_down: { does: 'drops the whole database', languages: ['elixir'] },
};

/** Mix tasks that drop the database, run from code: `Mix.Task.run("ecto.drop")`, `Mix.Tasks.Ecto.Reset.run([])`. */
const MIX_DROPS = new Set(['ecto.drop', 'ecto.reset', 'ecto.rollback --all']);

export const schemaReset: Rule<CodeDocument, MessageId> = {
  meta: {
    id: 'code/schema-reset',
    family: 'code',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'Application code that drops its schema when it runs, typically at boot: SQLAlchemy/Flask `drop_all()`, `sequelize.sync({ force: true })`, TypeORM `dropSchema: true` or `synchronize(true)`, Django `call_command("flush")`, GORM `Migrator().DropTable`.',
    messages: {
      call: '{call} {does}: wherever this code runs, production included, the data is gone',
      option: '{option} makes {owner} drop the schema and every row in it each time it connects',
      alias:
        'the mix alias {alias} runs {task}, which drops the database: wherever `mix {alias}` runs (a deploy, a release, a CI job), the data is gone',
    },
    examples: {
      invalid: [
        {
          code: 'def create_app():\n    app = Flask(__name__)\n    db.init_app(app)\n    with app.app_context():\n        db.drop_all()\n        db.create_all()\n    return app\n',
          line: 5,
          path: 'app/__init__.py',
        },
        { code: 'await sequelize.sync({ force: true });\napp.listen(3000);\n', line: 1, path: 'src/server.js' },
        {
          code: "export const AppDataSource = new DataSource({\n  type: 'postgres',\n  url: process.env.DATABASE_URL,\n  synchronize: true,\n  dropSchema: true,\n});\n",
          line: 5,
          path: 'src/data-source.ts',
        },
        {
          code: "from django.core.management import call_command\n\ndef reset():\n    call_command('flush', interactive=False)\n",
          line: 4,
          path: 'shop/startup.py',
        },
      ],
      valid: [
        { code: 'def init_db():\n    db.create_all()\n', path: 'app/db.py' },
        { code: 'await sequelize.sync();\nawait sequelize.sync({ alter: false });\n', path: 'src/server.js' },
        {
          code: "export const TestDataSource = new DataSource({ type: 'sqlite', database: ':memory:', dropSchema: process.env.NODE_ENV === 'test' });\n",
          path: 'src/data-source.ts',
        },
        {
          code: 'import pytest\n\n@pytest.fixture\ndef db():\n    Base.metadata.create_all(engine)\n    yield\n    Base.metadata.drop_all(engine)\n',
          path: 'conftest.py',
        },
      ],
    },
  },
  check(doc, report) {
    if (TEST_SUPPORT.test(doc.path)) return;
    for (const call of doc.calls) {
      const found = resetCall(doc, call);
      if (found) report({ messageId: 'call', data: { call: label(call), does: found }, span: call.span });
    }
    if (doc.language === 'elixir' && MIX_PROJECT.test(doc.path)) {
      for (const found of mixAliasDrops(doc.root)) report({ messageId: 'alias', data: found.data, span: found.span });
    }
    for (const option of dropSchemaOptions(doc.root)) {
      report({ messageId: 'option', data: { option: 'dropSchema: true', owner: 'TypeORM' }, span: spanOf(option) });
    }
  },
};

function resetCall(doc: CodeDocument, call: CodeCall): string | undefined {
  const { name, receiver, args } = call;
  const reset = Object.hasOwn(RESETS, name) ? RESETS[name] : undefined;
  if (reset && receiver.length > 0 && (!reset.languages || reset.languages.includes(doc.language))) {
    if (name === 'drop_all' && boundToMemory(doc, call)) return undefined;
    return reset.does;
  }
  if (doc.language === 'elixir') return elixirReset(doc, call);
  // EF Core: migrator.Migrate("0") and Migrate(Migration.InitialDatabase) roll every migration back.
  if ((name === 'Migrate' || name === 'MigrateAsync') && doc.language === 'csharp' && args[0]) {
    const target = args[0].value.text === 'Migration.InitialDatabase' ? '0' : evaluate(args[0].value, doc.scope).text;
    if (target === '0') return 'rolls back every migration: each Down drops what its Up made';
  }
  // Sequelize: sequelize.sync({ force: true }) / Model.sync({ force: true })
  if (
    name === 'sync' &&
    args[0] &&
    (doc.language === 'javascript' || doc.language === 'typescript' || doc.language === 'tsx')
  ) {
    const force = propertiesOf(args[0].value, doc.scope).find((p) => p.key === 'force');
    if (force && booleanOf(force.value) === true) return 'with force: true drops every table and creates it again';
  }
  // TypeORM: dataSource.synchronize(true) drops the schema before synchronising.
  if (name === 'synchronize' && args[0] && booleanOf(args[0].value) === true)
    return 'with dropBeforeSync drops every table and creates it again';
  // Django: call_command('flush') / management.call_command("reset_db")
  if (name === 'call_command' && args[0]) {
    const command = evaluate(args[0].value, doc.scope).text;
    if (command === 'flush') return 'deletes every row of every table';
    if (command === 'reset_db' || command === 'reset_schema') return 'drops and recreates the database';
  }
  return undefined;
}

/** `Base.metadata.drop_all(bind=engine)` where engine is `create_engine("sqlite://")` or `":memory:"`. */
function elixirReset(doc: CodeDocument, call: CodeCall): string | undefined {
  const { name, receiver, args } = call;
  const task = receiver.join('.');
  if (name === 'run' && (task === 'Mix.Task' || task === 'Mix.Task.rerun') && args[0]) {
    const command = evaluate(args[0].value, doc.scope).text.trim();
    if (MIX_DROPS.has(command)) return `runs ${command}, which drops the database`;
  }
  if (name === 'run' && (task === 'Mix.Tasks.Ecto.Drop' || task === 'Mix.Tasks.Ecto.Reset'))
    return 'drops the database';
  // Ecto.Migrator.run(Repo, :down, all: true) runs every migration's down.
  if (name === 'run' && task.endsWith('Migrator') && args.some((a) => a.value.text === ':down'))
    if (args.some((a) => a.key === 'all' && booleanOf(a.value) === true))
      return 'rolls back every migration: each down drops what its up made';
  return undefined;
}

const MIX_PROJECT = /(^|\/)mix\.exs$/;
/** Aliases a developer runs on a local or test database: Phoenix generates `"ecto.reset": ["ecto.drop", "ecto.setup"]`. */
const DEVELOPER_ALIASES = /^(ecto\.reset|reset|db\.reset|test(\..*)?)$/;

/** mix.exs `aliases`: an entry that drops the database under an alias a deploy could run. */
function mixAliasDrops(root: Node): { data: Record<string, string>; span: { start: number; end: number } }[] {
  const found: { data: Record<string, string>; span: { start: number; end: number } }[] = [];
  for (const pair of root.descendantsOfType('pair')) {
    const key = pair?.childForFieldName('key');
    const value = pair?.childForFieldName('value');
    if (!pair || !key || value?.type !== 'list') continue;
    const alias = key.text.replace(/:\s*$/, '').replace(/^"|"$/g, '');
    if (DEVELOPER_ALIASES.test(alias)) continue;
    for (const entry of value.namedChildren) {
      const task = entry?.type === 'string' ? entry.text.slice(1, -1).trim() : '';
      if (!/^ecto\.(drop|reset)\b/.test(task)) continue;
      found.push({ data: { alias, task: task.split(/\s/)[0]! }, span: spanOf(entry!) });
    }
  }
  return found;
}

function boundToMemory(doc: CodeDocument, call: CodeCall): boolean {
  const bind = call.args.find((a) => a.key === 'bind') ?? call.args.find((a) => a.key === undefined);
  if (!bind) return false;
  const engine = bind.value.type === 'identifier' ? doc.scope.constants.get(bind.value.text) : bind.value;
  if (!engine) return false;
  const url = engine.type === 'call' ? engine.childForFieldName('arguments')?.namedChildren[0] : undefined;
  const text = url ? evaluate(url, doc.scope).text : '';
  return /^sqlite(\+\w+)?:\/\/(\/:memory:)?$/.test(text) || text.includes(':memory:');
}

/** `dropSchema: true` in an object literal (TypeORM's DataSource and module options). */
function dropSchemaOptions(root: Node): Node[] {
  const found: Node[] = [];
  const visit = (node: Node) => {
    if (node.type === 'pair') {
      const key = node.childForFieldName('key')?.text.replace(/['"]/g, '');
      const value = node.childForFieldName('value');
      if (key === 'dropSchema' && value && booleanOf(value) === true) found.push(node);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return found;
}
