import os

import redis

r = redis.Redis.from_url(os.environ["REDIS_URL"])


def init_cache() -> None:
    r.flushdb()
    r.set("cache:version", "2")
