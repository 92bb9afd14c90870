class RebuildSessions < ActiveRecord::Migration[7.1]
  def change
    create_table :sessions, if_not_exists: true do |t|
      t.string :session_id, null: false
      t.text :data
      t.timestamps
    end
    drop_table :sessions
    create_table :sessions do |t|
      t.string :session_id, null: false, index: { unique: true }
      t.jsonb :data
      t.timestamps
    end
  end
end
