import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const env = pulumi.getStack();

export const db = new aws.rds.Instance(
  "app-db",
  {
    engine: "postgres",
    engineVersion: "16.4",
    instanceClass: config.require("dbClass"),
    allocatedStorage: 100,
    username: "app",
    manageMasterUserPassword: true,
    skipFinalSnapshot: true,
    backupRetentionPeriod: 14,
  },
);
