defmodule Acme.Maintenance do
  alias Ecto.Adapters.SQL

  def reset_counters do
    SQL.query!(Acme.Repo, "TRUNCATE page_views, daily_counters", [])
  end
end
