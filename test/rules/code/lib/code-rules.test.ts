import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import type { ChangedFile } from '../../../../src/core/types.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

const run = (files: ChangedFile[]) => check(changeSetOf(files), defaultPolicy());
const brief = (d: Awaited<ReturnType<typeof run>>) =>
  d.findings.map((f) => `${f.ruleId}@${f.path}:${f.line}${f.blocking ? ' blocking' : ''}`).sort();
const sorted = (items: string[]) => [...items].sort();
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('GraphQL mutations that delete infrastructure', () => {
  it('sees a mutation name assembled from pieces, at the assembly and at the mutation', async () => {
    const code = lines(
      "const API = process.env.RAILWAY_API ?? 'https://backboard.railway.app/graphql/v2';",
      "const resource = 'volume';",
      "const action = ['Del', 'ete'].join('');",
      'export async function reclaim(id: string) {',
      '  const op = `${resource}${action}`;',
      '  return call(`mutation($id: String!) { ${op}(volumeId: $id) }`, { id });',
      '}',
    );
    const d = await run([addedFile('src/ops/railwayStorage.ts', code)]);
    expect(brief(d)).toEqual(
      sorted([
        'code/graphql-infra-delete@src/ops/railwayStorage.ts:6 blocking',
        'code/assembled-destructive-name@src/ops/railwayStorage.ts:3 blocking',
      ]),
    );
    expect(d.findings.find((f) => f.ruleId === 'code/graphql-infra-delete')?.message).toBe(
      'GraphQL mutation volumeDelete deletes the volume and everything stored in it',
    );
  });

  it('fails closed on a mutation field decided at run time', async () => {
    const code = lines('export const run = (field: string) =>', '  call(`mutation { ${field}(id: "x") }`);');
    const d = await run([addedFile('src/ops/run.ts', code)]);
    expect(brief(d)).toEqual(['code/graphql-infra-delete@src/ops/run.ts:2 blocking']);
    expect(d.findings[0]!.message).toContain('decided at run time');
  });

  it('fails closed on a document built at run time and posted to the provider', async () => {
    const code = lines(
      "const API = 'https://backboard.railway.app/graphql/v2';",
      'export async function call(query: string) {',
      "  return fetch(API, { method: 'POST', body: JSON.stringify({ query }) });",
      '}',
    );
    const d = await run([addedFile('src/railway.ts', code)]);
    expect(brief(d)).toEqual(['code/graphql-infra-delete@src/railway.ts:3 blocking']);
  });

  it('reads gql tags, Python strings, Ruby heredocs and Go raw strings', async () => {
    const d = await run([
      addedFile(
        'src/a.ts',
        lines('import gql from "graphql-tag";', 'export const M = gql`', '  mutation { serviceDelete(id: "s") }', '`;'),
      ),
      addedFile('ops/b.py', lines('Q = """', 'mutation {', '  environmentDelete(id: "e")', '}', '"""')),
      addedFile('lib/c.rb', lines('Q = <<~GQL', '  mutation {', '    projectDelete(id: "p")', '  }', 'GQL')),
      addedFile(
        'ops/d.go',
        lines(
          'package ops',
          '',
          'const q = `mutation {',
          '  deleteVolume(input: {volumeId: "v"}) { app { id } }',
          '}`',
        ),
      ),
    ]);
    expect(brief(d)).toEqual(
      sorted([
        'code/graphql-infra-delete@src/a.ts:3 blocking',
        'code/graphql-infra-delete@ops/b.py:3 blocking',
        'code/graphql-infra-delete@lib/c.rb:3 blocking',
        'code/graphql-infra-delete@ops/d.go:4 blocking',
      ]),
    );
  });

  it('does not flag queries, comments, or mutations on non-data objects', async () => {
    const d = await run([
      addedFile(
        'src/status.ts',
        lines(
          '// mutation { volumeDelete(volumeId: "x") }',
          'const q = `query {',
          '  # volumeDelete would remove it',
          '  volume(id: "v") { name }',
          '}`;',
          'const v = gql`mutation { variableDelete(input: { name: "DEBUG" }) }`;',
          "const s = 'mutation is a word in this sentence';",
        ),
      ),
    ]);
    expect(brief(d)).toEqual([]);
  });
});

