package com.acme.bootstrap;

import com.mongodb.client.MongoClient;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

@Component
public class DataBootstrap implements ApplicationRunner {
    private final MongoClient client;

    public DataBootstrap(MongoClient client) {
        this.client = client;
    }

    @Override
    public void run(ApplicationArguments args) {
        client.getDatabase("catalog").listCollectionNames().forEach(System.out::println);
    }
}
