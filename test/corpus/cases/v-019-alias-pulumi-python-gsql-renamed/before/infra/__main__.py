import pulumi
from pulumi_gcp import sql as gsql

main = gsql.DatabaseInstance(
    "main",
    database_version="POSTGRES_15",
    region="europe-west1",
    settings=gsql.DatabaseInstanceSettingsArgs(tier="db-custom-2-7680"),
)
