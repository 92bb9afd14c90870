BEGIN;
ALTER TABLE "core_recipe" ALTER COLUMN "slug" TYPE varchar(40) USING "slug"::varchar(40);
COMMIT;
