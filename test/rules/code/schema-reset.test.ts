import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // SQLAlchemy metadata drop_all at import time
    {
      code: 'from sqlalchemy import create_engine\nfrom app.models import Base\n\nengine = create_engine(DATABASE_URL)\nBase.metadata.drop_all(engine)\nBase.metadata.create_all(engine)\n',
      path: 'app/db.py',
      line: 5,
      messageId: 'call',
    },
    // a model sync with force in TypeScript
    { code: 'export async function boot() {\n  await User.sync({ force: true });\n}\n', path: 'src/boot.ts', line: 2 },
  ],
  valid: [
    { code: 'export async function boot() {\n  await User.sync({ alter: true });\n}\n', path: 'src/boot.ts' },
    // create_all only
    { code: 'Base.metadata.create_all(engine)\n', path: 'app/db.py' },
  ],
};

ruleTester('code/schema-reset', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/schema-reset', cases.invalid)).toMatchInlineSnapshot(`
    "app/db.py:5:1 code/schema-reset
    5 | Base.metadata.drop_all(engine)
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ metadata.drop_all drops every table the models map: wherever this code runs, production included, the data is gone

    src/boot.ts:2:9 code/schema-reset
    2 |   await User.sync({ force: true });
      |         ^^^^^^^^^^^^^^^^^^^^^^^^^^ User.sync with force: true drops every table and creates it again: wherever this code runs, production included, the data is gone"
  `);
});
