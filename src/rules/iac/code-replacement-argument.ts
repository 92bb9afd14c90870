import type { Rule } from '../../core/rule.js';
import { normaliseName, type CodeArgument } from '../../parsers/iac-code/arguments.js';
import { baseResourceOf, type CodeIacDocument } from './lib/code-iac-document.js';
import { codeReplacementRow, versionFamily } from './lib/replacement-table.js';

type MessageId = 'changed' | 'removed' | 'maybe';

export const codeReplacementArgument: Rule<CodeIacDocument, MessageId> = {
  meta: {
    id: 'iac/code-replacement-argument',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A Pulumi resource or CDK L1 construct argument the provider cannot change in place (RDS identifier or engine, DynamoDB keys, Cloud SQL name or region, a bucket name...) changes on a data store: the deploy replaces it and the old one goes with its data.',
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
