import type { Rule } from '../../core/rule.js';
import { DELETION_PROTECTION_PROPERTIES } from '../../parsers/cloudformation/stateful-types.js';
import {
  booleanValue,
  pairedResources,
  propertyPair,
  spanOfPair,
  type CfnDocument,
} from './lib/cloudformation-document.js';

export const cfnDeletionProtectionDisabled: Rule<CfnDocument, 'disabled' | 'removed'> = {
  meta: {
    id: 'iac/cfn-deletion-protection-disabled',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A CloudFormation resource whose `DeletionProtection` or `DeletionProtectionEnabled` goes from true to false or is removed.',
    messages: {
      disabled: '{property} of {logicalId} ({type}) is turned off: the resource can now be deleted',
      removed: '{property}: true is removed from {logicalId} ({type}): the resource can now be deleted',
    },
    examples: {
      invalid: [
        {
          path: 'cloudformation/db.yaml',
          base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DeletionProtection: true\n',
          code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DeletionProtection: false\n',
          line: 5,
        },
        {
          path: 'cloudformation/table.json',
          base: '{\n  "Resources": {\n    "T": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": {\n        "DeletionProtectionEnabled": true\n      }\n    }\n  }\n}\n',
          code: '{\n  "Resources": {\n    "T": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": {}\n    }\n  }\n}\n',
          line: 6,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'cloudformation/db.yaml',
          base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DeletionProtection: false\n',
          code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DeletionProtection: true\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const { head, base } of pairedResources(doc)) {
      for (const property of DELETION_PROTECTION_PROPERTIES) {
        const basePair = propertyPair(base, property);
        if (booleanValue(basePair) !== true) continue;
        const headPair = propertyPair(head, property);
        const data = { property, logicalId: head.logicalId, type: head.type };
        if (!headPair)
          report({ messageId: 'removed', data, span: spanOfPair(basePair!), unit: base.idSpan, side: 'base' });
        else if (booleanValue(headPair) === false)
          report({ messageId: 'disabled', data, span: spanOfPair(headPair), unit: head.idSpan });
      }
    }
  },
};
