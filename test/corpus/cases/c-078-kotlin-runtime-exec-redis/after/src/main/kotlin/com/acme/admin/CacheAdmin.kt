package com.acme.admin

class CacheAdmin(private val redisHost: String) {
    fun flush() {
        val process = Runtime.getRuntime().exec(arrayOf("redis-cli", "-h", redisHost, "FLUSHALL"))
        process.waitFor()
    }
}
