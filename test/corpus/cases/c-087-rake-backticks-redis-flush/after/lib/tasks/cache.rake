namespace :cache do
  task reset: :environment do
    `redis-cli -u #{ENV.fetch("REDIS_URL")} FLUSHALL`
  end
end
