import type { Rule } from '../../core/rule.js';
import { turnedOff, type CodeIacDocument } from './lib/code-iac-document.js';

export const pulumiProtectDisabled: Rule<CodeIacDocument, 'disabled' | 'removed'> = {
  meta: {
    id: 'iac/pulumi-protect-disabled',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A Pulumi resource whose `protect` or `retainOnDelete` option goes from true to false or is removed: `pulumi up` or `destroy` may now delete it.',
    messages: {
      disabled: '{option} of {resource} is turned off: Pulumi may now delete the resource and its data',
      removed: '{option}: true is removed from {resource}: Pulumi may now delete the resource and its data',
    },
    examples: {
      invalid: [
        {
          path: 'infra/index.ts',
          base: 'import * as aws from "@pulumi/aws";\nconst db = new aws.rds.Instance("orders", {\n    engine: "postgres",\n}, { protect: true });\n',
          code: 'import * as aws from "@pulumi/aws";\nconst db = new aws.rds.Instance("orders", {\n    engine: "postgres",\n}, { protect: false });\n',
          line: 4,
        },
        {
          path: '__main__.py',
          base: 'import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("docs",\n    opts=pulumi.ResourceOptions(retain_on_delete=True))\n',
          code: 'import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("docs")\n',
          line: 4,
          side: 'base',
        },
        {
          path: 'Pulumi.yaml',
          base: 'name: app\nruntime: yaml\nresources:\n  orders:\n    type: aws:rds:Instance\n    options:\n      protect: true\n',
          code: 'name: app\nruntime: yaml\nresources:\n  orders:\n    type: aws:rds:Instance\n    options:\n      protect: false\n',
          line: 7,
        },
      ],
      valid: [
        {
          path: 'infra/storage.ts',
          base: 'import * as aws from "@pulumi/aws";\nconst b = new aws.s3.BucketV2("docs", {});\n',
          code: 'import * as aws from "@pulumi/aws";\nconst b = new aws.s3.BucketV2("docs", {}, { protect: true });\n',
        },
      ],
    },
  },
  check(doc, report) {
    if (!doc.pulumi) return;
    for (const option of ['protect', 'retainOnDelete']) {
      turnedOff(
        doc,
        (r) => r.options,
        option,
        (resource, property, side) => {
          const data = { option: property.name, resource: `${resource.qualified}(${resource.logicalName})` };
          if (side === 'head') report({ messageId: 'disabled', data, span: property.span, unit: resource.span });
          else report({ messageId: 'removed', data, span: property.span, side: 'base' });
        },
      );
    }
  },
};
