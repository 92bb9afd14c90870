import type { Rule } from '../../core/rule.js';
import { destroyedStateful, type TerraformDocument } from './lib/terraform-document.js';

export const terraformRenamedResource: Rule<TerraformDocument, 'renamedFrom' | 'renamedTo'> = {
  meta: {
    id: 'iac/terraform-renamed-resource',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A Terraform resource that holds data is renamed without a `moved` block: Terraform destroys the old one and creates an empty one.',
    messages: {
      renamedFrom:
        '{address} is renamed to {renamedTo} without a moved block: terraform apply destroys this {type} and its data, then creates an empty one',
      renamedTo:
        '{address} replaces {renamedFrom} without a moved block: terraform apply creates it empty and destroys {renamedFrom} with its data',
    },
    examples: {
      invalid: [
        {
          path: 'infra/prod/database.tf',
          base: 'resource "aws_db_instance" "primary" {\n  identifier = "app-postgres"\n}\n',
          code: 'resource "aws_db_instance" "main" {\n  identifier = "app-postgres"\n}\n',
          line: 1,
          side: 'base',
        },
        {
          path: 'infra/prod/database.tf',
          base: 'resource "aws_db_instance" "primary" {\n  identifier = "app-postgres"\n}\n',
          code: '# the main database\nresource "aws_db_instance" "main" {\n  identifier = "app-postgres"\n}\n',
          line: 2,
        },
      ],
      valid: [
        {
          path: 'infra/prod/database.tf',
          base: 'resource "aws_db_instance" "primary" {\n  identifier = "app-postgres"\n}\n',
          code: 'resource "aws_db_instance" "main" {\n  identifier = "app-postgres"\n}\n\nmoved {\n  from = aws_db_instance.primary\n  to   = aws_db_instance.main\n}\n',
        },
      ],
    },
  },
  check(doc, report) {
    const renamedTo = new Map<string, string[]>();
    for (const lost of destroyedStateful(doc)) {
      if (lost.renamedTo.length === 0) continue;
      const { resource } = lost;
      for (const added of lost.renamedTo)
        renamedTo.set(added.address, [...(renamedTo.get(added.address) ?? []), resource.address]);
      if (resource.path !== doc.basePath) continue;
      report({
        messageId: 'renamedFrom',
        data: {
          address: resource.address,
          type: resource.type,
          renamedTo: lost.renamedTo.map((r) => r.address).join(' or '),
        },
        span: resource.block.header,
        unit: resource.block.span,
        side: 'base',
      });
    }
    for (const [address, from] of renamedTo) {
      const added = doc.head.resources.get(address);
      if (!added || added.path !== doc.path) continue;
      report({
        messageId: 'renamedTo',
        data: { address, renamedFrom: from.join(' or ') },
        span: added.block.header,
        unit: added.block.span,
      });
    }
  },
};
