BEGIN;
-- two-key: allow sql/drop-table -- scratch table of the nightly CSV import
DROP TABLE
    tmp_import;
COMMIT;
