# The SSN columns were superseded by the KYC provider integration (see #1842).
class RemoveLegacySsnFromUsers < ActiveRecord::Migration[7.1]
  def change
    remove_column :users, :legacy_ssn, :string
    remove_column :users, :legacy_ssn_last4, :string
  end
end
