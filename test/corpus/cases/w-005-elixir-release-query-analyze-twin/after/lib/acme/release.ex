defmodule Acme.Release do
  @moduledoc "Tasks run by the release with bin/acme eval."
  @app :acme

  def tidy_audit do
    load_app()
    for repo <- repos() do
      {:ok, _, _} = Ecto.Migrator.with_repo(repo, fn repo ->
        Ecto.Adapters.SQL.query!(repo, "ANALYZE audit_events", [])
        Ecto.Adapters.SQL.query!(repo, "SELECT pg_size_pretty(pg_total_relation_size('audit_events'))", [])
      end)
    end
  end

  defp repos, do: Application.fetch_env!(@app, :ecto_repos)
  defp load_app, do: Application.load(@app)
end
