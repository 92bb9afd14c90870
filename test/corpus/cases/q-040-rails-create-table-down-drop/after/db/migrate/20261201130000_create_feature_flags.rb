class CreateFeatureFlags < ActiveRecord::Migration[7.1]
  def up
    create_table :feature_flags do |t|
      t.string :key, null: false, limit: 100
      t.boolean :enabled, null: false, default: false
      t.timestamps
    end
    add_index :feature_flags, :key, unique: true
  end

  def down
    drop_table :feature_flags
  end
end
