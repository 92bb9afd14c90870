import type { Node } from 'yaml';
import type { Rule } from '../../core/rule.js';
import type { Span } from '../../core/types.js';
import { itemsOf, pairOf, pairSpan, parseYaml, scalarText, valueAt } from '../../parsers/yaml/positions.js';
import type { CfnDocument } from './lib/cloudformation-document.js';

/** The update actions a Deny statement guards a stack's resources against when it names one. */
const GUARDED = /^Update:(\*|Replace|Delete)$/;

interface Guard {
  /** Action and resource written out: the same guard on both sides. */
  key: string;
  resources: string;
  effect: Span;
  deny: boolean;
}

/**
 * A CloudFormation stack policy (`{"Statement": [...]}` passed to `set-stack-policy`, or a
 * Serverless service's `provider.stackPolicy`) loses a Deny of `Update:Replace`, `Update:Delete`
 * or `Update:*`: the stack update can now replace or delete the resources it named.
 */
export const cfnStackPolicyWeakened: Rule<CfnDocument, 'removed' | 'allowed'> = {
  meta: {
    id: 'iac/cfn-stack-policy-weakened',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A stack policy statement that denies `Update:Replace`, `Update:Delete` or `Update:*` is removed or turned into an Allow (the policy file, or a Serverless `provider.stackPolicy`): stack updates may replace or delete those resources again.',
    messages: {
      removed:
        'the stack policy no longer denies {actions} on {resources}: a stack update can replace or delete them with their data',
      allowed:
        'the stack policy now allows {actions} on {resources}: a stack update can replace or delete them with their data',
    },
    examples: {
      invalid: [
        {
          path: 'infra/stack-policy.json',
          base: '{\n  "Statement": [\n    {\n      "Effect": "Deny",\n      "Action": "Update:Replace",\n      "Principal": "*",\n      "Resource": "LogicalResourceId/Database"\n    }\n  ]\n}\n',
          code: '{\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "Update:Replace",\n      "Principal": "*",\n      "Resource": "LogicalResourceId/Database"\n    }\n  ]\n}\n',
          line: 4,
        },
      ],
      valid: [
        {
          path: 'infra/stack-policy.json',
          base: '{\n  "Statement": [\n    { "Effect": "Allow", "Action": "Update:*", "Principal": "*", "Resource": "*" }\n  ]\n}\n',
          code: '{\n  "Statement": [\n    { "Effect": "Allow", "Action": "Update:*", "Principal": "*", "Resource": "*" },\n    { "Effect": "Deny", "Action": "Update:Delete", "Principal": "*", "Resource": "LogicalResourceId/Database" }\n  ]\n}\n',
        },
      ],
    },
  },
  check(doc, report) {
    if (doc.policyBase === undefined) return;
    const head = guardsOf(doc.policyHead);
    for (const before of guardsOf(doc.policyBase)) {
      if (!before.deny) continue;
      const after = head.find((g) => g.key === before.key);
      if (after?.deny) continue;
      const data = { actions: before.key.split(' on ')[0]!, resources: before.resources };
      if (after) report({ messageId: 'allowed', data, span: after.effect, unit: after.effect });
      else report({ messageId: 'removed', data, span: before.effect, unit: before.effect, side: 'base' });
    }
  },
};

/** A policy document's root: `{"Statement": [...]}`, or a Serverless service whose `provider.stackPolicy` lists them. */
export function stackPolicyOf(text: string | undefined): Node | undefined {
  if (text === undefined) return undefined;
  const root = parseYaml(text).documents[0]?.root ?? undefined;
  if (valueAt(root, 'Statement')) return valueAt(root, 'Statement') ?? undefined;
  return valueAt(root, 'provider', 'stackPolicy') ?? undefined;
}

function guardsOf(statements: Node | undefined): Guard[] {
  return itemsOf(statements).flatMap((statement) => {
    const effect = pairOf(statement, 'Effect');
    const actions = listOf(valueAt(statement, 'Action')).filter((a) => GUARDED.test(a));
    if (!effect || actions.length === 0) return [];
    const resources = listOf(valueAt(statement, 'Resource')).sort().join(', ') || '*';
    return [
      {
        key: `${actions.sort().join(', ')} on ${resources}`,
        resources,
        effect: pairSpan(effect),
        deny: scalarText(effect.value) === 'Deny',
      },
    ];
  });
}

function listOf(node: Node | null | undefined): string[] {
  const one = scalarText(node);
  if (one !== undefined) return [one];
  return itemsOf(node).flatMap((item) => scalarText(item) ?? []);
}
