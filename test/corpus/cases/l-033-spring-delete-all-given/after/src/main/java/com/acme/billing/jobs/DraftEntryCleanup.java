package com.acme.billing.jobs;

import com.acme.billing.repo.LedgerEntryRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class DraftEntryCleanup {
    private final LedgerEntryRepository entries;

    public DraftEntryCleanup(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    @Scheduled(cron = "0 0 2 * * *")
    public void run() {
        entries.deleteAll(entries.findByStatusAndCreatedAtBefore("DRAFT", Instant.now().minus(7, ChronoUnit.DAYS)));
    }
}
