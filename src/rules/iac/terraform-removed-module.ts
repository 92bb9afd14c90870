import type { Rule } from '../../core/rule.js';
import type { TerraformDocument } from './lib/terraform-document.js';
import { headAddressOf, joinPath } from './lib/terraform-module.js';
import { isStatefulType } from './lib/terraform-stateful-types.js';

export const terraformRemovedModule: Rule<TerraformDocument, 'removedStateful' | 'removed'> = {
  meta: {
    id: 'iac/terraform-removed-module',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A Terraform `module` block is removed or renamed without a `moved` block: the next apply destroys every resource it manages.',
    messages: {
      removedStateful: '{address} is removed: terraform apply destroys every resource it manages, including {stateful}',
      removed: '{address} is removed: terraform apply destroys every resource it manages ({detail})',
    },
    examples: {
      invalid: [
        {
          path: 'infra/prod/main.tf',
          base: 'module "network" {\n  source = "../modules/network"\n}\n\nmodule "database" {\n  source  = "terraform-aws-modules/rds/aws"\n  version = "6.5.0"\n}\n',
          code: 'module "network" {\n  source = "../modules/network"\n}\n',
          line: 5,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'infra/prod/main.tf',
          base: 'module "db" {\n  source = "../modules/db"\n}\n',
          code: 'module "database" {\n  source = "../modules/db"\n}\n\nmoved {\n  from = module.db\n  to   = module.database\n}\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const call of doc.base.modules.values()) {
      if (call.path !== doc.basePath || headAddressOf(call.address, doc.head) !== undefined) continue;
      const removal = doc.head.removals.find((r) => r.from === call.address);
      if (removal?.destroy === false) continue;
      const { stateful, seen } = statefulResourcesOf(doc, call.source);
      const detail = seen
        ? 'none of its resources in this change holds data, but its other files are not in it'
        : `its source ${call.source ?? '(not a literal)'} is not in this change, so what it holds cannot be checked`;
      report({
        messageId: stateful.length > 0 ? 'removedStateful' : 'removed',
        data: { address: call.address, stateful: stateful.join(', '), detail },
        span: call.block.header,
        unit: call.block.span,
        side: 'base',
      });
    }
  },
};

/** The stateful resources a module with a local source declares, as far as this change shows its files. */
function statefulResourcesOf(
  doc: TerraformDocument,
  source: string | undefined,
): { stateful: string[]; seen: boolean } {
  if (source === undefined || !/^\.\.?\//.test(source)) return { stateful: [], seen: false };
  const module = doc.moduleAt('base', joinPath(doc.base.dir, source));
  const stateful = [...module.resources.values()]
    .filter((r) => r.mode === 'managed' && isStatefulType(r.type))
    .map((r) => r.address);
  return { stateful, seen: module.resources.size > 0 };
}
