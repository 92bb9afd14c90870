import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const env = pulumi.getStack();
const dbIdentifier = config.require("dbIdentifier");

const subnets = new aws.rds.SubnetGroup("db", { subnetIds: config.requireObject<string[]>("subnetIds") });

export const orders = new aws.rds.Instance("orders", {
  identifier: dbIdentifier,
  engine: "postgres",
  instanceClass: config.require("dbInstanceClass"),
  allocatedStorage: 100,
  dbSubnetGroupName: subnets.name,
  deletionProtection: config.requireBoolean("deletionProtection"),
  backupRetentionPeriod: config.requireNumber("backupRetentionDays"),
  tags: { env },
});

export const cache = new aws.elasticache.Cluster("sessions", {
  engine: "redis",
  nodeType: config.require("cacheNodeType"),
  numCacheNodes: 1,
});
