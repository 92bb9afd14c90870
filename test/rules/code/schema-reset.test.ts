import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

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

const resetLines = async (code: string, path: string) =>
  (await findingsOf(code, path)).filter((f) => f.ruleId === 'code/schema-reset').map((f) => f.line);

it('reads EF Core dropping the database or migrating back to zero, not EnsureCreated or Migrate()', async () => {
  const code = [
    'public static class Startup',
    '{',
    '    public static async Task Run(AppDbContext db)',
    '    {',
    '        db.Database.EnsureDeleted();',
    '        await db.Database.EnsureDeletedAsync();',
    '        db.GetService<IMigrator>().Migrate("0");',
    '        db.GetService<IMigrator>().Migrate(Migration.InitialDatabase);',
    '        db.Database.EnsureCreated();',
    '        db.Database.Migrate();',
    '        db.GetService<IMigrator>().Migrate("20240101_AddOrders");',
    '    }',
    '}',
    '',
  ].join('\n');
  expect(await resetLines(code, 'src/Shop/Startup.cs')).toEqual([5, 6, 7, 8]);
});

it('reads Ecto resets from code and mix aliases a deploy could run, not the developer aliases Phoenix generates', async () => {
  const release = [
    'defmodule Acme.Release do',
    '  def reset do',
    '    Ecto.Migrator.run(Repo, :down, all: true)',
    '    Mix.Task.run("ecto.drop")',
    '    Repo.__adapter__().storage_down(Repo.config())',
    '    Ecto.Migrator.run(Repo, :up, all: true)',
    '  end',
    'end',
    '',
  ].join('\n');
  expect(await resetLines(release, 'lib/acme/release.ex')).toEqual([3, 4, 5]);
  const mix = [
    'defmodule Acme.MixProject do',
    '  use Mix.Project',
    '  def project, do: [app: :acme, aliases: aliases()]',
    '  defp aliases do',
    '    [',
    '      setup: ["deps.get", "ecto.setup"],',
    '      "ecto.reset": ["ecto.drop", "ecto.setup"],',
    '      test: ["ecto.drop --quiet", "ecto.create --quiet", "test"],',
    '      "ecto.migrate": ["ecto.drop", "ecto.create", "ecto.migrate"],',
    '      deploy: ["assets.deploy", "ecto.reset"]',
    '    ]',
    '  end',
    'end',
    '',
  ].join('\n');
  expect(await resetLines(mix, 'mix.exs')).toEqual([9, 10]);
});
