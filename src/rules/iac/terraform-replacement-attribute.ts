import type { Rule } from '../../core/rule.js';
import { evaluate, sameValue, UNKNOWN, type EvalScope, type Evaluated } from '../../parsers/hcl/evaluate.js';
import type { HclBlock, HclExpr } from '../../parsers/hcl/syntax.js';
import { changedDefinitions } from './lib/terraform-causes.js';
import { resourcePairs, resourcePairsOfFile, type TerraformDocument } from './lib/terraform-document.js';
import { terraformReplacementRow, versionFamily } from './lib/replacement-table.js';

type MessageId = 'changed' | 'removed' | 'maybe' | 'through' | 'maybeThrough';

export const terraformReplacementAttribute: Rule<TerraformDocument, MessageId> = {
  meta: {
    id: 'iac/terraform-replacement-attribute',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'An attribute the provider cannot change in place (RDS identifier or engine, DynamoDB keys, Cloud SQL name or region, a bucket name...) changes on a data store: terraform apply destroys it with its data and creates an empty one.',
    messages: {
      changed:
        '{address}: {attribute} changes from {before} to {after}; the provider replaces the {store}, destroying it with its data',
      removed:
        '{address}: {attribute} = {before} is removed; the provider replaces the {store}, destroying it with its data',
      maybe:
        '{address}: {attribute} is now {after}, which two-key cannot evaluate before a plan; if it differs from {before}, the provider replaces the {store} and its data is lost',
      through:
        '{address}: {attribute} changes from {before} to {after} because {cause} changes here; the provider replaces the {store}, destroying it with its data',
      maybeThrough:
        '{address}: {attribute} (was {before}) now depends on {cause}, which two-key cannot evaluate before a plan; if it differs, the provider replaces the {store} and its data is lost',
    },
    examples: {
      invalid: [
        {
          path: 'infra/db.tf',
          base: 'resource "aws_db_instance" "main" {\n  identifier = "orders"\n  engine     = "postgres"\n}\n',
          code: 'resource "aws_db_instance" "main" {\n  identifier = "orders-v2"\n  engine     = "postgres"\n}\n',
          line: 2,
        },
        {
          path: 'infra/tables.tf',
          base: 'resource "aws_dynamodb_table" "jobs" {\n  name     = "jobs"\n  hash_key = "pk"\n}\n',
          code: 'resource "aws_dynamodb_table" "jobs" {\n  name     = "jobs"\n  hash_key = "job_id"\n}\n',
          line: 3,
        },
        {
          path: 'infra/sql.tf',
          base: 'resource "google_sql_database_instance" "main" {\n  name             = "orders"\n  database_version = "MYSQL_8_0"\n}\n',
          code: 'resource "google_sql_database_instance" "main" {\n  name             = "orders"\n  database_version = "POSTGRES_15"\n}\n',
          line: 3,
        },
      ],
      valid: [
        {
          path: 'infra/sql.tf',
          base: 'resource "google_sql_database_instance" "main" {\n  name             = "orders"\n  database_version = "POSTGRES_14"\n}\n',
          code: 'resource "google_sql_database_instance" "main" {\n  name             = "orders"\n  database_version = "POSTGRES_15"\n}\n',
        },
        {
          path: 'infra/lb.tf',
          base: 'resource "aws_lb" "main" {\n  name = "api"\n}\n',
          code: 'resource "aws_lb" "main" {\n  name = "api-v2"\n}\n',
        },
        {
          path: 'infra/db.tf',
          base: 'resource "aws_db_instance" "main" {\n  identifier = "orders"\n}\n',
          code: 'resource "aws_db_instance" "main" {\n  identifier = "orders-v2"\n\n  lifecycle {\n    ignore_changes = [identifier]\n  }\n}\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const { base, head } of resourcePairsOfFile(doc)) {
      if (!base || !head || base.type !== head.type) continue;
      const row = terraformReplacementRow(head.type);
      if (!row) continue;
      const ignored = ignoredChanges(head.block);
      const compared = [
        ...(row.attributes ?? []).map((name) => ({ name, family: false })),
        ...(row.family ?? []).map((name) => ({ name, family: true })),
      ];
      for (const { name, family } of compared) {
        if (ignored === 'all' || ignored.has(name)) continue;
        const before = base.block.attributes.find((a) => a.name === name);
        const after = head.block.attributes.find((a) => a.name === name);
        if (!before) continue;
        const data = {
          address: head.address,
          attribute: name,
          store: row.store,
          before: sourceOf(before.value, doc, 'base'),
        };
        if (!after) {
          if (base.path === doc.basePath)
            report({
              messageId: 'removed',
              data: { ...data, after: 'unset' },
              span: before.span,
              unit: base.block.span,
              side: 'base',
            });
          continue;
        }
        if (head.path !== doc.path || sameSource(before.value, after.value)) continue;
        const old = evaluate(before.value, doc.base.scope);
        const now = evaluate(after.value, doc.head.scope);
        const shown = { ...data, after: now === UNKNOWN ? 'an expression' : JSON.stringify(now) };
        if (old === UNKNOWN || now === UNKNOWN) {
          report({ messageId: 'maybe', data: shown, span: after.span, unit: head.block.span });
          continue;
        }
        const differ = family
          ? !sameValue(versionFamily(old) as Evaluated, versionFamily(now) as Evaluated)
          : !sameValue(old, now);
        if (differ) report({ messageId: 'changed', data: shown, span: after.span, unit: head.block.span });
      }
    }
    // An unchanged `identifier = local.name` whose local or variable default this file changes:
    // the replacement is this file's doing, reported at the definition.
    for (const { base, head } of resourcePairs(doc)) {
      if (!base || !head || base.type !== head.type) continue;
      const row = terraformReplacementRow(head.type);
      if (!row) continue;
      const ignored = ignoredChanges(head.block);
      if (ignored === 'all') continue;
      for (const name of [...(row.attributes ?? []), ...(row.family ?? [])]) {
        if (ignored.has(name)) continue;
        const before = base.block.attributes.find((a) => a.name === name);
        const after = head.block.attributes.find((a) => a.name === name);
        if (!before || !after || !sameSource(before.value, after.value)) continue;
        const sites = changedDefinitions(after.value, doc).filter((site) => site.path === doc.path);
        if (sites.length === 0) continue;
        const family = row.family?.includes(name) ?? false;
        const differs = (a: Evaluated, b: Evaluated) =>
          b === UNKNOWN ||
          (family ? !sameValue(versionFamily(a) as Evaluated, versionFamily(b) as Evaluated) : !sameValue(a, b));
        // Each stack (a `-var-file`) compared with itself: stacks that differ from one another
        // make the module's merged value unknown, yet one of them may still see the default move.
        const pairs = stackPairs(doc).map(({ base, head }): { old: Evaluated; now: Evaluated } => ({
          old: evaluate(before.value, base),
          now: evaluate(after.value, head),
        }));
        // Unknown before: what it was is not known, so neither is whether it changes.
        const moved = pairs.find((p) => p.old !== UNKNOWN && differs(p.old, p.now));
        if (!moved) continue;
        const { old, now } = moved;
        for (const site of sites) {
          const data = {
            address: head.address,
            attribute: name,
            store: row.store,
            before: JSON.stringify(old),
            after: now === UNKNOWN ? 'an expression' : JSON.stringify(now),
            cause: site.name,
          };
          report({
            messageId: now === UNKNOWN ? 'maybeThrough' : 'through',
            data,
            span: site.span,
            unit: site.span,
            ...(site.unreachable ? { downgradedBecause: site.unreachable } : {}),
          });
        }
      }
    }
  },
};

/** `lifecycle { ignore_changes = [a, b] }` or `= all`: Terraform does not act on changes to those. */
function ignoredChanges(block: HclBlock): Set<string> | 'all' {
  const value = block.blocks
    .find((b) => b.type === 'lifecycle')
    ?.attributes.find((a) => a.name === 'ignore_changes')?.value;
  if (!value) return new Set();
  if (value.kind === 'traversal' && value.root === 'all' && value.steps.length === 0) return 'all';
  if (value.kind !== 'tuple') return new Set();
  return new Set(
    value.items.flatMap((i) =>
      i.kind === 'traversal' && i.steps.length === 0 ? [i.root] : i.kind === 'literal' ? [String(i.value)] : [],
    ),
  );
}

/** The module's stacks on both sides, matched by their `.tfvars` file. */
function stackPairs(doc: TerraformDocument): { base: EvalScope; head: EvalScope }[] {
  return doc.head.stacks.flatMap((head) => {
    const base = doc.base.stacks.find((s) => s.path === head.path);
    return base ? [{ base: base.scope, head: head.scope }] : [];
  });
}

function sameSource(a: HclExpr, b: HclExpr): boolean {
  const strip = (e: HclExpr) => JSON.stringify(e, (key, value: unknown) => (key === 'span' ? undefined : value));
  return strip(a) === strip(b);
}

function sourceOf(expr: HclExpr, doc: TerraformDocument, side: 'base' | 'head'): string {
  const value = evaluate(expr, side === 'base' ? doc.base.scope : doc.head.scope);
  return value === UNKNOWN ? 'an expression' : JSON.stringify(value);
}
