import { describe, expect, it } from 'vitest';
import { lineOfSql, readMigration } from './read.js';

const PATH = 'priv/repo/migrations/20240612093012_cleanup.exs';

/** What `mix ecto.gen.migration` writes, with the given functions. */
function gen(body: string): string {
  return `defmodule Acme.Repo.Migrations.Cleanup do
  use Ecto.Migration

${body}
end
`;
}

describe('the Ecto reader', () => {
  it('reads drops in change/0 as forward and in down/0 as rollback-only', async () => {
    const read = await readMigration(
      PATH,
      gen(`  def up do
    drop_if_exists index(:tokens, [:user_id])
    drop table(:tokens)
  end

  def down do
    drop_if_exists table("scratch")
  end`),
    );
    expect(read.framework).toBe('ecto');
    expect(read.operations).toEqual([
      { kind: 'drop-table', call: 'drop', target: 'tokens', line: 6, rollbackOnly: false },
      { kind: 'drop-table', call: 'drop_if_exists', target: 'scratch', line: 10, rollbackOnly: true },
    ]);
  });

  it('reads remove, remove of a reference and a lossy modify inside alter table', async () => {
    const read = await readMigration(
      PATH,
      gen(`  def change do
    alter table(:customers) do
      remove :fax, :string
      remove :account_id, references(:accounts)
      modify :price, :integer, from: :decimal
      modify :name, :string, size: 50, from: {:string, size: 255}
      modify :bio, :text, from: :string
    end
  end`),
    );
    expect(read.operations.map((o) => [o.kind, o.target, o.line, o.detail])).toEqual([
      ['drop-column', 'customers.fax', 6, undefined],
      ['drop-reference', 'customers.account_id', 7, undefined],
      ['lossy-type-change', 'customers.price', 8, 'decimal -> integer'],
      ['lossy-type-change', 'customers.name', 9, 'varchar(255) -> varchar(50)'],
    ]);
  });

  it('reads execute/2 with its second argument as rollback SQL, heredocs mapped line by line', async () => {
    const text = gen(`  def change do
    execute "DROP TABLE legacy\\n", "CREATE TABLE legacy (id bigint)"

    execute """
    DELETE FROM sessions;
    DROP TABLE audit;
    """
  end`);
    const read = await readMigration(PATH, text);
    expect(read.sql.map((s) => [s.call, s.rollbackOnly])).toEqual([
      ['execute', false],
      ['execute (rollback)', true],
      ['execute', false],
    ]);
    expect(read.sql[0]!.text).toBe('DROP TABLE legacy\n');
    expect(lineOfSql(read, 2, 'DELETE')).toBe(8);
    expect(lineOfSql(read, 2, 'DROP TABLE audit')).toBe(9);
  });

  it('reports interpolated execute as dynamic and unbounded delete_all', async () => {
    const read = await readMigration(
      PATH,
      gen(`  def up do
    for t <- ~w(a b), do: execute("DROP TABLE #{t}")
    repo().delete_all(from(u in "users", where: u.inactive))
    repo().delete_all(from u in "sessions")
    from(e in "events") |> repo().delete_all()
  end`),
    );
    expect(read.dynamicSql).toEqual([
      { call: 'execute', reason: 'string interpolation', line: 5, rollbackOnly: false },
    ]);
    expect(read.operations.map((o) => [o.kind, o.target, o.line])).toEqual([
      ['unbounded-delete', 'sessions', 7],
      ['unbounded-delete', 'events', 8],
    ]);
  });
});
