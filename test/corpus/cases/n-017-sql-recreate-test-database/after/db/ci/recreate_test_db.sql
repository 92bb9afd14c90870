-- Used by bin/ci before the suite runs.
DROP DATABASE IF EXISTS shop_test;
CREATE DATABASE shop_test;
