class CapCustomerDisplayName < ActiveRecord::Migration[7.1]
  def change
    change_column :customers, :display_name, :string, limit: 30
  end
end
