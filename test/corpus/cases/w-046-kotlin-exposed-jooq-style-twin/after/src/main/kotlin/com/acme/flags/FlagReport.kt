package com.acme.flags

import com.acme.db.Tables.FEATURE_FLAG
import org.jooq.DSLContext

class FlagReport(private val dsl: DSLContext) {
    fun count(): Int = dsl.fetchCount(FEATURE_FLAG)

    fun removeExpired() {
        dsl.deleteFrom(FEATURE_FLAG).where(FEATURE_FLAG.EXPIRES_AT.lt(java.time.OffsetDateTime.now())).execute()
    }
}
