"""Monthly report queries.

The old implementation ran ``DROP TABLE report_cache;`` before every rebuild; we now keep the
table and refresh it in place.
"""
import logging

log = logging.getLogger(__name__)


def refresh(cursor):
    # DELETE FROM report_cache; was too slow, see ADR 12.
    log.info("refreshing report_cache instead of DROP TABLE report_cache")
    cursor.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY report_cache")
