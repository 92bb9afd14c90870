BEGIN;
--
-- Alter field title on recipe
--
ALTER TABLE "core_recipe" ALTER COLUMN "title" TYPE varchar(200) USING "title"::varchar(200);
COMMIT;
