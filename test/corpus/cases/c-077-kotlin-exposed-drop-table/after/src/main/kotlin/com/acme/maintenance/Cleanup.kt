package com.acme.maintenance

import org.jetbrains.exposed.sql.transactions.transaction

fun dropLegacyOrders() {
    transaction {
        exec("DROP TABLE IF EXISTS legacy_orders")
    }
}
