import * as aws from "@pulumi/aws";

new aws.s3.BucketLifecycleConfigurationV2("wal-archive-lifecycle", {
  bucket: "acme-prod-wal-archive",
  rules: [
    {
      id: "expire",
      status: "Enabled",
      expiration: { days: 30 },
    },
  ],
});
