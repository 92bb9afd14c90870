export { Instance } from "@pulumi/aws/rds";
