import type { Rule } from '../../core/rule.js';
import { destroyedStateful, type TerraformDocument } from './lib/terraform-document.js';

export const terraformRemovedResource: Rule<TerraformDocument, 'removed' | 'removedBlock'> = {
  meta: {
    id: 'iac/terraform-removed-resource',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A Terraform resource that holds data (database, bucket, volume, table, queue) is removed: the next apply destroys it.',
    messages: {
      removed:
        '{address} is removed from the configuration: the next terraform apply destroys the {type} and the data in it',
      removedBlock:
        '{address} is removed and its `removed` block does not set lifecycle destroy = false: terraform apply destroys the {type}',
    },
    examples: {
      invalid: [
        {
          path: 'infra/prod/rds.tf',
          base: 'resource "aws_db_subnet_group" "main" {\n  name = "db"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "app"\n}\n',
          code: 'resource "aws_db_subnet_group" "main" {\n  name = "db"\n}\n',
          line: 5,
          side: 'base',
        },
        {
          path: 'infra/staging/volumes.tf',
          base: 'resource "railway_volume" "pg" {\n  name = "pg-data"\n}\n',
          code: '',
          line: 1,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'infra/prod/main.tf',
          base: 'resource "aws_iam_role" "ci" {\n  name = "ci"\n}\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
          code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
        },
        {
          path: 'infra/prod/main.tf',
          base: 'resource "aws_db_instance" "legacy" {\n  identifier = "legacy"\n}\n',
          code: 'removed {\n  from = aws_db_instance.legacy\n\n  lifecycle {\n    destroy = false\n  }\n}\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const lost of destroyedStateful(doc)) {
      const { resource } = lost;
      // A same-type resource added alongside is a rename: terraform-renamed-resource says so.
      if (resource.path !== doc.basePath || lost.renamedTo.length > 0) continue;
      report({
        messageId: lost.removal ? 'removedBlock' : 'removed',
        data: { address: resource.address, type: resource.type },
        span: resource.block.header,
        unit: resource.block.span,
        side: 'base',
      });
    }
  },
};
