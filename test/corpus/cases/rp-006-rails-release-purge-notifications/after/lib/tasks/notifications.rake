namespace :notifications do
  desc "Remove notifications older than 90 days"
  task purge: :environment do
    cutoff = 90.days.ago
    Rails.logger.info("purging notifications older than #{cutoff}")
    Notification.delete_all
  end
end
