import { isDeepStrictEqual } from 'node:util';
import type { Rule } from '../../core/rule.js';
import { cloudFormationReplacementRow } from './lib/replacement-table.js';
import { plainValue, scalarText } from '../../parsers/yaml/positions.js';
import { pairedResources, propertyPair, spanOfPair, type CfnDocument } from './lib/cloudformation-document.js';

export const cfnReplacementProperty: Rule<CfnDocument, 'changed' | 'removed'> = {
  meta: {
    id: 'iac/cfn-replacement-property',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A change to a property CloudFormation cannot update in place (`DBInstanceIdentifier`, `TableName`, `BucketName`, `KeySchema`, `Engine`...) on a stateful resource: the stack replaces it, deleting the old one and its data.',
    messages: {
      changed:
        '{property} of {logicalId} ({type}) changes: CloudFormation replaces the resource and deletes the old one with its data',
      removed:
        '{property} is removed from {logicalId} ({type}): CloudFormation replaces the resource and deletes the old one with its data',
    },
    examples: {
      invalid: [
        {
          path: 'template.yaml',
          base: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: orders\n',
          code: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: orders-v2\n',
          line: 5,
        },
        {
          path: 'template.yaml',
          base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceIdentifier: !Sub "orders-${Env}"\n',
          code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceIdentifier: !Sub "orders-db-${Env}"\n',
          line: 6,
        },
      ],
      valid: [
        {
          path: 'template.yaml',
          base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceIdentifier: !Sub "orders-${Env}"\n      AllocatedStorage: 20\n',
          code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceIdentifier: { "Fn::Sub": "orders-${Env}" }\n      AllocatedStorage: 50\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const { head, base } of pairedResources(doc)) {
      const immutable = cloudFormationReplacementRow(head.type)?.properties;
      if (!immutable) continue;
      // With UpdateReplacePolicy Retain the replaced resource stays in the account.
      if (scalarText(head.attribute('UpdateReplacePolicy')?.value) === 'Retain') continue;
      for (const property of immutable) {
        const basePair = propertyPair(base, property);
        const headPair = propertyPair(head, property);
        if (isDeepStrictEqual(plainValue(basePair?.value), plainValue(headPair?.value))) continue;
        const data = { property, logicalId: head.logicalId, type: head.type };
        if (headPair) report({ messageId: 'changed', data, span: spanOfPair(headPair), unit: head.idSpan });
        else if (basePair)
          report({ messageId: 'removed', data, span: spanOfPair(basePair), unit: base.idSpan, side: 'base' });
      }
    }
  },
};
