require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

DB.transaction do
  DB[:email_deliveries].delete
  DB[:email_batches].where(state: "done").delete
end
