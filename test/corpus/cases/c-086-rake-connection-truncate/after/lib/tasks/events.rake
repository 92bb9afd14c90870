namespace :events do
  desc "Reset the events table before replay"
  task reset: :environment do
    ActiveRecord::Base.connection.execute("TRUNCATE events RESTART IDENTITY")
  end
end
