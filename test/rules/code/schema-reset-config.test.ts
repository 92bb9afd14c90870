import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // the Hibernate property spelled out
    {
      code: 'spring.jpa.properties.hibernate.hbm2ddl.auto=create\n',
      path: 'src/main/resources/application.properties',
      line: 1,
    },
    // Quarkus drop-and-create
    {
      code: 'quarkus.hibernate-orm.database.generation=drop-and-create\n',
      path: 'src/main/resources/application.properties',
      line: 1,
    },
  ],
  valid: [
    { code: 'quarkus.hibernate-orm.database.generation=none\n', path: 'src/main/resources/application.properties' },
    // update changes tables in place, it drops nothing
    {
      code: 'spring:\n  jpa:\n    hibernate:\n      ddl-auto: update\n',
      path: 'src/main/resources/application-prod.yml',
    },
  ],
};

ruleTester('code/schema-reset-config', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('code/schema-reset-config', cases.invalid)).toMatchInlineSnapshot(`
    "src/main/resources/application.properties:1:1 code/schema-reset-config
    1 | spring.jpa.properties.hibernate.hbm2ddl.auto=create
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ spring.jpa.properties.hibernate.hbm2ddl.auto=create: Hibernate drops and recreates every mapped table when the application starts

    src/main/resources/application.properties:1:1 code/schema-reset-config
    1 | quarkus.hibernate-orm.database.generation=drop-and-create
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quarkus.hibernate-orm.database.generation=drop-and-create: the persistence provider drops the schema when the application starts"
  `);
});
