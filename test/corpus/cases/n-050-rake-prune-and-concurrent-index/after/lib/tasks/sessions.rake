namespace :sessions do
  desc "Remove sessions that expired more than 30 days ago"
  task prune: :environment do
    count = Session.where("updated_at < ?", 30.days.ago).delete_all
    puts "pruned #{count} sessions"
    Rails.cache.delete("sessions:count")
  end
end
