namespace :orders do
  desc "Purge orders and their attachments"
  task purge: :environment do
    Order.find_each(batch_size: 500) do |order|
      order.destroy!
    end
  end
end
