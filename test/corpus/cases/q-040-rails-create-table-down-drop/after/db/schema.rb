ActiveRecord::Schema[7.1].define(version: 2026_11_01_000000) do
end
