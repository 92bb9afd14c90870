package com.acme.orders

import org.junit.jupiter.api.AfterEach
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.test.context.SpringBootTest
import org.springframework.jdbc.core.JdbcTemplate

@SpringBootTest
class OrderRepositoryIT {
    @Autowired lateinit var jdbc: JdbcTemplate

    @AfterEach
    fun cleanup() {
        jdbc.execute("TRUNCATE TABLE order_items, orders RESTART IDENTITY CASCADE")
    }
}
