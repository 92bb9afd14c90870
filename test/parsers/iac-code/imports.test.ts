import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalModule } from '../../../src/parsers/iac-code/imports.js';
import { readCodeResources, type CodeLanguage } from '../../../src/parsers/iac-code/resources.js';
import { loadGrammar } from '../../../src/parsers/tree-sitter/loader.js';

beforeAll(async () => {
  for (const language of ['typescript', 'python', 'go', 'csharp'] as const) await loadGrammar(language);
});

/** Each resource as `written -> resolved` with the line it starts on. */
function resolved(text: string, language: CodeLanguage): string[] {
  return readCodeResources(text, language).resources.map(
    (r) => `${text.slice(0, r.span.start).split('\n').length}: ${r.qualified} -> ${r.resolved}`,
  );
}

describe('canonicalModule', () => {
  it('names the CDK by service and Pulumi by provider and module, in every language', () => {
    expect(canonicalModule('aws-cdk-lib')).toBe('cdk');
    expect(canonicalModule('aws-cdk-lib/aws-dynamodb')).toBe('dynamodb');
    expect(canonicalModule('@aws-cdk/aws-rds')).toBe('rds');
    expect(canonicalModule('aws_cdk')).toBe('cdk');
    expect(canonicalModule('aws_cdk.aws_dynamodb')).toBe('dynamodb');
    expect(canonicalModule('@pulumi/aws')).toBe('aws');
    expect(canonicalModule('pulumi_gcp')).toBe('gcp');
    expect(canonicalModule('github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds')).toBe('aws.rds');
    expect(canonicalModule('github.com/pulumi/pulumi-kubernetes/sdk/v4/go/kubernetes/core/v1')).toBe(
      'kubernetes.core.v1',
    );
    expect(canonicalModule('Pulumi.Aws.Rds')).toBe('aws.rds');
    expect(canonicalModule('boto3')).toBeUndefined();
    expect(canonicalModule('./lib/aws')).toBeUndefined();
  });
});

describe('import aliases are resolved to what they are bound to', () => {
  it('Python: module aliases, from-imports with aliases, dotted imports and assignments', () => {
    const text = [
      'from aws_cdk import aws_dynamodb as ddb, Stack',
      'import aws_cdk.aws_rds as rds_mod',
      'import pulumi_aws as aws_',
      'from pulumi_gcp import sql as gsql',
      'from aws_cdk.aws_s3 import Bucket as Store',
      'import aws_cdk',
      'T = ddb.Table',
      'ddb.Table(self, "Orders", partition_key=pk)',
      'rds_mod.DatabaseInstance(self, "Db", engine=e)',
      'aws_.rds.Instance("orders", engine="postgres")',
      'gsql.DatabaseInstance("main", region="us-east1")',
      'Store(self, "Uploads", versioned=True)',
      'T(self, "Events", partition_key=pk)',
      'aws_cdk.aws_efs.FileSystem(self, "Shared", vpc=vpc)',
    ].join('\n');
    expect(resolved(text, 'python')).toEqual([
      '8: ddb.Table -> dynamodb.Table',
      '9: rds_mod.DatabaseInstance -> rds.DatabaseInstance',
      '10: aws_.rds.Instance -> aws.rds.Instance',
      '11: gsql.DatabaseInstance -> gcp.sql.DatabaseInstance',
      '12: Store -> s3.Bucket',
      '13: T -> dynamodb.Table',
      '14: aws_cdk.aws_efs.FileSystem -> efs.FileSystem',
    ]);
  });

  it('TypeScript: named, namespace and require imports, destructuring and member aliases', () => {
    const text = [
      "import * as cdk from 'aws-cdk-lib';",
      "import { aws_dynamodb as ddb } from 'aws-cdk-lib';",
      "import { Table as T } from 'aws-cdk-lib/aws-dynamodb';",
      "import * as aws from '@pulumi/aws';",
      "const { aws_rds: rds } = require('aws-cdk-lib');",
      'const { Bucket: Store, Bucket } = cdk.aws_s3;',
      'const Cluster = cdk.aws_docdb.DatabaseCluster;',
      "new ddb.TableV2(this, 'A', {});",
      "new T(this, 'B', {});",
      "new rds.DatabaseInstance(this, 'C', {});",
      "new Store(this, 'D', {});",
      "new Cluster(this, 'E', {});",
      "new cdk.aws_s3.Bucket(this, 'F', {});",
      "new aws.rds.Instance('g', {});",
      "new Bucket(this, 'H', {});",
    ].join('\n');
    expect(resolved(text, 'typescript')).toEqual([
      '8: ddb.TableV2 -> dynamodb.TableV2',
      '9: T -> dynamodb.Table',
      '10: rds.DatabaseInstance -> rds.DatabaseInstance',
      '11: Store -> s3.Bucket',
      '12: Cluster -> docdb.DatabaseCluster',
      '13: cdk.aws_s3.Bucket -> s3.Bucket',
      '14: aws.rds.Instance -> aws.rds.Instance',
      '15: Bucket -> s3.Bucket',
    ]);
  });

  it('Go: an aliased import path, and the package name when there is no alias', () => {
    const text = [
      'package main',
      'import (',
      '\tawsrds "github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"',
      '\t"github.com/pulumi/pulumi-gcp/sdk/v7/go/gcp/sql"',
      ')',
      'func run(ctx *pulumi.Context) {',
      '\tawsrds.NewInstance(ctx, "orders", &awsrds.InstanceArgs{})',
      '\tsql.NewDatabaseInstance(ctx, "main", &sql.DatabaseInstanceArgs{})',
      '}',
    ].join('\n');
    expect(resolved(text, 'go')).toEqual([
      '7: awsrds.Instance -> aws.rds.Instance',
      '8: sql.DatabaseInstance -> gcp.sql.DatabaseInstance',
    ]);
  });

  it('C#: a using alias, a using namespace, and namespaces under `using Pulumi;`', () => {
    const text = [
      'using Pulumi;',
      'using Db = Pulumi.Aws.Rds;',
      'using Pulumi.Aws.S3;',
      'var a = new Db.Instance("orders", new Db.InstanceArgs { });',
      'var b = new Bucket("uploads", new BucketArgs { });',
      'var c = new Aws.DynamoDB.Table("events", new Aws.DynamoDB.TableArgs { });',
    ].join('\n');
    expect(resolved(text, 'csharp')).toEqual([
      '4: Db.Instance -> aws.rds.Instance',
      '5: Bucket -> aws.s3.Bucket',
      '6: Aws.DynamoDB.Table -> aws.dynamodb.Table',
    ]);
  });

  it('resolves member references: an aliased RemovalPolicy is still RemovalPolicy', () => {
    const text = "import { RemovalPolicy as RP } from 'aws-cdk-lib';\nconst p = RP.DESTROY;\n";
    const members = readCodeResources(text, 'typescript').members.map((m) => `${m.text} -> ${m.resolved}`);
    expect(members).toContain('RP.DESTROY -> cdk.RemovalPolicy.DESTROY');
  });

  it('leaves names bound to other libraries as written', () => {
    const text = "import * as ddb from './my-dynamo';\nnew ddb.Table(this, 'A', {});\n";
    expect(resolved(text, 'typescript')).toEqual(['2: ddb.Table -> ddb.Table']);
  });
});
