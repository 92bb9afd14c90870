CREATE TABLE "pets" ("id" bigint PRIMARY KEY, "name" text);
