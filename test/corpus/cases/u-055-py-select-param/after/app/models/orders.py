def find(cur, order_id):
    cur.execute("SELECT * FROM orders WHERE id = %s", [order_id])
    return cur.fetchone()
