package main

import (
	awsrds "github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		_, err := awsrds.NewInstance(ctx, "billing", &awsrds.InstanceArgs{
			Engine:           pulumi.String("postgres"),
			InstanceClass:    pulumi.String("db.t4g.large"),
			AllocatedStorage: pulumi.Int(100),
		})
		return err
	})
}
