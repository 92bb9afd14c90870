CREATE TABLE "core_recipe" ("id" serial PRIMARY KEY, "title" varchar(80) NOT NULL);
