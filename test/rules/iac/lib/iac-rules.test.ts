import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { changedFile, changeSetOf } from '../../../helpers/change-set.js';

async function findings(path: string, base: string | undefined, head: string | undefined) {
  const decision = await check(changeSetOf([changedFile(path, base, head)]), defaultPolicy());
  return decision.findings.map((f) => `${f.ruleId} ${f.side}:${f.line}`).sort();
}

const CFN_BASE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Environment:
    Type: String
Resources:
  OrdersDatabase:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    UpdateReplacePolicy: Snapshot
    Properties:
      DBInstanceIdentifier: !Sub "orders-\${Environment}"
      Engine: postgres
      DeletionProtection: true
  Uploads:
    Type: AWS::S3::Bucket
`;

describe('CloudFormation', () => {
  it('reports Delete policies and disabled protection on their lines', async () => {
    const head = CFN_BASE.replaceAll('Snapshot', 'Delete').replace(
      'DeletionProtection: true',
      'DeletionProtection: false',
    );
    expect(await findings('cloudformation/orders.yaml', CFN_BASE, head)).toEqual([
      'iac/cfn-deletion-policy-delete head:8',
      'iac/cfn-deletion-policy-delete head:9',
      'iac/cfn-deletion-protection-disabled head:13',
    ]);
  });

  it('reports a removed bucket at its logical id in the base, and a renamed identifier as a replacement', async () => {
    const head = CFN_BASE.replace('Uploads:\n    Type: AWS::S3::Bucket\n', '').replace(
      'orders-${Environment}',
      'orders2-${Environment}',
    );
    expect(await findings('cloudformation/orders.yaml', CFN_BASE, head)).toEqual([
      'iac/cfn-replacement-property head:11',
      'iac/removed-cfn-stateful-resource base:14',
    ]);
  });

  it('does not report a reformatted intrinsic or an unrelated edit', async () => {
    const head = CFN_BASE.replace('!Sub "orders-${Environment}"', '{ "Fn::Sub": "orders-${Environment}" }').replace(
      'Engine: postgres',
      'Engine: postgres\n      AllocatedStorage: 50',
    );
    expect(await findings('cloudformation/orders.yaml', CFN_BASE, head)).toEqual([]);
  });

  it('fails closed on a template that does not parse', async () => {
    expect(
      await findings('template.yaml', undefined, 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A: [\n'),
    ).toEqual(['core/unreadable-file head:1']);
  });
});

describe('Kubernetes and Helm', () => {
  const pvc = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: ledger-data\n  namespace: payments\n';
  const ns = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n';

  it('reports a removed claim and namespace at their kind lines in the base', async () => {
    expect(
      await findings('k8s/ledger.yaml', `${ns}---\n${pvc}`, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n'),
    ).toEqual(['iac/removed-namespace base:2', 'iac/removed-volume-claim base:7']);
  });

  it('does not report a claim that moved to another document of the file', async () => {
    expect(await findings('k8s/ledger.yaml', `${ns}---\n${pvc}`, `${pvc}---\n${ns}`)).toEqual([]);
  });

  it('reads Helm templates despite their actions', async () => {
    const base =
      '{{- if .Values.persistence.enabled }}\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: {{ include "pg.fullname" . }}\n  labels:\n    {{- include "pg.labels" . | nindent 4 }}\nspec:\n  storageClassName: {{ .Values.storageClass | quote }}\n{{- end }}\n';
    expect(await findings('charts/pg/templates/pvc.yaml', base, undefined)).toEqual([
      'iac/removed-volume-claim base:3',
    ]);
    expect(
      await findings('charts/pg/templates/pvc.yaml', base, base.replace('quote', 'default "gp3" | quote')),
    ).toEqual([]);
  });

  it('reports reclaim policy Delete where it is written', async () => {
    const sc =
      'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\nprovisioner: pd.csi.storage.gke.io\nreclaimPolicy: Delete\n';
    expect(await findings('k8s/sc.yaml', undefined, sc)).toEqual(['iac/reclaim-policy-delete head:6']);
  });
});

describe('docker-compose', () => {
  const base =
    'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  web:\n    image: ghcr.io/acme/web\nvolumes:\n  pgdata: {}\n';

  it('reports a data volume taken from the database service, and its declaration', async () => {
    const head = 'services:\n  db:\n    image: postgres:16\n  web:\n    image: ghcr.io/acme/web\n';
    expect(await findings('docker-compose.yml', base, head)).toEqual([
      'iac/compose-volume-removed base:5',
      'iac/compose-volume-removed base:9',
    ]);
  });

  it('reports the data directory moved to tmpfs on the tmpfs line', async () => {
    const head = base.replace('volumes:\n      - pgdata:', 'tmpfs:\n      - ');
    expect(await findings('docker-compose.yml', base, head)).toEqual(['iac/compose-volume-removed head:5']);
  });
});

describe('CDK and Pulumi', () => {
  const cdkBase = `import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as rds from 'aws-cdk-lib/aws-rds';

