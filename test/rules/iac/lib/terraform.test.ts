import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import type { ChangedFile } from '../../../../src/core/types.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changedFile, changeSetOf } from '../../../helpers/change-set.js';

async function run(...files: ChangedFile[]) {
  const decision = await check(changeSetOf(files), defaultPolicy());
  return {
    findings: decision.findings.map((f) => `${f.ruleId} ${f.side} ${f.path}:${f.line}`),
    notes: decision.notes,
    verdict: decision.verdict,
  };
}

const database = (name: string, extra = '') =>
  `resource "aws_db_instance" "${name}" {\n  identifier = "app-postgres"\n${extra}}\n`;

describe('Terraform: removed and renamed resources', () => {
  it('reports a removed database on the base side at its block, with the prevent_destroy that went with it', async () => {
    const base = `resource "aws_iam_role" "ci" {\n  name = "ci"\n}\n\n${database('main', '\n  lifecycle {\n    prevent_destroy = true\n  }\n')}`;
    const { findings } = await run(
      changedFile('infra/prod/rds.tf', base, 'resource "aws_iam_role" "ci" {\n  name = "ci"\n}\n'),
    );
    expect(findings).toEqual([
      'iac/terraform-removed-resource base infra/prod/rds.tf:5',
      'iac/terraform-prevent-destroy base infra/prod/rds.tf:9',
    ]);
  });

  it('reports it the same in staging as in production: destruction does not depend on the environment', async () => {
    for (const dir of ['infra/prod', 'infra/staging', 'sandbox']) {
      const { findings } = await run(changedFile(`${dir}/db.tf`, database('main'), ''));
      expect(findings).toEqual([`iac/terraform-removed-resource base ${dir}/db.tf:1`]);
    }
  });

  it('reports a rename without a moved block on both sides, and nothing with one', async () => {
    const renamed = await run(changedFile('infra/db.tf', database('primary'), database('main')));
    expect(renamed.findings).toEqual([
      'iac/terraform-renamed-resource base infra/db.tf:1',
      'iac/terraform-renamed-resource head infra/db.tf:1',
    ]);
    const moved = await run(
      changedFile(
        'infra/db.tf',
        database('primary'),
        `${database('main')}\nmoved {\n  from = aws_db_instance.primary\n  to   = aws_db_instance.main\n}\n`,
      ),
    );
    expect(moved.findings).toEqual([]);
    expect(moved.verdict).toBe('allow');
  });

  it('compares the whole directory: a resource moved to another file of the module is not removed', async () => {
    const { findings } = await run(
      changedFile(
        'infra/main.tf',
        `${database('main')}\nresource "aws_iam_role" "ci" {}\n`,
        'resource "aws_iam_role" "ci" {}\n',
      ),
      changedFile('infra/database.tf', undefined, database('main')),
    );
    expect(findings).toEqual([]);
  });

  it('reports a resource moved to another directory: that is another state', async () => {
    const { findings } = await run(
      changedFile('infra/a/db.tf', database('main'), undefined),
      changedFile('infra/b/db.tf', undefined, database('main')),
    );
    expect(findings).toEqual(['iac/terraform-removed-resource base infra/a/db.tf:1']);
  });

  it('does not report a removed block that only forgets the resource, nor stateless resources', async () => {
    const forgotten = 'removed {\n  from = aws_db_instance.main\n\n  lifecycle {\n    destroy = false\n  }\n}\n';
    expect((await run(changedFile('infra/db.tf', database('main'), forgotten))).findings).toEqual([]);
    const destroyed = 'removed {\n  from = aws_db_instance.main\n}\n';
    expect((await run(changedFile('infra/db.tf', database('main'), destroyed))).findings).toEqual([
      'iac/terraform-removed-resource base infra/db.tf:1',
    ]);
    const role = 'resource "aws_iam_role" "ci" {\n  name = "ci"\n}\n';
    expect((await run(changedFile('infra/iam.tf', role, ''))).findings).toEqual([]);
  });

  it('reports a removed module, naming the databases its local source holds when the change shows them', async () => {
    const { findings } = await run(
      changedFile('infra/prod/main.tf', 'module "db" {\n  source = "../modules/db"\n}\n', '# no database any more\n'),
      changedFile('infra/modules/db/main.tf', database('this'), database('this', '  engine = "postgres"\n')),
    );
    expect(findings).toEqual(['iac/terraform-removed-module base infra/prod/main.tf:1']);
  });
});

