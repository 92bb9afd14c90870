import datetime as dt
import sys

import boto3


def main(instance_id: str) -> None:
    rds = boto3.client("rds")
    snapshot_id = f"{instance_id}-pre-upgrade-{dt.datetime.utcnow():%Y%m%d%H%M}"
    rds.create_db_snapshot(DBInstanceIdentifier=instance_id, DBSnapshotIdentifier=snapshot_id)
    rds.get_waiter("db_snapshot_available").wait(DBSnapshotIdentifier=snapshot_id)
    print(f"snapshot {snapshot_id} ready")


if __name__ == "__main__":
    main(sys.argv[1])
