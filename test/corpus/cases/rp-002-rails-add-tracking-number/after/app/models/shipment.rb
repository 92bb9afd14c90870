class Shipment < ApplicationRecord
  belongs_to :order

  CARRIERS = %w[dhl ups fedex].freeze
  validates :carrier, inclusion: { in: CARRIERS }

  def tracking_url
    return if tracking_number.blank?

    format(Rails.configuration.x.carriers.fetch(carrier).tracking_url, tracking_number)
  end
end
