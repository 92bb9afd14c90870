import type { Rule } from '../../core/rule.js';
import { normaliseName, type CodeArgument } from '../../parsers/iac-code/arguments.js';
import { baseResourceOf, type CodeIacDocument } from './lib/code-iac-document.js';
import { cdkReplacementRow, codeReplacementRow, versionFamily } from './lib/replacement-table.js';
import type { CodeResource } from '../../parsers/iac-code/resources.js';
import type { RuleReport } from '../../core/rule.js';

type MessageId = 'changed' | 'removed' | 'maybe';

export const codeReplacementArgument: Rule<CodeIacDocument, MessageId> = {
  meta: {
    id: 'iac/code-replacement-argument',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A Pulumi resource or CDK L1/L2 construct argument the provider cannot change in place (RDS identifier or engine, DynamoDB keys, Cloud SQL name or region, a bucket name...) changes on a data store: the deploy replaces it and the old one goes with its data.',
    messages: {
      changed:
        '{resource}: {argument} changes from {before} to {after}; the {store} is replaced and the old one deleted with its data',
      removed:
        '{resource}: {argument} = {before} is removed; the {store} is replaced and the old one deleted with its data',
      maybe:
        '{resource}: {argument} changes from {before} to {after}, which two-key cannot evaluate before a deploy; if the value differs, the {store} is replaced and its data lost',
    },
    examples: {
      invalid: [
        {
          path: 'infra/index.ts',
          base: 'import * as aws from "@pulumi/aws";\nnew aws.dynamodb.Table("jobs", {\n  hashKey: "pk",\n});\n',
          code: 'import * as aws from "@pulumi/aws";\nnew aws.dynamodb.Table("jobs", {\n  hashKey: "jobId",\n});\n',
          line: 3,
        },
        {
          path: 'infra/__main__.py',
          base: 'import pulumi_gcp as gcp\ngcp.sql.DatabaseInstance("main", name="orders", database_version="MYSQL_8_0")\n',
          code: 'import pulumi_gcp as gcp\ngcp.sql.DatabaseInstance("main", name="orders", database_version="POSTGRES_15")\n',
          line: 2,
        },
      ],
      valid: [
        {
          path: 'infra/index.ts',
          base: 'import * as aws from "@pulumi/aws";\nnew aws.rds.Instance("orders", {\n  identifier: "orders",\n  instanceClass: "db.t3.micro",\n});\n',
          code: 'import * as aws from "@pulumi/aws";\nnew aws.rds.Instance("orders", {\n  identifier: "orders",\n  instanceClass: "db.r6g.large",\n});\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const head of doc.head.resources) {
      const l2 = doc.cdk ? cdkReplacementRow(head.resolved) : undefined;
      if (l2?.cdk) {
        const base = baseResourceOf(doc, head);
        if (base) compareProps(l2.cdk.props, l2.store, base, head, report);
        continue;
      }
      const found = codeReplacementRow(head.resolved);
      if (
        !found ||
        (found.spelling === 'terraform' && !doc.pulumi) ||
        (found.spelling === 'cloudformation' && !doc.cdk)
      )
        continue;
      const base = baseResourceOf(doc, head);
      if (!base) continue;
      const { row, spelling } = found;
      const names =
        spelling === 'terraform'
          ? [
              ...(row.attributes ?? []).map((n) => ({ name: n, family: false })),
              ...(row.family ?? []).map((n) => ({ name: n, family: true })),
            ]
          : (row.properties ?? []).map((n) => ({ name: n, family: false }));
      const topLevel = (list: CodeArgument[]) =>
        new Map(list.filter((a) => a.names.length === 1).map((a) => [a.names[0]!, a]));
      const before = topLevel(base.arguments);
      const after = topLevel(head.arguments);
      const resource = `${head.qualified}(${head.logicalName})`;
      for (const { name, family } of names) {
        const key = normaliseName(name);
        const old = before.get(key);
        const now = after.get(key);
        if (!old) continue;
        const data = {
          resource,
          argument: (now ?? old).written.join('.'),
          store: row.store,
          before: old.text,
          after: now?.text ?? 'unset',
        };
        if (!now) {
          report({ messageId: 'removed', data, span: old.span, side: 'base' });
          continue;
        }
        if (old.text === now.text) continue;
        if (old.value === undefined || now.value === undefined) {
          report({ messageId: 'maybe', data, span: now.span, unit: head.span });
          continue;
        }
        const differ = family ? versionFamily(old.value) !== versionFamily(now.value) : old.value !== now.value;
        if (differ) report({ messageId: 'changed', data, span: now.span, unit: head.span });
      }
    }
  },
};

/** A CDK L2 construct's props by path (`partitionKey.name`), compared between the two versions. */
function compareProps(
  props: readonly string[],
  store: string,
  base: CodeResource,
  head: CodeResource,
  report: (r: RuleReport<MessageId>) => void,
): void {
  const byPath = (list: CodeArgument[]) => new Map(list.map((a) => [a.names.join('.'), a]));
  const before = byPath(base.arguments);
  const after = byPath(head.arguments);
  const resource = `${head.qualified}(${head.logicalName})`;
  for (const prop of props) {
    const key = prop.split('.').map(normaliseName).join('.');
    const old = before.get(key);
    const now = after.get(key);
    if (!old) continue;
    const data = { resource, argument: prop, store, before: old.text, after: now?.text ?? 'unset' };
    if (!now) report({ messageId: 'removed', data, span: old.span, side: 'base' });
    else if (old.text === now.text) continue;
    else if (old.value === undefined || now.value === undefined)
      report({ messageId: 'maybe', data, span: now.span, unit: head.span });
    else if (old.value !== now.value) report({ messageId: 'changed', data, span: now.span, unit: head.span });
  }
}
