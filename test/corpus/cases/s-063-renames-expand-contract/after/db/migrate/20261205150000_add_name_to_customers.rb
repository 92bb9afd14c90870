class AddNameToCustomers < ActiveRecord::Migration[7.1]
  def up
    add_column :customers, :name, :string
    execute <<~SQL
      UPDATE customers SET name = fullname WHERE name IS NULL AND id BETWEEN 1 AND 50000;
    SQL
  end

  def down
    remove_column :customers, :name
  end
end
