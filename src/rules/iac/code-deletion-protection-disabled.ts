import type { Rule } from '../../core/rule.js';
import { turnedOff, type CodeIacDocument } from './lib/code-iac-document.js';

export const codeDeletionProtectionDisabled: Rule<CodeIacDocument, 'disabled' | 'removed'> = {
  meta: {
    id: 'iac/code-deletion-protection-disabled',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A CDK construct or Pulumi resource whose `deletionProtection` (`deletion_protection`) goes from true to false or is removed.',
    messages: {
      disabled: '{property} of {resource} is turned off: the database can now be deleted',
      removed: '{property}: true is removed from {resource}: the database can now be deleted',
    },
    examples: {
      invalid: [
        {
          path: 'infra/index.ts',
          base: 'import * as aws from "@pulumi/aws";\nconst db = new aws.rds.Instance("orders", {\n    deletionProtection: true,\n});\n',
          code: 'import * as aws from "@pulumi/aws";\nconst db = new aws.rds.Instance("orders", {\n    deletionProtection: false,\n});\n',
          line: 3,
        },
        {
          path: 'stacks/db.py',
          base: 'from aws_cdk import aws_rds as rds\nrds.DatabaseCluster(self, "Db",\n    engine=engine,\n    deletion_protection=True)\n',
          code: 'from aws_cdk import aws_rds as rds\nrds.DatabaseCluster(self, "Db",\n    engine=engine)\n',
          line: 4,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'infra/index.ts',
          code: 'import * as aws from "@pulumi/aws";\nconst db = new aws.rds.Instance("scratch", { deletionProtection: false });\n',
        },
      ],
    },
  },
  check(doc, report) {
    turnedOff(
      doc,
      (r) => r.props,
      'deletionProtection',
      (resource, property, side) => {
        const data = { property: property.name, resource: `${resource.qualified}(${resource.logicalName})` };
        if (side === 'head') report({ messageId: 'disabled', data, span: property.span, unit: resource.span });
        else report({ messageId: 'removed', data, span: property.span, side: 'base' });
      },
    );
  },
};
