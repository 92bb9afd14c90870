class PurgeLegacyEventsJob < ApplicationJob
  queue_as :maintenance

  def perform
    LegacyEvent.unscoped.in_batches(of: 10_000, &:delete_all)
  end
end
