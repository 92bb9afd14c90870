require "rails_helper"

RSpec.describe Shipment do
  it "builds a tracking url" do
    shipment = build(:shipment, carrier: "dhl", tracking_number: "JD0123")
    expect(shipment.tracking_url).to include("JD0123")
  end
end
