ActiveRecord::Schema[7.1].define(version: 2026_11_01_120000) do
  enable_extension "plpgsql"

  create_table "customers", force: :cascade do |t|
    t.string "email", null: false
    t.string "nickname", limit: 40
    t.string "legacy_code", limit: 12
    t.decimal "balance", precision: 12, scale: 2
    t.bigint "region_id"
    t.string "region_type"
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "invoices", force: :cascade do |t|
    t.bigint "customer_id"
    t.text "memo"
    t.string "status", limit: 20
    t.datetime "created_at", null: false
    t.datetime "updated_at", null: false
  end

  create_table "coupons_customers", id: false, force: :cascade do |t|
    t.bigint "coupon_id", null: false
    t.bigint "customer_id", null: false
  end

  create_table "audit_trails", force: :cascade do |t|
    t.string "action"
    t.datetime "created_at", null: false
  end
end
