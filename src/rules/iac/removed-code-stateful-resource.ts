import type { Rule } from '../../core/rule.js';
import { propertyOf, type CodeResource } from '../../parsers/iac-code/resources.js';
import { isStatefulCdkConstruct, isStatefulPulumiResource } from '../../parsers/iac-code/stateful-constructs.js';
import { isTrue, resourceKey, type CodeIacDocument } from './lib/code-iac-document.js';

/** Whether the resource outlives its removal from the program: retained by CDK, kept or refused by Pulumi. */
function survivesRemoval(doc: CodeIacDocument, resource: CodeResource): boolean {
  if (
    doc.cdk &&
    /RemovalPolicy\.(RETAIN|RETAIN_ON_UPDATE_OR_DELETE|SNAPSHOT)$/.test(
      propertyOf(resource.props, 'removalPolicy')?.value ?? '',
    )
  )
    return true;
  return isTrue(propertyOf(resource.options, 'retainOnDelete')) || isTrue(propertyOf(resource.options, 'protect'));
}

function isStateful(doc: CodeIacDocument, resource: CodeResource): boolean {
  return (doc.cdk && isStatefulCdkConstruct(resource)) || (doc.pulumi && isStatefulPulumiResource(resource));
}

export const removedCodeStatefulResource: Rule<CodeIacDocument, 'removed'> = {
  meta: {
    id: 'iac/removed-code-stateful-resource',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A CDK construct or Pulumi resource that holds data (database, bucket, table, file system, volume...) removed from the program or renamed: the next deploy deletes it.',
    messages: {
      removed: '{resource} is removed from the program (or renamed): the next deploy deletes it and its data',
    },
    examples: {
      invalid: [
        {
          path: 'lib/data-stack.ts',
          base: "import * as rds from 'aws-cdk-lib/aws-rds';\nconst topic = new sns.Topic(this, 'Events');\nconst db = new rds.DatabaseInstance(this, 'OrdersDb', {\n  engine,\n});\n",
          code: "import * as rds from 'aws-cdk-lib/aws-rds';\nconst topic = new sns.Topic(this, 'Events');\n",
          line: 3,
          side: 'base',
        },
        {
          path: '__main__.py',
          base: 'import pulumi_gcp as gcp\n\ndb = gcp.sql.DatabaseInstance("main", database_version="POSTGRES_15")\n',
          code: 'import pulumi_gcp as gcp\n\ndb = gcp.sql.DatabaseInstance("main-v2", database_version="POSTGRES_15")\n',
          line: 3,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'lib/data-stack.ts',
          base: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Old', { removalPolicy: RemovalPolicy.RETAIN });\n",
          code: "import * as s3 from 'aws-cdk-lib/aws-s3';\n",
        },
        {
          path: 'lib/app-stack.ts',
          base: "import * as ecs from 'aws-cdk-lib/aws-ecs';\nnew ecs.Cluster(this, 'Apps', {});\n",
          code: "import * as ecs from 'aws-cdk-lib/aws-ecs';\n",
        },
      ],
    },
  },
  check(doc, report) {
    if (!doc.base) return;
    const kept = new Set(doc.head.resources.map(resourceKey));
    for (const resource of doc.base.resources) {
      if (kept.has(resourceKey(resource)) || !isStateful(doc, resource) || survivesRemoval(doc, resource)) continue;
      const data = { resource: `${resource.qualified}(${resource.logicalName})` };
      report({ messageId: 'removed', data, span: resource.calleeSpan, unit: resource.span, side: 'base' });
    }
  },
};
