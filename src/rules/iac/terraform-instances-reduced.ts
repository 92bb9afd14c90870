import type { Rule } from '../../core/rule.js';
import { evaluate, UNKNOWN, type EvalScope } from '../../parsers/hcl/evaluate.js';
import type { HclAttribute, HclBlock, HclExpr } from '../../parsers/hcl/syntax.js';
import { changedDefinitions } from './lib/terraform-causes.js';
import { resourcePairs, resourcePairsOfFile, type TerraformDocument } from './lib/terraform-document.js';
import type { TerraformModule, TerraformResource } from './lib/terraform-module.js';
import { isStatefulType } from './lib/terraform-stateful-types.js';

/** How many instances a resource block declares, as far as the configuration tells before a plan. */
type Instances =
  | { kind: 'single' }
  | { kind: 'count'; count: number | undefined; attribute: HclAttribute }
  | { kind: 'for_each'; keys: string[] | undefined; attribute: HclAttribute };

export const terraformInstancesReduced: Rule<TerraformDocument, 'fewer' | 'maybeFewer' | 'rekeyed' | 'through'> = {
  meta: {
    id: 'iac/terraform-instances-reduced',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      '`count` or `for_each` of a Terraform resource that holds data drops instances (to 0, fewer keys, or a different keying): apply destroys them.',
    messages: {
      fewer: '{address}: {what}; terraform apply destroys {lost} with its data',
      maybeFewer:
        '{address}: {what} is decided by an expression two-key cannot evaluate before a plan; it may drop instances, and apply would destroy them with their data',
      rekeyed:
        '{address}: {what} changes every instance address without a moved block; terraform apply destroys the existing {type} and creates new, empty ones',
      through: '{address}: {what} because {cause} changes here; terraform apply destroys {lost} with its data',
    },
    examples: {
      invalid: [
        {
          path: 'infra/staging/db.tf',
          base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
          code: 'locals {\n  create_db = false\n}\n\nresource "aws_db_instance" "main" {\n  count      = local.create_db ? 1 : 0\n  identifier = "app"\n}\n',
          line: 6,
        },
        {
          path: 'infra/prod/buckets.tf',
          base: 'resource "aws_s3_bucket" "tenant" {\n  for_each = toset(["acme", "globex"])\n  bucket   = "data-${each.key}"\n}\n',
          code: 'resource "aws_s3_bucket" "tenant" {\n  for_each = toset(["acme"])\n  bucket   = "data-${each.key}"\n}\n',
          line: 2,
        },
      ],
      valid: [
        {
          path: 'infra/prod/db.tf',
          base: 'resource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
          code: 'resource "aws_db_instance" "main" {\n  count      = 1\n  identifier = "app"\n}\n',
        },
        {
          path: 'infra/prod/buckets.tf',
          base: 'resource "aws_s3_bucket" "tenant" {\n  for_each = toset(["acme"])\n  bucket   = "data-${each.key}"\n}\n',
          code: 'resource "aws_s3_bucket" "tenant" {\n  for_each = toset(["acme", "globex"])\n  bucket   = "data-${each.key}"\n}\n',
        },
      ],
    },
  },
  check(doc, report) {
    // Only pairs with a side in this file can be reported here.
    for (const { base, head } of resourcePairsOfFile(doc)) {
      if (!base || !head || !isStatefulType(head.type)) continue;
      const before = instancesOf(base.block, doc.base.scope);
      const after = instancesOf(head.block, doc.head.scope);
      const lost = compare(before, after, base, doc.head);
      if (!lost) continue;
      const data = { address: head.address, type: head.type, what: lost.what, lost: lost.lost ?? '' };
      // A count or for_each the change deletes is a removed line: point at it in the base.
      if (after.kind === 'single') {
        if (before.kind === 'single' || base.path !== doc.basePath) continue;
        report({ messageId: lost.messageId, data, span: before.attribute.span, unit: base.block.span, side: 'base' });
      } else if (head.path === doc.path) {
        report({ messageId: lost.messageId, data, span: after.attribute.span, unit: head.block.span });
      }
    }
    // An unchanged `count = var.enabled ? 1 : 0` whose variable default or local this file
    // changes: the destroy is this file's doing, reported at the definition.
    for (const { base, head } of resourcePairs(doc)) {
      if (!base || !head || !isStatefulType(head.type)) continue;
      const attribute = head.block.attributes.find((a) => a.name === 'count' || a.name === 'for_each');
      const was = base.block.attributes.find((a) => a.name === attribute?.name);
      if (!attribute || !was || !sameExpression(was.value, attribute.value)) continue;
      const sites = changedDefinitions(attribute.value, doc).filter((site) => site.path === doc.path);
      if (sites.length === 0) continue;
      // Each stack (a `-var-file`) compared with itself, as terraform-replacement-attribute does.
      const lost = stackPairs(doc)
        .map((scopes) =>
          compare(instancesOf(base.block, scopes.base), instancesOf(head.block, scopes.head), base, doc.head),
        )
        .find((loss) => loss?.messageId === 'fewer');
      if (!lost) continue;
      for (const site of sites) {
        report({
          messageId: 'through',
          data: { address: head.address, what: lost.what, lost: lost.lost ?? '', cause: site.name },
          span: site.span,
          unit: site.span,
          ...(site.unreachable ? { downgradedBecause: site.unreachable } : {}),
        });
      }
    }
  },
};

