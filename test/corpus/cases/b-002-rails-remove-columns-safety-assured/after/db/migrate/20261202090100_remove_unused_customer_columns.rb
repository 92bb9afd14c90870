class RemoveUnusedCustomerColumns < ActiveRecord::Migration[7.1]
  def change
    safety_assured do
      remove_columns :customers, :legacy_code, :nickname, type: :string
    end
  end
end
