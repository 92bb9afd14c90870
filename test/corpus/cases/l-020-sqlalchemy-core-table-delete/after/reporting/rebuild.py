import sqlalchemy as sa

from reporting.db import engine, metadata

daily_totals = sa.Table("daily_totals", metadata, autoload_with=engine)


def rebuild():
    with engine.begin() as conn:
        conn.execute(daily_totals.delete())
        conn.execute(
            daily_totals.insert().from_select(["day", "total"], sa.text("SELECT day, sum(amount) FROM payments GROUP BY day"))
        )
