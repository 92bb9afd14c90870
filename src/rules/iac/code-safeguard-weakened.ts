import type { Rule } from '../../core/rule.js';
import type { CodeArgument } from '../../parsers/iac-code/arguments.js';
import type { CodeResource } from '../../parsers/iac-code/resources.js';
import { isStatefulCdkConstruct, isStatefulPulumiResource } from '../../parsers/iac-code/stateful-constructs.js';
import { baseResourceOf, type CodeIacDocument } from './lib/code-iac-document.js';
import { BACKUP_WORDS, safeguardOf } from './lib/code-safeguards.js';

type MessageId = 'set' | 'shortened' | 'removed' | 'unknown';

export const codeSafeguardWeakened: Rule<CodeIacDocument, MessageId> = {
  meta: {
    id: 'iac/code-safeguard-weakened',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A CDK construct or Pulumi resource argument that guards data (force_destroy, skip_final_snapshot, backup retention, point-in-time recovery, versioning, expiry of backups) is turned off or weakened.',
    messages: {
      set: '{resource}: {argument} is {value} (was {before}); this gives up {loses}',
      shortened: '{resource}: {argument} goes from {before} to {value}; this gives up {loses}',
      removed: '{resource}: {argument} = {before} is removed, and the default gives up {loses}',
      unknown:
        '{resource}: {argument} (was {before}) is now {value}, which two-key cannot evaluate before a deploy; approve only if it keeps {loses}',
    },
    examples: {
      invalid: [
        {
          path: 'infra/__main__.py',
          base: 'import pulumi_aws as aws\nbackups = aws.s3.BucketV2("db-backups",\n    bucket="acme-db-backups")\n',
          code: 'import pulumi_aws as aws\nbackups = aws.s3.BucketV2("db-backups",\n    bucket="acme-db-backups",\n    force_destroy=True)\n',
          line: 4,
        },
        {
          path: 'infra/backups.ts',
          base: 'import * as aws from "@pulumi/aws";\nnew aws.s3.BucketLifecycleConfigurationV2("db-backups", {\n  rules: [{ id: "expire", status: "Enabled", expiration: { days: 90 } }],\n});\n',
          code: 'import * as aws from "@pulumi/aws";\nnew aws.s3.BucketLifecycleConfigurationV2("db-backups", {\n  rules: [{ id: "expire", status: "Enabled", expiration: { days: 1 } }],\n});\n',
          line: 3,
        },
        {
          path: 'Pulumi.yaml',
          base: 'name: app\nruntime: yaml\nresources:\n  orders:\n    type: aws:rds:Instance\n    properties:\n      backupRetentionPeriod: 14\n',
          code: 'name: app\nruntime: yaml\nresources:\n  orders:\n    type: aws:rds:Instance\n    properties:\n      backupRetentionPeriod: 0\n',
          line: 7,
        },
      ],
      valid: [
        {
          path: 'infra/cache.ts',
          base: 'import * as aws from "@pulumi/aws";\nnew aws.s3.BucketLifecycleConfigurationV2("build-cache", {\n  rules: [{ id: "expire", status: "Enabled", expiration: { days: 30 } }],\n});\n',
          code: 'import * as aws from "@pulumi/aws";\nnew aws.s3.BucketLifecycleConfigurationV2("build-cache", {\n  rules: [{ id: "expire", status: "Enabled", expiration: { days: 1 } }],\n});\n',
        },
        {
          path: 'infra/__main__.py',
          base: 'import pulumi_aws as aws\ndb = aws.rds.Instance("orders", backup_retention_period=7)\n',
          code: 'import pulumi_aws as aws\ndb = aws.rds.Instance("orders", backup_retention_period=14)\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const head of doc.head.resources) {
      const base = baseResourceOf(doc, head);
      const before = new Map((base?.arguments ?? []).map((a) => [a.key, a]));
      const after = new Map(head.arguments.map((a) => [a.key, a]));
      const resource = `${head.qualified}(${head.logicalName})`;
      for (const argument of head.arguments) {
        const row = safeguardOf(argument);
        if (!row || (!base && !row.onNewResource)) continue;
        if (row.backupsOnly && !keepsBackups(head)) continue;
        const old = before.get(argument.key);
        const data = {
          resource,
          argument: argument.written.join('.'),
          value: argument.text,
          before: old?.text ?? 'unset',
          loses: row.loses,
        };
        if (argument.value === undefined) {
          // Fail closed where data is at stake: a literal safe value replaced by something computed.
          const wasSafe = old?.value !== undefined && !row.unsafe(old.value);
          if (wasSafe && old.text !== argument.text && isStateful(doc, head))
            report({ messageId: 'unknown', data, span: argument.span, unit: head.span });
          continue;
        }
        const shortened =
          row.shortened &&
          typeof argument.value === 'number' &&
          typeof old?.value === 'number' &&
          argument.value < old.value;
        if (shortened) {
          report({ messageId: 'shortened', data, span: argument.span, unit: head.span });
          continue;
        }
        const wasUnsafe = old?.value !== undefined ? row.unsafe(old.value) : old !== undefined;
        // An expiry is only news when it is new or shorter; a new flag set unsafe is a choice the change makes.
        if (row.shortened && row.backupsOnly && old) continue;
        if (row.unsafe(argument.value) && !wasUnsafe)
          report({ messageId: 'set', data, span: argument.span, unit: head.span });
      }
      for (const old of base?.arguments ?? []) {
        const row = safeguardOf(old);
        if (!row?.absentUnsafe || after.has(old.key) || old.value === undefined || row.unsafe(old.value)) continue;
        report({
          messageId: 'removed',
          data: { resource, argument: old.written.join('.'), value: 'unset', before: old.text, loses: row.loses },
          span: old.span,
          side: 'base',
        });
      }
    }
  },
};

function isStateful(doc: CodeIacDocument, resource: CodeResource): boolean {
  return (doc.cdk && isStatefulCdkConstruct(resource)) || (doc.pulumi && isStatefulPulumiResource(resource));
}

/** The resource's name, or the bucket it configures, says it keeps backups. */
function keepsBackups(resource: CodeResource): boolean {
  if (BACKUP_WORDS.test(resource.logicalName)) return true;
  const bucket = resource.arguments.find((a: CodeArgument) => a.names.length === 1 && a.names[0] === 'bucket');
  return bucket !== undefined && BACKUP_WORDS.test(bucket.text);
}
