defmodule Acme.Repo.Migrations.DropWebhookDeliveries do
  use Ecto.Migration

  def change do
    drop_if_exists index(:webhook_deliveries, [:endpoint_id])
    drop table(:webhook_deliveries)
  end
end
