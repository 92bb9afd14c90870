namespace :analytics do
  desc "Reset page view counters before the relaunch"
  task reset: :environment do
    ActiveRecord::Base.connection.truncate(:page_views)
    puts "page_views truncated"
  end
end
