PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE new_notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, created_at TEXT NOT NULL);
INSERT INTO new_notes (id, title, created_at) SELECT id, title, created_at FROM notes;
DROP TABLE notes;
ALTER TABLE new_notes RENAME TO notes;
COMMIT;
PRAGMA foreign_keys=ON;
