class PurgeLegacyEventsJob < ApplicationJob
  queue_as :maintenance

  def perform
    LegacyEvent.where(created_at: ...2.years.ago).in_batches(of: 10_000, &:delete_all)
  end
end
