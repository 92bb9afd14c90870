package com.acme.orders

import org.springframework.jdbc.core.JdbcTemplate
import org.springframework.scheduling.annotation.Scheduled
import org.springframework.stereotype.Component

@Component
class OrderCleanup(private val jdbc: JdbcTemplate) {
    @Scheduled(cron = "0 0 3 * * *")
    fun cleanup() {
        jdbc.execute("TRUNCATE TABLE order_items, orders RESTART IDENTITY CASCADE")
    }
}
