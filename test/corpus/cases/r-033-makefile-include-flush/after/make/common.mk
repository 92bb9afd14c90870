# Shared make settings.
COMPOSE ?= docker compose
REDIS_URL ?= redis://cache.prod.internal:6379/0
CACHE_FLUSH ?= FLUSHALL
