import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a MySQL RDS host named production
    {
      code: 'datasource db {\n  provider = "mysql"\n  url      = "mysql://app@shop-production.cluster-abc.eu-west-1.rds.amazonaws.com:3306/shop"\n}\n',
      path: 'prisma/schema.prisma',
      line: 3,
      messageId: 'productionDatasource',
    },
    // directUrl beside an env url
    {
      code: 'datasource db {\n  provider  = "postgresql"\n  url       = env("DATABASE_URL")\n  directUrl = "postgresql://app@prod-db.internal:5432/app"\n}\n',
      path: 'prisma/schema.prisma',
      line: 4,
      messageId: 'productionDatasource',
    },
  ],
  valid: [
    {
      code: 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://app@db.staging.example.net:5432/app"\n}\n',
      path: 'prisma/schema.prisma',
    },
    // the address comes from the environment
    {
      code: 'datasource db {\n  provider  = "postgresql"\n  url       = env("DATABASE_URL")\n  directUrl = env("DIRECT_URL")\n}\n',
      path: 'prisma/schema.prisma',
    },
  ],
};

ruleTester('orm/production-datasource', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('orm/production-datasource', cases.invalid)).toMatchInlineSnapshot(`
    "prisma/schema.prisma:3:14 orm/production-datasource
    3 |   url      = "mysql://app@shop-production.cluster-abc.eu-west-1.rds.amazonaws.com:3306/shop"
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ datasource db url is hard-coded to shop-production.cluster-abc.eu-west-1.rds.amazonaws.com, a production database

    prisma/schema.prisma:4:15 orm/production-datasource
    4 |   directUrl = "postgresql://app@prod-db.internal:5432/app"
      |               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ datasource db directUrl is hard-coded to prod-db.internal, a production database"
  `);
});
