-- reclaim space: old partitions are no longer needed
ALTER TABLE events TRUNCATE PARTITION p2025, p2026;
OPTIMIZE TABLE events;
