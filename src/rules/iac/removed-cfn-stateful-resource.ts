import type { Rule } from '../../core/rule.js';
import { isStatefulCfnType } from '../../parsers/cloudformation/stateful-types.js';
import { resourceById } from '../../parsers/cloudformation/template.js';
import { scalarText } from '../../parsers/yaml/positions.js';
import type { CfnDocument } from './lib/cloudformation-document.js';

export const removedCfnStatefulResource: Rule<CfnDocument, 'removed' | 'retyped'> = {
  meta: {
    id: 'iac/removed-cfn-stateful-resource',
    family: 'iac',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A stateful CloudFormation resource (database, table, bucket, volume, file system, cache, queue...) removed from the template, renamed, or given another type: the stack deletes it and its data.',
    messages: {
      removed: '{logicalId} ({type}) is removed from the template: the next stack update deletes it and its data',
      retyped: '{logicalId} changes type from {type} to {newType}: the stack deletes the old resource and its data',
    },
    examples: {
      invalid: [
        {
          path: 'template.yaml',
          base: 'Resources:\n  Queue:\n    Type: AWS::SNS::Topic\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n',
          code: 'Resources:\n  Queue:\n    Type: AWS::SNS::Topic\n',
          line: 4,
          side: 'base',
        },
        {
          path: 'stack.template.json',
          base: '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Assets": { "Type": "AWS::S3::Bucket" }\n  }\n}\n',
          code: '',
          line: 4,
          side: 'base',
        },
      ],
      valid: [
        {
          path: 'template.yaml',
          base: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Orders:\n    Type: AWS::DynamoDB::Table\n',
          code: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n',
        },
        {
          path: 'template.yaml',
          base: 'Resources:\n  Old:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n',
          code: 'Resources: {}\n',
        },
      ],
    },
  },
  check(doc, report) {
    if (!doc.base) return;
    for (const base of doc.base.resources) {
      if (!isStatefulCfnType(base.type)) continue;
      // A retained resource stays in the account when the stack lets go of it.
      if (scalarText(base.attribute('DeletionPolicy')?.value) === 'Retain') continue;
      const head = doc.head ? resourceById(doc.head, base.logicalId) : undefined;
      const data = { logicalId: base.logicalId, type: base.type, newType: head?.type ?? '' };
      if (!head) report({ messageId: 'removed', data, span: base.idSpan, unit: base.span, side: 'base' });
      else if (head.type !== base.type && head.type !== '')
        report({ messageId: 'retyped', data, span: base.idSpan, unit: base.span, side: 'base' });
    }
  },
};
