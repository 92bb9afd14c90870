REDIS_URL ?= redis://cache.prod.internal:6379/0

.PHONY: cache-flush cache-stats
cache-flush:
	redis-cli -u $(REDIS_URL) FLUSHALL
cache-stats:
	redis-cli -u $(REDIS_URL) INFO stats
