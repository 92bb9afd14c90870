-- Runs once, when the postgres container starts on an empty volume.
CREATE USER app WITH PASSWORD 'app';
DROP DATABASE IF EXISTS app_dev;
CREATE DATABASE app_dev OWNER app;
CREATE DATABASE app_test OWNER app;
