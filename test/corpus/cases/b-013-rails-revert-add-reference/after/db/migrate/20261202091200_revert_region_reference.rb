class RevertRegionReference < ActiveRecord::Migration[7.1]
  def change
    revert { add_reference :customers, :region, polymorphic: true }
  end
end
