CREATE TABLE "core_recipe" ("id" serial PRIMARY KEY, "slug" varchar(120) NOT NULL);
