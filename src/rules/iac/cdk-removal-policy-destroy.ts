import type { Rule } from '../../core/rule.js';
import type { CodeIacDocument } from './lib/code-iac-document.js';

export const cdkRemovalPolicyDestroy: Rule<CodeIacDocument, 'destroy'> = {
  meta: {
    id: 'iac/cdk-removal-policy-destroy',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      '`RemovalPolicy.DESTROY` in a CDK app (as `removalPolicy`, `removal_policy` or `applyRemovalPolicy`): removing or replacing the construct deletes the resource and its data instead of retaining it.',
    messages: {
      destroy:
        '{expression}: when the construct is removed or replaced, CloudFormation deletes the resource and its data instead of retaining or snapshotting it',
    },
    examples: {
      invalid: [
        {
          path: 'lib/assets-stack.ts',
          base: "import { RemovalPolicy } from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Docs', {\n  removalPolicy: RemovalPolicy.RETAIN,\n});\n",
          code: "import { RemovalPolicy } from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Docs', {\n  removalPolicy: RemovalPolicy.DESTROY,\n});\n",
          line: 3,
        },
        {
          path: 'stacks/db_stack.py',
          code: 'from aws_cdk import RemovalPolicy, aws_rds as rds\n\ndb = rds.DatabaseInstance(\n    self, "Db",\n    removal_policy=RemovalPolicy.DESTROY,\n)\n',
          line: 5,
        },
      ],
      valid: [
        {
          path: 'lib/assets-stack.ts',
          code: "import { RemovalPolicy } from 'aws-cdk-lib';\n// RemovalPolicy.DESTROY would lose the documents\nnew s3.Bucket(this, 'Docs', { removalPolicy: RemovalPolicy.RETAIN });\nconst note = 'RemovalPolicy.DESTROY';\n",
        },
      ],
    },
  },
  check(doc, report) {
    if (!doc.cdk) return;
    for (const member of doc.head.members) {
      if (!/(^|\.)RemovalPolicy\.DESTROY$/.test(member.resolved)) continue;
      report({ messageId: 'destroy', data: { expression: member.text }, span: member.span });
    }
  },
};
