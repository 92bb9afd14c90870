import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.models import Base, Order
from app.repository import OrderRepository


@pytest.fixture
def session():
    engine = create_engine("sqlite:///:memory:")
    Base.metadata.create_all(engine)
    Session = sessionmaker(bind=engine)
    with Session() as s:
        yield s
    Base.metadata.drop_all(engine)


def test_delete_all_orders(session):
    session.add_all([Order(total=1), Order(total=2)])
    OrderRepository(session).delete_all()
    session.query(Order).delete()
    assert session.query(Order).count() == 0
