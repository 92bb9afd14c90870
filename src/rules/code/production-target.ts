import type { Rule } from '../../core/rule.js';
import { valueSpan, type CodeDocument } from './document.js';

/** A name, not prose: `payments-prod`, `orders.prod.internal`, not a sentence that mentions production. */
const NAME = /^[\w.:@/-]{2,120}$/;

export const productionTarget: Rule<CodeDocument, 'productionTarget'> = {
  meta: {
    id: 'code/production-target',
    family: 'code',
    kind: 'production',
    defaultSeverity: 'warn',
    description:
      'A string naming a production resource (`"payments-prod"`, a prod host) in code that also deletes infrastructure or data: the deletion is pointed at production.',
    messages: { productionTarget: '"{name}" names production, in code that deletes infrastructure or data' },
    examples: {
      invalid: [
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\n\n\ndef drop(identifier="payments-prod"):\n    rds.delete_db_instance(DBInstanceIdentifier=identifier, SkipFinalSnapshot=False)\n',
          line: 6,
          path: 'ops/drop.py',
        },
      ],
      valid: [
        { code: 'export const isProd = process.env.NODE_ENV === "production";\n', path: 'src/env.ts' },
        {
          code: 'import boto3\n\nrds = boto3.client("rds")\nrds.delete_db_instance(DBInstanceIdentifier="payments-staging", SkipFinalSnapshot=False)\n',
          path: 'ops/drop.py',
        },
      ],
    },
  },
  check(doc, report) {
    // Everyday code compares against "production" all the time; only code that destroys something is weighed.
    if (!doc.destroysSomething) return;
    for (const { value } of doc.strings) {
      if (!NAME.test(value.text) || !doc.isProductionName(value.text)) continue;
      report({ messageId: 'productionTarget', data: { name: value.text }, span: valueSpan(value) });
    }
  },
};
