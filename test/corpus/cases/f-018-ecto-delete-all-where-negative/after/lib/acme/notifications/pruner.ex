defmodule Acme.Notifications.Pruner do
  import Ecto.Query

  alias Acme.Notifications.Notification
  alias Acme.Repo

  def prune(now \\ DateTime.utc_now()) do
    cutoff = DateTime.add(now, -90, :day)

    from(n in Notification, where: n.read and n.inserted_at < ^cutoff)
    |> Repo.delete_all()
  end
end
