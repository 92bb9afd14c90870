import type { Rule } from '../../core/rule.js';
import type { SpringConfigDocument } from './lib/spring-config.js';

/** Settings (relaxed binding: case, `-` and `_` ignored) whose value makes the application drop its schema at boot. */
const SCHEMA_RESET: { keys: string[]; values: RegExp; does: string }[] = [
  {
    keys: [
      'spring.jpa.hibernate.ddlauto',
      'spring.jpa.properties.hibernate.hbm2ddl.auto',
      'hibernate.hbm2ddl.auto',
      'jpa.default.properties.hibernate.hbm2ddl.auto',
    ],
    values: /^(create|create-drop)$/i,
    does: 'Hibernate drops and recreates every mapped table when the application starts',
  },
  {
    keys: [
      'spring.jpa.properties.javax.persistence.schemageneration.database.action',
      'spring.jpa.properties.jakarta.persistence.schemageneration.database.action',
      'javax.persistence.schemageneration.database.action',
      'jakarta.persistence.schemageneration.database.action',
      'quarkus.hibernateorm.database.generation',
      'quarkus.hibernateorm.schemamanagement.strategy',
    ],
    values: /^(drop-and-create|drop|drop-and-create-and-drop)$/i,
    does: 'the persistence provider drops the schema when the application starts',
  },
  {
    keys: ['spring.flyway.cleanonvalidationerror', 'flyway.cleanonvalidationerror'],
    values: /^true$/i,
    does: 'Flyway wipes the whole schema the first time a migration fails to validate',
  },
];

export const schemaResetConfig: Rule<SpringConfigDocument, 'reset'> = {
  meta: {
    id: 'code/schema-reset-config',
    family: 'code',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'Application configuration that drops the database schema when the application starts: Spring/Hibernate `ddl-auto=create|create-drop`, `hbm2ddl.auto`, JPA `schema-generation.database.action=drop-and-create`, Quarkus `database.generation=drop-and-create`, Flyway `clean-on-validation-error`.',
    messages: { reset: '{key}={value}: {does}' },
    examples: {
      invalid: [
        {
          code: 'spring.datasource.url=${DATABASE_URL}\nspring.jpa.hibernate.ddl-auto=create-drop\n',
          line: 2,
          path: 'src/main/resources/application.properties',
        },
        {
          code: 'spring:\n  jpa:\n    hibernate:\n      ddl-auto: create\n',
          line: 4,
          path: 'src/main/resources/application-prod.yml',
        },
      ],
      valid: [
        { code: 'spring.jpa.hibernate.ddl-auto=validate\n', path: 'src/main/resources/application.properties' },
        {
          code: 'spring:\n  jpa:\n    hibernate:\n      ddl-auto: create-drop\n',
          path: 'src/main/resources/application-test.yml',
        },
      ],
    },
  },
  check(doc, report) {
    for (const setting of doc.settings) {
      const key = normalise(setting.key);
      const reset = SCHEMA_RESET.find((r) => r.keys.includes(key) && r.values.test(setting.value.trim()));
      if (!reset) continue;
      report({
        messageId: 'reset',
        data: { key: setting.key, value: setting.value.trim(), does: reset.does },
        span: setting.span,
      });
    }
  },
};

function normalise(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}
