import * as pulumi from "@pulumi/pulumi";
import { DbInstance } from "./infra";

const config = new pulumi.Config();

export const ledger = new DbInstance("ledger", {
  identifier: config.require("dbIdentifier"),
  engine: "postgres",
  instanceClass: "db.r6g.large",
  allocatedStorage: 200,
  deletionProtection: config.requireBoolean("deletionProtection"),
});
