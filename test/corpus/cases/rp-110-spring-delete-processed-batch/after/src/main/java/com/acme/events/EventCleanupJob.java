package com.acme.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class EventCleanupJob {
    private final EventRepository events;

    public EventCleanupJob(EventRepository events) {
        this.events = events;
    }

    @Scheduled(cron = "0 30 2 * * *")
    @Transactional
    public void purgeProcessed() {
        Instant cutoff = Instant.now().minus(30, ChronoUnit.DAYS);
        List<Event> batch = events.findByProcessedAtBefore(cutoff, PageRequest.of(0, 1000));
        events.deleteAll(batch);
    }
}
