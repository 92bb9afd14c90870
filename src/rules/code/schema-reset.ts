import type { Node } from 'web-tree-sitter';
import type { Rule } from '../../core/rule.js';
import { booleanOf, propertiesOf, spanOf, type CodeCall } from '../../parsers/code/read.js';
import { evaluate } from '../../parsers/code/values.js';
import type { CodeDocument } from './lib/document.js';
import { label } from '../../parsers/code/executed.js';

type MessageId = 'call' | 'option';

/** pytest's fixture file: it runs under the test runner only. */
const TEST_SUPPORT = /(^|\/)conftest\.py$/;

/** Calls that drop every table the application maps (or its whole database), by name. */
const RESETS: Record<string, { does: string; languages?: CodeDocument['language'][] }> = {
  drop_all: { does: 'drops every table the models map', languages: ['python'] },
  drop_tables: { does: 'drops the tables it is given, with their rows', languages: ['python'] },
  dropAllTables: { does: 'drops every table of the database' },
  dropAllSchemas: { does: 'drops every schema of the database' },
  DropTable: { does: 'drops the table and its rows', languages: ['go'] },
};

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
