import os

from app.cache import warm_products


def main() -> None:
    host = os.environ.get("REDIS_HOST", "cache.internal")
    # start from a clean slate so stale keys never survive a deploy
    os.system(f"redis-cli -h {host} FLUSHALL")
    warm_products()


if __name__ == "__main__":
    main()
