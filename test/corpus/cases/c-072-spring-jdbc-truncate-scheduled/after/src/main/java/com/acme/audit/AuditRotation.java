package com.acme.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class AuditRotation {
    private final JdbcTemplate jdbcTemplate;

    public AuditRotation(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Scheduled(cron = "0 0 3 * * *")
    public void rotate() {
        jdbcTemplate.execute("TRUNCATE TABLE audit_log");
    }
}
