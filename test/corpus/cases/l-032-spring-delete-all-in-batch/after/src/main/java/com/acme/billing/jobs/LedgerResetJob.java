package com.acme.billing.jobs;

import com.acme.billing.repo.LedgerEntryRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class LedgerResetJob {
    private final LedgerEntryRepository entries;

    public LedgerResetJob(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    @Scheduled(cron = "0 0 1 1 * *")
    @Transactional
    public void reset() {
        entries.deleteAllInBatch();
    }
}
