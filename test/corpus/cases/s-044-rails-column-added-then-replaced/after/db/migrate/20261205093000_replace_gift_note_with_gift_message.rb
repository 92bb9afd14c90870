class ReplaceGiftNoteWithGiftMessage < ActiveRecord::Migration[7.1]
  def change
    remove_column :orders, :gift_note, :string
    add_column :orders, :gift_message, :text
    add_column :orders, :gift_wrap, :boolean, default: false, null: false
  end
end
