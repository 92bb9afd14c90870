import { describe, expect, it } from 'vitest';
import type { RawFinding } from '../../src/core/checker.js';
import { onePerConstruct } from '../../src/engine/one-per-construct.js';
import { findingsOf } from '../helpers/rule-tester.js';

const at = (f: { ruleId: string; line: number }) => `${f.line} ${f.ruleId}`;

describe('one finding per construct, end to end', () => {
  it('a Pulumi Python argument read by the SDK rule and the Pulumi reader is reported once, by the Pulumi reader', async () => {
    const base = 'import pulumi_aws as aws\ndb = aws.rds.Instance("orders",\n    skip_final_snapshot=False)\n';
    const head = 'import pulumi_aws as aws\ndb = aws.rds.Instance("orders",\n    skip_final_snapshot=True)\n';
    expect((await findingsOf(head, 'infra/__main__.py', base)).map(at)).toEqual(['3 iac/code-safeguard-weakened']);
  });

  it('a Go Pulumi argument likewise', async () => {
    const program = (v: string) =>
      `package main\n\nimport "github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"\n\nfunc run(ctx *pulumi.Context) {\n\trds.NewInstance(ctx, "orders", &rds.InstanceArgs{\n\t\tSkipFinalSnapshot: pulumi.Bool(${v}),\n\t})\n}\n`;
    expect((await findingsOf(program('true'), 'infra/main.go', program('false'))).map(at)).toEqual([
      '7 iac/code-safeguard-weakened',
    ]);
  });

  it('a refinery migration constant is reported once, where the migration returns it', async () => {
    const code =
      'const DROP: &str = "DROP TABLE legacy_orders";\n\npub fn migration() -> String {\n    DROP.to_string()\n}\n';
    expect((await findingsOf(code, 'migrations/V3__drop_legacy.rs')).map(at)).toEqual(['4 sql/drop-table']);
  });

  it('keeps distinct findings: another constant nobody runs, and an SDK call beside the resource', async () => {
    const rust =
      'const DROP: &str = "DROP TABLE legacy_orders";\nconst OTHER: &str = "DROP TABLE audit_log";\n\npub fn migration() -> String {\n    DROP.to_string()\n}\n';
    expect((await findingsOf(rust, 'migrations/V3__drop_legacy.rs')).map(at)).toEqual([
      '2 universal/unrecognised-sql',
      '5 sql/drop-table',
    ]);
    const base = 'import boto3\nimport pulumi_aws as aws\ndb = aws.rds.Instance("orders", skip_final_snapshot=False)\n';
    const head =
      'import boto3\nimport pulumi_aws as aws\ndb = aws.rds.Instance("orders", skip_final_snapshot=True)\nboto3.client("rds").delete_db_instance(DBInstanceIdentifier="x", SkipFinalSnapshot=True)\n';
    expect((await findingsOf(head, 'infra/__main__.py', base)).map(at).sort()).toEqual([
      '3 iac/code-safeguard-weakened',
      '4 code/cloud-sdk-delete',
      '4 code/skip-final-snapshot',
    ]);
  });
});

describe('onePerConstruct', () => {
  const finding = (ruleId: string, start: number, end: number, extra: Partial<RawFinding> = {}): RawFinding => ({
    ruleId,
    kind: 'protection',
    defaultSeverity: 'block',
    message: ruleId,
    span: { start, end },
    unit: { start, end },
    rollbackOnly: false,
    ...extra,
  });
  const ids = (list: RawFinding[]) => list.map((f) => f.ruleId);
  const never = () => false;

  it('drops the less specific reader only where spans overlap and kinds agree', () => {
    const precise = { finding: finding('iac/x', 10, 30), family: 'iac' };
    expect(ids(onePerConstruct([precise, { finding: finding('code/y', 12, 20), family: 'code' }], never))).toEqual([
      'iac/x',
    ]);
    expect(ids(onePerConstruct([precise, { finding: finding('code/y', 30, 40), family: 'code' }], never))).toEqual([
      'iac/x',
      'code/y',
    ]);
    expect(
      ids(
        onePerConstruct(
          [precise, { finding: finding('code/y', 12, 20, { kind: 'destructive' }), family: 'code' }],
          never,
        ),
      ),
    ).toEqual(['iac/x', 'code/y']);
    expect(
      ids(onePerConstruct([precise, { finding: finding('code/y', 12, 20, { side: 'base' }), family: 'code' }], never)),
    ).toEqual(['iac/x', 'code/y']);
  });

  it('never drops for a finding that is off by policy or downgraded while the other is not', () => {
    const generic = { finding: finding('code/y', 12, 20), family: 'code' };
    expect(
      ids(onePerConstruct([{ finding: finding('iac/x', 10, 30), family: 'iac' }, generic], (id) => id === 'iac/x')),
    ).toEqual(['iac/x', 'code/y']);
    const downgraded = { finding: finding('iac/x', 10, 30, { downgradedBecause: 'a dev folder' }), family: 'iac' };
    expect(ids(onePerConstruct([downgraded, generic], never))).toEqual(['iac/x', 'code/y']);
  });

  it('counts the text a finding says it judges (`covers`), and keeps readers of equal specificity', () => {
    const viaConstant = {
      finding: finding('sql/drop-table', 90, 100, { covers: [{ start: 5, end: 40 }] }),
      family: 'code',
    };
    const net = { finding: finding('universal/unrecognised-sql', 6, 30), family: 'universal' };
    expect(ids(onePerConstruct([viaConstant, net], never))).toEqual(['sql/drop-table']);
    const shell = { finding: finding('shell/a', 10, 30), family: 'shell' };
    const sql = { finding: finding('sql/b', 12, 20), family: 'sql' };
    expect(ids(onePerConstruct([shell, sql], never))).toEqual(['shell/a', 'sql/b']);
  });
});
