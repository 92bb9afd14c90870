from django_redis import get_redis_connection


def logout_everywhere(user_id: int) -> int:
    conn = get_redis_connection("default")
    removed = 0
    for key in conn.scan_iter(match=f"session:{user_id}:*", count=500):
        conn.delete(key)
        removed += 1
    return removed
