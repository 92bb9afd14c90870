from sqlalchemy import text

REVENUE = text(
    """
    SELECT date_trunc('day', paid_at) AS day, sum(amount_cents) AS cents
    FROM payments
    WHERE paid_at >= :since
    GROUP BY 1
    ORDER BY 1
    """
)


def revenue_since(session, since):
    return session.execute(REVENUE, {"since": since}).all()
