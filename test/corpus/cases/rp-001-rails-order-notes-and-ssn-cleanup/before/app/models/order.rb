class Order < ApplicationRecord
  belongs_to :user
  has_many :payments, dependent: :restrict_with_error

  validates :currency, inclusion: { in: %w[EUR USD GBP] }
end
