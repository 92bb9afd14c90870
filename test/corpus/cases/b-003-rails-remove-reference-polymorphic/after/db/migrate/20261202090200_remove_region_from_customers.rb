class RemoveRegionFromCustomers < ActiveRecord::Migration[7.1]
  def change
    remove_reference :customers, :region, polymorphic: true, index: true
  end
end
