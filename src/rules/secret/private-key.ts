import type { Rule } from '../../core/rule.js';
import type { SecretDocument } from './lib/document.js';

export const privateKey: Rule<SecretDocument, 'key'> = {
  meta: {
    id: 'secret/private-key',
    family: 'secret',
    kind: 'secret',
    defaultSeverity: 'block',
    description: 'A private key committed to the repository: a PEM block, or a GCP service-account key file.',
    messages: {
      key: 'a {what} is committed here (key redacted)',
    },
    examples: {
      invalid: [
        {
          code: `{\n  "type": "service_account",\n  "project_id": "acme-analytics-prod",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQEyvAVeReNTh5ZP\\n'.repeat(3)}-----END PRIVATE KEY-----\\n",\n  "client_email": "bq@acme-analytics-prod.iam.gserviceaccount.com"\n}\n`,
          line: 4,
          path: 'jobs/export/service-account.json',
        },
        {
          code: `deploy:\n  key: |\n    -----BEGIN OPENSSH PRIVATE KEY-----\n${'    b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n'.repeat(2)}    -----END OPENSSH PRIVATE KEY-----\n`,
          line: 3,
          path: 'deploy/keys.yml',
        },
      ],
      valid: [
        { code: '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n', path: 'docs/keys.md' },
        { code: 'const header = "-----BEGIN PRIVATE KEY-----";\n', path: 'src/pem.ts' },
      ],
    },
  },
  check(doc, report) {
    for (const hit of doc.hits) {
      if (hit.category === 'private-key')
        report({
          messageId: 'key',
          data: { what: hit.what },
          span: hit.span,
          ...(hit.sample ? { downgradedBecause: hit.sample } : {}),
        });
    }
  },
};
