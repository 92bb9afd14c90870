class Order < ApplicationRecord
  belongs_to :user
  has_many :payments, dependent: :restrict_with_error

  validates :currency, inclusion: { in: %w[EUR USD GBP] }
  validates :notes, length: { maximum: 2_000 }
end
