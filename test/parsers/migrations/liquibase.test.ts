import { describe, expect, it } from 'vitest';
import { readerFor } from '../../../src/parsers/migrations/readers.js';
import { lineOfSql, readMigration } from './read.js';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog
        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">

    <changeSet id="0301-1" author="dev">
        <dropColumn tableName="customer">
            <column name="fax"/>
            <column name="telex"/>
        </dropColumn>
        <modifyDataType tableName="product" columnName="price" newDataType="int"/>
        <delete tableName="session"/>
        <delete tableName="job">
            <where>status = 'done'</where>
        </delete>
        <sql dbms="postgresql">UPDATE customer SET tier = 'a &amp; b';
DROP TABLE coupon;</sql>
        <sql><![CDATA[
            DELETE FROM audit_event;
        ]]></sql>
        <sqlFile path="db/sql/0301-backfill.sql"/>
        <rollback>
            <dropTable tableName="promotion"/>
        </rollback>
    </changeSet>
</databaseChangeLog>
`;

describe('the Liquibase reader', () => {
  it('reads XML changes with their lines, rollback as rollback-only', async () => {
    const read = await readMigration('src/main/resources/db/changelog/0301.xml', XML);
    expect(read.framework).toBe('liquibase');
    expect(read.operations).toEqual([
      {
        kind: 'drop-column',
        call: '<dropColumn>',
        target: 'customer.fax, customer.telex',
        line: 9,
        rollbackOnly: false,
      },
      {
        kind: 'lossy-type-change',
        call: '<modifyDataType>',
        target: 'product.price',
        detail: 'current type unknown -> int',
        line: 13,
        rollbackOnly: false,
      },
      { kind: 'unbounded-delete', call: '<delete>', target: 'session', line: 14, rollbackOnly: false },
      { kind: 'drop-table', call: '<dropTable>', target: 'promotion', line: 25, rollbackOnly: true },
    ]);
    expect(read.sql[0]!.text).toBe("UPDATE customer SET tier = 'a & b';\nDROP TABLE coupon;");
    expect(lineOfSql(read, 0, 'DROP TABLE coupon')).toBe(19);
    expect(lineOfSql(read, 1, 'DELETE FROM audit_event')).toBe(21);
    expect(read.notes).toEqual([
      'src/main/resources/db/changelog/0301.xml: <sqlFile path="db/sql/0301-backfill.sql"> at line 23 runs a SQL file that is checked only when the change includes it',
    ]);
  });

  it('reads YAML changelogs, block SQL mapped line by line', async () => {
    const yaml = `databaseChangeLog:
  - changeSet:
      id: 0302-1
      author: dev
      changes:
        - dropTable:
            tableName: coupon
        - dropColumn:
            tableName: customer
            columns:
              - column:
                  name: fax
        - sql:
            sql: |
              UPDATE customer SET tier = 'gold';
              DROP TABLE legacy;
        - delete:
            tableName: job
            where: status = 'done'
      rollback:
        - dropTable:
            tableName: promotion
`;
    const read = await readMigration('db/changelog/0302.yaml', yaml);
    expect(read.operations.map((o) => [o.kind, o.target, o.line, o.rollbackOnly])).toEqual([
      ['drop-table', 'coupon', 6, false],
      ['drop-column', 'customer.fax', 8, false],
      ['drop-table', 'promotion', 21, true],
    ]);
    expect(lineOfSql(read, 0, 'DROP TABLE legacy')).toBe(16);
  });

  it('reads JSON changelogs through the same model, escapes mapped', async () => {
    const json = `{
  "databaseChangeLog": [
    {
      "changeSet": {
        "id": "0303-1",
        "author": "dev",
        "changes": [
          { "sql": { "sql": "UPDATE t SET a = \\"x\\"; DROP TABLE coupon" } },
          { "delete": { "tableName": "session" } }
        ],
        "rollback": "CREATE TABLE coupon (id int)"
      }
    }
  ]
}
`;
    const read = await readMigration('db/changelog/0303.json', json);
    expect(read.operations.map((o) => [o.kind, o.target, o.line])).toEqual([['unbounded-delete', 'session', 9]]);
    expect(read.sql.map((s) => [s.text, s.rollbackOnly])).toEqual([
      ['UPDATE t SET a = "x"; DROP TABLE coupon', false],
      ['CREATE TABLE coupon (id int)', true],
    ]);
    expect(read.sql[0]!.toFile(read.sql[0]!.text.indexOf('DROP'))).toBe(json.indexOf('DROP TABLE coupon'));
  });

  it('leaves formatted SQL changelogs and unrelated XML and YAML to other families', () => {
    expect(readerFor('db/changelog/0057.sql', '--liquibase formatted sql\nDROP TABLE x;')).toBeUndefined();
    expect(readerFor('pom.xml', '<project><modelVersion>4.0.0</modelVersion></project>')).toBeUndefined();
    expect(readerFor('config.yml', 'databaseChangeLogLockTable: x\n')).toBeUndefined();
  });

  it('fails closed on XML that is not well formed', async () => {
    await expect(
      readMigration('db/changelog/bad.xml', '<databaseChangeLog><changeSet></databaseChangeLog>'),
    ).rejects.toThrow(/not well-formed XML/);
  });
});
