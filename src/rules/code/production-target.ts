import type { Rule } from '../../core/rule.js';
import { valueSpan, type CodeDocument } from './lib/document.js';

/** A name, not prose: `payments-prod`, `orders.prod.internal`, not a sentence that mentions production. */
const NAME = /^[\w.:@/-]{2,120}$/;

/** Keys of a configuration object that say which environment the code it configures runs against. */
const ENVIRONMENT_KEYS = new Set(['environment', 'env', 'stage', 'environmentname', 'environment_name', 'target_env']);
const PRODUCTION_VALUES = new Set(['production', 'prod', 'prd', 'live']);

/** `environment: 'production'`, `"stage": "prod"`, `env="production"`: the key a string is the value of. */
function configuredKey(node: CodeDocument['strings'][number]['node']): string | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  const key =
    parent.type === 'pair' && parent.childForFieldName('value')?.id === node.id
      ? parent.childForFieldName('key')
      : parent.type === 'keyword_argument' && parent.childForFieldName('value')?.id === node.id
        ? parent.childForFieldName('name')
        : undefined;
  return key?.text.replace(/^[:"'`]+|[:"'`]+$/g, '').toLowerCase();
}

export const productionTarget: Rule<CodeDocument, 'productionTarget' | 'configured'> = {
  meta: {
    id: 'code/production-target',
    family: 'code',
    kind: 'production',
    defaultSeverity: 'warn',
    description:
      'A string naming a production resource (`"payments-prod"`, a prod host) in code that also deletes infrastructure or data: the deletion is pointed at production.',
    messages: {
      productionTarget: '"{name}" names production, in code that deletes infrastructure or data',
      configured: 'configures what this code talks to for production ({key}: {name})',
    },
    examples: {
      invalid: [
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\n\n\ndef drop(identifier="payments-prod"):\n    rds.delete_db_instance(DBInstanceIdentifier=identifier, SkipFinalSnapshot=False)\n',
          line: 6,
          path: 'ops/drop.py',
        },
        {
          code: "export const config = {\n  railway: {\n    environment: 'production',\n  },\n};\n",
          line: 3,
          path: 'tools/sync/config.ts',
        },
      ],
      valid: [
        { code: 'export const isProd = process.env.NODE_ENV === "production";\n', path: 'src/env.ts' },
        { code: "export const config = { railway: { environment: 'staging' } };\n", path: 'tools/sync/config.ts' },
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\nrds.delete_db_instance(DBInstanceIdentifier="payments-staging", SkipFinalSnapshot=False)\n',
          path: 'ops/drop.py',
        },
      ],
    },
  },
  check(doc, report) {
    // A configuration object's environment says where its API calls go; a comparison says nothing.
    for (const { node, value } of doc.strings) {
      const key = configuredKey(node);
      if (key === undefined || !ENVIRONMENT_KEYS.has(key) || !PRODUCTION_VALUES.has(value.text.toLowerCase())) continue;
      if (doc.destroysSomething && doc.isProductionName(value.text)) continue;
      report({ messageId: 'configured', data: { key, name: value.text }, span: valueSpan(value) });
    }
    // Everyday code compares against "production" all the time; only code that destroys something is weighed.
    if (!doc.destroysSomething) return;
    for (const { value } of doc.strings) {
      if (!NAME.test(value.text) || !doc.isProductionName(value.text)) continue;
      report({ messageId: 'productionTarget', data: { name: value.text }, span: valueSpan(value) });
    }
  },
};
