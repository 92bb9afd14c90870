import * as aws from "@pulumi/aws";

export const dbBackups = new aws.s3.BucketV2("db-backups", {
  bucket: "acme-prod-db-backups",
  forceDestroy: true,
});
