class Invoice < ApplicationRecord
  belongs_to :account
  belongs_to :billing_contact, class_name: "Contact", optional: true

  scope :overdue, -> { where("due_on < ?", Date.current).where(paid_at: nil) }

  def overdue?
    due_on.present? && due_on < Date.current && paid_at.nil?
  end
end
