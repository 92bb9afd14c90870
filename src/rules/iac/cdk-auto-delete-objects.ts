import type { Rule } from '../../core/rule.js';
import { propertyOf } from '../../parsers/iac-code/resources.js';
import { isTrue, type CodeIacDocument } from './lib/code-iac-document.js';

export const cdkAutoDeleteObjects: Rule<CodeIacDocument, 'autoDelete'> = {
  meta: {
    id: 'iac/cdk-auto-delete-objects',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      '`autoDeleteObjects: true` on a CDK bucket: a custom resource empties the bucket when it is removed, so nothing is left to retain.',
    messages: {
      autoDelete:
        '{property} on {construct} empties the bucket, every object in it, when the construct is removed or replaced',
    },
    examples: {
      invalid: [
        {
          path: 'lib/assets-stack.ts',
          code: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Docs', {\n  versioned: true,\n  autoDeleteObjects: true,\n});\n",
          line: 4,
        },
        {
          path: 'app/storage.py',
          code: 'from aws_cdk import aws_s3 as s3\ns3.Bucket(self, "Docs", auto_delete_objects=True)\n',
          line: 2,
        },
      ],
      valid: [
        {
          path: 'lib/assets-stack.ts',
          code: "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Docs', { autoDeleteObjects: false });\n",
        },
      ],
    },
  },
  check(doc, report) {
    if (!doc.cdk) return;
    for (const resource of doc.head.resources) {
      const property = propertyOf(resource.props, 'autoDeleteObjects');
      if (!isTrue(property)) continue;
      report({
        messageId: 'autoDelete',
        data: { property: property!.name, construct: `${resource.qualified}(${resource.logicalName})` },
        span: property!.span,
        unit: resource.span,
      });
    }
  },
};
