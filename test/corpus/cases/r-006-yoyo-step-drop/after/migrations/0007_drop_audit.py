"""
Remove the audit table: auditing moved to the events service.
"""

from yoyo import step

__depends__ = {"0006_events_index"}

steps = [
    step(
        "DROP TABLE audit_log",
        "CREATE TABLE audit_log (id SERIAL PRIMARY KEY, body TEXT)",
    )
]
