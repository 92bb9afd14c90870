import type { Rule } from '../../core/rule.js';
import type { SecretDocument } from './lib/document.js';

export const connectionStringPassword: Rule<SecretDocument, 'password'> = {
  meta: {
    id: 'secret/connection-string-password',
    family: 'secret',
    kind: 'secret',
    defaultSeverity: 'block',
    description:
      'A database, cache or queue connection string with a real password written into it, for a host that is not this machine or a compose service.',
    messages: {
      password: 'a connection string with the {what} is committed here (password redacted)',
    },
    examples: {
      invalid: [
        {
          code: 'production:\n  adapter: postgresql\n  url: postgres://app:Vq9w2LmZ7rT4@db-prod.cluster-c9x2.us-east-1.rds.amazonaws.com:5432/app\n',
          line: 3,
          path: 'config/database.yml',
        },
        {
          code: '{\n  "ConnectionStrings": {\n    "Default": "Server=sql.acme.net;Database=shop;User Id=app;Password=Zq8!kP2vR7;"\n  }\n}\n',
          line: 3,
          path: 'appsettings.json',
        },
      ],
      valid: [
        { code: 'DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app\n', path: '.env.example' },
        { code: 'DATABASE_URL=postgres://app:secret@db:5432/app\n', path: '.env' },
        { code: 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db.acme.net:5432/app\n', path: '.env' },
        { code: 'DATABASE_URL=postgres://user:password@host.example.com:5432/db\n', path: 'README.md' },
      ],
    },
  },
  check(doc, report) {
    for (const hit of doc.hits) {
      if (hit.category === 'connection-string')
        report({
          messageId: 'password',
          data: { what: hit.what },
          span: hit.span,
          ...(hit.sample ? { downgradedBecause: hit.sample } : {}),
        });
    }
  },
};
