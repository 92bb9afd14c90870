import { describe, expect, it } from 'vitest';
import { looksLikeCloudFormation, readTemplate } from '../../../src/parsers/cloudformation/template.js';

const ids = (text: string) => {
  const read = readTemplate(text);
  return read.template?.resources.map((r) => `${r.logicalId} ${r.type}`);
};

describe('readTemplate', () => {
  it('reads a template’s Resources', () => {
    expect(ids('Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n')).toEqual(['Db AWS::RDS::DBInstance']);
  });

  it('reads the CloudFormation a Serverless Framework service embeds, as a map or a list of maps', () => {
    const map = 'service: orders\nresources:\n  Resources:\n    Orders:\n      Type: AWS::DynamoDB::Table\n';
    expect(ids(map)).toEqual(['Orders AWS::DynamoDB::Table']);
    const list = [
      'service: orders',
      'resources:',
      '  - ${file(resources/queues.yml)}',
      '  - Resources:',
      '      Orders:',
      '        Type: AWS::DynamoDB::Table',
      '  - Resources:',
      '      Uploads:',
      '        Type: AWS::S3::Bucket',
      '',
    ].join('\n');
    expect(ids(list)).toEqual(['Orders AWS::DynamoDB::Table', 'Uploads AWS::S3::Bucket']);
    expect(looksLikeCloudFormation(map)).toBe(true);
    expect(looksLikeCloudFormation(list)).toBe(true);
  });

  it('reads nothing from a file with neither', () => {
    expect(ids('service: orders\nprovider:\n  name: aws\n')).toBeUndefined();
  });
});
