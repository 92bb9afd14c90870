package com.acme.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class EventCleanupJob {
    private static final Logger log = LoggerFactory.getLogger(EventCleanupJob.class);

    private final EventRepository events;

    public EventCleanupJob(EventRepository events) {
        this.events = events;
    }

    @Scheduled(cron = "0 30 2 * * *")
    @Transactional
    public void purgeProcessed() {
        long before = events.count();
        events.deleteAll();
        log.info("purged {} processed events", before);
    }
}
