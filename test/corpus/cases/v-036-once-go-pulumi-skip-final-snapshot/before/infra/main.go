package main

import (
	"github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		_, err := rds.NewInstance(ctx, "orders", &rds.InstanceArgs{
			Engine:            pulumi.String("postgres"),
			InstanceClass:     pulumi.String("db.t4g.medium"),
			SkipFinalSnapshot: pulumi.Bool(false),
		})
		return err
	})
}
