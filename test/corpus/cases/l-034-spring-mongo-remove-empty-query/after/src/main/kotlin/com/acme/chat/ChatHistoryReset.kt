package com.acme.chat

import org.springframework.boot.CommandLineRunner
import org.springframework.data.mongodb.core.MongoTemplate
import org.springframework.data.mongodb.core.query.Query
import org.springframework.stereotype.Component

@Component
class ChatHistoryReset(private val mongo: MongoTemplate) : CommandLineRunner {
    override fun run(vararg args: String) {
        if (args.contains("--reset-chat")) {
            mongo.remove(Query(), ChatMessage::class.java)
        }
    }
}
