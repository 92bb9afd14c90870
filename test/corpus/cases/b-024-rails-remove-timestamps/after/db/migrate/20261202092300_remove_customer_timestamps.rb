class RemoveCustomerTimestamps < ActiveRecord::Migration[7.1]
  def change
    remove_timestamps :customers, null: false
  end
end
