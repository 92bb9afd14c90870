PRAGMA foreign_keys=OFF;
CREATE TABLE "new_tasks" ("id" INTEGER NOT NULL PRIMARY KEY, "title" TEXT NOT NULL, "done" BOOLEAN NOT NULL DEFAULT false);
INSERT INTO "new_tasks" ("id", "title", "done") SELECT "id", "title", "done" FROM "tasks";
DROP TABLE "tasks";
ALTER TABLE "new_tasks" RENAME TO "tasks";
PRAGMA foreign_keys=ON;
