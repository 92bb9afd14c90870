class Customer < ApplicationRecord
  self.ignored_columns += ["fullname_legacy"]

  before_save { self.fullname = name if will_save_change_to_name? }
end
