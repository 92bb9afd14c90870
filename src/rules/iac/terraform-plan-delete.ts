import type { Rule } from '../../core/rule.js';
import type { TerraformPlan } from './lib/terraform-plan.js';
import { isStatefulType } from './lib/terraform-stateful-types.js';

const PLAN = (actions: string) =>
  `{\n  "format_version": "1.2",\n  "resource_changes": [\n    {\n      "address": "aws_db_instance.main",\n      "mode": "managed",\n      "type": "aws_db_instance",\n      "name": "main",\n      "change": { "actions": ${actions} }\n    }\n  ]\n}\n`;

export const terraformPlanDelete: Rule<TerraformPlan, 'delete' | 'replace'> = {
  meta: {
    id: 'iac/terraform-plan-delete',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A `terraform show -json` plan deletes or replaces a resource that holds data (actions `delete`, or `delete` and `create`).',
    messages: {
      delete: 'the plan deletes {address} ({type}): applying it destroys the resource and its data',
      replace:
        'the plan replaces {address} ({type}) with {order}: applying it destroys the existing resource and its data and creates an empty one',
    },
    examples: {
      invalid: [
        { path: 'plans/prod.tfplan.json', code: PLAN('["delete"]'), line: 5 },
        { path: 'plans/prod.tfplan.json', code: PLAN('["delete", "create"]'), line: 5 },
      ],
      valid: [
        { path: 'plans/prod.tfplan.json', code: PLAN('["update"]') },
        {
          path: 'plans/prod.tfplan.json',
          code: PLAN('["delete"]').replaceAll('aws_db_instance', 'aws_security_group_rule'),
        },
      ],
    },
  },
  check(plan, report) {
    for (const change of plan.changes) {
      if (change.mode !== 'managed' || !isStatefulType(change.type) || !change.actions.includes('delete')) continue;
      const replace = change.actions.includes('create');
      report({
        messageId: replace ? 'replace' : 'delete',
        data: {
          address: change.address,
          type: change.type,
          order: change.actions[0] === 'create' ? 'create before destroy' : 'destroy before create',
        },
        span: change.span,
        unit: change.unit,
      });
    }
  },
};
