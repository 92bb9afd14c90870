class CreateGiftCards < ActiveRecord::Migration[7.1]
  def change
    create_table :gift_cards do |t|
      t.string :code, null: false
      t.integer :balance_cents, null: false, default: 0
    end
  end
end
