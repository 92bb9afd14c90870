import type { Rule } from '../../core/rule.js';
import { propertyOf } from '../../parsers/iac-code/resources.js';
import { isStatefulPulumiResource } from '../../parsers/iac-code/stateful-constructs.js';
import { baseResourceOf, isTrue, type CodeIacDocument } from './lib/code-iac-document.js';

export const pulumiDeleteBeforeReplace: Rule<CodeIacDocument, 'deleteFirst'> = {
  meta: {
    id: 'iac/pulumi-delete-before-replace',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      '`deleteBeforeReplace: true` on a Pulumi resource that holds data: a replacement deletes the old resource before the new one exists.',
    messages: {
      deleteFirst:
        '{option} on {resource}: a replacement deletes the existing resource and its data before creating the new one',
    },
    examples: {
      invalid: [
        {
          path: 'infra/index.ts',
          code: 'import * as aws from "@pulumi/aws";\nconst t = new aws.dynamodb.Table("orders", {\n    hashKey: "id",\n}, {\n    deleteBeforeReplace: true,\n});\n',
          line: 5,
        },
      ],
      valid: [
        {
          path: 'infra/index.ts',
          code: 'import * as aws from "@pulumi/aws";\nconst r = new aws.iam.Role("deployer", {}, { deleteBeforeReplace: true });\n',
        },
      ],
    },
  },
  check(doc, report) {
    if (!doc.pulumi) return;
    for (const resource of doc.head.resources) {
      if (!isStatefulPulumiResource(resource)) continue;
      const option = propertyOf(resource.options, 'deleteBeforeReplace');
      if (!isTrue(option)) continue;
      const base = baseResourceOf(doc, resource);
      if (base && isTrue(propertyOf(base.options, 'deleteBeforeReplace'))) continue;
      const data = { option: option!.name, resource: `${resource.qualified}(${resource.logicalName})` };
      report({ messageId: 'deleteFirst', data, span: option!.span, unit: resource.span });
    }
  },
};
