class RemoveIndexEventsOnPayloadType < ActiveRecord::Migration[7.1]
  disable_ddl_transaction!

  def change
    remove_index :events, :payload_type, name: "index_events_on_payload_type", algorithm: :concurrently
  end
end
