from cassandra.cluster import Cluster

cluster = Cluster(["cassandra.internal"])
session = cluster.connect("analytics")


def reset() -> None:
    session.execute("TRUNCATE analytics.events")
