namespace :cleanup do
  task carts: :environment do
    ActiveRecord::Base.connection.execute("DROP TABLE old_carts")
  end
end
