from yoyo import step

__depends__ = {"0007_drop_audit"}

steps = [
    step(
        "ALTER TABLE accounts ADD COLUMN region TEXT NOT NULL DEFAULT 'eu'",
        # rollback
        "ALTER TABLE accounts DROP COLUMN region",
    )
]
