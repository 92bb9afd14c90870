defmodule Acme.Repo.Migrations.AddArchivedAtToProjects do
  use Ecto.Migration
  @disable_ddl_transaction true
  @disable_migration_lock true

  def change do
    alter table(:projects) do
      add :archived_at, :utc_datetime
    end

    create index(:projects, [:archived_at], concurrently: true)
  end
end
