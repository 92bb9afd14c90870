from pulumi_aws import rds