/** The module's stacks on both sides, matched by their `.tfvars` file. */
function stackPairs(doc: TerraformDocument): { base: EvalScope; head: EvalScope }[] {
  return doc.head.stacks.flatMap((head) => {
    const base = doc.base.stacks.find((s) => s.path === head.path);
    return base ? [{ base: base.scope, head: head.scope }] : [];
  });
}

interface Loss {
  messageId: 'fewer' | 'maybeFewer' | 'rekeyed';
  what: string;
  lost?: string;
}

function compare(
  before: Instances,
  after: Instances,
  base: TerraformResource,
  head: TerraformModule,
): Loss | undefined {
  const movedExplicitly = head.moves.some((m) => m.from === base.address);
  if (after.kind === 'count') {
    if (before.kind === 'for_each' && !movedExplicitly)
      return { messageId: 'rekeyed', what: 'for_each is replaced by count' };
    const had = before.kind === 'single' ? 1 : before.kind === 'count' ? before.count : undefined;
    if (after.count === undefined) {
      if (before.kind === 'count' && sameExpression(before.attribute.value, after.attribute.value)) return undefined;
      return { messageId: 'maybeFewer', what: 'count' };
    }
    if (after.count === 0 && had !== 0) return { messageId: 'fewer', what: 'count becomes 0', lost: 'every instance' };
    if (had !== undefined && after.count < had)
      return {
        messageId: 'fewer',
        what: `count goes from ${had} to ${after.count}`,
        lost: instanceList(base.address, after.count, had),
      };
    return undefined;
  }
  if (after.kind === 'for_each') {
    if (before.kind !== 'for_each')
      return movedExplicitly
        ? undefined
        : {
            messageId: 'rekeyed',
            what: `for_each replaces ${before.kind === 'count' ? 'count' : 'the single instance'}`,
          };
    if (after.keys === undefined || before.keys === undefined) {
      if (sameExpression(before.attribute.value, after.attribute.value)) return undefined;
      return after.keys === undefined ? { messageId: 'maybeFewer', what: 'for_each' } : undefined;
    }
    const gone = before.keys.filter((k) => !after.keys!.includes(k));
    if (gone.length === 0) return undefined;
    return {
      messageId: 'fewer',
      what: `for_each no longer has ${gone.map((k) => JSON.stringify(k)).join(', ')}`,
      lost: gone.map((k) => `${base.address}[${JSON.stringify(k)}]`).join(', '),
    };
  }
  // No count or for_each any more: Terraform moves [0] to the bare address by itself, nothing else.
  if (before.kind === 'count') {
    if (before.count !== undefined && before.count <= 1) return undefined;
    return {
      messageId: before.count === undefined ? 'maybeFewer' : 'fewer',
      what: 'count is removed',
      lost: before.count === undefined ? undefined : instanceList(base.address, 1, before.count),
    };
  }
  if (before.kind === 'for_each' && !movedExplicitly) return { messageId: 'rekeyed', what: 'for_each is removed' };
  return undefined;
}

function instancesOf(block: HclBlock, scope: EvalScope): Instances {
  const count = block.attributes.find((a) => a.name === 'count');
  if (count) {
    const value = evaluate(count.value, scope);
    return { kind: 'count', count: typeof value === 'number' ? value : undefined, attribute: count };
  }
  const forEach = block.attributes.find((a) => a.name === 'for_each');
  if (forEach) {
    const value = evaluate(forEach.value, scope);
    let keys: string[] | undefined;
    if (Array.isArray(value)) keys = value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
    else if (value !== UNKNOWN && value !== null && typeof value === 'object') keys = Object.keys(value);
    return { kind: 'for_each', keys, attribute: forEach };
  }
  return { kind: 'single' };
}

function instanceList(address: string, from: number, to: number): string {
  if (to - from === 1) return `${address}[${from}]`;
  return `${address}[${from}] to ${address}[${to - 1}]`;
}

function sameExpression(a: HclExpr, b: HclExpr): boolean {
  const strip = (e: HclExpr) => JSON.stringify(e, (key, value: unknown) => (key === 'span' ? undefined : value));
  return strip(a) === strip(b);
}
