require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "warn")
  config.log_tags = [:request_id]
  config.active_record.dump_schema_after_migration = false
end
