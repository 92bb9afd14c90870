ActiveRecord::Schema[7.1].define(version: 2026_11_01_000000) do
  create_table "articles", force: :cascade do |t|
    t.string "title", limit: 120, null: false
    t.text "body"
    t.datetime "published_at"
    t.timestamps
  end
end
