class ProductImportJob < ApplicationJob
  def perform(import_id)
    import = ProductImport.find(import_id)
    import.apply!
    Rails.cache.delete_matched("views/products/*")
    Rails.cache.delete("catalog/stats")
  end
end
