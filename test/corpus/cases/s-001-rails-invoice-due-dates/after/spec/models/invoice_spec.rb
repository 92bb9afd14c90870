require "rails_helper"

RSpec.describe Invoice do
  it "is overdue after its due date" do
    invoice = build(:invoice, due_on: 2.days.ago, paid_at: nil)
    expect(invoice).to be_overdue
  end
end
