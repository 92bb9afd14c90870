package com.acme.flags

import com.acme.db.Tables.FEATURE_FLAG
import org.jooq.DSLContext

class FlagReset(private val dsl: DSLContext) {
    fun resetAll() {
        dsl.transaction { cfg ->
            cfg.dsl().deleteFrom(FEATURE_FLAG).execute()
        }
    }
}
