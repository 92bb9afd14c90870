import { describe, expect, it } from 'vitest';
import { judge } from './harness.js';

const changelog = (changeSets: string[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">',
    ...changeSets,
    '</databaseChangeLog>',
    '',
  ].join('\n');

const BASE = {
  'src/main/resources/db/changelog/db.changelog-master.yaml':
    'databaseChangeLog:\n  - includeAll:\n      path: db/changelog/changes/\n',
  'src/main/resources/db/changelog/changes/001-create-shipment.xml': changelog([
    '    <changeSet id="001" author="ops">',
    '        <createTable tableName="shipment">',
    '            <column name="id" type="bigint"><constraints primaryKey="true"/></column>',
    '            <column name="tracking_code" type="varchar(255)"/>',
    '            <column name="weight_grams" type="smallint"/>',
    '        </createTable>',
    '    </changeSet>',
  ]),
  'src/main/resources/db/changelog/changes/002-add-carrier.yaml': [
    'databaseChangeLog:',
    '  - changeSet:',
    '      id: "002"',
    '      author: ops',
    '      changes:',
    '        - addColumn:',
    '            tableName: shipment',
    '            columns:',
    '              - column:',
    '                  name: carrier',
    '                  type: varchar(40)',
    '',
  ].join('\n'),
};

const PATH = 'src/main/resources/db/changelog/changes/003-alter-shipment.xml';
const modify = (column: string, type: string) =>
  changelog([
    '    <changeSet id="003" author="dev">',
    `        <modifyDataType tableName="shipment" columnName="${column}" newDataType="${type}"/>`,
    '    </changeSet>',
  ]);

describe('Liquibase: the current type from the earlier changeSets under the changelog root', () => {
  it('lets a widening to a narrow integer through with the reason (smallint -> int)', async () => {
    const d = await judge(PATH, modify('weight_grams', 'int'), BASE);
    expect(d).toEqual({
      verdict: 'allow',
      findings: [
        {
          ruleId: 'orm/lossy-type-change',
          line: 6,
          blocking: false,
          message: '<modifyDataType> changes shipment.weight_grams (smallint -> int), which keeps every stored value',
          downgradedBecause:
            'widening: shipment.weight_grams is smallint now (read from the earlier Liquibase changeSets), and int holds every value it holds',
        },
      ],
    });
  });

  it('blocks a shorter varchar the blind reading let through, from a createTable or a YAML addColumn', async () => {
    const d = await judge(PATH, modify('tracking_code', 'varchar(64)'), BASE);
    expect(d.verdict).toBe('block');
    expect(d.findings).toEqual([
      {
        ruleId: 'orm/lossy-type-change',
        line: 6,
        blocking: true,
        message:
          '<modifyDataType> changes shipment.tracking_code (varchar(255) -> varchar(64)); existing values are truncated or rounded',
      },
    ]);
    const carrier = await judge(PATH, modify('carrier', 'varchar(20)'), BASE);
    expect(carrier.findings.map((f) => [f.line, f.blocking])).toEqual([[6, true]]);
    // Blind, a bounded target blocks too: nothing says the column was shorter, and the message says so.
    const blind = await judge(PATH, modify('tracking_code', 'varchar(64)'));
    expect(blind.verdict).toBe('block');
    expect(blind.findings.map((f) => f.message).join('\n')).toContain('current type unknown');
  });

  it('keeps the blind verdict, saying the type is unknown, for a column no changeSet defines', async () => {
    const d = await judge(PATH, modify('legacy_ref', 'int'), BASE);
    expect(d.findings).toEqual([
      {
        ruleId: 'orm/lossy-type-change',
        line: 6,
        blocking: true,
        message:
          '<modifyDataType> changes shipment.legacy_ref (current type unknown -> int); existing values are truncated or rounded',
      },
    ]);
  });
});
