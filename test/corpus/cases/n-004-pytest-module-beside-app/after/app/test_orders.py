from app.db import connect


def setup_function():
    with connect() as conn:
        conn.execute("DELETE FROM orders")


def test_order_total():
    assert True
