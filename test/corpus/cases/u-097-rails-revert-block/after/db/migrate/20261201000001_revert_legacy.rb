class Change < ActiveRecord::Migration[7.1]
  def change
    revert do
      create_table :legacy_orders do |t|
        t.string :name
      end
    end
  end
end
