class TicketIdToInteger < ActiveRecord::Migration[7.1]
  def up
    change_column :tickets, :id, :integer
  end
end