describe('Terraform: count and for_each', () => {
  it('reports count set to 0 through a local that is always false', async () => {
    const head =
      'locals {\n  create = var.enabled && false\n}\n\nresource "aws_db_instance" "main" {\n  count      = local.create ? 1 : 0\n  identifier = "app-postgres"\n}\n';
    const { findings } = await run(changedFile('infra/db.tf', database('main'), head));
    expect(findings).toEqual(['iac/terraform-instances-reduced head infra/db.tf:6']);
  });

  it('reads a variable default from another file of the module and a tfvars value in the change', async () => {
    const head = 'resource "aws_db_instance" "main" {\n  count      = var.db_count\n  identifier = "app-postgres"\n}\n';
    const variables = 'variable "db_count" {\n  default = 1\n}\n';
    const kept = await run(
      changedFile('infra/db.tf', database('main'), head),
      addedFile('infra/variables.tf', variables),
    );
    expect(kept.findings).toEqual([]);
    const dropped = await run(
      changedFile('infra/db.tf', database('main'), head),
      addedFile('infra/variables.tf', 'variable "db_count" {\n  default = 0\n}\n'),
    );
    expect(dropped.findings).toEqual(['iac/terraform-instances-reduced head infra/db.tf:2']);
    // A count nobody can tell before a plan may be zero: a removal fails closed.
    const unknown = await run(changedFile('infra/db.tf', database('main'), head));
    expect(unknown.findings).toEqual(['iac/terraform-instances-reduced head infra/db.tf:2']);
  });
});

describe('Terraform: protections', () => {
  it('sees deletion_protection moved behind a local that is always false', async () => {
    const base = 'resource "aws_db_instance" "main" {\n  deletion_protection = true\n}\n';
    const head =
      'locals {\n  is_prod = terraform.workspace == "prod"\n  protect = local.is_prod && !local.is_prod\n}\n\nresource "aws_db_instance" "main" {\n  deletion_protection = local.protect\n}\n';
    const { findings } = await run(changedFile('infra/db.tf', base, head));
    // At the attribute, and at the local that the change defines to be false (not at is_prod, read through it).
    expect(findings).toEqual([
      'iac/terraform-deletion-protection head infra/db.tf:3',
      'iac/terraform-deletion-protection head infra/db.tf:7',
    ]);
  });

  it('fails closed when a safeguard of a stateful resource is now set by an expression it cannot evaluate', async () => {
    const base = 'resource "aws_db_instance" "main" {\n  deletion_protection = true\n}\n';
    const head = 'resource "aws_db_instance" "main" {\n  deletion_protection = var.protect\n}\n';
    const { findings, notes } = await run(changedFile('infra/db.tf', base, head));
    expect(findings).toEqual(['iac/terraform-deletion-protection head infra/db.tf:2']);
    expect(notes).toEqual([]);
    // A resource that holds no data only gets a note.
    const role = await run(
      changedFile(
        'infra/lb.tf',
        'resource "aws_lb" "main" {\n  enable_deletion_protection = true\n  deletion_protection = true\n}\n',
        'resource "aws_lb" "main" {\n  enable_deletion_protection = true\n  deletion_protection = var.protect\n}\n',
      ),
    );
    expect(role.findings).toEqual([]);
    expect(role.notes.length).toBe(1);
  });

  it('evaluates a module input named like the safeguard through locals and functions, at the input and the local', async () => {
    const base =
      'module "db" {\n  source              = "../modules/postgres"\n  deletion_protection = true\n  skip_final_snapshot = false\n}\n';
    const locals = 'locals {\n  protect = length(regexall("^prod", terraform.workspace)) > 1\n}\n';
    const head =
      'module "db" {\n  source              = "../modules/postgres"\n  deletion_protection = local.protect\n  skip_final_snapshot = !local.protect\n}\n';
    const { findings } = await run(
      changedFile('infra/prod/main.tf', base, head),
      addedFile('infra/prod/locals.tf', locals),
    );
    expect(findings).toEqual([
      'iac/terraform-deletion-protection head infra/prod/locals.tf:2',
      'iac/terraform-final-snapshot head infra/prod/locals.tf:2',
      'iac/terraform-deletion-protection head infra/prod/main.tf:3',
      'iac/terraform-final-snapshot head infra/prod/main.tf:4',
    ]);
    // The routine twin: the flag centralised in a local that is true.
    const kept = await run(
      changedFile('infra/prod/main.tf', base, head),
      addedFile('infra/prod/locals.tf', 'locals {\n  protect = contains(["prod", "production"], lower("PROD"))\n}\n'),
    );
    expect(kept.findings).toEqual([]);
    // True in a prod workspace and false elsewhere: unknown before a plan, so it fails closed.
    const depends = await run(
      changedFile('infra/prod/main.tf', base, head),
      addedFile('infra/prod/locals.tf', locals.replace('> 1', '> 0')),
    );
    expect(depends.findings).toContain('iac/terraform-deletion-protection head infra/prod/main.tf:3');
  });

  it('reports several safeguards of one resource at their own lines', async () => {
    const base =
      'resource "aws_db_instance" "main" {\n  skip_final_snapshot     = false\n  backup_retention_period = 14\n  deletion_protection     = true\n}\n';
    const head =
      'resource "aws_db_instance" "main" {\n  skip_final_snapshot     = true\n  backup_retention_period = 0\n}\n';
    const { findings } = await run(changedFile('infra/db.tf', base, head));
    expect(findings).toEqual([
      'iac/terraform-final-snapshot head infra/db.tf:2',
      'iac/terraform-backup-retention head infra/db.tf:3',
      'iac/terraform-deletion-protection base infra/db.tf:4',
    ]);
  });

  it('does not report safeguards written on a resource the change creates', async () => {
    const head =
      'resource "aws_s3_bucket" "scratch" {\n  force_destroy = true\n}\n\nresource "aws_db_instance" "preview" {\n  skip_final_snapshot = true\n  deletion_protection = false\n}\n';
    expect((await run(addedFile('infra/preview.tf', head))).findings).toEqual([]);
  });
});