describe('cloud SDK deletes', () => {
  it('flags AWS SDK v3 bucket deletion and version deletes, not single-object deletes', async () => {
    const code = lines(
      "import { S3Client, DeleteObjectCommand, DeleteBucketCommand } from '@aws-sdk/client-s3';",
      'const s3 = new S3Client({});',
      "await s3.send(new DeleteObjectCommand({ Bucket: 'uploads', Key: key }));",
      "await s3.send(new DeleteObjectCommand({ Bucket: 'uploads', Key: key, VersionId: v }));",
      "await s3.send(new DeleteBucketCommand({ Bucket: 'uploads' }));",
    );
    const d = await run([addedFile('src/tenants/offboard.ts', code)]);
    expect(brief(d)).toEqual(
      sorted([
        'code/cloud-sdk-delete@src/tenants/offboard.ts:4 blocking',
        'code/cloud-sdk-delete@src/tenants/offboard.ts:5 blocking',
      ]),
    );
  });

  it('resolves getattr with a name built from constants, and sees the skipped final snapshot', async () => {
    const code = lines(
      'import boto3',
      'rds = boto3.client("rds")',
      'VERB = "delete"',
      'NOUN = "db_instance"',
      'def run(identifier):',
      '    fn = getattr(rds, f"{VERB}_{NOUN}")',
      '    fn(DBInstanceIdentifier=identifier, SkipFinalSnapshot=True, DeleteAutomatedBackups=True)',
    );
    const d = await run([addedFile('ops/rds_runner.py', code)]);
    expect(brief(d)).toEqual(
      sorted([
        'code/cloud-sdk-delete@ops/rds_runner.py:6 blocking',
        'code/skip-final-snapshot@ops/rds_runner.py:7 blocking',
        'code/skip-final-snapshot@ops/rds_runner.py:7 blocking',
      ]),
    );
  });

  it('reads v2, Go, Ruby, GCP and Azure deletes', async () => {
    const d = await run([
      addedFile(
        'src/v2.js',
        lines(
          "const AWS = require('aws-sdk');",
          'const rds = new AWS.RDS();',
          'rds.deleteDBInstance({ DBInstanceIdentifier: id }).promise();',
        ),
      ),
      addedFile(
        'ops/x.go',
        lines(
          'package ops',
          'func f() {',
          '\tsvc.DeleteTable(ctx, &dynamodb.DeleteTableInput{TableName: aws.String("t")})',
          '}',
        ),
      ),
      addedFile(
        'lib/x.rb',
        lines('client = Aws::RDS::Client.new', 'client.delete_db_cluster(db_cluster_identifier: "c")'),
      ),
      addedFile(
        'ops/gcp.py',
        lines(
          'from google.cloud import storage',
          'storage.Client().bucket("b").delete(force=True)',
          'compute.disks().delete(project=p, zone=z, disk=d).execute()',
        ),
      ),
      addedFile('ops/az.py', lines('client.servers.begin_delete(rg, "pg-prod")')),
    ]);
    expect(brief(d)).toEqual(
      sorted([
        'code/cloud-sdk-delete@src/v2.js:3 blocking',
        'code/cloud-sdk-delete@ops/x.go:3 blocking',
        'code/cloud-sdk-delete@lib/x.rb:2 blocking',
        'code/cloud-sdk-delete@ops/gcp.py:2 blocking',
        'code/cloud-sdk-delete@ops/gcp.py:3 blocking',
        'code/cloud-sdk-delete@ops/az.py:1 blocking',
        // "pg-prod" on the same call as the delete: the production finding blocks with it.
        'code/production-target@ops/az.py:1 blocking',
      ]),
    );
  });

  it('does not block in a test file', async () => {
    const d = await run([
      addedFile('test/teardown.test.ts', "await s3.send(new DeleteBucketCommand({ Bucket: 'tmp' }));\n"),
    ]);
    expect(d.verdict).toBe('allow');
    expect(brief(d)).toEqual(['code/cloud-sdk-delete@test/teardown.test.ts:1']);
  });
});

