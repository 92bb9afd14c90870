import * as aws from "@pulumi/aws";

export const uploads = new aws.s3.BucketV2("uploads", {
  bucket: "acme-user-uploads",
});