describe('Terraform: plans and unreadable files', () => {
  it('does not read the text output of terraform plan, only the JSON', async () => {
    const text =
      'Terraform will perform the following actions:\n\n  # aws_db_instance.main will be destroyed\n  - resource "aws_db_instance" "main" {\n';
    const { findings } = await run(addedFile('plans/prod.txt', text));
    expect(findings).toEqual([]);
  });

  it('reports a plan JSON in the change at the entry of each stateful delete', async () => {
    const plan = `{"format_version":"1.2","resource_changes":[\n{"address":"aws_iam_role.ci","mode":"managed","type":"aws_iam_role","change":{"actions":["delete"]}},\n{"address":"aws_s3_bucket.uploads","mode":"managed","type":"aws_s3_bucket","change":{"actions":["delete"]}},\n{"address":"data.aws_s3_bucket.x","mode":"data","type":"aws_s3_bucket","change":{"actions":["delete"]}}\n]}\n`;
    const { findings } = await run(addedFile('plans/prod.json', plan));
    expect(findings).toEqual(['iac/terraform-plan-delete head plans/prod.json:3']);
  });

  it('fails closed on a .tf file that does not parse', async () => {
    const { findings, verdict } = await run(
      changedFile('infra/db.tf', database('main'), 'resource "aws_db_instance" "main" {\n  identifier =\n'),
    );
    expect(findings).toEqual(['core/unreadable-file head infra/db.tf:1']);
    expect(verdict).toBe('block');
  });
});

describe('Terraform: attributes that force replacement of a data store', () => {
  const rds = (identifier: string, extra = '') =>
    `resource "aws_db_instance" "orders" {\n  identifier = ${identifier}\n  engine     = "postgres"\n${extra}}\n`;

  it('reports a changed identifier, a removed one on the base side, and a computed one as a value to check', async () => {
    expect((await run(changedFile('infra/db.tf', rds('"orders"'), rds('"orders-v2"')))).findings).toEqual([
      'iac/terraform-replacement-attribute head infra/db.tf:2',
    ]);
    expect(
      (
        await run(
          changedFile(
            'infra/db.tf',
            rds('"orders"'),
            'resource "aws_db_instance" "orders" {\n  engine = "postgres"\n}\n',
          ),
        )
      ).findings,
    ).toEqual(['iac/terraform-replacement-attribute base infra/db.tf:2']);
    expect((await run(changedFile('infra/db.tf', rds('"orders"'), rds('var.db_name')))).findings).toEqual([
      'iac/terraform-replacement-attribute head infra/db.tf:2',
    ]);
  });

  it('leaves an equal value written differently, and ignore_changes, alone', async () => {
    const locals = 'locals {\n  name = "orders"\n}\n';
    expect((await run(changedFile('infra/db.tf', rds('"orders"'), `${locals}${rds('local.name')}`))).findings).toEqual(
      [],
    );
    const ignored = rds('"orders-v2"', '\n  lifecycle {\n    ignore_changes = [identifier]\n  }\n');
    expect((await run(changedFile('infra/db.tf', rds('"orders"'), ignored))).findings).toEqual([]);
  });
});
