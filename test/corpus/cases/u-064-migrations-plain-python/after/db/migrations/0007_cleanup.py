def migrate(conn):
    conn.execute("DROP TABLE orders_archive")
