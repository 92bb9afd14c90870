import { DeleteDBClusterCommand, DeleteDBInstanceCommand, RDSClient } from "@aws-sdk/client-rds";

const rds = new RDSClient({ region: "eu-west-1" });

async function main() {
  for (const id of ["reporting-1", "reporting-2"]) {
    await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: id }));
  }
  await rds.send(
    new DeleteDBClusterCommand({
      DBClusterIdentifier: "reporting",
      SkipFinalSnapshot: true,
    }),
  );
  console.log("reporting cluster decommissioned");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
