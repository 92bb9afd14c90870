defmodule Acme.MixProject do
  use Mix.Project

  def project do
    [
      app: :acme,
      version: "0.1.0",
      elixir: "~> 1.15",
      deps: deps(),
      aliases: aliases()
    ]
  end

  defp deps do
    [{:phoenix, "~> 1.7"}, {:ecto_sql, "~> 3.10"}, {:postgrex, ">= 0.0.0"}]
  end

  defp aliases do
    [
      setup: ["deps.get", "ecto.setup"],
      "ecto.setup": ["ecto.create", "ecto.migrate", "run priv/repo/seeds.exs"],
      "ecto.reset": ["ecto.drop", "ecto.setup"],
      "ecto.migrate": ["ecto.drop", "ecto.create", "ecto.migrate"],
      test: ["ecto.create --quiet", "ecto.migrate --quiet", "test"]
    ]
  end
end
