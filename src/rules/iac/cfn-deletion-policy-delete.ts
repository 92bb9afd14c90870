import type { Rule } from '../../core/rule.js';
import type { CfnResource } from '../../parsers/cloudformation/template.js';
import { isStatefulCfnType } from '../../parsers/cloudformation/stateful-types.js';
import { scalarText } from '../../parsers/yaml/positions.js';
import { pairedResources, spanOfPair, type CfnDocument } from './lib/cloudformation-document.js';

type Attribute = 'DeletionPolicy' | 'UpdateReplacePolicy';

/** What CloudFormation does without the attribute: RDS instances and clusters snapshot on deletion. */
function defaultPolicy(resource: CfnResource, attribute: Attribute): string {
  const snapshots = resource.type === 'AWS::RDS::DBInstance' || resource.type === 'AWS::RDS::DBCluster';
  return attribute === 'DeletionPolicy' && snapshots ? 'Snapshot' : 'Delete';
}

/** The policy in effect; undefined when it is decided by an intrinsic (`!If`). */
function policyOf(resource: CfnResource, attribute: Attribute): string | undefined {
  const pair = resource.attribute(attribute);
  return pair ? scalarText(pair.value) : defaultPolicy(resource, attribute);
}

export const cfnDeletionPolicyDelete: Rule<CfnDocument, 'delete' | 'removed'> = {
  meta: {
    id: 'iac/cfn-deletion-policy-delete',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A stateful CloudFormation resource whose `DeletionPolicy` or `UpdateReplacePolicy` changes to `Delete`: deleting or replacing it no longer keeps the data.',
    messages: {
      delete:
        '{attribute} of {logicalId} ({type}) changes from {before} to Delete: removing or replacing it deletes its data without a snapshot',
      removed:
        '{attribute} {before} is removed from {logicalId} ({type}): CloudFormation now deletes its data when the resource is removed or replaced',
    },
    examples: {
      invalid: [
        {
          path: 'cloudformation/db.yaml',
          base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Snapshot\n    Properties:\n      Engine: postgres\n',
          code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Delete\n    Properties:\n      Engine: postgres\n',
          line: 4,
        },
        {
          path: 'template.yaml',
          base: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n',
          code: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    DeletionPolicy: Retain\n',
          line: 5,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'template.yaml',
          base: 'Resources:\n  Logs:\n    Type: AWS::SNS::Topic\n    DeletionPolicy: Retain\n',
          code: 'Resources:\n  Logs:\n    Type: AWS::SNS::Topic\n    DeletionPolicy: Delete\n',
        },
        {
          path: 'template.yaml',
          code: 'Resources:\n  Scratch:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Delete\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const { head, base } of pairedResources(doc)) {
      if (!isStatefulCfnType(head.type)) continue;
      for (const attribute of ['DeletionPolicy', 'UpdateReplacePolicy'] as const) {
        const before = policyOf(base, attribute);
        const after = policyOf(head, attribute);
        if (after !== 'Delete' || before === 'Delete' || before === undefined) continue;
        const data = { attribute, logicalId: head.logicalId, type: head.type, before };
        const headPair = head.attribute(attribute);
        if (headPair) report({ messageId: 'delete', data, span: spanOfPair(headPair), unit: head.idSpan });
        else {
          const basePair = base.attribute(attribute)!;
          report({ messageId: 'removed', data, span: spanOfPair(basePair), unit: base.idSpan, side: 'base' });
        }
      }
    }
  },
};
