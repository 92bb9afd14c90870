import * as aws from "@pulumi/aws";

new aws.s3.BucketLifecycleConfigurationV2("build-cache-lifecycle", {
  bucket: "acme-ci-build-cache",
  rules: [
    {
      id: "expire",
      status: "Enabled",
      expiration: { days: 30 },
    },
  ],
});