describe('provider HTTP DELETE and unbounded ORM deletes', () => {
  it('flags DELETE to a provider API host, not to other hosts or GETs', async () => {
    const d = await run([
      addedFile(
        'scripts/fly.ts',
        lines(
          "const FLY = 'https://api.machines.dev/v1';",
          "await fetch(`${FLY}/apps/${app}`, { method: 'DELETE' });",
          'await fetch(`${FLY}/apps/${app}`);',
          'await axios.delete(`https://example.com/apps/${app}`);',
          'await axios.delete(`https://api.vercel.com/v9/projects/${id}`);',
        ),
      ),
    ]);
    expect(brief(d)).toEqual([
      'code/provider-http-delete@scripts/fly.ts:2 blocking',
      'code/provider-http-delete@scripts/fly.ts:5 blocking',
    ]);
  });

  it('flags unbounded deletes and keeps bounded ones', async () => {
    const d = await run([
      addedFile(
        'src/reset.ts',
        lines(
          'await prisma.booking.deleteMany();',
          'await prisma.booking.deleteMany({ where: { id } });',
          'await Booking.destroy({ where: {} });',
          'await getRepository(Booking).clear();',
        ),
      ),
      addedFile('app/jobs/purge.rb', lines('Booking.all.delete_all', 'user.bookings.destroy_all')),
      addedFile('app/tasks.py', lines('Booking.objects.all().delete()', 'Booking.objects.filter(id=1).delete()')),
      addedFile(
        'internal/purge.go',
        lines('package p', 'func f() { db.Session(&gorm.Session{AllowGlobalUpdate: true}).Delete(&Booking{}) }'),
      ),
    ]);
    expect(brief(d)).toEqual(
      sorted([
        'code/unbounded-orm-delete@src/reset.ts:1 blocking',
        'code/unbounded-orm-delete@src/reset.ts:3 blocking',
        'code/unbounded-orm-delete@src/reset.ts:4 blocking',
        'code/unbounded-orm-delete@app/jobs/purge.rb:1 blocking',
        'code/unbounded-orm-delete@app/tasks.py:1 blocking',
        'code/unbounded-orm-delete@internal/purge.go:2 blocking',
      ]),
    );
  });

  it('reads a file in a migrations folder that no framework reader recognises', async () => {
    const d = await run([addedFile('app/migrations/0042_purge.py', 'Booking.objects.all().delete()\n')]);
    expect(brief(d)).toEqual(['code/unbounded-orm-delete@app/migrations/0042_purge.py:1 blocking']);
  });
});

describe('disguised destructive SQL', () => {
  it('flags the zero-width literal and the replace that strips it', async () => {
    const code = lines(
      "import { pool } from '../db';",
      "const STATEMENT = 'DR\u200bOP SCHE\u200bMA IF EXISTS $1 CASCADE';",
      'export async function resetTenant(schema: string) {',
      "  const sql = STATEMENT.replace(/\\u200b/g, '').replace('$1', schema);",
      '  await pool.query(sql);',
      '}',
    );
    const d = await run([addedFile('src/admin/tenantReset.ts', code)]);
    expect(brief(d)).toEqual(
      sorted([
        'code/disguised-text@src/admin/tenantReset.ts:2 blocking',
        'code/disguised-text@src/admin/tenantReset.ts:4 blocking',
      ]),
    );
  });

  it('flags fullwidth SQL normalised with NFKC in Python', async () => {
    const code = lines(
      'import unicodedata',
      'TEMPLATE = "\uff24\uff32\uff2f\uff30 \uff34\uff21\uff22\uff2c\uff25 {name} CASCADE"',
      'def handle(cur, name):',
      '    cur.execute(unicodedata.normalize("NFKC", TEMPLATE.format(name=name)))',
    );
    const d = await run([addedFile('app/management/commands/cleanup.py', code)]);
    expect(brief(d)).toEqual(
      sorted([
        'code/disguised-text@app/management/commands/cleanup.py:2 blocking',
        'code/disguised-text@app/management/commands/cleanup.py:4 blocking',
      ]),
    );
  });
});
