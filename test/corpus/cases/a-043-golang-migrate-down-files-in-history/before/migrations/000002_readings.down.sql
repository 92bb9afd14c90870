DROP TABLE readings;
DROP TABLE meters;
