CREATE TEMP TABLE labels_backup (id bigint, name text);
INSERT INTO labels_backup SELECT * FROM labels;
DROP TABLE labels;
