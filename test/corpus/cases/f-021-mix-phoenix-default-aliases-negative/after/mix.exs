defmodule Acme.MixProject do
  use Mix.Project

  def project do
    [app: :acme, version: "0.1.0", deps: deps(), aliases: aliases()]
  end

  defp deps, do: [{:phoenix, "~> 1.7"}, {:ecto_sql, "~> 3.10"}]

  defp aliases do
    [
      setup: ["deps.get", "ecto.setup", "assets.setup", "assets.build"],
      "ecto.setup": ["ecto.create", "ecto.migrate", "run priv/repo/seeds.exs"],
      "ecto.reset": ["ecto.drop", "ecto.setup"],
      test: ["ecto.create --quiet", "ecto.migrate --quiet", "test"],
      "assets.deploy": ["esbuild acme --minify", "phx.digest"]
    ]
  end
end
