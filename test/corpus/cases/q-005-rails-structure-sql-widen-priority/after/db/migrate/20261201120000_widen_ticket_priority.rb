class WidenTicketPriority < ActiveRecord::Migration[7.1]
  def up
    change_column :tickets, :priority, :integer, default: 3, null: false
  end

  def down
    change_column :tickets, :priority, :integer, limit: 2, default: 3, null: false
  end
end
