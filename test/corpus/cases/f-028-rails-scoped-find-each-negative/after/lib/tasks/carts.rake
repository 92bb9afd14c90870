namespace :carts do
  task purge_abandoned: :environment do
    Cart.where(status: "abandoned").where("updated_at < ?", 30.days.ago).find_each do |cart|
      cart.destroy!
    end
  end
end
