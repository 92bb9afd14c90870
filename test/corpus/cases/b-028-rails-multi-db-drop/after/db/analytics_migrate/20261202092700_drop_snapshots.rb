class DropSnapshots < ActiveRecord::Migration[7.1]
  def change
    drop_table :snapshots, if_exists: true
  end
end
