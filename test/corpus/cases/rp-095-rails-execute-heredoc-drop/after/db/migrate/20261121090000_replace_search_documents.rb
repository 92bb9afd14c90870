class ReplaceSearchDocuments < ActiveRecord::Migration[7.1]
  def up
    enable_extension "unaccent" unless extension_enabled?("unaccent")

    execute <<~SQL
      DROP TRIGGER IF EXISTS search_documents_refresh ON products;
      DROP TABLE search_documents;
    SQL

    add_column :products, :searchable, :tsvector
    add_index :products, :searchable, using: :gin
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end
