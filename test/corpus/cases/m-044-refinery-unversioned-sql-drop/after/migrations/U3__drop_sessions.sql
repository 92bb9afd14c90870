-- sessions moved to redis
DROP TABLE sessions;
