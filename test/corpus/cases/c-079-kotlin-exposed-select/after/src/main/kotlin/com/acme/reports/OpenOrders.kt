package com.acme.reports

import org.jetbrains.exposed.sql.transactions.transaction

fun openOrders(): Int = transaction {
    var count = 0
    exec("SELECT count(*) FROM orders WHERE status = 'open'") { rs ->
        if (rs.next()) count = rs.getInt(1)
    }
    count
}
