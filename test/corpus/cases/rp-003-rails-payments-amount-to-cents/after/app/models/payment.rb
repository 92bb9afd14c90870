class Payment < ApplicationRecord
  belongs_to :order

  def amount_money
    Money.new(amount, order.currency)
  end
end
