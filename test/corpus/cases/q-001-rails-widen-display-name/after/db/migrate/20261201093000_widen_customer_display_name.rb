class WidenCustomerDisplayName < ActiveRecord::Migration[7.1]
  def up
    change_column :customers, :display_name, :string, limit: 150
  end

  def down
    change_column :customers, :display_name, :string, limit: 50
  end
end
