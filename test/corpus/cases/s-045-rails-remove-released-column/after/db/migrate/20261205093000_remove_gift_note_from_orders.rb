class RemoveGiftNoteFromOrders < ActiveRecord::Migration[7.1]
  def change
    add_column :orders, :gift_message, :text
    remove_column :orders, :gift_note, :string
  end
end