export class Data extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new s3.Bucket(this, 'Docs', {
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new rds.DatabaseInstance(this, 'Orders', { engine });
  }
}
`;

  it('reports DESTROY and autoDeleteObjects where they are written', async () => {
    const head = cdkBase.replace('RemovalPolicy.RETAIN,', 'RemovalPolicy.DESTROY,\n      autoDeleteObjects: true,');
    expect(await findings('lib/data.ts', cdkBase, head)).toEqual([
      'iac/cdk-auto-delete-objects head:10',
      'iac/cdk-removal-policy-destroy head:9',
    ]);
  });

  it('reports a removed database construct at its constructor in the base', async () => {
    const head = cdkBase.replace("    new rds.DatabaseInstance(this, 'Orders', { engine });\n", '');
    expect(await findings('lib/data.ts', cdkBase, head)).toEqual(['iac/removed-code-stateful-resource base:11']);
  });

  it('reports Pulumi protection turned off, in TypeScript and Python', async () => {
    const ts =
      'import * as aws from "@pulumi/aws";\nconst db = new aws.rds.Instance("orders", {\n    deletionProtection: true,\n}, { protect: true });\n';
    const tsHead = ts
      .replace('deletionProtection: true', 'deletionProtection: false')
      .replace('protect: true', 'protect: false');
    expect(await findings('infra/index.ts', ts, tsHead)).toEqual([
      'iac/code-deletion-protection-disabled head:3',
      'iac/pulumi-protect-disabled head:4',
    ]);
    const py =
      'import pulumi\nimport pulumi_aws as aws\n\ndb = aws.rds.Instance(\n    "orders",\n    opts=pulumi.ResourceOptions(protect=True),\n)\n';
    expect(await findings('__main__.py', py, py.replace('protect=True', 'protect=False'))).toEqual([
      'iac/pulumi-protect-disabled head:6',
    ]);
  });

  it('does not read files that use neither CDK nor Pulumi', async () => {
    expect(await findings('src/app.ts', undefined, 'const p = { removalPolicy: RemovalPolicy.DESTROY };\n')).toEqual(
      [],
    );
  });
});

describe('safeguards and replacement arguments read from nested Pulumi arguments', () => {
  it('reports force_destroy and a cut backup expiry written with Python Args classes, at their lines', async () => {
    const base = [
      'import pulumi_aws as aws',
      'backups = aws.s3.BucketV2("db-backups", bucket="acme-db-backups")',
      'aws.s3.BucketLifecycleConfigurationV2(',
      '    "db-backups-lifecycle",',
      '    bucket=backups.id,',
      '    rules=[',
      '        aws.s3.BucketLifecycleConfigurationV2RuleArgs(',
      '            id="expire",',
      '            expiration=aws.s3.BucketLifecycleConfigurationV2RuleExpirationArgs(days=90),',
      '        )',
      '    ],',
      ')',
      '',
    ].join('\n');
    const head = base
      .replace('bucket="acme-db-backups")', 'bucket="acme-db-backups", force_destroy=True)')
      .replace('days=90', 'days=1');
    expect(await findings('infra/__main__.py', base, head)).toEqual([
      'iac/code-safeguard-weakened head:2',
      'iac/code-safeguard-weakened head:9',
    ]);
  });

  it('fails closed on a replacement argument that becomes computed, and passes an unchanged one', async () => {
    const base =
      'import * as aws from "@pulumi/aws";\nnew aws.rds.Instance("orders", {\n  identifier: "orders",\n  engine: "postgres",\n});\n';
    const head = base.replace('identifier: "orders"', 'identifier: `orders-${stack}`');
    expect(await findings('infra/index.ts', base, head)).toEqual(['iac/code-replacement-argument head:3']);
  });
});

describe('database operator backups', () => {
  it('reports a removed backup block once, not again for the fields inside it', async () => {
    const base =
      'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: orders\nspec:\n  instances: 3\n  backup:\n    retentionPolicy: "30d"\n    barmanObjectStore:\n      destinationPath: s3://acme-backups/orders\n';
    const head = 'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: orders\nspec:\n  instances: 3\n';
    expect(await findings('k8s/orders.yaml', base, head)).toEqual(['iac/operator-backup-weakened base:7']);
    expect(await findings('k8s/orders.yaml', base, undefined)).toEqual(['iac/operator-database-removed base:2']);
  });
});

describe('Pulumi programs in Go and C#', () => {
  it('reads Go resource arguments and options', async () => {
    const base = [
      'package main',
      '',
      'import (',
      '\t"github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"',
      '\t"github.com/pulumi/pulumi/sdk/v3/go/pulumi"',
      ')',
      '',
      'func db(ctx *pulumi.Context) error {',
      '\t_, err := rds.NewInstance(ctx, "orders", &rds.InstanceArgs{',
      '\t\tIdentifier:            pulumi.String("orders"),',
      '\t\tBackupRetentionPeriod: pulumi.Int(14),',
      '\t\tDeletionProtection:    pulumi.Bool(true),',
      '\t}, pulumi.Protect(true))',
      '\treturn err',
      '}',
      '',
    ].join('\n');
    const head = base
      .replace('pulumi.String("orders")', 'pulumi.String("orders-v2")')
      .replace('pulumi.Int(14)', 'pulumi.Int(0)')
      .replace('pulumi.Bool(true)', 'pulumi.Bool(false)')
      .replace('pulumi.Protect(true)', 'pulumi.Protect(false)');
    // code/skip-final-snapshot reads the same flag; the Pulumi reader's finding is the one kept (one per construct).
    expect(await findings('infra/main.go', base, head)).toEqual([
      'iac/code-deletion-protection-disabled head:12',
      'iac/code-replacement-argument head:10',
      'iac/code-safeguard-weakened head:11',
      'iac/pulumi-protect-disabled head:13',
    ]);
  });

  it('reads C# resource arguments and options', async () => {
    const base = [
      'using Pulumi;',
      'using Aws = Pulumi.Aws;',
      '',
      'var backups = new Aws.S3.BucketV2("db-backups", new Aws.S3.BucketV2Args',
      '{',
      '    Bucket = "acme-db-backups",',
      '}, new CustomResourceOptions { Protect = true });',
      '',
    ].join('\n');
    const head = base
      .replace('    Bucket = "acme-db-backups",', '    Bucket = "acme-db-backups",\n    ForceDestroy = true,')
      .replace('Protect = true', 'Protect = false');
    expect(await findings('infra/Program.cs', base, head)).toEqual([
      'iac/code-safeguard-weakened head:7',
      'iac/pulumi-protect-disabled head:8',
    ]);
  });
});
