import type { Rule } from '../../core/rule.js';
import type { MigrationDocument } from './lib/document.js';

export const productionDatasource: Rule<MigrationDocument, 'productionDatasource'> = {
  meta: {
    id: 'orm/production-datasource',
    family: 'orm',
    kind: 'production',
    defaultSeverity: 'block',
    description:
      'A schema hard-codes the address of a production database (a Prisma datasource url naming a prod host): every environment would run against it, `prisma migrate dev` included, which offers to reset a database that drifted.',
    messages: { productionDatasource: '{setting} is hard-coded to {name}, a production database' },
    examples: {
      invalid: [
        {
          code: 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://app@db.prod.example.net:5432/app"\n}\n',
          line: 3,
          path: 'prisma/schema.prisma',
          base: 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n',
        },
      ],
      valid: [
        {
          code: 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n',
          path: 'prisma/schema.prisma',
          base: 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://app@localhost:5432/app"\n}\n',
        },
        {
          code: 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n',
          path: 'prisma/schema.prisma',
        },
      ],
    },
  },
  check(doc, report) {
    for (const connection of doc.connections ?? []) {
      const name = connection.names.find((n) => doc.isProductionName(n));
      if (name === undefined) continue;
      report({
        messageId: 'productionDatasource',
        data: { setting: connection.setting, name },
        span: connection.span,
        unit: connection.span,
      });
    }
  },
};
