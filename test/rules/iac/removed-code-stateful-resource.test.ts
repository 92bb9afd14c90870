import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a Pulumi TypeScript bucket removed
    {
      code: 'import * as aws from "@pulumi/aws";\nconst topic = new aws.sns.Topic("events");\n',
      path: 'infra/index.ts',
      base: 'import * as aws from "@pulumi/aws";\nconst topic = new aws.sns.Topic("events");\nconst uploads = new aws.s3.BucketV2("uploads", {});\n',
      line: 3,
      side: 'base',
      messageId: 'removed',
    },
    // a CDK Python table whose construct id is renamed
    {
      code: 'from aws_cdk import aws_dynamodb as dynamodb\n\ndynamodb.Table(self, "OrdersV2", partition_key=pk)\n',
      path: 'stacks/orders.py',
      base: 'from aws_cdk import aws_dynamodb as dynamodb\n\ndynamodb.Table(self, "Orders", partition_key=pk)\n',
      line: 3,
      side: 'base',
      messageId: 'removed',
    },
    // import aliases of any spelling: the name is resolved to the module it is bound to
    {
      code: 'from aws_cdk import Stack\nfrom aws_cdk import aws_dynamodb as ddb\n',
      path: 'stacks/orders.py',
      base: 'from aws_cdk import Stack\nfrom aws_cdk import aws_dynamodb as ddb\n\nddb.Table(self, "Orders", partition_key=pk)\n',
      line: 4,
      side: 'base',
      messageId: 'removed',
      data: { resource: 'ddb.Table("Orders")' },
    },
    {
      code: 'from pulumi_gcp import sql as gsql\n',
      path: '__main__.py',
      base: 'from pulumi_gcp import sql as gsql\ndb = gsql.DatabaseInstance("main", database_version="POSTGRES_15")\n',
      line: 2,
      side: 'base',
      messageId: 'removed',
    },
    {
      code: "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\nconst { Table: T } = dynamodb;\n",
      path: 'lib/orders-stack.ts',
      base: "import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\nconst { Table: T } = dynamodb;\nnew T(this, 'Orders', { partitionKey });\n",
      line: 3,
      side: 'base',
      messageId: 'removed',
    },
    // a module misleadingly aliased as a stateless one
    {
      code: "import { aws_rds as ecs } from 'aws-cdk-lib';\n",
      path: 'lib/db-stack.ts',
      base: "import { aws_rds as ecs } from 'aws-cdk-lib';\nnew ecs.DatabaseCluster(this, 'Orders', { engine });\n",
      line: 2,
      side: 'base',
      messageId: 'removed',
    },
    {
      code: 'package main\n\nimport awsrds "github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"\n\nfunc run(ctx *pulumi.Context) {\n}\n',
      path: 'infra/main.go',
      base: 'package main\n\nimport awsrds "github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"\n\nfunc run(ctx *pulumi.Context) {\n\tawsrds.NewInstance(ctx, "orders", &awsrds.InstanceArgs{})\n}\n',
      line: 6,
      side: 'base',
      messageId: 'removed',
    },
    {
      code: 'using Pulumi;\nusing Db = Pulumi.Aws.Rds;\n',
      path: 'infra/Program.cs',
      base: 'using Pulumi;\nusing Db = Pulumi.Aws.Rds;\nvar db = new Db.Instance("orders", new Db.InstanceArgs { });\n',
      line: 3,
      side: 'base',
      messageId: 'removed',
    },
  ],
  valid: [
    // the import alias is renamed, the table stays
    {
      code: 'from aws_cdk import aws_dynamodb as dynamodb\ndynamodb.Table(self, "Orders", partition_key=pk)\n',
      path: 'stacks/orders.py',
      base: 'from aws_cdk import aws_dynamodb as ddb\nddb.Table(self, "Orders", partition_key=pk)\n',
    },
    // a stateless module misleadingly aliased as a database one
    {
      code: "import { aws_ecs as rds } from 'aws-cdk-lib';\n",
      path: 'lib/app-stack.ts',
      base: "import { aws_ecs as rds } from 'aws-cdk-lib';\nnew rds.Cluster(this, 'Apps', {});\n",
    },
    // a stateless topic removed
    {
      code: 'import * as aws from "@pulumi/aws";\n',
      path: 'infra/index.ts',
      base: 'import * as aws from "@pulumi/aws";\nconst topic = new aws.sns.Topic("events");\n',
    },
    // a property of the bucket changes, its name stays
    {
      code: 'import * as aws from "@pulumi/aws";\nconst uploads = new aws.s3.BucketV2("uploads", { tags: { team: "web" } });\n',
      path: 'infra/index.ts',
      base: 'import * as aws from "@pulumi/aws";\nconst uploads = new aws.s3.BucketV2("uploads", {});\n',
    },
  ],
};

