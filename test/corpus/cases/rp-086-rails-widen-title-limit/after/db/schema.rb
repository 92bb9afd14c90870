ActiveRecord::Schema[7.1].define(version: 2026_11_19_081200) do
  create_table "articles", force: :cascade do |t|
    t.string "title", limit: 255, null: false
    t.text "body"
    t.datetime "published_at"
    t.timestamps
  end
end
