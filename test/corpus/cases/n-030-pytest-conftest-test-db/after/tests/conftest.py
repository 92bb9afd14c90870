import os

import psycopg
import pytest

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/shop_test")


@pytest.fixture(scope="session")
def db():
    conn = psycopg.connect(TEST_DATABASE_URL, autocommit=True)
    with conn.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS orders CASCADE")
        cur.execute("CREATE TABLE orders (id serial primary key, total numeric not null)")
    yield conn
    conn.close()


@pytest.fixture(autouse=True)
def clean_tables(db):
    yield
    with db.cursor() as cur:
        cur.execute("TRUNCATE TABLE orders RESTART IDENTITY CASCADE")
