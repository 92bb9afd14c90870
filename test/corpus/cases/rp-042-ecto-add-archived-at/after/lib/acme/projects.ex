defmodule Acme.Projects do
  import Ecto.Query
  alias Acme.Repo
  alias Acme.Projects.Project

  def archive(%Project{} = project) do
    project
    |> Ecto.Changeset.change(archived_at: DateTime.utc_now() |> DateTime.truncate(:second))
    |> Repo.update()
  end

  def active, do: from(p in Project, where: is_nil(p.archived_at)) |> Repo.all()
end
