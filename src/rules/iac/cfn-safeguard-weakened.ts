import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Rule } from '../../core/rule.js';
import type { Span } from '../../core/types.js';
import { normaliseName } from '../../parsers/iac-code/arguments.js';
import type { CfnResource } from '../../parsers/cloudformation/template.js';
import { pairSpan, scalarText } from '../../parsers/yaml/positions.js';
import { pairedResources, type CfnDocument } from './lib/cloudformation-document.js';
import { safeguardOf, type CodeSafeguard } from './lib/code-safeguards.js';

type MessageId = 'set' | 'shortened' | 'removed';

/** One property of a resource, at any depth: `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled`. */
interface CfnProperty {
  names: string[];
  written: string[];
  key: string;
  value: string | number | boolean | undefined;
  text: string;
  span: Span;
}

export const cfnSafeguardWeakened: Rule<CfnDocument, MessageId> = {
  meta: {
    id: 'iac/cfn-safeguard-weakened',
    family: 'iac',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      'A CloudFormation (or Serverless Framework) resource property that guards data is turned off or shortened: `BackupRetentionPeriod` to 0 or fewer days, point-in-time recovery off, versioning suspended, snapshot retention cut, automated backups deleted with the instance.',
    messages: {
      set: '{resource}: {property} is {value} (was {before}); this gives up {loses}',
      shortened: '{resource}: {property} goes from {before} to {value}; this gives up {loses}',
      removed: '{resource}: {property}: {before} is removed, and the default gives up {loses}',
    },
    examples: {
      invalid: [
        {
          path: 'cfn/database.yaml',
          base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 7\n',
          code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 0\n',
          line: 5,
        },
        {
          path: 'serverless.yml',
          base: 'service: orders\nresources:\n  Resources:\n    Orders:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        PointInTimeRecoverySpecification:\n          PointInTimeRecoveryEnabled: true\n',
          code: 'service: orders\nresources:\n  Resources:\n    Orders:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        PointInTimeRecoverySpecification:\n          PointInTimeRecoveryEnabled: false\n',
          line: 8,
        },
      ],
      valid: [
        {
          path: 'cfn/database.yaml',
          base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 7\n',
          code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 14\n',
        },
        {
          path: 'cfn/database.yaml',
          code: 'Resources:\n  Scratch:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 0\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const { head, base } of pairedResources(doc)) {
      const before = new Map(propertiesOf(base).map((p) => [p.key, p]));
      const after = new Set(propertiesOf(head).map((p) => p.key));
      const resource = `${head.logicalId} (${head.type})`;
      for (const property of propertiesOf(head)) {
        const row = rowOf(property);
        if (!row || property.value === undefined) continue;
        const old = before.get(property.key);
        const data = {
          resource,
          property: property.written.join('.'),
          value: property.text,
          before: old?.text ?? 'unset',
          loses: row.loses,
        };
        if (row.shortened && typeof property.value === 'number' && typeof old?.value === 'number') {
          if (property.value < old.value)
            report({
              messageId: property.value === 0 ? 'set' : 'shortened',
              data,
              span: property.span,
              unit: head.idSpan,
            });
          continue;
        }
        const wasUnsafe = old?.value !== undefined ? row.unsafe(old.value) : old !== undefined;
        if (row.unsafe(property.value) && !wasUnsafe)
          report({ messageId: 'set', data, span: property.span, unit: head.idSpan });
      }
      for (const old of before.values()) {
        const row = rowOf(old);
        if (!row?.absentUnsafe || after.has(old.key) || old.value === undefined || row.unsafe(old.value)) continue;
        report({
          messageId: 'removed',
          data: { resource, property: old.written.join('.'), value: 'unset', before: old.text, loses: row.loses },
          span: old.span,
          side: 'base',
        });
      }
    }
  },
};

/**
 * The shared table of safeguards (code-safeguards.ts), less what other CloudFormation rules own:
 * deletion protection (cfn-deletion-protection-disabled) and lifecycle expiry (cfn-bucket-expires-everything).
 */
function rowOf(property: CfnProperty): CodeSafeguard | undefined {
  const row = safeguardOf(property);
  if (!row || row.backupsOnly || row.names[0] === 'deletionprotectionenabled') return undefined;
  return row;
}

/** Every scalar property of a resource with its path; list items are told apart by position. */
function propertiesOf(resource: CfnResource): CfnProperty[] {
  const out: CfnProperty[] = [];
  const walk = (
    node: Node | null | undefined,
    names: string[],
    written: string[],
    key: string,
    pair?: Pair<Node, Node | null>,
  ) => {
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isScalar(item.key)) continue;
        const name = String(item.key.value);
        walk(
          item.value as Node | null,
          [...names, normaliseName(name)],
          [...written, name],
          `${key}.${name}`,
          item as Pair<Node, Node | null>,
        );
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node | null, names, written, `${key}[${i}]`, pair));
    } else if (pair && names.length > 0) {
      const text = scalarText(node);
      out.push({
        names,
        written,
        key,
        value: literalOf(node, text),
        text: text ?? String(node ?? ''),
        span: pairSpan(pair),
      });
    }
  };
  walk(resource.properties, [], [], '');
  return out;
}

/** A literal value, numbers read from strings too (`"7"`); undefined for an intrinsic (`!Ref Days`). */
function literalOf(node: Node | null | undefined, text: string | undefined): string | number | boolean | undefined {
  if (text === undefined || (node?.tag !== undefined && !isScalar(node))) return undefined;
  if (isScalar(node) && node.tag?.startsWith('!')) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  return text === 'true' ? true : text === 'false' ? false : text;
}
