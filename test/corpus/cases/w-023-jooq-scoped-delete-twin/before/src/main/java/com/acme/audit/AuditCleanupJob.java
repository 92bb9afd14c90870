package com.acme.audit;

import static com.acme.db.Tables.AUDIT_EVENT;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class AuditCleanupJob {
    private final DSLContext dsl;

    public AuditCleanupJob(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Scheduled(cron = "0 0 4 * * *")
    public void run() {
        dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.CREATED_AT.lt(OffsetDateTime.now().minusDays(90))).execute();
    }
}
