import os

import redis

r = redis.Redis.from_url(os.environ["REDIS_URL"])


def invalidate_product(product_id: int) -> None:
    r.delete(f"product:{product_id}")
