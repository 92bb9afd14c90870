from peewee import PostgresqlDatabase

from models import Metric, database


def reset_metrics():
    with database.atomic():
        Metric.delete().execute()


if __name__ == "__main__":
    reset_metrics()