ruleTester('iac/removed-code-stateful-resource', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/removed-code-stateful-resource', cases.invalid)).toMatchInlineSnapshot(`
    "infra/index.ts:3:21 iac/removed-code-stateful-resource
    3 | const uploads = new aws.s3.BucketV2("uploads", {});
      |                     ^^^^^^^^^^^^^^^ aws.s3.BucketV2("uploads") is removed from the program (or renamed): the next deploy deletes it and its data (base side)

    stacks/orders.py:3:1 iac/removed-code-stateful-resource
    3 | dynamodb.Table(self, "Orders", partition_key=pk)
      | ^^^^^^^^^^^^^^ dynamodb.Table("Orders") is removed from the program (or renamed): the next deploy deletes it and its data (base side)

    stacks/orders.py:4:1 iac/removed-code-stateful-resource
    4 | ddb.Table(self, "Orders", partition_key=pk)
      | ^^^^^^^^^ ddb.Table("Orders") is removed from the program (or renamed): the next deploy deletes it and its data (base side)

    __main__.py:2:6 iac/removed-code-stateful-resource
    2 | db = gsql.DatabaseInstance("main", database_version="POSTGRES_15")
      |      ^^^^^^^^^^^^^^^^^^^^^ gsql.DatabaseInstance("main") is removed from the program (or renamed): the next deploy deletes it and its data (base side)

    lib/orders-stack.ts:3:5 iac/removed-code-stateful-resource
    3 | new T(this, 'Orders', { partitionKey });
      |     ^ T('Orders') is removed from the program (or renamed): the next deploy deletes it and its data (base side)

    lib/db-stack.ts:2:5 iac/removed-code-stateful-resource
    2 | new ecs.DatabaseCluster(this, 'Orders', { engine });
      |     ^^^^^^^^^^^^^^^^^^^ ecs.DatabaseCluster('Orders') is removed from the program (or renamed): the next deploy deletes it and its data (base side)

    infra/main.go:6:2 iac/removed-code-stateful-resource
    6 |  awsrds.NewInstance(ctx, "orders", &awsrds.InstanceArgs{})
      |  ^^^^^^^^^^^^^^^^^^ awsrds.Instance("orders") is removed from the program (or renamed): the next deploy deletes it and its data (base side)

    infra/Program.cs:3:14 iac/removed-code-stateful-resource
    3 | var db = new Db.Instance("orders", new Db.InstanceArgs { });
      |              ^^^^^^^^^^^ Db.Instance("orders") is removed from the program (or renamed): the next deploy deletes it and its data (base side)"
  `);
});

it('reads a Java CDK construct removed from its stack, by the class its import names', async () => {
  const stack = (tables: string) =>
    [
      'package com.acme;',
      '',
      'import software.amazon.awscdk.services.dynamodb.Table;',
      'import software.amazon.awscdk.services.sns.Topic;',
      '',
      'public class DataStack extends Stack {',
      '    public DataStack(final Construct scope, final String id) {',
      '        super(scope, id);',
      tables,
      '        new Topic(this, "Events");',
      '    }',
      '}',
      '',
    ].join('\n');
  const base = stack('        Table.Builder.create(this, "Orders").partitionKey(key).build();');
  const head = stack('');
  const found = (await findingsOf(head, 'infra/src/main/java/com/acme/DataStack.java', base)).filter(
    (f) => f.ruleId === 'iac/removed-code-stateful-resource',
  );
  expect(found.map((f) => [f.side, f.line])).toEqual([['base', 9]]);
});
