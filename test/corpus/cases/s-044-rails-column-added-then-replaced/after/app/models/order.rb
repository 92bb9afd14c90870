class Order < ApplicationRecord
  validates :gift_message, length: { maximum: 500 }
end
